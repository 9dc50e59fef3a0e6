"""Suggestions in the wild: what a reviewer did with the chain suggested for a claim they made
(used as is, edited and where, ignored), recorded from the claim form and the API, summed up
on the activity page."""

import json
import re

import pytest
from django.urls import reverse

from annotations.domain.chains import suggestion_outcome
from annotations.models import Claim, SuggestionOutcome

from .factories import DocumentFactory, UserFactory
from .helpers import HTMX, api, claim_body, claim_post, page_client

pytestmark = pytest.mark.django_db

BLOOMBERG_SENTENCE = "Ankara is open to compromises"  # factories.ARTICLE: Press TV > Bloomberg > officials
SUGGESTED = ["Press TV", "Bloomberg", "officials familiar with the matter"]
ACTIVITY_QUERIES = 14  # whatever the number of reviewers and outcomes
PUBLISHED = ("Press TV", "", "published")
BLOOMBERG = ("Bloomberg", "outlet", "citing")
OFFICIALS = ("officials familiar with the matter", "unnamed", "citing")


def keys(*names):
    return [{name.lower()} for name in names]


@pytest.mark.parametrize(
    ("saved", "outcome", "changed"),
    [
        (keys("p", "a", "b"), "used", []),
        (keys("p", "a", "c"), "edited", [2]),  # the origin replaced
        (keys("p", "a"), "edited", [2]),  # the origin dropped
        (keys("p", "a", "b", "c"), "edited", [3]),  # a hop added below
        (keys("p"), "ignored", [1, 2]),  # the publisher alone
        (keys("p", "c", "a"), "ignored", [1, 2]),  # nothing suggested kept in its place
    ],
)
def test_a_saved_chain_is_compared_hop_by_hop_with_the_suggestion(saved, outcome, changed):
    assert suggestion_outcome(["p", "a", "b"], saved) == (outcome, changed)


def test_an_alias_of_the_saved_source_counts_as_the_suggested_one():
    assert suggestion_outcome(["p", "bloomberg news"], [{"p"}, {"bloomberg", "bloomberg news"}]) == (
        "used",
        [],
    )


def test_the_claim_form_carries_the_chain_it_suggested(reviewer):
    document = DocumentFactory()
    start = document.text.index(BLOOMBERG_SENTENCE)
    response = page_client(reviewer).get(
        reverse("annotations:claim-new", args=[document.pk]), {"start": start, "end": start + 10}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200
    carried = page.split('name="suggested_chain" value="', 1)[1].split('"', 1)[0]
    assert json.loads(carried.replace("&quot;", '"')) == SUGGESTED


def _form_save(user, document, hops, suggested=SUGGESTED):
    data = claim_post(document, BLOOMBERG_SENTENCE, hops=hops, suggested_chain=json.dumps(suggested))
    return page_client(user).post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)


@pytest.mark.parametrize(
    ("hops", "outcome", "changed"),
    [
        (
            [
                ("Press TV", "", "published"),
                ("Bloomberg", "outlet", "citing"),
                ("officials familiar with the matter", "unnamed", "citing"),
            ],
            "used",
            [],
        ),
        (
            [
                ("Press TV", "", "published"),
                ("Bloomberg", "outlet", "citing"),
                ("Turkish officials", "unnamed", "citing"),
            ],
            "edited",
            [2],
        ),
        ([PUBLISHED], "ignored", [1, 2]),
    ],
)
def test_saving_from_the_form_records_what_became_of_the_suggestion(reviewer, hops, outcome, changed):
    document = DocumentFactory()
    response = _form_save(reviewer, document, hops)
    assert response.status_code == 200, response.content.decode()[:500]
    recorded = SuggestionOutcome.objects.get(claim__document=document)
    assert (recorded.outcome, recorded.changed_hops, recorded.suggested_chain) == (
        outcome,
        changed,
        SUGGESTED,
    )


def test_a_claim_made_without_a_suggestion_records_none(reviewer):
    document = DocumentFactory()
    data = claim_post(document, BLOOMBERG_SENTENCE)
    response = page_client(reviewer).post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)
    assert response.status_code == 200
    assert Claim.objects.filter(document=document).count() == 1
    assert not SuggestionOutcome.objects.exists()


