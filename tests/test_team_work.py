"""Teams: live updates and colours on the reader page, agreement, adjudication, activity."""

import pytest
from django.urls import reverse

from annotations import services
from annotations.models import Claim, ClaimStatus

from .factories import ClaimFactory, DocumentFactory, SourceFactory, UserFactory
from .helpers import HTMX, api, export, page_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked_example(reviewer, other_reviewer):
    """The hand-worked example of tests/test_agreement.py, as claims in the database.

    rita and omar: 4 claims each; 2 exact matches, 3 overlap matches; chains agree on 2 of 3;
    credibility pairs (2,2) (3,3) (4,5): kappa 4/7, ordinal alpha 1 - 10/198.
    """
    document = DocumentFactory()
    publisher, bloomberg, officials, reuters, ministry = (
        document.publisher,
        SourceFactory(name="Bloomberg"),
        SourceFactory(name="unnamed officials"),
        SourceFactory(name="Reuters"),
        SourceFactory(name="Ministry"),
    )
    spec = {
        reviewer: [
            (0, 10, [publisher, bloomberg, officials], 2),
            (20, 30, [publisher, bloomberg], 3),
            (40, 50, [publisher, reuters], 4),
            (60, 70, [publisher], 2),
        ],
        other_reviewer: [
            (0, 10, [publisher, bloomberg, officials], 2),
            (22, 30, [publisher, bloomberg, ministry], 3),
            (40, 50, [publisher, reuters], 5),
            (80, 90, [publisher], 1),
        ],
    }
    claims = {
        (author.username, start): ClaimFactory(
            document=document, author=author, start=start, length=end - start, chain=chain, credibility=cred
        )
        for author, rows in spec.items()
        for start, end, chain, cred in rows
    }
    return document, claims


# --- reader page: colours, legend, live updates ---------------------------------------------


def test_each_other_reviewer_has_a_colour_and_a_legend_entry(reviewer, other_reviewer, document):
    third = UserFactory(username="zoe")
    mine = ClaimFactory(document=document, author=reviewer, start=0, length=5)
    omar = ClaimFactory(document=document, author=other_reviewer, start=10, length=5)
    zoe = ClaimFactory(document=document, author=third, start=20, length=5)
    client = page_client(reviewer)
    page = client.get(document.get_absolute_url(), {"others": "1"}).content.decode()
    assert f'class="claim-card c0 st-draft" id="card-{mine.pk}"' in page
    assert f'class="claim-card c1 st-draft" id="card-{omar.pk}"' in page  # first to annotate, first colour
    assert f'class="claim-card c2 st-draft" id="card-{zoe.pk}"' in page
    assert f'<mark class="claim c1 st-draft" data-o="{omar.start}">' in page  # the highlight's colour
    assert '<mark class="claim c1">omar</mark>' in page and '<mark class="claim c2">zoe</mark>' in page


def test_the_live_poll_answers_204_until_someone_saves(reviewer, other_reviewer, document):
    client = page_client(reviewer)
    page = client.get(document.get_absolute_url(), {"others": "1"}).content.decode()
    poll = page[page.index('id="live-poll"') :]
    url = poll[poll.index('hx-get="') + 8 : poll.index('"', poll.index('hx-get="') + 8)].replace("&amp;", "&")
    assert client.get(url, **HTMX).status_code == 204

    theirs = ClaimFactory(document=document, author=other_reviewer, start=20, length=6)
    update = client.get(url, **HTMX)
    body = update.content.decode()
    assert update.status_code == 200 and f'id="card-{theirs.pk}"' in body
    assert 'id="doc-text"' in body and 'hx-swap-oob="true"' in body and "Claims updated at" in body
    fresh = body[body.index('id="live-poll"') :]
    fresh_url = fresh[fresh.index('hx-get="') + 8 : fresh.index('"', fresh.index('hx-get="') + 8)]
    assert client.get(fresh_url.replace("&amp;", "&"), **HTMX).status_code == 204

    Claim.objects.filter(pk=theirs.pk).update(version=2)  # an edit elsewhere changes the state
    assert client.get(fresh_url.replace("&amp;", "&"), **HTMX).status_code == 200


def test_without_others_only_my_own_changes_wake_the_poll(reviewer, other_reviewer, document):
    client = page_client(reviewer)
    url = reverse("annotations:document-live", args=[document.pk])
    state = client.get(url).content  # no state sent: the current claims come back
    assert b'id="live-poll"' in state
    digest = state.decode().split("state=")[1].split("&")[0]
    ClaimFactory(document=document, author=other_reviewer)
    assert client.get(url, {"state": digest}).status_code == 204


# --- agreement ----------------------------------------------------------------------------


def test_the_agreement_page_shows_the_hand_worked_figures(reviewer, worked_example):
    document, _ = worked_example
    client = page_client(reviewer)
    page = client.get(reverse("annotations:agreement"), {"document": document.pk}).content.decode()
    row = page[page.index("omar · rita") :]
    row = row[: row.index("</tr>")]
    for figure in ("4 · 4", ">2<", ">0.50<", ">3<", ">0.75<", ">67%<", ">100%<", ">0.57<", ">0.95<"):
        assert figure in row, figure


