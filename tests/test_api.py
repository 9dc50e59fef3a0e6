"""The /api/v1/ contract: authentication, lists and filters, writes through the same rules, errors."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from annotations.models import Claim, ClaimStatus, Source
from annotations.scales import SourceKind

from .factories import ClaimFactory, DocumentFactory, SourceFactory, UserFactory
from .helpers import PUBLISHER_HOP, api, claim_body, page_client

pytestmark = pytest.mark.django_db


VIA_BLOOMBERG = (*PUBLISHER_HOP, ("Bloomberg", "news_agency", "citing"))  # a new source, by name


ENDPOINTS = ["/api/v1/claims/", "/api/v1/sources/", "/api/v1/documents/", "/api/v1/export/"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_anonymous_requests_get_401_in_json(url):
    response = api().get(url, HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")  # a browser
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"] == "Authentication credentials were not provided."


def test_a_bad_token_is_refused_in_json():
    response = api(token="not-a-real-token").get("/api/v1/claims/")
    assert response.status_code == 401 and response.json()["detail"] == "Invalid token."


def test_unknown_api_addresses_answer_json_404(reviewer):
    response = api(reviewer).get("/api/v1/nothing-here/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_session_login_works_for_the_browser(reviewer):
    client = page_client(reviewer)
    assert client.get("/api/v1/claims/").status_code == 200


# --- reading ------------------------------------------------------------------------------


def test_claims_list_nests_the_ordered_chain_with_words(reviewer):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    officials = SourceFactory(name="officials", kind=SourceKind.UNNAMED)
    claim = ClaimFactory(author=reviewer, credibility=2)
    ClaimFactory(document=claim.document, chain=[claim.document.publisher, bloomberg, officials])
    body = api(reviewer).get("/api/v1/claims/", {"document": claim.document.pk}).json()
    assert body["count"] == 2
    first = body["results"][0]
    assert first["id"] == claim.pk
    assert first["confidence"] == {
        "credibility": 2,
        "credibility_words": "Probably true",
        "likelihood": None,
        "likelihood_words": None,
    }
    chain = body["results"][1]["chain"]
    assert [hop["source_name"] for hop in chain] == ["Press TV", "Bloomberg", "officials"]
    assert [hop["position"] for hop in chain] == [0, 1, 2]
    assert chain[2]["source_kind_words"] == "Unnamed source"


def test_documents_list_and_detail(reviewer):
    document = DocumentFactory(title="S-400 story")
    ClaimFactory(document=document)
    listed = api(reviewer).get("/api/v1/documents/", {"q": "S-400 story"}).json()
    assert listed["count"] == 1 and listed["results"][0]["claim_count"] == 1
    assert "text" not in listed["results"][0]
    detail = api(reviewer).get(f"/api/v1/documents/{document.pk}/").json()
    assert detail["text"] == document.text and detail["length"] == len(document.text)


@pytest.fixture
def filtered_set(reviewer, other_reviewer):
    bloomberg = SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    officials = SourceFactory(name="officials", kind=SourceKind.UNNAMED)
    document = DocumentFactory()
    other_document = DocumentFactory()
    claims = {
        "own": ClaimFactory(document=document, author=reviewer, credibility=1),
        "bloomberg": ClaimFactory(
            document=document, author=other_reviewer, credibility=2, chain=[document.publisher, bloomberg]
        ),
        "anonymous": ClaimFactory(
            document=other_document,
            author=other_reviewer,
            credibility=5,
            status=ClaimStatus.APPROVED,
            chain=[document.publisher, bloomberg, officials],
        ),
    }
    return claims, document, bloomberg, officials


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"reviewer": "rita"}, {"own"}),
        ({"status": "approved"}, {"anonymous"}),
        ({"status": ["approved", "draft"]}, {"own", "bloomberg", "anonymous"}),
        ({"credibility": ["1", "2"]}, {"own", "bloomberg"}),
        ({"credibility_max": "2"}, {"own", "bloomberg"}),
        ({"source": "BLOOMBERG"}, {"bloomberg", "anonymous"}),
        ({"origin": "BLOOMBERG"}, {"bloomberg"}),
        ({"chain_length": "1"}, {"own"}),
        ({"chain_length_min": "2"}, {"bloomberg", "anonymous"}),
        ({"anonymous": "true"}, {"anonymous"}),
        ({"anonymous": "false"}, {"own", "bloomberg"}),
        ({"document": "DOC"}, {"own", "bloomberg"}),
        ({"created_since": "2000-01-01T00:00:00Z"}, {"own", "bloomberg", "anonymous"}),
        ({"updated_since": "2999-01-01T00:00:00Z"}, set()),
        # An offset PostgreSQL itself would refuse (found by schemathesis): moved to UTC first.
        ({"updated_since": "0065-11-26T06:57:42-20:53"}, {"own", "bloomberg", "anonymous"}),
    ],
)
def test_claim_filters(reviewer, filtered_set, params, expected):
    claims, document, bloomberg, _ = filtered_set
    params = {
        key: (str(bloomberg.pk) if value == "BLOOMBERG" else str(document.pk) if value == "DOC" else value)
        for key, value in params.items()
    }
    body = api(reviewer).get("/api/v1/claims/", params).json()
    names = {name for name, claim in claims.items() if claim.pk in {r["id"] for r in body["results"]}}
    assert names == expected


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"document": "seven"}, "document"),
        ({"status": "published"}, "status"),
        ({"credibility": "9"}, "credibility"),
        ({"anonymous": "maybe"}, "anonymous"),
        ({"created_since": "last tuesday"}, "created_since"),
        ({"created_since": "0001-01-01T00:00:00+10:00"}, "created_since"),  # before year 1 in UTC
        ({"document": "1.5"}, "document"),
        ({"source": "1e30"}, "source"),
        ({"chain_length_max": "-45.07"}, "chain_length_max"),
        ({"reviwer": "rita"}, "reviwer"),
        ({"page": "99"}, "page"),
        ({"page": "first"}, "page"),
        ({"page_size": "0"}, "page_size"),
    ],
)
def test_bad_parameters_get_a_400_naming_them(reviewer, filtered_set, params, parameter):
    response = api(reviewer).get("/api/v1/claims/", params)
    assert response.status_code == 400
    assert parameter in response.json()["errors"]


def test_malformed_and_unknown_ids_in_the_path_are_json_404(reviewer):
    for url in ["/api/v1/claims/abc/", "/api/v1/claims/999999/", "/api/v1/documents/x/"]:
        response = api(reviewer).get(url)
        assert response.status_code == 404 and "detail" in response.json(), url


def test_pages_carry_links_and_a_count(reviewer):
    document = DocumentFactory()
    for n in range(7):
        ClaimFactory(document=document, start=n)
    body = api(reviewer).get("/api/v1/claims/", {"page_size": 3, "page": 2}).json()
    assert body["count"] == 7 and len(body["results"]) == 3
    assert "page=3" in body["next"] and body["previous"]


@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/sources/", "/api/v1/documents/"])
def test_list_endpoints_run_a_constant_number_of_queries(reviewer, url, django_assert_max_num_queries):
    chain = [SourceFactory(name="Press TV"), SourceFactory(name="Bloomberg"), SourceFactory(name="officials")]
    for _ in range(4):
        document = DocumentFactory()
        for n in range(30):
            ClaimFactory(document=document, start=n, chain=chain, author=reviewer)
    client = api(reviewer)
    with django_assert_max_num_queries(6):
        body = client.get(url, {"page_size": 100}).json()
    assert body["count"] >= 3


# --- writing --------------------------------------------------------------------------------


def test_reviewer_creates_a_claim_with_new_and_existing_sources(reviewer, document):
    officials = SourceFactory(name="officials familiar with the matter", kind=SourceKind.UNNAMED)
    body = claim_body(document, "Ankara is open to compromises", hops=VIA_BLOOMBERG)
    body["chain"].append({"source": officials.pk, "cue": "citing", "cue_text": "Citing officials"})
    response = api(reviewer).post("/api/v1/claims/", body, format="json")
    assert response.status_code == 201, response.json()
    record = response.json()
    assert record["chain_display"] == "Press TV > Bloomberg > officials familiar with the matter"
    assert record["reviewer"] == "rita" and record["version"] == 1
    assert Source.objects.get(name="Bloomberg").kind == SourceKind.NEWS_AGENCY


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"end": 10**6}, "quote", "past the end"),
        ({"quote": "Ankara is closed"}, "quote", "does not match"),
        ({"chain": []}, "chain", "at least one hop"),
        ({"chain": [{"source": 987654, "cue": "published"}]}, "chain", "no source with id 987654"),
        (
            {"chain": [{"source_name": "Unknown Wire", "cue": "citing"}]},
            "chain",
            "not in the source registry",
        ),
        ({"chain": [{"cue": "citing"}]}, "chain", "Give `source`"),
        ({"chain": [{"source_name": "Press TV", "cue": "whispered"}]}, "chain", "not a valid choice"),
        ({"credibility": 7}, "credibility", "credibility grade from 1"),
        ({"likelihood": "perhaps"}, "likelihood", "ICD 203"),
        ({"document": 987654}, "document", "No document with id"),
        ({"start": "ten"}, "start", "valid integer"),
    ],
)
def test_invalid_claims_are_refused_with_a_json_400(reviewer, document, change, field, message):
    response = api(reviewer).post(
        "/api/v1/claims/",
        claim_body(document, "Ankara is open to compromises", hops=VIA_BLOOMBERG) | change,
        format="json",
    )
    assert response.status_code == 400
    assert message in str(response.json()["errors"][field])
    assert not Claim.objects.exists()


def test_a_malformed_json_body_is_a_400(reviewer):
    response = api(reviewer).post("/api/v1/claims/", "{not json", content_type="application/json")
    assert response.status_code == 400 and "JSON parse error" in response.json()["detail"]


def test_update_needs_the_current_version_and_a_stale_one_gets_409(reviewer, document):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    client = api(reviewer)
    missing = client.patch(f"/api/v1/claims/{claim.pk}/", {"note": "x"}, format="json")
    assert missing.status_code == 400 and "version" in missing.json()["errors"]
    ok = client.patch(f"/api/v1/claims/{claim.pk}/", {"note": "first", "version": 1}, format="json")
    assert ok.status_code == 200 and ok.json()["version"] == 2 and ok.json()["chain_display"] == "Press TV"
    stale = client.patch(f"/api/v1/claims/{claim.pk}/", {"note": "second", "version": 1}, format="json")
    assert stale.status_code == 409
    assert stale.json()["current"]["note"] == "first" and "version 1" in stale.json()["detail"]
    assert stale.json()["changes"] == [{"field": "note", "was": "", "now": "first"}]
    put = client.put(
        f"/api/v1/claims/{claim.pk}/",
        claim_body(document, "Turkey will not abandon", hops=VIA_BLOOMBERG, version=2),
        format="json",
    )
    assert put.status_code == 200 and put.json()["quote"] == "Turkey will not abandon"


@pytest.mark.parametrize(
    ("actor", "expected"),
    # An account in neither role cannot read a draft at all: 404, as for an unknown id.
    [("author", 200), ("other_reviewer", 403), ("moderator", 200), ("outsider", 404)],
)
def test_claim_write_permission_matrix(request, reviewer, document, actor, expected):
    claim = ClaimFactory(document=document, author=reviewer, length=6)
    user = reviewer if actor == "author" else request.getfixturevalue(actor)
    client = api(user)
    response = client.patch(f"/api/v1/claims/{claim.pk}/", {"note": "edited", "version": 1}, format="json")
    assert response.status_code == expected
    assert response["Content-Type"].startswith("application/json")
    version = Claim.objects.get(pk=claim.pk).version
    deleted = client.delete(f"/api/v1/claims/{claim.pk}/?version={version}")
    assert deleted.status_code == (204 if expected == 200 else expected)
    body = claim_body(document, "Turkey will", hops=VIA_BLOOMBERG)
    created = client.post("/api/v1/claims/", body, format="json")
    assert created.status_code == (403 if actor == "outsider" else 201)


def test_sources_are_created_by_reviewers_and_changed_by_moderators(reviewer, moderator):
    created = api(reviewer).post(
        "/api/v1/sources/", {"name": "Reuters", "kind": "news_agency"}, format="json"
    )
    assert (
        created.status_code == 201 and created.json()["reliability_words"] == "Reliability cannot be judged"
    )
    source_id = created.json()["id"]
    duplicate = api(reviewer).post("/api/v1/sources/", {"name": "REUTERS", "kind": "outlet"}, format="json")
    assert duplicate.status_code == 400 and "already in the registry" in str(duplicate.json()["errors"])
    graded = api(reviewer).post(
        "/api/v1/sources/", {"name": "AP", "kind": "news_agency", "reliability_grade": "A"}, format="json"
    )
    assert graded.status_code == 403
    assert (
        api(reviewer)
        .patch(f"/api/v1/sources/{source_id}/", {"reliability_grade": "B"}, format="json")
        .status_code
        == 403
    )
    changed = api(moderator).patch(f"/api/v1/sources/{source_id}/", {"reliability_grade": "B"}, format="json")
    assert changed.status_code == 200 and changed.json()["reliability_words"] == "Usually reliable"
    bad_kind = api(moderator).patch(f"/api/v1/sources/{source_id}/", {"kind": "rumour"}, format="json")
    assert bad_kind.status_code == 400 and "kind" in bad_kind.json()["errors"]


def test_sources_filter_by_name_and_kind(reviewer):
    SourceFactory(name="Bloomberg", kind=SourceKind.NEWS_AGENCY)
    SourceFactory(name="Bloomberg Opinion", kind=SourceKind.OUTLET)
    body = api(reviewer).get("/api/v1/sources/", {"q": "bloom", "kind": "news_agency"}).json()
    assert [source["name"] for source in body["results"]] == ["Bloomberg"]


# --- tokens and schema -----------------------------------------------------------------------


def test_a_reviewer_gets_and_rotates_a_token_on_the_profile_page():
    user = UserFactory(username="tess")
    client = page_client(user)
    assert "You have no API token yet" in client.get(reverse("annotations:profile")).content.decode()
    client.post(reverse("annotations:profile"))
    first = Token.objects.get(user=user).key
    assert first in client.get(reverse("annotations:profile")).content.decode()
    client.post(reverse("annotations:profile"))
    second = Token.objects.get(user=user).key
    assert second != first
    assert api(token=first).get("/api/v1/claims/").status_code == 401


def test_the_openapi_schema_describes_every_endpoint_and_filter():
    response = api().get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for path in [
        "/api/v1/claims/",
        "/api/v1/claims/{id}/",
        "/api/v1/sources/",
        "/api/v1/documents/",
        "/api/v1/documents/{id}/",
        "/api/v1/export/",
        "/api/v1/agreement/",
        "/api/v1/suggest-chain/",
    ]:
        assert path in schema["paths"], path
    assert "gold" in {p["name"] for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert "strength" in schema["components"]["schemas"]["Claim"]["properties"]
    export_params = {p["name"] for p in schema["paths"]["/api/v1/export/"]["get"]["parameters"]}
    assert {
        "format",
        "document",
        "reviewer",
        "status",
        "credibility",
        "source",
        "chain_length",
        "anonymous",
        "created_since",
        "updated_since",
    } <= export_params
    claim_get = schema["paths"]["/api/v1/claims/"]["get"]["responses"]
    assert {"200", "400", "401", "403"} <= set(claim_get)
    assert "409" in schema["paths"]["/api/v1/claims/{id}/"]["patch"]["responses"]
    docs = api().get("/api/v1/docs/")
    assert docs.status_code == 200 and b"swagger-ui" in docs.content and b"cdn" not in docs.content.lower()
