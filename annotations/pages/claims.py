"""The claim editor: new, edit, delete and submit, each answering with the editor's fragment.

What goes wrong is raised and answered in one place (`errors.editor_errors`); only the failures a
form can show next to what the reviewer typed are answered here (`_save`).
"""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from .. import permissions, selectors, services
from ..models import Document
from .editor import editor_response, span_from
from .errors import Refused, claim_or_404, document_or_404, editor_errors
from .forms import ClaimForm, HopFormSet, chain_initial, suggested_chain_value, suggestion_initial
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


def _save(request: HttpRequest, context: dict, service: Callable, **arguments) -> HttpResponse | None:
    """Call `service(**arguments)`; None if it saved, else the form again with what went wrong.

    The form keeps what the reviewer typed: the service's field errors (422), a conflict with what
    is stored now (409), a connection that failed (503). Anything else (a refusal, a claim deleted
    meanwhile) goes up to `editor_errors`.
    """
    form = context["form"]
    try:
        service(**arguments)
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
    except (OperationalError, InterfaceError):  # the connection failed: nothing was written
        form.add_error(None, services.DATABASE_FAILED)
        return editor_response(request, context, status=503)
    return None


def _saved_response(request, document: Document, text: str) -> HttpResponse:
    if not request.htmx:
        messages.success(request, text)
        suffix = "?others=1" if wants_others(request) else ""
        return redirect(document.get_absolute_url() + suffix)
    context = reader_context(request, document)
    context.update({"text": text, "kind": "success"})
    return render(request, "annotations/reader.html#claim_saved", context)


@login_required
@require_http_methods(["GET", "POST"])
@editor_errors
def claim_new(request: HttpRequest, pk: int) -> HttpResponse:
    document = document_or_404(request, pk)
    if not permissions.can_annotate(request.user):
        raise PermissionDenied("Only reviewers and moderators can add claims.")
    if request.method == "GET":
        anchor = span_from(request, document)
        suggestion = suggestion_for(document, anchor.start, anchor.end)
        form = ClaimForm(
            initial={
                "start": anchor.start,
                "end": anchor.end,
                "quote": anchor.quote,
                "suggested_chain": suggested_chain_value(suggestion, document.publisher),
            }
        )
        prefilled = request.GET.get("suggest") == "1"  # from "Suggest claims": the rows come filled
        if prefilled:
            initial = suggestion_initial(suggestion, publisher=document.publisher)
        else:
            initial = chain_initial(publisher=document.publisher)
        hops = HopFormSet(prefix="hops", initial=initial)
        context = {
            "document": document,
            "form": form,
            "hops": hops,
            "suggestion": suggestion,
            "prefilled": prefilled,
        }
        return editor_response(request, context)

    form, hops = _bound_forms(request)
    context = {"document": document, "form": form, "hops": hops}
    if not (form.is_valid() and hops.is_valid()):
        return editor_response(request, context, status=422)
    fields = _claim_fields(form, hops) | {"suggested_chain": form.cleaned_data["suggested_chain"]}
    failed = _save(request, context, services.claim_create, document=document, author=request.user, **fields)
    return failed or _saved_response(request, document, "Claim saved.")


@login_required
@require_http_methods(["GET", "POST"])
@editor_errors
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = claim_or_404(request, pk)
    document = claim.document
    refusal = permissions.claim_change_refusal(request.user, claim, "edit")
    if refusal:
        raise PermissionDenied(refusal)
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
    fields = _claim_fields(form, hops) | {"expected_version": form.cleaned_data["version"] or 0}
    failed = _save(request, context, services.claim_update, claim=claim, actor=request.user, **fields)
    return failed or _saved_response(request, document, "Claim updated.")


@login_required
@require_POST
@editor_errors
def claim_delete(request: HttpRequest, pk: int) -> HttpResponse:
    claim = claim_or_404(request, pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        raise Refused("Reload the page: the delete did not say which version it meant.", 400) from None
    try:
        services.claim_delete(claim=claim, actor=request.user, expected_version=version)
    except services.ClaimConflict as conflict:  # say what did not happen
        raise Refused(f"{conflict} It was not deleted.", 409) from conflict
    return _saved_response(request, claim.document, "Claim deleted.")


@login_required
@require_POST
@editor_errors
def claim_submit(request: HttpRequest, pk: int) -> HttpResponse:
    """The author sends a claim to the moderators (again, after changes)."""
    claim = claim_or_404(request, pk)
    services.claim_transition(claim=claim, actor=request.user, action="submit")
    return _saved_response(request, claim.document, "Claim submitted for review.")
