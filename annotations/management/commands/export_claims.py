import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from django.utils import timezone
from tqdm import tqdm

from annotations.filters import export_filters
from annotations.interchange import exporting
from annotations.models import Claim


class Command(BaseCommand):
    help = (
        "Export claims to a file in the API export's formats, with the same filters "
        "(e.g. --filter source=12). Without a status filter only approved claims are exported; "
        "repeat --filter status=... to include others. Shows progress on a terminal."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", default="json", choices=list(exporting.FORMATS))
        parser.add_argument("--output", required=True, help="File to write ('-' for standard output).")
        parser.add_argument(
            "--filter",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="A claim filter of the API; repeat for several.",
        )
        parser.add_argument(
            "--with-documents",
            action="store_true",
            help="json only: add the documents with their texts, so the file restores the set on its own.",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, format, output, filter, with_documents, no_progress, **options):
        if with_documents and format != "json":
            raise CommandError("--with-documents goes with --format json.")
        params = QueryDict(mutable=True)
        for item in filter:
            name, sep, value = item.partition("=")
            if not sep:
                raise CommandError(f"--filter {item!r}: write it as NAME=VALUE.")
            params.appendlist(name.strip(), value.strip())
        try:
            filters, claims = export_filters(params, queryset=Claim.objects.all())
        except ValidationError as error:
            problems = "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
            )
            raise CommandError(f"Bad filter: {problems}") from None
        head = exporting.header(filters, base_url=exporting.public_base())
        to_stdout = output == "-"
        show_progress = not no_progress and not to_stdout and sys.stderr.isatty()
        total = claims.count()
        bar = (
            (lambda records: tqdm(records, total=total, unit=" claims", file=sys.stderr))
            if show_progress
            else None
        )
        streamed = exporting.stream(format, claims, head, with_documents=with_documents, progress=bar)
        started = timezone.now()
        if to_stdout:
            for chunk in streamed:
                sys.stdout.buffer.write(chunk)
            return
        target = Path(output)
        partial = target.with_name(target.name + ".partial")
        # Write beside the target and rename at the end: a failed export leaves no half file.
        with partial.open("wb") as handle:
            for chunk in streamed:
                handle.write(chunk)
        partial.replace(target)
        seconds = (timezone.now() - started).total_seconds()
        self.stderr.write(f"Exported {total} claims as {format} to {target} in {seconds:.1f} s.")
