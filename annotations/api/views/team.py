"""Agreement between reviewers, and suggested chains for a span."""

from django.core.exceptions import PermissionDenied
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from ... import permissions, selectors
from ...domain import suggesting
from ...domain.agreement import GOLD
from ...filters import refuse_unknown
from ...pages.forms import AgreementForm
from .. import serializers as s
from .common import ERRORS, yes_or_no


@extend_schema(
    summary="Agreement between reviewers",
    description=(
        "Span agreement (exact and overlap F1), chain agreement (same sources in order, first hop, "
        "origin) and confidence agreement (Cohen's kappa, ordinal Krippendorff's alpha) for each pair "
        "of reviewers, over the chosen documents. Repeat `document` and `reviewer`; without them, "
        "every document and every reviewer with claims. `gold=true` adds the adjudicated gold set "
        f"as the reviewer “{GOLD}”."
    ),
    parameters=[
        OpenApiParameter("document", OpenApiTypes.INT, many=True, description="Document id; repeat."),
        OpenApiParameter("reviewer", OpenApiTypes.STR, many=True, description="Username; repeat."),
        OpenApiParameter("gold", OpenApiTypes.BOOL, description="Compare with the gold set too."),
        OpenApiParameter(
            "project",
            OpenApiTypes.INT,
            description="Project id: its articles, and its reviewers unless named.",
        ),
    ],
    responses={200: s.AgreementSerializer, **ERRORS},
)
class AgreementView(APIView):
    def get(self, request):
        if not permissions.can_annotate(request.user):
            raise PermissionDenied("Only reviewers and moderators see agreement.")
        params = request.query_params
        refuse_unknown(params, ["document", "reviewer", "gold", "project"])
        include_gold = yes_or_no(params, "gold")  # true or false: the form's checkbox takes anything
        form = AgreementForm(params, viewer=request.user)
        if not form.is_valid():
            raise ApiValidationError({name: list(errors) for name, errors in form.errors.items()})
        data = form.cleaned_data
        report = selectors.agreement_report(
            viewer=request.user,
            documents=list(data["document"]) or None,
            reviewers=data["reviewer"] or None,
            include_gold=include_gold,
            project=data["project"],
        )
        return Response(s.AgreementSerializer(report).data)


@extend_schema(
    summary="Suggest an attribution chain for a span",
    description=(
        "Reads the text around the span (the sentence and the attribution carried over from earlier "
        "sentences) and proposes a chain, publisher first, each hop with its kind, matching registry "
        "source (by name or alias, or null), cue, and the offsets of the cue and of the source's mention. "
        "Send a `document` id, or a raw `text` (at most 200,000 characters) with its `publisher`. "
        "Only the span's part of the text is read (at most 22,000 characters; references back reach "
        "6,000 or more), so a long document answers as fast as a short one. Nothing is saved."
    ),
    request=s.SuggestChainInputSerializer,
    responses={200: s.SuggestionSerializer, **ERRORS},
)
class SuggestChainView(APIView):
    def post(self, request):
        permissions.require_annotator(request.user, permissions.SUGGESTIONS_REFUSAL)
        data = s.SuggestChainInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        if "document" in fields:
            document = selectors.document_readable(pk=fields["document"], viewer=request.user)
            if document is None:
                raise ApiValidationError({"document": [f"No document with id {fields['document']}."]})
            text, publisher = document.text, document.publisher.name
        else:
            text, publisher = fields["text"], fields["publisher"].strip()
        if fields["end"] > len(text):
            raise ApiValidationError({"end": [f"The text has {len(text)} characters; `end` is past it."]})
        suggestion = suggesting.suggest_chain(
            text, publisher, fields["start"], fields["end"], selectors.source_registry()
        )
        return Response(s.SuggestionSerializer(suggestion).data)
