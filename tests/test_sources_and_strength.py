"""The source registry (pages, API, grades), chain strength, and suggestions in the workbench."""

import csv
import io
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections, transaction
from django.urls import reverse

from annotations import selectors, services
from annotations.domain.strength import HopFacts, chain_strength
from annotations.models import ClaimStatus, Source
from annotations.scales import SourceKind

from .factories import ARTICLE, ClaimFactory, DocumentFactory, SourceFactory, UserFactory
from .helpers import HTMX, api, claim_body, export, page_client

pytestmark = pytest.mark.django_db


# --- chain strength -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hops", "summary", "primary"),
    [
        (
            [
                ("Press TV", "outlet", "C"),
                ("Bloomberg", "news_agency", "B"),
                ("unnamed officials", "unnamed", "F"),
            ],
            "3 hops; origin: unnamed officials (F), hearsay; weakest link F",
            False,
        ),
        (
            [("Press TV", "outlet", "C"), ("Ankara", "official_body", "B")],
            "2 hops; origin: Ankara (B), primary source; weakest link C",
            True,
        ),
        (
            [("Press TV", "outlet", "C")],
            "1 hop; origin: Press TV (C), publisher's own reporting; weakest link C",
            False,
        ),
        (
            [("Press TV", "outlet", "A"), ("Reuters", "news_agency", "B")],
            "2 hops; origin: Reuters (B), media report; weakest link B",
            False,
        ),
        (
            [("Press TV", "outlet", "A"), ("Treaty text", "document", "A")],
            "2 hops; origin: Treaty text (A), primary source; weakest link A",
            True,
        ),
    ],
)
def test_chain_strength(hops, summary, primary):
    strength = chain_strength([HopFacts(*hop) for hop in hops])
    assert strength.summary == summary and strength.origin_is_primary is primary
    assert strength.anonymous is any(kind == "unnamed" for _, kind, _ in hops)
    assert chain_strength([]) is None


def test_strength_is_on_the_card_in_the_api_and_in_every_export(reviewer):
    document = DocumentFactory()
    officials = SourceFactory(name="unnamed officials", kind=SourceKind.UNNAMED)
    claim = ClaimFactory(
        document=document, author=reviewer, chain=[document.publisher, officials], status=ClaimStatus.APPROVED
    )
    summary = "2 hops; origin: unnamed officials (F), hearsay; weakest link F"
    client = page_client(reviewer)
    assert summary in client.get(document.get_absolute_url()).content.decode()
    record = api(reviewer).get(f"/api/v1/claims/{claim.pk}/").json()
    assert record["strength"] == {
        "hop_count": 2,
        "anonymous_source": True,
        "weakest_grade": "F",
        "origin": "unnamed officials",
        "origin_grade": "F",
        "origin_type": "hearsay",
        "origin_is_primary": False,
        "summary": summary,
    }
    rows = list(csv.DictReader(io.StringIO(export(reviewer, format="csv")[1])))
    assert (
        rows[0]["strength"] == summary
        and rows[0]["weakest_grade"] == "F"
        and rows[0]["origin_is_primary"] == "no"
    )
    w3c = export(reviewer, format="w3c")[1]
    assert '"wb:strength"' in w3c and summary in w3c


# --- the registry -------------------------------------------------------------------------


