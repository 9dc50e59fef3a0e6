"""/api/v1/claims/: claims with their chains; writes through the claim services."""

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response

from ... import selectors, services
from ...filters import ClaimFilter
from ...interchange import exporting
from ...models import Source
from ...services import HopSpec
from .. import serializers as s
from .common import ERRORS


def _chain_specs(hops: list[dict]) -> list[HopSpec]:
    """Hop inputs to specs, resolving source ids in one query; unknown ids are named."""
    ids = {hop["source"] for hop in hops if hop.get("source") is not None}
    sources = Source.objects.in_bulk(ids)
    missing = [
        f"Hop {number}: no source with id {hop['source']}."
        for number, hop in enumerate(hops, start=1)
        if hop.get("source") is not None and hop["source"] not in sources
    ]
    if missing:
        raise ValidationError({"chain": missing})
    return [
        HopSpec(
            cue=hop["cue"],
            source=sources.get(hop.get("source")),
            source_name=hop.get("source_name", ""),
            source_kind=hop.get("source_kind", ""),
            cue_text=hop.get("cue_text", ""),
        )
        for hop in hops
    ]


@extend_schema_view(
    list=extend_schema(
        summary="List claims with their chains", responses={200: s.ClaimSerializer(many=True), **ERRORS}
    ),
    retrieve=extend_schema(summary="A claim", responses={200: s.ClaimSerializer, **ERRORS}),
    create=extend_schema(
        summary="Add a claim", request=s.ClaimInputSerializer, responses={201: s.ClaimSerializer, **ERRORS}
    ),
    update=extend_schema(
        summary="Replace a claim's span, chain and confidence",
        request=s.ClaimUpdateSerializer,
        responses={200: s.ClaimSerializer, 409: s.ConflictSerializer, **ERRORS},
    ),
    partial_update=extend_schema(
        summary="Change some of a claim's fields (send `version`)",
        request=s.ClaimUpdateSerializer,
        responses={200: s.ClaimSerializer, 409: s.ConflictSerializer, **ERRORS},
    ),
    destroy=extend_schema(
        summary="Delete a claim (its author or a moderator)",
        description="Send the `version` you read: a claim edited, submitted or approved since is kept (409).",
        parameters=[s.ClaimDeleteSerializer],
        responses={204: None, 409: s.ConflictSerializer, **ERRORS},
    ),
)
class ClaimViewSet(viewsets.ModelViewSet):
    lookup_value_converter = "int"  # ids are whole numbers: the schema says so, a client sends one
    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):
        return selectors.claims_for_api(viewer=self.request.user)

    CHANGEABLE = ("start", "end", "quote", "credibility", "likelihood", "note")

    @property
    def extra_query_params(self) -> tuple[str, ...]:
        return ("version",) if self.action == "destroy" else ()

    def create(self, request, *args, **kwargs):
        data = s.ClaimInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        document = self._document(fields["document"])
        claim = services.claim_create(
            document=document,
            author=request.user,
            start=fields["start"],
            end=fields["end"],
            quote=fields["quote"],
            chain=_chain_specs(fields["chain"]),
            credibility=fields["credibility"],
            likelihood=fields["likelihood"],
            note=fields["note"],
            suggested_chain=fields.get("suggested_chain"),
        )
        return Response(self._record(claim.pk), status=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        claim = self.get_object()
        partial = kwargs.get("partial", False)
        data = s.ClaimUpdateSerializer(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        if "version" not in fields:
            raise ApiValidationError({"version": ["Send the version you read; a stale one gets 409."]})
        if fields.get("document", claim.document_id) != claim.document_id:
            raise ApiValidationError({"document": ["A claim stays on its document: add a new one there."]})
        # What a PATCH leaves out stays as stored: the service reads it from the locked row.
        changes = {name: fields[name] for name in self.CHANGEABLE if name in fields}
        if "chain" in fields:
            changes["chain"] = _chain_specs(fields["chain"])
        services.claim_update(claim=claim, actor=request.user, expected_version=fields["version"], **changes)
        return Response(self._record(claim.pk))

    def destroy(self, request, *args, **kwargs):
        claim = self.get_object()
        data = s.ClaimDeleteSerializer(data=request.query_params)
        data.is_valid(raise_exception=True)
        version = data.validated_data["version"]
        services.claim_delete(claim=claim, actor=request.user, expected_version=version)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _document(self, pk: int):
        document = selectors.document_readable(pk=pk, viewer=self.request.user)
        if document is None:  # unknown and unreadable alike: an id says nothing of what it hides
            raise ApiValidationError({"document": [f"No document with id {pk} in your projects."]})
        return document

    def _record(self, pk: int) -> dict:
        return exporting.record_from_claim(selectors.claim_with_chain(pk=pk))
