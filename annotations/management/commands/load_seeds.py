from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations import services
from annotations.domain.articles import ArticleFormatError, article_files, read_article
from annotations.models import Project


class Command(BaseCommand):
    help = (
        "Import the articles in PATH (a file or a folder of .txt articles; default: seeds/). "
        "Idempotent: an article whose text is already stored is skipped. A malformed file is "
        "reported with its line and the others still import."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=None)
        parser.add_argument(
            "--project",
            default=services.DEFAULT_PROJECT,
            help='The project the articles go into (made if missing; default "Default"; "" for none): '
            "reviewers read only their projects' articles.",
        )

    def handle(self, *args, path=None, project=services.DEFAULT_PROJECT, **options):
        root = Path(path) if path else Path(settings.SEEDS_DIR)
        if not root.exists():
            raise CommandError(f"{root}: no such file or folder.")
        files = article_files(root)
        if not files:
            raise CommandError(f"{root}: no .txt articles found.")
        target = self._project(project) if project else None
        created = skipped = failed = 0
        for file in files:
            try:
                article = read_article(file)
                document, is_new = services.document_import(
                    title=article.title,
                    publisher_name=article.publisher,
                    text=article.text,
                    published_on=article.published_on,
                    dateline=article.dateline,
                    imported_from=file.name,
                    found_site=article.found_site,
                )
            except (ArticleFormatError, ValidationError, OSError) as error:
                failed += 1
                self.stderr.write(self.style.ERROR(f"error: {error}"))
                continue
            if target is not None:
                services.project_add_documents(project=target, actor=None, documents=[document])
            if is_new:
                created += 1
                self.stdout.write(
                    f"imported {file.name}: “{document.title}” ({len(document.text)} characters)"
                )
            else:
                skipped += 1
                self.stdout.write(f"unchanged {file.name}: already stored as document {document.pk}")
        summary = f"{created} imported, {skipped} already present, {failed} failed."
        self.stdout.write(self.style.SUCCESS(summary) if not failed else self.style.WARNING(summary))
        if failed and not (created or skipped):
            raise CommandError("No article could be imported.")

    def _project(self, name: str):
        if name.strip().lower() == services.DEFAULT_PROJECT.lower():
            return services.project_default()
        found = Project.objects.filter(name__iexact=name.strip()).first()
        return found or services.project_create(actor=None, name=name)