def test_moderators_grade_with_a_rationale_and_the_history_keeps_each_grade(moderator, reviewer):
    source = (
        api(reviewer)
        .post(
            "/api/v1/sources/",
            {
                "name": "Anadolu Agency",
                "kind": "news_agency",
                "aliases": ["AA", "aa", " Anadolu "],
                "country": "Turkey",
            },
            format="json",
        )
        .json()
    )
    assert source["aliases"] == ["AA", "Anadolu"] and source["graded_by"] is None
    for grade, why in (
        ("C", "State-run; accurate on facts, selective on politics."),
        ("B", "Good record on defence procurement."),
    ):
        changed = api(moderator).patch(
            f"/api/v1/sources/{source['id']}/",
            {"reliability_grade": grade, "reliability_rationale": why},
            format="json",
        )
        assert (
            changed.status_code == 200
            and changed.json()["graded_by"] == "mona"
            and changed.json()["graded_at"]
        )
    client = page_client(reviewer)
    page = client.get(reverse("annotations:source-detail", args=[source["id"]])).content.decode()
    history = page[page.index("Grade history") : page.index("Claims citing")]
    assert (
        history.index("B — Usually reliable")
        < history.index("C — Fairly reliable")
        < history.index("F — Reliability cannot be judged")
    )
    assert "Good record on defence procurement." in history and "mona" in history
    assert "Also known as</dt><dd>AA, Anadolu" in page


def test_a_source_cannot_belong_to_its_own_part(moderator):
    government = SourceFactory(name="Turkish government", kind=SourceKind.OFFICIAL_BODY)
    ministry = services.source_update(
        source=SourceFactory(name="Defence ministry"), actor=moderator, parent=government
    )
    response = api(moderator).patch(
        f"/api/v1/sources/{government.pk}/", {"parent": ministry.pk}, format="json"
    )
    assert response.status_code == 400 and "cannot belong to itself" in str(response.json()["errors"])
    assert api(moderator).get("/api/v1/sources/", {"parent": government.pk}).json()["count"] == 1


def test_merging_keeps_the_other_name_as_an_alias(moderator):
    keep, other = SourceFactory(name="Bloomberg"), SourceFactory(name="Bloomberg News")
    services.source_merge(keep=keep, merge=other, actor=moderator)
    keep.refresh_from_db()
    assert keep.aliases == ["Bloomberg News"]
    assert (
        api(moderator).get("/api/v1/sources/", {"q": "bloomberg news"}).json()["results"][0]["name"]
        == "Bloomberg"
    )


def test_the_registry_page_searches_names_and_aliases_and_filters(reviewer):
    SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, aliases=["Bloomberg News"], country="USA")
    SourceFactory(name="Reuters", kind=SourceKind.NEWS_AGENCY, country="UK")
    SourceFactory(name="Kremlin", kind=SourceKind.OFFICIAL_BODY, country="Russia")
    client = page_client(reviewer)
    url = reverse("annotations:source-list")
    by_alias = client.get(url, {"q": "news"}).content.decode()
    assert ">Bloomberg</a>" in by_alias and ">Reuters</a>" not in by_alias
    agencies = client.get(url, {"kind": "news_agency", "country": "uk"}).content.decode()
    assert ">Reuters</a>" in agencies and ">Bloomberg</a>" not in agencies
    assert "No source matches these filters." in client.get(url, {"q": "zeppelin"}).content.decode()


def test_a_source_page_lists_claims_citing_it_anywhere_and_as_origin(reviewer):
    document = DocumentFactory()
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    officials = SourceFactory(name="officials", kind=SourceKind.UNNAMED)
    via = ClaimFactory(
        document=document,
        author=reviewer,
        chain=[document.publisher, bloomberg, officials],
        credibility=2,
        length=6,
    )
    origin = ClaimFactory(
        document=document,
        author=reviewer,
        chain=[document.publisher, bloomberg],
        credibility=4,
        start=20,
        length=6,
    )
    client = page_client(reviewer)
    url = reverse("annotations:source-detail", args=[bloomberg.pk])
    page = client.get(url).content.decode()
    assert "Cited in 2 claims" in page and "2: 1" in page and "4: 1" in page
    assert f"#claim-{via.pk}" in page and f"#claim-{origin.pk}" in page
    as_origin = client.get(url, {"as": "origin"}).content.decode()
    assert f"#claim-{origin.pk}" in as_origin and f"#claim-{via.pk}" not in as_origin


