from django.urls import path

from . import source_views, team_views, views

app_name = "annotations"

urlpatterns = [
    path("", views.document_list, name="document-list"),
    path("documents/<int:pk>/", views.document_read, name="document-read"),
    path("documents/<int:pk>/live/", views.document_live, name="document-live"),
    path("documents/<int:pk>/suggested-hops/", views.suggested_hops, name="suggested-hops"),
    path("documents/<int:pk>/suggested-claims/", views.suggested_claims, name="suggested-claims"),
    path("documents/<int:pk>/claims/new/", views.claim_new, name="claim-new"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim-edit"),
    path("claims/<int:pk>/delete/", views.claim_delete, name="claim-delete"),
    path("claims/<int:pk>/submit/", views.claim_submit, name="claim-submit"),
    path("profile/", views.profile, name="profile"),
    path("agreement/", team_views.agreement_page, name="agreement"),
    path("documents/<int:pk>/adjudicate/", team_views.document_adjudicate, name="adjudicate"),
    path("claims/<int:pk>/accept-gold/", team_views.claim_accept_gold, name="claim-accept-gold"),
    path("activity/", team_views.reviewer_activity, name="activity"),
    path("sources/", source_views.source_list, name="source-list"),
    path("sources/suggest/", source_views.source_suggest, name="source-suggest"),
    path("sources/<int:pk>/", source_views.source_detail, name="source-detail"),
]
