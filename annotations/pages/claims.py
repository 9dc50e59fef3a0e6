"""The claim editor: new, edit, delete and submit, each answering with the editor's fragment."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from .. import permissions, selectors, services
from ..domain.anchoring import AnchorError, anchor_span
from ..models import Claim, Document
from .editor import editor_message, editor_response
from .forms import ClaimForm, HopFormSet, chain_initial, suggestion_initial
from .reader import reader_context, wants_others
from .suggestions import suggestion_for


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
        suffix = "?others=1" if wants_others(request) else ""
        return redirect(document.get_absolute_url() + suffix)
    context = reader_context(request, document)
    context.update({"text": text, "kind": "success"})
    return render(request, "annotations/partials/claim_saved.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def claim_new(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=pk)
    if not permissions.can_annotate(request.user):
        return editor_message(request, "Only reviewers and moderators can add claims.", 403)
    if request.method == "GET":
        try:
            anchor = anchor_span(
                document.text, int(request.GET.get("start", "")), int(request.GET.get("end", ""))
            )
        except (ValueError, AnchorError) as error:
            reason = str(error) if isinstance(error, AnchorError) else "The selection has no valid offsets."
            return editor_message(request, reason, 400)
        form = ClaimForm(initial={"start": anchor.start, "end": anchor.end, "quote": anchor.quote})
        suggestion = suggestion_for(document, anchor.start, anchor.end)
        if request.GET.get("suggest") == "1":
            initial = suggestion_initial(suggestion, publisher=document.publisher)
        else:
            initial = chain_initial(publisher=document.publisher)
        hops = HopFormSet(prefix="hops", initial=initial)
        context = {"document": document, "form": form, "hops": hops, "suggestion": suggestion}
        return editor_response(request, context)

    form, hops = _bound_forms(request)
    context = {"document": document, "form": form, "hops": hops}
    if not (form.is_valid() and hops.is_valid()):
        return editor_response(request, context, status=422)
    try:
        services.claim_create(document=document, author=request.user, **_claim_fields(form, hops))
    except ValidationError as error:
        form.add_service_errors(error)
        return editor_response(request, context, status=422)
    except (OperationalError, InterfaceError):  # the connection failed
        form.add_error(None, services.DATABASE_FAILED)  # the form keeps what the reviewer typed
        return editor_response(request, context, status=503)
    return _saved_response(request, document, "Claim saved.")


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
    refusal = permissions.claim_change_refusal(request.user, claim, "edit")
    if refusal:
        return editor_message(request, refusal, 403)
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
        return editor_response(request, {"document": document, "form": form, "hops": hops, "claim": claim})

    form, hops = _bound_forms(request)
    context = {"document": document, "form": form, "hops": hops, "claim": claim}
    if not (form.is_valid() and hops.is_valid()):
        return editor_response(request, context, status=422)
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
        return editor_response(request, context, status=409)
    except ValidationError as error:
        form.add_service_errors(error)
        return editor_response(request, context, status=422)
    except PermissionDenied as error:
        return editor_message(request, str(error), 403)
    except Claim.DoesNotExist as error:
        return editor_message(request, str(error), 404)
    except (OperationalError, InterfaceError):  # the connection failed
        form.add_error(None, services.DATABASE_FAILED)
        return editor_response(request, context, status=503)
    return _saved_response(request, document, "Claim updated.")


@login_required
@require_POST
def claim_delete(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(request, pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return editor_message(request, "Reload the page: the delete did not say which version it meant.", 400)
    try:
        services.claim_delete(claim=claim, actor=request.user, expected_version=version)
    except services.ClaimConflict as conflict:
        return editor_message(request, f"{conflict} It was not deleted.", 409)
    except PermissionDenied as error:
        return editor_message(request, str(error), 403)
    except Claim.DoesNotExist as error:
        return editor_message(request, str(error), 404)
    except (OperationalError, InterfaceError):  # the connection failed
        return editor_message(request, services.DATABASE_FAILED, 503)
    return _saved_response(request, claim.document, "Claim deleted.")


@login_required
@require_POST
def claim_submit(request: HttpRequest, pk: int) -> HttpResponse:
    """The author sends a claim to the moderators (again, after changes)."""
    claim = _claim_or_404(request, pk)
    try:
        services.claim_transition(claim=claim, actor=request.user, action="submit")
    except PermissionDenied as error:
        return editor_message(request, str(error), 403)
    except Claim.DoesNotExist as error:
        return editor_message(request, str(error), 404)
    except ValidationError as error:
        return editor_message(request, " ".join(error.messages), 400)
    except (OperationalError, InterfaceError):  # the connection failed
        return editor_message(request, services.DATABASE_FAILED, 503)
    return _saved_response(request, claim.document, "Claim submitted for review.")