def test_registry_pages_run_a_fixed_number_of_queries(reviewer, django_assert_max_num_queries):
    document = DocumentFactory()
    bloomberg = SourceFactory(name="Bloomberg")
    for n in range(30):
        ClaimFactory(
            document=document,
            author=UserFactory(),
            chain=[document.publisher, bloomberg, SourceFactory(name=f"S{n}")],
            start=n,
            length=4,
        )
    client = page_client(reviewer)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("annotations:source-list")).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("annotations:source-detail", args=[bloomberg.pk])).status_code == 200


def test_typing_part_of_a_name_or_alias_suggests_registry_sources(reviewer):
    SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, aliases=["Bloomberg News"])
    SourceFactory(name="The Bloomsbury Review")
    SourceFactory(name="Reuters")
    client = page_client(reviewer)
    options = client.get(
        reverse("annotations:source-suggest"), {"hops-2-source_name": "bloom"}
    ).content.decode()
    assert options.index(">Bloomberg <") < options.index(">The Bloomsbury Review <")  # starts-with first
    assert "Reuters" not in options
    alias = client.get(reverse("annotations:source-suggest"), {"q": "bloomberg n"}).content.decode()
    assert "Bloomberg" in alias and "alias “Bloomberg News”" in alias
    unknown = client.get(reverse("annotations:source-suggest"), {"q": "Zeppelin Gazette"}).content.decode()
    assert "Not in the registry: choose its kind to add “Zeppelin Gazette”." in unknown


# --- suggestions in the workbench ---------------------------------------------------------


@pytest.fixture
def article(db):
    SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, aliases=["Bloomberg News"])
    return DocumentFactory(text=ARTICLE)


def test_the_claim_form_shows_the_suggested_chain_and_fills_it_on_request(reviewer, article):
    client = page_client(reviewer)
    start = ARTICLE.index("Ankara is open")
    span = {"start": start, "end": start + 20}
    form = client.get(reverse("annotations:claim-new", args=[article.pk]), span, **HTMX).content.decode()
    chain = "Press TV &gt; Bloomberg &gt; officials familiar with the matter"
    assert f"Suggested from the text: <strong>{chain}</strong>" in form
    assert 'value="officials familiar with the matter"' not in form  # shown, not applied
    rows = client.get(reverse("annotations:suggested-hops", args=[article.pk]), span).content.decode()
    assert rows.count('class="hop"') == 3
    assert (
        'value="officials familiar with the matter"' in rows and '<option value="unnamed" selected>' in rows
    )
    bad = client.get(reverse("annotations:suggested-hops", args=[article.pk]), {"start": 5, "end": 9999})
    assert bad.status_code == 400


def test_suggested_claims_list_attributed_sentences_not_yet_annotated(reviewer, article):
    ClaimFactory(document=article, author=reviewer, start=0, length=6)
    client = page_client(reviewer)
    page = client.get(reverse("annotations:suggested-claims", args=[article.pk])).content.decode()
    assert "Citing officials familiar with the matter" in page and "Turkey will not abandon" not in page
    assert "Turkey purchased" not in page  # no attribution: the outlet's own background
    assert "suggest=1" in page


def test_a_claim_opened_from_suggest_claims_says_its_rows_are_filled_not_to_use_them(reviewer, article):
    start = ARTICLE.index("Ankara is open")
    new = reverse("annotations:claim-new", args=[article.pk])
    client, span = page_client(reviewer), {"start": start, "end": start + 10}
    offered = client.get(new, span).content.decode()
    filled = client.get(new, span | {"suggest": 1}).content.decode()
    assert "Suggested from the text" in offered and "Use this chain" in offered
    assert "Filled in below from the text" in filled and "Use this chain" not in filled
    assert 'value="officials familiar with the matter"' in filled
    assert 'value="officials familiar with the matter"' not in offered


