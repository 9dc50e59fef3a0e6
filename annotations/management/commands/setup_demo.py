import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from annotations import permissions, services
from annotations.models import Document, ProjectRole

DEMO_ACCOUNTS = [
    ("reviewer", permissions.REVIEWER, False),
    ("reviewer2", permissions.REVIEWER, False),
    ("moderator", permissions.MODERATOR, True),
]


class Command(BaseCommand):
    help = (
        "Create the roles and the demo accounts (reviewer, reviewer2, moderator) with "
        "random passwords, and print them. For local use: refused when DEBUG is off."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give existing demo accounts new passwords (and print them).",
        )
        parser.add_argument("--allow-production", action="store_true")

    def handle(self, *args, reset_passwords=False, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "DEBUG is off: demo accounts are for local use (--allow-production to insist)."
            )
        permissions.ensure_roles()
        User = get_user_model()
        # The demo accounts work in the "Default" project, with every stored article.
        project = services.project_default()
        services.project_add_documents(project=project, actor=None, documents=Document.objects.all())
        for username, group_name, is_staff in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(username=username)
            user.is_staff = is_staff
            user.groups.add(Group.objects.get(name=group_name))
            if created or reset_passwords:
                password = secrets.token_urlsafe(9)
                user.set_password(password)
                user.save()
                self.stdout.write(f"  {group_name:<10} login: {username:<10} password: {password}")
            else:
                user.save()
                self.stdout.write(f"  {group_name:<10} login: {username:<10} (password unchanged)")
            role = ProjectRole.MODERATOR if group_name == permissions.MODERATOR else ProjectRole.REVIEWER
            services.project_add_members(project=project, actor=None, users=[user], role=role)
