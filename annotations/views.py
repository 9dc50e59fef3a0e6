"""Pages of the workbench. Thin: forms collect input, services decide, selectors read."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from rest_framework.authtoken.models import Token

from . import roles, selectors, services, suggesting
from .anchoring import AnchorError, anchor_span
from .forms import ClaimForm, HopFormSet, chain_initial, suggestion_initial
from .highlighting import paragraphs
from .models import Claim, Document

DOCUMENTS_PER_PAGE = 20


@login_required
@require_GET
def document_list(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "")
    documents = selectors.documents_for_list(viewer=request.user, search=search)
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "search": search}
    template = (
        "annotations/partials/document_table.html" if request.htmx else "annotations/document_list.html"
    )
    return render(request, template, context)


def _include_others(request: HttpRequest) -> bool:
    return request.GET.get("others") == "1" or request.POST.get("others") == "1"


PALETTE_SIZE = 6  # reviewer colours besides the viewer's own (workbench.css: .c1 ... .c6)


def _reader_context(request: HttpRequest, document: Document) -> dict:
    include_others = _include_others(request)
    claims = selectors.claims_for_document(
        document=document, viewer=request.user, include_others=include_others
    )
    # Colours follow the order in which reviewers first annotated the document, so a
    # newcomer gets a new colour without changing anyone else's.
    first_claim: dict[str, int] = {}
    for claim in claims:
        if claim.author_id != request.user.pk:
            name = claim.author.username
            first_claim[name] = min(first_claim.get(name, claim.pk), claim.pk)
    colour = {
        name: index % PALETTE_SIZE + 1 for index, name in enumerate(sorted(first_claim, key=first_claim.get))
    }
    for claim in claims:
        claim.is_mine = claim.author_id == request.user.pk
        claim.colour = 0 if claim.is_mine else colour[claim.author.username]
        claim.can_edit = roles.can_edit_claim(request.user, claim)
        claim.can_submit = services.can_transition(actor=request.user, claim=claim, action="submit")
    return {
        "document": document,
        "claims": claims,
        "paragraphs": paragraphs(document.text, claims),
        "include_others": include_others,
        "legend": [(name, colour[name]) for name in sorted(colour, key=colour.get)],
        "others_count": selectors.other_reviewers_count(document=document, viewer=request.user),
        "can_annotate": roles.can_annotate(request.user),
        "is_moderator": roles.is_moderator(request.user),
        "state": selectors.claims_digest((claim.pk, claim.version) for claim in claims),
        "poll_seconds": settings.LIVE_POLL_SECONDS,
    }


@login_required
@require_GET
def document_read(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=pk)
    context = _reader_context(request, document)
    return render(request, "annotations/reader.html", context)


@login_required
@require_GET
def document_live(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled by an open reader page: 204 if nothing changed, else the redrawn claims."""
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=pk)
    state = selectors.claims_state(
        document=document, viewer=request.user, include_others=_include_others(request)
    )
    if state == request.GET.get("state"):
        return HttpResponse(status=204)
    return render(request, "annotations/partials/live_update.html", _reader_context(request, document))


def _editor_response(request, context: dict, status: int = 200) -> HttpResponse:
    return render(request, "annotations/partials/claim_form.html", context, status=status)


def _message(request, text: str, status: int, kind: str = "error") -> HttpResponse:
    return render(
        request,
        "annotations/partials/editor_message.html",
        {"text": text, "kind": kind},
        status=status,
    )


def _bound_forms(request):
    form = ClaimForm(request.POST)
    hops = HopFormSet(request.POST, prefix="hops")
    return form, hops


def _claim_fields(form, hops) -> dict:
    """The service arguments a valid claim form and hop formset carry."""
    data = form.cleaned_data
    return {
        "start": data["start"],
        "end": data["end"],
        "quote": data["quote"],
        "chain": [hop_form.to_spec() for hop_form in hops if hop_form.cleaned_data],
        "credibility": data["credibility"],
        "likelihood": data["likelihood"],
        "note": data["note"],
    }