def test_suggest_chain_api_for_a_document_and_for_raw_text(reviewer, article):
    start = ARTICLE.index("Ankara is open")
    answer = api(reviewer).post(
        "/api/v1/suggest-chain/", {"document": article.pk, "start": start, "end": start + 10}, format="json"
    )
    assert answer.status_code == 200
    chain = answer.json()["chain"]
    assert [(h["name"], h["kind"]) for h in chain] == [
        ("Press TV", "outlet"),
        ("Bloomberg", "news_agency"),
        ("officials familiar with the matter", "unnamed"),
    ]
    assert chain[1]["source"] == Source.objects.get(name="Bloomberg").pk and chain[2]["source"] is None
    assert (
        ARTICLE[chain[2]["mention_start"] : chain[2]["mention_end"]] == "officials familiar with the matter"
    )
    assert ARTICLE[chain[2]["cue_start"] : chain[2]["cue_end"]] == "Citing"
    raw = api(reviewer).post(
        "/api/v1/suggest-chain/",
        {"text": "Oil rose, Bloomberg News reported.", "publisher": "Daily Planet", "start": 0, "end": 8},
        format="json",
    )
    assert [h["name"] for h in raw.json()["chain"]] == ["Daily Planet", "Bloomberg"]


@pytest.mark.parametrize(
    ("body", "parameter"),
    [
        ({"start": 0, "end": 5}, "document"),
        ({"document": 1, "text": "x", "publisher": "p", "start": 0, "end": 1}, "document"),
        ({"text": "Some text.", "start": 0, "end": 4}, "publisher"),
        ({"text": "Some text.", "publisher": "p", "start": 4, "end": 2}, "end"),
        ({"text": "Some text.", "publisher": "p", "start": 0, "end": 99}, "end"),
        ({"document": 999999, "start": 0, "end": 4}, "document"),
        ({"text": "Some text.", "publisher": "p", "start": "x", "end": 4}, "start"),
    ],
)
def test_suggest_chain_api_names_bad_input(reviewer, body, parameter):
    response = api(reviewer).post("/api/v1/suggest-chain/", body, format="json")
    assert response.status_code == 400 and parameter in response.json()["errors"]


def test_suggest_chain_api_needs_a_role(outsider):
    assert (
        api(outsider)
        .post(
            "/api/v1/suggest-chain/", {"text": "a b", "publisher": "p", "start": 0, "end": 1}, format="json"
        )
        .status_code
        == 403
    )
    assert api().post("/api/v1/suggest-chain/", {}, format="json").status_code == 401


def test_grading_in_the_admin_records_who_and_refuses_a_loop(moderator):
    government = SourceFactory(name="Turkish government", kind=SourceKind.OFFICIAL_BODY)
    ministry = SourceFactory(name="Defence ministry", kind=SourceKind.OFFICIAL_BODY, parent=government)
    client = page_client(moderator)
    form = {
        "name": "Turkish government",
        "aliases": '["Ankara"]',
        "kind": "official_body",
        "country": "Turkey",
        "url": "",
        "description": "",
        "reliability_grade": "C",
        "reliability_rationale": "Official statements; rarely detailed.",
    }
    saved = client.post(f"/admin/annotations/source/{government.pk}/change/", form | {"parent": ""})
    assert saved.status_code == 302
    government.refresh_from_db()
    graded = (government.reliability_grade, government.graded_by, government.aliases)
    assert graded == ("C", moderator, ["Ankara"])
    loop = client.post(f"/admin/annotations/source/{government.pk}/change/", form | {"parent": ministry.pk})
    assert loop.status_code == 200 and "cannot belong to itself" in loop.content.decode()
    government.refresh_from_db()
    assert government.parent is None


def test_merging_a_source_into_one_of_its_own_parts_reparents_the_part(moderator):
    ministry = SourceFactory(name="Ministry of Defence", kind=SourceKind.OFFICIAL_BODY)
    government = SourceFactory(name="Government of Turkey", kind=SourceKind.OFFICIAL_BODY)
    ministry = services.source_update(source=ministry, actor=moderator, parent=government)
    wrong = SourceFactory(name="MoD", kind=SourceKind.OFFICIAL_BODY, parent=ministry)
    spokesman = SourceFactory(name="MoD spokesman", kind=SourceKind.NAMED_PERSON, parent=wrong)
    services.source_merge(keep=wrong, merge=ministry, actor=moderator)
    wrong.refresh_from_db()
    spokesman.refresh_from_db()
    assert wrong.parent == government  # it took the whole's place, not itself as parent
    assert spokesman.parent == wrong
    assert services.source_update(source=wrong, actor=moderator, description="merged").description == "merged"


