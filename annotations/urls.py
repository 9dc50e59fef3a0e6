"""The pages' addresses; each view lives in `pages/`, one module per area."""

from django.urls import path

from .pages import accounts, claims, intake, projects, reader, sources, suggestions, team, vocabulary

app_name = "annotations"

urlpatterns = [
    path("", reader.document_list, name="document-list"),
    path("documents/add/", intake.add_articles, name="add-articles"),
    path("documents/add/paste/", intake.add_pasted, name="add-pasted"),
    path("documents/add/files/", intake.add_files, name="add-files"),
    path("documents/add/urls/", intake.add_urls, name="add-urls"),
    path("documents/add/feeds/", intake.add_feed, name="add-feed"),
    path("feeds/<int:pk>/toggle/", intake.feed_toggle, name="feed-toggle"),
    path("imports/<int:pk>/", intake.intake_job, name="intake-job"),
    path("imports/<int:pk>/save-ready/", intake.job_save_ready, name="intake-save-ready"),
    path("imports/<int:pk>/retry/", intake.job_retry, name="intake-job-retry"),
    path("imports/items/<int:pk>/save/", intake.item_save, name="intake-item-save"),
    path("imports/items/<int:pk>/discard/", intake.item_discard, name="intake-item-discard"),
    path("export/", reader.export_download, name="export-download"),
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
    path("projects/", projects.project_list, name="project-list"),
    path("projects/new/", projects.project_new, name="project-new"),
    path("projects/<int:pk>/", projects.project_detail, name="project-detail"),
    path("projects/<int:pk>/edit/", projects.project_edit, name="project-edit"),
    path("projects/<int:pk>/progress.csv", projects.project_progress_csv, name="project-progress-csv"),
    path("projects/<int:pk>/next/", projects.project_next, name="project-next"),
    path("projects/<int:pk>/documents/", projects.project_documents, name="project-documents"),
    path("projects/<int:pk>/documents/<int:document_pk>/done/", projects.project_done, name="project-done"),
    path("my-work/", projects.my_work, name="my-work"),
    path("sources/", sources.source_list, name="source-list"),
    path("sources/suggest/", sources.source_suggest, name="source-suggest"),
    path("sources/<int:pk>/", sources.source_detail, name="source-detail"),
    path("ns/workbench-v1.jsonld", vocabulary.workbench_context, name="workbench-context"),
]
