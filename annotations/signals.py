from django.db.models.signals import post_migrate
from django.dispatch import receiver


@receiver(post_migrate)
def create_roles(sender, app_config=None, **kwargs):
    # Permissions exist only after migrate has run, so roles are made here, not in a migration.
    if app_config is not None and app_config.name == "annotations":
        from .permissions import ensure_roles

        ensure_roles()