def _saved_response(request, document: Document, text: str) -> HttpResponse:
    if not request.htmx:
        messages.success(request, text)
        suffix = "?others=1" if _include_others(request) else ""
        return redirect(document.get_absolute_url() + suffix)
    context = _reader_context(request, document)
    context.update({"text": text, "kind": "success"})
    return render(request, "annotations/partials/claim_saved.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def claim_new(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=pk)
    if not roles.can_annotate(request.user):
        return _message(request, "Only reviewers and moderators can add claims.", 403)
    if request.method == "GET":
        try:
            anchor = anchor_span(
                document.text, int(request.GET.get("start", "")), int(request.GET.get("end", ""))
            )
        except (ValueError, AnchorError) as error:
            reason = str(error) if isinstance(error, AnchorError) else "The selection has no valid offsets."
            return _message(request, reason, 400)
        form = ClaimForm(initial={"start": anchor.start, "end": anchor.end, "quote": anchor.quote})
        suggestion = _suggestion(document, anchor.start, anchor.end)
        if request.GET.get("suggest") == "1":
            initial = suggestion_initial(suggestion, publisher=document.publisher)
        else:
            initial = chain_initial(publisher=document.publisher)
        hops = HopFormSet(prefix="hops", initial=initial)
        context = {"document": document, "form": form, "hops": hops, "suggestion": suggestion}
        return _editor_response(request, context)

    form, hops = _bound_forms(request)
    context = {"document": document, "form": form, "hops": hops}
    if not (form.is_valid() and hops.is_valid()):
        return _editor_response(request, context, status=422)
    try:
        services.claim_create(document=document, author=request.user, **_claim_fields(form, hops))
    except ValidationError as error:
        form.add_service_errors(error)
        return _editor_response(request, context, status=422)
    except (OperationalError, InterfaceError):  # the connection failed
        form.add_error(None, services.DATABASE_FAILED)  # the form keeps what the reviewer typed
        return _editor_response(request, context, status=503)
    return _saved_response(request, document, "Claim saved.")


def _suggestion(document: Document, start: int, end: int):
    return suggesting.suggest_chain(
        document.text, document.publisher.name, start, end, selectors.source_registry()
    )


class BadSpan(Exception):
    """Offsets that do not make a span of the document."""


def _span(request: HttpRequest, document: Document) -> tuple[int, int]:
    try:
        anchor = anchor_span(
            document.text, int(request.GET.get("start", "")), int(request.GET.get("end", ""))
        )
    except AnchorError as error:
        raise BadSpan(str(error)) from None
    except ValueError:
        raise BadSpan("The selection has no valid offsets.") from None
    return anchor.start, anchor.end


@login_required
@require_GET
def suggested_hops(request: HttpRequest, pk: int) -> HttpResponse:
    """The chain builder's rows filled with the chain suggested for a span (nothing is saved)."""
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=pk)
    try:
        start, end = _span(request, document)
    except BadSpan as error:
        return _message(request, str(error), 400)
    initial = suggestion_initial(_suggestion(document, start, end), publisher=document.publisher)
    hops = HopFormSet(prefix="hops", initial=initial)
    return render(request, "annotations/partials/hop_rows.html", {"hops": hops})


@login_required
@require_GET
def suggested_claims(request: HttpRequest, pk: int) -> HttpResponse:
    """Sentences that carry an attributed assertion, with their chains, to review one by one."""
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=pk)
    mine = sorted(Claim.objects.filter(document=document, author=request.user).values_list("start", "end"))
    suggestions = suggesting.suggest_claims(
        document.text, document.publisher.name, selectors.source_registry()
    )
    # Suggestions come in text order, so one walk along my claims (by start) finds those a
    # sentence overlaps: `reach` is the furthest end of my claims that begin before it ends.
    candidates, walked, reach = [], 0, -1
    for candidate in suggestions:
        while walked < len(mine) and mine[walked][0] < candidate.sentence_end:
            reach = max(reach, mine[walked][1])
            walked += 1
        if reach <= candidate.sentence_start:
            candidates.append(candidate)
    rows = [(c, document.text[c.sentence_start : c.sentence_end]) for c in candidates]
    context = {
        "document": document,
        "candidates": rows,
        # A long document is read only in part (suggesting.CLAIMS_LIMIT): the page says how far.
        "read_up_to": suggestions.read_up_to,
        "text_length": len(document.text),
    }
    return render(request, "annotations/partials/suggested_claims.html", context)


