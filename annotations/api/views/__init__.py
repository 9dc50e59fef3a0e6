"""API views, one module per resource: an input serializer checks shapes, a service acts, a record renders."""

from .claims import ClaimViewSet
from .common import ERRORS
from .documents import DocumentViewSet
from .exports import ExportSchemaView, ExportView
from .imports import ImportFileParser, ImportView, PayloadTooLarge
from .jobs import JobViewSet
from .projects import ProjectViewSet
from .sources import SourceViewSet
from .team import AgreementView, SuggestChainView

__all__ = [
    "AgreementView",
    "ClaimViewSet",
    "DocumentViewSet",
    "ERRORS",
    "ExportSchemaView",
    "ExportView",
    "ImportFileParser",
    "ImportView",
    "JobViewSet",
    "PayloadTooLarge",
    "ProjectViewSet",
    "SourceViewSet",
    "SuggestChainView",
]
