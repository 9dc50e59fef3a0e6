"""Moderators in the Django admin: the review queue, bulk decisions with reasons, history, merging sources."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from annotations import services
from annotations.models import AttributionHop, Claim, ClaimStatus, ModerationDecision, Source
from annotations.scales import SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory
from .helpers import page_client

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/annotations/claim/"


def act(client, action, claims, **extra):
    data = {"action": action, "_selected_action": [claim.pk for claim in claims], **extra}
    if "apply" in extra:  # as the confirmation page sends them: the versions the moderator saw
        data |= {
            f"version-{pk}": v
            for pk, v in Claim.objects.filter(pk__in=data["_selected_action"]).values_list("pk", "version")
        }
    return client.post(CHANGELIST, data, follow=True)


@pytest.fixture
def queue(reviewer, other_reviewer):
    officials = SourceFactory(name="officials", kind=SourceKind.UNNAMED)
    document = DocumentFactory()
    return {
        "submitted": ClaimFactory(document=document, author=reviewer, status=ClaimStatus.SUBMITTED),
        "anonymous": ClaimFactory(
            document=document,
            author=other_reviewer,
            status=ClaimStatus.SUBMITTED,
            chain=[document.publisher, officials],
        ),
        "draft": ClaimFactory(document=document, author=reviewer, note="still working"),
    }


def test_the_list_shows_chain_confidence_status_and_a_reader_link(moderator, queue):
    client = page_client(moderator)
    page = client.get(CHANGELIST).content.decode()
    claim = queue["anonymous"]
    assert "Press TV &gt; officials" in page
    assert "3 — Possibly true" in page
    assert f"/documents/{claim.document_id}/?others=1#claim-{claim.pk}" in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status__exact": "submitted"}, {"submitted", "anonymous"}),
        ({"anonymous": "yes"}, {"anonymous"}),
        ({"q": "officials"}, {"anonymous"}),
        ({"q": "still working"}, {"draft"}),
    ],
)
def test_filters_and_search(moderator, queue, params, expected):
    client = page_client(moderator)
    shown = {claim.pk for claim in client.get(CHANGELIST, params).context["cl"].result_list}
    assert shown == {queue[name].pk for name in expected}


def test_bulk_approve_asks_for_an_optional_reason_then_records_each_decision(moderator, queue):
    client = page_client(moderator)
    claims = [queue["submitted"], queue["anonymous"]]
    page = act(client, "decide_approve", claims)
    assert b"a reason is optional" in page.content
    act(client, "decide_approve", claims, apply="1", reason="")
    for claim in claims:
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.APPROVED
    assert ModerationDecision.objects.filter(actor=moderator, to_status="approved").count() == 2


def test_reject_without_a_reason_is_refused_on_the_reason_page(moderator, queue):
    client = page_client(moderator)
    page = act(client, "decide_reject", [queue["submitted"]], apply="1", reason="  ")
    assert b"Give a reason: the reviewers read it." in page.content
    queue["submitted"].refresh_from_db()
    assert queue["submitted"].status == ClaimStatus.SUBMITTED


def test_illegal_moves_in_a_bulk_action_are_named_and_the_rest_applied(moderator, queue):
    client = page_client(moderator)
    page = act(
        client,
        "decide_reject",
        [queue["submitted"], queue["draft"]],
        apply="1",
        reason="Chain misses the agency.",
    )
    text = page.content.decode()
    assert "Reject: 1 claim(s)." in text
    assert f"#{queue['draft'].pk}: Cannot reject a claim that is draft" in text
    queue["submitted"].refresh_from_db()
    queue["draft"].refresh_from_db()
    assert (queue["submitted"].status, queue["draft"].status) == ("rejected", "draft")


def test_reviewers_cannot_use_the_admin(reviewer, queue):
    client = page_client(reviewer)
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_the_list_runs_a_constant_number_of_queries(moderator, reviewer, django_assert_max_num_queries):
    chain = [SourceFactory(name="Press TV"), SourceFactory(name="Bloomberg"), SourceFactory(name="officials")]
    document = DocumentFactory()
    for n in range(60):
        ClaimFactory(document=document, author=reviewer, start=n % 30, chain=chain)
    client = page_client(moderator)
    with django_assert_max_num_queries(25):
        response = client.get(CHANGELIST)
    assert len(response.context["cl"].result_list) == 60


def test_history_keeps_who_changed_the_chain_and_status(reviewer, moderator, document):
    claim = ClaimFactory(document=document, author=reviewer, words="Turkey")
    services.claim_update(
        claim=claim,
        actor=reviewer,
        expected_version=1,
        start=0,
        end=6,
        quote="Turkey",
        credibility=2,
        chain=[
            services.HopSpec(cue="published", source_name="Press TV"),
            services.HopSpec(cue="citing", source_name="Bloomberg", source_kind="news_agency"),
        ],
    )
    services.claim_transition(claim=claim, actor=reviewer, action="submit")
    services.claim_transition(
        claim=claim, actor=moderator, action="request_changes", reason="Which officials?"
    )
    records = list(claim.history.order_by("history_date"))
    assert [(r.history_user.username, r.status, r.chain_text) for r in records] == [
        ("rita", "draft", "Press TV"),
        ("rita", "draft", "Press TV > (citing) Bloomberg"),
        ("rita", "submitted", "Press TV > (citing) Bloomberg"),
        ("mona", "changes_requested", "Press TV > (citing) Bloomberg"),
    ]
    delta = records[1].diff_against(records[0])
    assert {change.field for change in delta.changes} >= {"chain_text", "credibility", "version"}
    client = page_client(moderator)
    history = client.get(f"/admin/annotations/claim/{claim.pk}/history/")
    assert history.status_code == 200 and b"Which officials?" in history.content


def test_merging_sources_moves_every_hop_and_publisher_in_one_go(moderator, reviewer):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    duplicate = SourceFactory(name="Bloomberg News", kind=SourceKind.NEWS_AGENCY)
    document = DocumentFactory(publisher=duplicate)
    first = ClaimFactory(document=document, author=reviewer, chain=[duplicate])
    second = ClaimFactory(document=document, author=reviewer, chain=[bloomberg, duplicate])
    client = page_client(moderator)
    ask = client.post(
        "/admin/annotations/source/",
        {"action": "merge_sources", "_selected_action": [bloomberg.pk, duplicate.pk]},
    )
    assert b"Keep this one" in ask.content
    done = client.post(
        "/admin/annotations/source/",
        {
            "action": "merge_sources",
            "_selected_action": [bloomberg.pk, duplicate.pk],
            "apply": "1",
            "keep": bloomberg.pk,
        },
        follow=True,
    )
    assert "Merged 1 source(s) into “Bloomberg”; 2 hop(s) moved." in done.content.decode()
    assert not Source.objects.filter(pk=duplicate.pk).exists()
    assert set(AttributionHop.objects.filter(claim__in=[first, second]).values_list("source", flat=True)) == {
        bloomberg.pk
    }
    document.refresh_from_db()
    assert document.publisher == bloomberg
    assert Claim.objects.get(pk=second.pk).chain_display == "Bloomberg > Bloomberg"


def test_only_moderators_merge(reviewer, moderator):
    keep, merge = SourceFactory(name="A"), SourceFactory(name="B")
    with pytest.raises(PermissionDenied):
        services.source_merge(keep=keep, merge=merge, actor=reviewer)
    with pytest.raises(ValidationError):
        services.source_merge(keep=keep, merge=keep, actor=moderator)
    assert Source.objects.filter(pk__in=[keep.pk, merge.pk]).count() == 2


def test_bulk_approve_reports_a_claim_deleted_meanwhile_and_approves_the_rest(moderator, queue, monkeypatch):
    # The author deletes one selected claim while the moderator's action runs over the selection.
    client = page_client(moderator)
    gone, kept = queue["submitted"], queue["anonymous"]
    transition = services.claim_transition

    def author_deletes_first(**kwargs):
        Claim.objects.filter(pk=gone.pk).delete()
        return transition(**kwargs)

    monkeypatch.setattr(services, "claim_transition", author_deletes_first)
    page = act(client, "decide_approve", [gone, kept], apply="1", reason="")
    assert page.status_code == 200
    text = page.content.decode()
    assert f"#{gone.pk}: This claim no longer exists" in text and "Approve: 1 claim(s)." in text
    kept.refresh_from_db()
    assert kept.status == ClaimStatus.APPROVED


@pytest.mark.parametrize("model", ["claim", "source"])
def test_history_cannot_revert_an_old_version_past_the_workflow(moderator, reviewer, document, model):
    claim = ClaimFactory(
        document=document, author=reviewer, words="Turkey", status=ClaimStatus.APPROVED, moderator=moderator
    )
    services.source_update(source=document.publisher, actor=moderator, reliability_grade="B")
    target = claim if model == "claim" else document.publisher
    first = target.history.order_by("history_date").first()
    client = page_client(moderator)
    url = f"/admin/annotations/{model}/{target.pk}/history/{first.history_id}/"
    shown = client.get(url)
    assert shown.status_code == 200 and b"Revert" not in shown.content  # the old version, to read
    fields = ("name", "kind", "reliability_grade") if model == "source" else ()
    form = {field: getattr(first, field) for field in fields}
    assert client.post(url, form).status_code == 403
    claim.refresh_from_db()
    document.publisher.refresh_from_db()
    assert (claim.status, claim.version) == (ClaimStatus.APPROVED, 3)
    assert document.publisher.reliability_grade == "B"