def _claim_or_404(request: HttpRequest, pk: int) -> Claim:
    """The claim if the user may read it (`readable_by`); 404 alike for unknown and unreadable ids."""
    try:
        return selectors.claim_with_chain(pk=pk, viewer=request.user)
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None


@login_required
@require_http_methods(["GET", "POST"])
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(request, pk)
    document = claim.document
    refusal = roles.claim_change_refusal(request.user, claim, "edit")
    if refusal:
        return _message(request, refusal, 403)
    if request.method == "GET":
        form = ClaimForm(
            initial={
                "start": claim.start,
                "end": claim.end,
                "quote": claim.quote,
                "version": claim.version,
                "credibility": claim.credibility,
                "likelihood": claim.likelihood,
                "note": claim.note,
            }
        )
        hops = HopFormSet(prefix="hops", initial=chain_initial(claim=claim))
        return _editor_response(request, {"document": document, "form": form, "hops": hops, "claim": claim})

    form, hops = _bound_forms(request)
    context = {"document": document, "form": form, "hops": hops, "claim": claim}
    if not (form.is_valid() and hops.is_valid()):
        return _editor_response(request, context, status=422)
    try:
        services.claim_update(
            claim=claim,
            actor=request.user,
            expected_version=form.cleaned_data["version"] or 0,
            **_claim_fields(form, hops),
        )
    except services.ClaimConflict as conflict:
        context["conflict"] = selectors.claim_with_chain(pk=conflict.current.pk)
        context["conflict_changes"] = selectors.claim_changes_since(
            claim=context["conflict"], version=conflict.expected_version
        )
        context["conflict_message"] = str(conflict)
        return _editor_response(request, context, status=409)
    except ValidationError as error:
        form.add_service_errors(error)
        return _editor_response(request, context, status=422)
    except PermissionDenied as error:
        return _message(request, str(error), 403)
    except Claim.DoesNotExist as error:
        return _message(request, str(error), 404)
    except (OperationalError, InterfaceError):  # the connection failed
        form.add_error(None, services.DATABASE_FAILED)
        return _editor_response(request, context, status=503)
    return _saved_response(request, document, "Claim updated.")


@login_required
@require_POST
def claim_delete(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(request, pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return _message(request, "Reload the page: the delete did not say which version it meant.", 400)
    try:
        services.claim_delete(claim=claim, actor=request.user, expected_version=version)
    except services.ClaimConflict as conflict:
        return _message(request, f"{conflict} It was not deleted.", 409)
    except PermissionDenied as error:
        return _message(request, str(error), 403)
    except Claim.DoesNotExist as error:
        return _message(request, str(error), 404)
    except (OperationalError, InterfaceError):  # the connection failed
        return _message(request, services.DATABASE_FAILED, 503)
    return _saved_response(request, claim.document, "Claim deleted.")


@login_required
@require_POST
def claim_submit(request: HttpRequest, pk: int) -> HttpResponse:
    """The author sends a claim to the moderators (again, after changes)."""
    claim = _claim_or_404(request, pk)
    try:
        services.claim_transition(claim=claim, actor=request.user, action="submit")
    except PermissionDenied as error:
        return _message(request, str(error), 403)
    except Claim.DoesNotExist as error:
        return _message(request, str(error), 404)
    except ValidationError as error:
        return _message(request, " ".join(error.messages), 400)
    except (OperationalError, InterfaceError):  # the connection failed
        return _message(request, services.DATABASE_FAILED, 503)
    return _saved_response(request, claim.document, "Claim submitted for review.")


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """The user's roles and API token; POST creates or rotates the token."""
    if request.method == "POST":
        services.token_rotate(user=request.user)
        messages.success(request, "New API token created; the old one no longer works.")
        return redirect("annotations:profile")
    token = Token.objects.filter(user=request.user).first()
    groups = sorted(request.user.groups.values_list("name", flat=True))
    return render(request, "annotations/profile.html", {"token": token, "groups": groups})