def test_an_unreadable_suggested_chain_in_the_form_is_an_error_and_saves_nothing(reviewer):
    document = DocumentFactory()
    data = claim_post(document, BLOOMBERG_SENTENCE, suggested_chain="[not json")
    response = page_client(reviewer).post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)
    assert response.status_code == 422
    assert "the suggested chain it carried could not be read" in response.content.decode()
    assert not Claim.objects.filter(document=document).exists()


def test_the_api_records_the_suggested_chain_a_client_showed(reviewer):
    document = DocumentFactory()
    hops = (("Press TV", "", "published"), ("Bloomberg", "outlet", "reported"))
    body = claim_body(document, BLOOMBERG_SENTENCE, hops=hops, suggested_chain=SUGGESTED)
    response = api(reviewer).post("/api/v1/claims/", body, format="json")
    assert response.status_code == 201, response.json()
    recorded = SuggestionOutcome.objects.get(claim_id=response.json()["id"])
    assert (recorded.outcome, recorded.changed_hops) == ("edited", [2])


@pytest.mark.parametrize(
    ("suggested", "field_error"),
    [
        (["Press TV"], "the publisher and 1 to 11 sources"),
        (["Press TV", "Bad\x00name"], "Null characters"),
        (["Press TV", "   "], "visible characters"),
        ("Press TV > Bloomberg", "Expected a list"),
    ],
)
def test_the_api_refuses_a_malformed_suggested_chain_and_saves_nothing(reviewer, suggested, field_error):
    document = DocumentFactory()
    body = claim_body(document, BLOOMBERG_SENTENCE, suggested_chain=suggested)
    response = api(reviewer).post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert field_error in json.dumps(response.json(), ensure_ascii=False)
    assert not Claim.objects.filter(document=document).exists()


def test_an_edit_through_the_api_does_not_take_a_suggested_chain(reviewer):
    document = DocumentFactory()
    created = api(reviewer).post("/api/v1/claims/", claim_body(document, BLOOMBERG_SENTENCE), format="json")
    response = api(reviewer).patch(
        f"/api/v1/claims/{created.json()['id']}/", {"version": 1, "suggested_chain": SUGGESTED}, format="json"
    )
    assert response.status_code == 400 and "suggested_chain" in response.json()["errors"]


def row(page, reviewer):
    """A reviewer's figures in the acceptance table."""
    table = page[page.index('id="acceptance-table"') :]
    cells = table.split(f'<th scope="row">{reviewer}</th>', 1)[1].split("</tr>", 1)[0]
    return re.findall(r'<td class="num">([^<]*)</td>', cells)


def _outcomes(user, results):
    """Claims by `user` on fresh documents, each saved after a suggestion was shown."""
    chains = {
        "used": [
            ("Press TV", "", "published"),
            ("Bloomberg", "outlet", "citing"),
            ("officials familiar with the matter", "unnamed", "citing"),
        ],
        "edited": [PUBLISHED, BLOOMBERG],
        "ignored": [PUBLISHED],
    }
    for result in results:
        assert _form_save(user, DocumentFactory(), chains[result]).status_code == 200


def test_the_activity_page_shows_acceptance_overall_and_per_reviewer(
    moderator, reviewer, other_reviewer, django_assert_max_num_queries
):
    _outcomes(reviewer, ["used", "used", "edited", "ignored"])
    _outcomes(other_reviewer, ["used", "ignored"])
    client = page_client(moderator)
    with django_assert_max_num_queries(ACTIVITY_QUERIES):
        page = client.get(reverse("annotations:activity")).content.decode()
    # 3 used of 6 shown; 4 kept at least one suggested source in place.
    assert 'id="acceptance-rate">50%</strong>' in page and "67% kept at least one" in page
    assert row(page, "rita") == ["4", "2", "1", "1", "50%"]
    assert row(page, "omar") == ["2", "1", "0", "1", "50%"]
    assert "1: 2, 2: 3" in page  # hop 1 changed by the two ignored; hop 2 also by the edit


