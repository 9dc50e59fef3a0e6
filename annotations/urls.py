"""The pages' addresses; each view lives in `pages/`, one module per area."""

from django.urls import path

from .pages import accounts, claims, reader, sources, suggestions, team, vocabulary

app_name = "annotations"

urlpatterns = [
    path("", reader.document_list, name="document-list"),
    path("documents/<int:pk>/", reader.document_read, name="document-read"),
    path("documents/<int:pk>/live/", reader.document_live, name="document-live"),
    path("documents/<int:pk>/suggested-hops/", suggestions.suggested_hops, name="suggested-hops"),
    path("documents/<int:pk>/suggested-claims/", suggestions.suggested_claims, name="suggested-claims"),
    path("documents/<int:pk>/claims/new/", claims.claim_new, name="claim-new"),
    path("claims/<int:pk>/edit/", claims.claim_edit, name="claim-edit"),
    path("claims/<int:pk>/delete/", claims.claim_delete, name="claim-delete"),
    path("claims/<int:pk>/submit/", claims.claim_submit, name="claim-submit"),
    path("profile/", accounts.profile, name="profile"),
    path("agreement/", team.agreement_page, name="agreement"),
    path("documents/<int:pk>/adjudicate/", team.document_adjudicate, name="adjudicate"),
    path("claims/<int:pk>/accept-gold/", team.claim_accept_gold, name="claim-accept-gold"),
    path("activity/", team.reviewer_activity, name="activity"),
    path("sources/", sources.source_list, name="source-list"),
    path("sources/suggest/", sources.source_suggest, name="source-suggest"),
    path("sources/<int:pk>/", sources.source_detail, name="source-detail"),
    path("ns/workbench-v1.jsonld", vocabulary.workbench_context, name="workbench-context"),
]
