import sys
from contextlib import nullcontext
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.interchange import claim_import


class Command(BaseCommand):
    help = (
        "Import claims from our json or jsonl export, or W3C Web Annotations (w3c). Each claim is "
        "re-anchored on this instance's documents by quote and context when its offsets differ; "
        "missing sources are added. Reports every item imported, merged or refused, with its line. "
        "Exits with status 1 when any item is refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The file to import ('-' for standard input).")
        parser.add_argument(
            "--format", choices=claim_import.FORMATS, help="Default: from the file name or its first bytes."
        )
        parser.add_argument(
            "--all-or-nothing",
            action="store_true",
            help="One transaction for the whole file: nothing is kept if any item is refused.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would happen; keep nothing.")
        parser.add_argument(
            "--user", help="A moderator's username, recorded as who imported (default: the command line)."
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, file, format, all_or_nothing, dry_run, user, no_progress, **options):
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"--user {user}: no such account.")
        show_progress = not no_progress and sys.stderr.isatty()

        def wrap(items):
            return tqdm(items, unit=" claims", file=sys.stderr) if show_progress else items

        if file != "-" and not Path(file).is_file():
            raise CommandError(f"{file}: no such file.")
        with nullcontext(sys.stdin.buffer) if file == "-" else Path(file).open("rb") as handle:
            try:
                report = claim_import.import_claims(
                    handle,
                    fmt=format,
                    actor=actor,
                    atomic="file" if all_or_nothing else "item",
                    dry_run=dry_run,
                    name=Path(file).name if file != "-" else "standard input",
                    wrap=wrap,
                )
            except claim_import.ImportFileError as error:
                raise CommandError(f"{file}: {error}") from None
            except PermissionDenied as error:
                raise CommandError(str(error)) from None
        self._print(report, file)

    def _print(self, report: claim_import.ImportReport, file: str) -> None:
        for problem in report.document_problems:
            self.stderr.write(f"{file}: document refused: {problem}")
        for item in report.items:
            if item.outcome == claim_import.REFUSED:
                self.stderr.write(f"{file}:{item.line}: refused: {' '.join(item.messages)}")
            elif item.outcome == claim_import.REANCHORED:
                self.stdout.write(f"{file}:{item.line}: {' '.join(item.messages)}")
        counts, documents = report.counts, report.documents
        summary = (
            f"{counts['imported'] + counts['reanchored']} imported ({counts['reanchored']} re-anchored), "
            f"{counts['merged']} already here, {counts['refused']} refused; documents: "
            f"{documents['created']} created, {documents['existing']} already here, "
            f"{documents['refused']} refused"
        )
        if documents["unused"]:
            summary += f", {documents['unused']} not written (no claim kept on them)"
        summary += "."
        if report.reviewers_created:
            summary += f" Accounts made (no password yet): {', '.join(report.reviewers_created)}."
        if report.dry_run:
            summary = "Dry run, nothing kept: " + summary
        elif not report.committed:
            summary = "Nothing was imported (--all-or-nothing): " + summary
        self.stdout.write(summary)
        if report.failed:
            raise CommandError(f"{counts['refused'] + len(report.document_problems)} problems; see above.")