def test_the_activity_page_costs_the_same_queries_with_more_outcomes(
    moderator, reviewer, django_assert_max_num_queries
):
    _outcomes(UserFactory(username="zoe"), ["edited", "ignored", "used", "used", "edited"])
    _outcomes(reviewer, ["used", "ignored", "edited"])
    client = page_client(moderator)
    with django_assert_max_num_queries(ACTIVITY_QUERIES):
        page = client.get(reverse("annotations:activity")).content.decode()
    assert 'id="acceptance-rate">38%</strong>' in page  # 3 of 8


def test_a_reviewer_sees_only_their_own_acceptance(reviewer, other_reviewer):
    _outcomes(reviewer, ["used", "ignored"])
    _outcomes(other_reviewer, ["used"])
    page = page_client(reviewer).get(reverse("annotations:activity")).content.decode()
    assert 'id="acceptance-rate">50%</strong>' in page
    table = page[page.index('id="acceptance-table"') :]
    assert '<th scope="row">rita</th>' in table and '<th scope="row">omar</th>' not in table


def test_whether_a_suggestion_was_flagged_is_worked_out_from_the_text(reviewer):
    # The chain suggested for the Bloomberg sentence names its sources there; a bare "minister"
    # the sentence never mentions is what the confidence model flags as a guess.
    offered, guessed = DocumentFactory(), DocumentFactory()
    assert _form_save(reviewer, offered, [PUBLISHED, BLOOMBERG, OFFICIALS]).status_code == 200
    assert _form_save(reviewer, guessed, [PUBLISHED], suggested=["Press TV", "minister"]).status_code == 200
    flags = dict(SuggestionOutcome.objects.values_list("claim__document", "flagged"))
    assert flags == {offered.pk: False, guessed.pk: True}


def test_the_activity_page_compares_flagged_and_unflagged_suggestions(moderator, reviewer):
    _outcomes(reviewer, ["used", "used", "ignored"])
    for _ in range(2):
        _form_save(
            reviewer,
            DocumentFactory(),
            [PUBLISHED],
            ["Press TV", "minister"],
        )
    page = page_client(moderator).get(reverse("annotations:activity")).content.decode()
    assert (
        "Of the 2 flagged as a guess, 0% were kept as suggested, against 67% of the 3 offered unflagged."
        in page
    )
    assert row(page, "rita") == ["5", "2", "0", "3", "40%"]


@pytest.mark.parametrize(
    "carried", ["{}", "0", "false", "null", '"Press TV"', "[" * 100_000, "[" * 3_000 + "]" * 3_000]
)
def test_a_suggested_chain_in_the_form_that_is_no_list_is_an_error_and_saves_nothing(reviewer, carried):
    document = DocumentFactory()
    data = claim_post(document, BLOOMBERG_SENTENCE, suggested_chain=carried)
    response = page_client(reviewer).post(reverse("annotations:claim-new", args=[document.pk]), data, **HTMX)
    assert response.status_code == 422
    assert "the suggested chain it carried could not be read" in response.content.decode()
    assert not Claim.objects.filter(document=document).exists()


def test_the_api_takes_only_names_as_a_suggested_chain(reviewer):
    document = DocumentFactory()
    body = claim_body(document, BLOOMBERG_SENTENCE, suggested_chain=["Press TV", 1.5])
    response = api(reviewer).post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400 and "suggested_chain" in response.json()["errors"]
    assert not Claim.objects.filter(document=document).exists()


def test_the_activity_page_for_a_project_counts_only_its_articles_suggestions(moderator, reviewer):
    from annotations.models import Project

    _outcomes(reviewer, ["used", "ignored"])  # on the "Default" project's articles
    elsewhere = Project.objects.create(name="Elsewhere")
    page = (
        page_client(moderator)
        .get(reverse("annotations:activity"), {"project": elsewhere.pk})
        .content.decode()
    )
    assert "No claim has been made with a suggested chain shown yet." in page
    everywhere = page_client(moderator).get(reverse("annotations:activity")).content.decode()
    assert 'id="acceptance-rate">50%</strong>' in everywhere
