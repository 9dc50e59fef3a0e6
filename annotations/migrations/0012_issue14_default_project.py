"""Existing work into a "Default" project, so that nothing disappears when reading becomes per project.

Every document, every reviewer (as a reviewer) and every moderator or superuser (as a moderator),
and anyone else who wrote a claim (as a reviewer: their claims stay readable to them).
The project's mode follows SHARE_DRAFTS, the site-wide switch it replaces.
"""

from django.conf import settings
from django.db import migrations

DEFAULT_NAME = "Default"


def forwards(apps, schema_editor):
    Project = apps.get_model("annotations", "Project")
    ProjectDocument = apps.get_model("annotations", "ProjectDocument")
    Membership = apps.get_model("annotations", "Membership")
    Document = apps.get_model("annotations", "Document")
    Claim = apps.get_model("annotations", "Claim")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    if not Document.objects.exists() and not User.objects.exists():
        return  # a new installation: no existing work to keep
    mode = "shared" if getattr(settings, "SHARE_DRAFTS", True) else "independent"
    project, _ = Project.objects.get_or_create(
        name=DEFAULT_NAME,
        defaults={
            "description": "Every article and reviewer from before projects existed.",
            "reviews_needed": 2,
            "mode": mode,
        },
    )
    ProjectDocument.objects.bulk_create(
        [ProjectDocument(project=project, document_id=pk) for pk in Document.objects.values_list("pk", flat=True)],
        ignore_conflicts=True,
        batch_size=2000,
    )
    moderators = set(
        User.objects.filter(groups__name="moderator").values_list("pk", flat=True)
    ) | set(User.objects.filter(is_superuser=True).values_list("pk", flat=True))
    reviewers = set(User.objects.filter(groups__name="reviewer").values_list("pk", flat=True))
    reviewers |= set(Claim.objects.values_list("author_id", flat=True).distinct())
    members = [Membership(project=project, user_id=pk, role="moderator") for pk in sorted(moderators)]
    members += [Membership(project=project, user_id=pk, role="reviewer") for pk in sorted(reviewers - moderators)]
    Membership.objects.bulk_create(members, ignore_conflicts=True, batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0011_issue14_projects"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
