from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from annotations.domain.articles import ArticleFormatError, parse_article
from annotations.models import Document, Source
from annotations.scales import SourceKind

SEED = Path(settings.BASE_DIR) / "seeds" / "presstv-turkey-s400-2025-11-07.txt"


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("load_seeds", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_the_seed_article_is_imported_without_the_newsletter_footer():
    run(str(SEED))
    document = Document.objects.get()
    assert document.title == "Turkey 'refuses to jettison' Russian S-400 missile systems despite US pressure"
    assert document.publisher.name == "Iran Press TV"
    assert document.publisher.kind == SourceKind.OUTLET
    assert str(document.published_on) == "2025-11-07"
    assert document.text.startswith("Turkey will not abandon its Russian-made S-400")
    assert document.text.endswith("to be deployed if needed.")
    assert "NEWSLETTER" not in document.text and "mailing list" not in document.text
    assert "|" not in document.text
    assert document.imported_from == SEED.name
    # Press TV's article, found on GlobalSecurity.org (the republisher's footer says so).
    assert document.found_site == "GlobalSecurity.org"


@pytest.mark.django_db
def test_importing_twice_creates_nothing_twice():
    run(str(SEED))
    out, _ = run(str(SEED))
    assert "1 already present" in out
    assert Document.objects.count() == 1
    assert Source.objects.filter(name="Iran Press TV").count() == 1


@pytest.mark.django_db
def test_default_path_is_the_seeds_folder():
    out, _ = run()
    assert "imported presstv-turkey-s400-2025-11-07.txt" in out


@pytest.mark.django_db
def test_a_malformed_file_is_reported_with_file_and_line_and_the_rest_still_import(tmp_path):
    (tmp_path / "a-good.txt").write_text(SEED.read_text())
    (tmp_path / "b-bad-date.txt").write_text("Title\nOutlet\nsometime last week\nBody.\n")
    (tmp_path / "c-no-body.txt").write_text("Title\nOutlet\n07 November 2025\n|\nNEWSLETTER\n")
    (tmp_path / "d-binary.txt").write_bytes(b"Title\nOutlet\n\xff\xfe\n")
    out, err = run(str(tmp_path))
    assert f"{tmp_path / 'b-bad-date.txt'}:3: cannot read the dateline" in err
    assert f"{tmp_path / 'c-no-body.txt'}:4: the article has no body text" in err
    assert f"{tmp_path / 'd-binary.txt'}:3: not valid UTF-8" in err
    assert "1 imported, 0 already present, 3 failed." in out
    assert Document.objects.count() == 1


@pytest.mark.django_db
def test_a_folder_with_only_bad_files_fails_the_command(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(CommandError, match="No article could be imported"):
        run(str(tmp_path))


@pytest.mark.django_db
def test_a_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        run(str(tmp_path / "nowhere"))


def test_body_lines_are_kept_exactly_including_inner_blank_lines():
    article = parse_article("T\nP\n2025-11-07\nFirst  paragraph.\n\n  Second, indented.\n|\n", "x.txt")
    assert article.text == "First  paragraph.\n\n  Second, indented."


def test_missing_publisher_line_names_line_two():
    with pytest.raises(ArticleFormatError, match=r"^x.txt:2: expected the publisher"):
        parse_article("Title only\n", "x.txt")