@pytest.mark.parametrize("name", ["\u200b", " \u200b\u200c ", "\u2060\ufeff", "\u200e", "\u0301\u0302"])
def test_a_source_name_needs_a_visible_character(reviewer, moderator, document, name):
    answer = api(reviewer).post("/api/v1/sources/", {"name": name, "kind": "outlet"}, format="json")
    assert answer.status_code == 400 and "name" in answer.json()["errors"]
    with pytest.raises(ValidationError):
        services.source_create(actor=moderator, name=name, kind="outlet")
    with pytest.raises(ValidationError, match="name its source|visible character"):
        services.claim_create(
            document=document,
            author=reviewer,
            start=0,
            end=6,
            quote="Turkey",
            credibility=2,
            chain=[
                services.HopSpec(cue="published", source_name="Press TV"),
                services.HopSpec(cue="citing", source_name=name, source_kind="named_person"),
            ],
        )
    assert not Source.objects.filter(name__in=[name, name.strip()]).exists()


def test_invisible_characters_around_a_name_are_trimmed_and_inside_kept(moderator):
    source = services.source_create(actor=moderator, name="\u200b Bloomberg\u200b ", kind="news_agency")
    assert source.name == "Bloomberg"
    kept = services.source_create(actor=moderator, name="Caf\u0065\u0301 Zo\u200dne", kind="outlet")
    assert kept.name == "Caf\u0065\u0301 Zo\u200dne"


@pytest.fixture
def bloomberg():
    return SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY, aliases=["Bloomberg News"])


@pytest.mark.parametrize("typed", ["Bloomberg News", "bloomberg  news", " BLOOMBERG NEWS\u200b", "Bloomberg"])
def test_a_hop_typed_as_a_name_or_alias_means_that_source_and_makes_no_duplicate(
    reviewer, document, bloomberg, typed
):
    for kind in ("", "news_agency"):  # without a kind, and with one chosen as the form invites
        claim = services.claim_create(
            document=document,
            author=reviewer,
            start=0,
            end=6,
            quote="Turkey",
            credibility=2,
            chain=[
                services.HopSpec(cue="published", source=document.publisher),
                services.HopSpec(cue="citing", source_name=typed, source_kind=kind),
            ],
        )
        assert claim.chain[1].source == bloomberg
    assert Source.objects.filter(name__icontains="bloomberg").count() == 1


def test_a_new_source_may_not_take_another_sources_name_or_alias(reviewer, bloomberg):
    answer = api(reviewer).post(
        "/api/v1/sources/", {"name": "bloomberg news", "kind": "outlet"}, format="json"
    )
    assert answer.status_code == 400
    assert "another name of “Bloomberg”" in answer.json()["errors"]["name"][0]
    assert services.source_get_or_create(name="BLOOMBERG NEWS", kind="outlet") == (bloomberg, False)


def test_a_name_beats_an_alias_in_the_registry_and_in_suggestions(bloomberg):
    # A row made before the alias rule: the services now take "Bloomberg News" to mean Bloomberg,
    # so only the ORM can still write a second source of that name.
    news = Source.objects.create(name="Bloomberg News", kind=SourceKind.OUTLET)
    assert selectors.source_named(name="bloomberg news") == news
    assert selectors.source_registry().find("Bloomberg News").id == news.pk
    assert selectors.source_registry().find("Bloomberg").id == bloomberg.pk