def test_agreement_api_gives_the_same_figures(reviewer, worked_example):
    document, _ = worked_example
    response = api(reviewer).get("/api/v1/agreement/", {"document": document.pk})
    assert response.status_code == 200
    (pair,) = response.json()["pairs"]
    assert (pair["reviewer_a"], pair["reviewer_b"], pair["overlap_matches"]) == ("omar", "rita", 3)
    assert pair["exact_f1"] == 0.5 and pair["overlap_f1"] == 0.75
    assert pair["kappa"] == pytest.approx(4 / 7) and pair["alpha"] == pytest.approx(1 - 10 / 198)
    assert pair["origin_agreement"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("params", "parameter", "message"),
    [
        ({"document": "abc"}, "document", "is not a document id"),
        ({"document": "999999"}, "document", "No document has id"),
        ({"reviewer": "nobody-here"}, "reviewer", "No reviewer named “nobody-here” has claims."),
        ({"colour": "blue"}, "colour", "Unknown parameter."),
    ],
)
def test_agreement_api_names_bad_parameters(reviewer, worked_example, params, parameter, message):
    response = api(reviewer).get("/api/v1/agreement/", params)
    assert response.status_code == 400
    assert message in " ".join(response.json()["errors"][parameter])


def test_agreement_page_shows_errors_and_refuses_outsiders(reviewer, outsider, worked_example):
    client = page_client(reviewer)
    bad = client.get(reverse("annotations:agreement"), {"reviewer": "ghost"})
    assert bad.status_code == 400 and "No reviewer named “ghost” has claims." in bad.content.decode()
    client = page_client(outsider)
    assert client.get(reverse("annotations:agreement")).status_code == 403
    assert api(outsider).get("/api/v1/agreement/").status_code == 403
    assert api().get("/api/v1/agreement/").status_code == 401


def test_agreement_page_runs_a_fixed_number_of_queries(
    reviewer, worked_example, django_assert_max_num_queries
):
    document, _ = worked_example
    client = page_client(reviewer)
    for extra in range(30):
        ClaimFactory(document=document, author=UserFactory(), start=extra, length=5)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("annotations:agreement"), {"document": document.pk}).status_code == 200


# --- adjudication -------------------------------------------------------------------------


def test_a_moderator_lines_up_versions_and_accepts_one_as_gold(moderator, worked_example):
    document, claims = worked_example
    client = page_client(moderator)
    page = client.get(reverse("annotations:adjudicate", args=[document.pk])).content.decode()
    assert "5 passages marked by 2 reviewers; 4 where they differ; 0 gold claims" in page
    assert "chains differ" in page and "spans differ" in page and "not marked by rita" in page
    assert "credibility differs" in page

    omar_version = claims[("omar", 22)]
    response = client.post(reverse("annotations:claim-accept-gold", args=[omar_version.pk]), follow=True)
    assert "omar&#x27;s version is now the gold claim" in response.content.decode()
    gold = Claim.objects.get(is_gold=True)
    assert (gold.start, gold.end, gold.author, gold.adjudicated_from) == (22, 30, moderator, omar_version)
    assert gold.chain_display == omar_version.chain_display and gold.status == ClaimStatus.APPROVED

    rita_version = claims[("rita", 20)]
    client.post(reverse("annotations:claim-accept-gold", args=[rita_version.pk]))
    (gold,) = Claim.objects.filter(is_gold=True)  # the new choice replaced the old one
    assert gold.adjudicated_from == rita_version and gold.chain_display == "Press TV > Bloomberg"


def test_gold_claims_are_exported_with_a_filter(moderator, reviewer, worked_example):
    _, claims = worked_example
    gold = services.claim_accept_as_gold(claim=claims[("rita", 0)], actor=moderator)
    lines = export(reviewer, format="jsonl", gold="true")[1].splitlines()
    assert len(lines) == 1 and f'"id":{gold.pk}' in lines[0] and '"gold":true' in lines[0]
    listed = api(reviewer).get("/api/v1/claims/", {"gold": "false"}).json()
    assert listed["count"] == 8 and not any(item["gold"] for item in listed["results"])


def test_only_moderators_adjudicate(reviewer, worked_example):
    document, claims = worked_example
    client = page_client(reviewer)
    assert client.get(reverse("annotations:adjudicate", args=[document.pk])).status_code == 403
    response = client.post(reverse("annotations:claim-accept-gold", args=[claims[("rita", 0)].pk]))
    assert response.status_code == 403 and not Claim.objects.filter(is_gold=True).exists()


def test_the_adjudication_page_runs_a_fixed_number_of_queries(
    moderator, worked_example, django_assert_max_num_queries
):
    document, _ = worked_example
    for extra in range(30):
        ClaimFactory(document=document, author=UserFactory(), start=extra, length=5)
    client = page_client(moderator)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("annotations:adjudicate", args=[document.pk])).status_code == 200


# --- activity -----------------------------------------------------------------------------


def test_activity_counts_and_agreement_with_gold(moderator, reviewer, worked_example):
    _, claims = worked_example
    services.claim_accept_as_gold(claim=claims[("omar", 0)], actor=moderator)
    services.claim_accept_as_gold(claim=claims[("omar", 80)], actor=moderator)
    client = page_client(moderator)
    page = client.get(reverse("annotations:activity"), {"reviewer": "rita"}).content.decode()
    assert "<svg" in page and 'class="bar"' in page and "gold-line" in page
    table = page[page.index('id="activity-table"') :]
    assert ">omar</a>" in table and ">rita</a>" in table
    # rita: 4 claims on the adjudicated document, 1 matching one of the 2 gold claims.
    assert "4 claims on adjudicated documents, 2 gold" in page
    assert "overlap F1 <strong>0.33</strong>" in page
    assert "25% matching gold" in page


def test_a_reviewer_sees_only_their_own_activity(reviewer, worked_example):
    client = page_client(reviewer)
    page = client.get(reverse("annotations:activity")).content.decode()
    assert "rita week by week" in page and ">omar<" not in page
    assert client.get(reverse("annotations:activity"), {"reviewer": "omar"}).status_code == 403