def test_merging_a_whole_into_a_part_several_levels_down_leaves_no_loop(moderator):
    whole = SourceFactory(name="Whole", kind=SourceKind.OFFICIAL_BODY)
    part = SourceFactory(name="Part", kind=SourceKind.OFFICIAL_BODY, parent=whole)
    subpart = SourceFactory(name="Subpart", kind=SourceKind.OFFICIAL_BODY, parent=part)
    services.source_merge(keep=subpart, merge=whole, actor=moderator)
    subpart.refresh_from_db()
    part.refresh_from_db()
    assert subpart.parent is None and part.parent == subpart
    assert services.source_update(source=subpart, actor=moderator, description="x").description == "x"


def test_merging_a_source_already_merged_away_is_refused_with_a_reason(moderator):
    first = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    second = SourceFactory(name="Bloomberg LP", kind=SourceKind.NEWS_AGENCY)
    stale_second = Source.objects.get(pk=second.pk)
    services.source_merge(keep=first, merge=second, actor=moderator)  # another moderator, first
    with pytest.raises(ValidationError, match="no longer in the registry"):
        services.source_merge(keep=stale_second, merge=first, actor=moderator)


@pytest.mark.parametrize("name", ["\u3164", "\u2800", "\u115f\u1160", "\uffa0", "\u200b\u3164"])
def test_names_that_print_as_nothing_are_refused(moderator, name):
    with pytest.raises(ValidationError):
        services.source_create(actor=moderator, name=name, kind="outlet")


def test_zero_width_characters_inside_a_name_do_not_make_a_lookalike(moderator):
    reuters = services.source_create(actor=moderator, name="Reuters", kind="news_agency")
    with pytest.raises(ValidationError, match="already in the registry"):
        services.source_create(actor=moderator, name="Reu\u200bters", kind="news_agency")
    assert services.source_get_or_create(name="Reu\u00adters", kind="outlet") == (reuters, False)
    persian = services.source_create(actor=moderator, name="خبرگزاری\u200cها", kind="news_agency")
    assert "\u200c" in persian.name  # the non-joiner is part of the word: kept


def test_a_name_the_database_folds_differently_resolves_instead_of_crashing(reviewer, document):
    # PostgreSQL's LOWER (behind the unique index) folds "İ" to "i"; Python's casefold does
    # not. Whichever the unique index considers the same name is the same source.
    iran = SourceFactory(name="Iran Press TV", kind=SourceKind.OUTLET)
    found, _ = services.source_get_or_create(name="İran Press TV", kind="outlet")
    if connection.vendor == "postgresql":  # SQLite's LOWER folds ASCII only: two names there
        assert found == iran
    response = api(reviewer).post(
        "/api/v1/claims/",
        claim_body(document, "Turkey", hops=(("İran Press TV", "outlet", "published"),)),
        format="json",
    )
    assert response.status_code == 201


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the race needs PostgreSQL's locks")
def test_two_parent_changes_at_once_cannot_make_a_loop(moderator):
    # The interleaving that made a loop, forced: one moderator's "A under B" is written but not
    # yet committed when another's "B under A" is checked. Each alone is fine; together a loop.
    a = SourceFactory(name="Ministry", kind=SourceKind.OFFICIAL_BODY)
    b = SourceFactory(name="Government", kind=SourceKind.OFFICIAL_BODY)
    written, release = threading.Event(), threading.Event()
    outcome: dict[str, str] = {}

    def first():
        try:
            with transaction.atomic():
                services.source_update(source=a, actor=moderator, parent=b)
                written.set()
                release.wait(5)  # still uncommitted while the second change runs
        finally:
            connections.close_all()

    def second():
        try:
            written.wait(5)
            services.source_update(source=b, actor=moderator, parent=a)
            outcome["second"] = "saved"
        except ValidationError:
            outcome["second"] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    threads[1].join(1)  # with the lock, the second waits for the first to commit
    release.set()
    for thread in threads:
        thread.join()
    a.refresh_from_db()
    b.refresh_from_db()
    assert outcome == {"second": "refused"}
    assert (a.parent_id, b.parent_id) == (b.pk, None)
