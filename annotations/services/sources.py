"""The source registry's writes: add, change, grade, merge (`selectors.source_named` reads names)."""

import re

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from .. import permissions, selectors
from ..domain.names import INVISIBLE_NAME, clean_name, has_visible, name_key
from ..models import AttributionHop, Document, Source
from ..scales import ReliabilityGrade
from .common import audited, refuse_nul


def source_get_or_create(
    *, name: str, kind: str, reliability_grade: str = ReliabilityGrade.F, graded_by=None
) -> tuple[Source, bool]:
    """Find a source by name, case-insensitively, or create it with `kind` (and a grade, for imports)."""
    refuse_nul(name=name)
    name = clean_name(name)
    existing = selectors.source_named(name=name)
    if existing:
        return existing, False
    source = Source(name=name, kind=kind, reliability_grade=reliability_grade)
    if reliability_grade != ReliabilityGrade.F:
        source.graded_by, source.graded_at = graded_by, timezone.now()
    source.full_clean(validate_constraints=False)
    try:
        # A savepoint: when another request adds the same name at the same moment, the
        # unique index refuses ours and we use theirs, without breaking the caller's transaction.
        with transaction.atomic():
            source.save()
    except IntegrityError:
        existing = selectors.source_named(name=name)
        if existing is None:
            raise
        return existing, False
    return source, True


def _clean_aliases(name: str, aliases) -> list[str]:
    """Trimmed, de-duplicated (case-insensitively), never the name itself."""
    if aliases is None:
        return []
    if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
        raise ValidationError({"aliases": "Give the aliases as a list of names."})
    seen, result = {name.lower()}, []
    for alias in (clean_name(a) for a in aliases):
        if has_visible(alias) and alias.lower() not in seen:
            seen.add(alias.lower())
            result.append(alias)
    return result


_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})+$")


def _clean_domains(domains) -> list[str]:
    """Host names, lower case, without a scheme, path or "www.": what a fetched page's host is
    compared with to tell whose site it is."""
    if not isinstance(domains, list | tuple) or not all(isinstance(d, str) for d in domains):
        raise ValidationError({"domains": "Give the domains as a list of host names."})
    result: list[str] = []
    for raw in domains:
        domain = raw.strip().lower()
        domain = re.sub(r"^[a-z][a-z0-9+.-]*://", "", domain).split("/", 1)[0].split(":", 1)[0]
        domain = domain.removeprefix("www.").strip(".")
        if not domain:
            continue
        if not _DOMAIN.match(domain) and not _is_ip(domain):
            raise ValidationError({"domains": f"“{raw[:100]}” is not a host name (e.g. presstv.ir)."})
        if domain not in result:
            result.append(domain)
    return result


def _is_ip(value: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def check_parent(source: Source) -> None:
    ancestor, hops = source.parent, 0
    while ancestor is not None and hops < 50:
        if ancestor.pk == source.pk:
            raise ValidationError({"parent": "A source cannot belong to itself or to one of its own parts."})
        ancestor, hops = ancestor.parent, hops + 1


GRADE_FIELDS = {"reliability_grade", "reliability_rationale"}


def _refuse_taken_name(name: str, source: Source | None = None) -> None:
    """A new name may not be another source's name or alias: it would mean that source."""
    existing = selectors.source_named(name=name)
    if existing is None or (source is not None and existing.pk == source.pk):
        return
    if name_key(existing.name) == name_key(name):
        raise ValidationError({"name": f"“{name}” is already in the registry."})
    taken = f"“{name}” is already in the registry, as another name of “{existing.name}”."
    raise ValidationError({"name": taken})


def source_fields_check(*, fields: dict, source: Source | None = None) -> dict:
    """The registry's rules for a source's fields, without writing: the fields as they would be
    stored (name and aliases cleaned), or a ValidationError naming each problem.

    `source_create` and `source_update` run it, and so does the admin's form, so the admin
    tells a moderator the same things the API and pages do, before anything is saved.
    """
    refuse_nul(**{name: value for name, value in fields.items() if isinstance(value, str)})
    aliases = fields.get("aliases")
    if aliases is not None and not isinstance(aliases, list | tuple):
        raise ValidationError({"aliases": "Give the aliases as a list of names."})
    refuse_nul(aliases=" ".join(a for a in aliases or [] if isinstance(a, str)))
    fields = dict(fields)
    if "name" in fields:
        fields["name"] = clean_name(fields["name"])
        if not has_visible(fields["name"]):
            raise ValidationError({"name": INVISIBLE_NAME})
        _refuse_taken_name(fields["name"], source=source)
    if "aliases" in fields:
        current_name = fields.get("name", source.name if source else "")
        fields["aliases"] = _clean_aliases(current_name, fields["aliases"])
    if fields.get("domains") is not None:
        fields["domains"] = _clean_domains(fields["domains"])
    elif "domains" in fields:
        fields["domains"] = []
    for name in ("country", "reliability_rationale"):
        if isinstance(fields.get(name), str):
            fields[name] = fields[name].strip()
    if source is not None and fields.get("parent") is not None:
        # Walk the ancestors as stored now, not as the caller's copy of the parent remembers them.
        stored_parent = Source.objects.filter(pk=fields["parent"].pk).first()
        if stored_parent is None:
            raise ValidationError({"parent": "That source is no longer in the registry."})
        check_parent(Source(pk=source.pk, parent=stored_parent))
    return fields


def source_create(
    *,
    actor: User,
    name: str,
    kind: str,
    description: str = "",
    reliability_grade: str = "",
    reliability_rationale: str = "",
    aliases=None,
    parent: Source | None = None,
    country: str = "",
    url: str = "",
    domains=None,
) -> Source:
    """Add a source to the registry. Grading a source is a moderator's call."""
    if not permissions.can_annotate(actor):
        raise PermissionDenied("Only reviewers and moderators can add sources.")
    if reliability_grade and reliability_grade != ReliabilityGrade.F and not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators grade sources; new sources start at F (cannot be judged).")
    fields = source_fields_check(
        fields={
            "name": name,
            "description": description,
            "reliability_rationale": reliability_rationale,
            "country": country,
            "url": url,
            "aliases": aliases,
            "domains": domains,
        }
    )
    # F is "cannot be judged", every new source's grade: choosing it grades nothing.
    graded = bool(
        (reliability_grade and reliability_grade != ReliabilityGrade.F) or reliability_rationale.strip()
    ) and permissions.is_moderator(actor)
    source = Source(
        kind=kind,
        parent=parent,
        reliability_grade=reliability_grade or ReliabilityGrade.F,
        graded_by=actor if graded else None,
        graded_at=timezone.now() if graded else None,
        **fields,
    )
    source.full_clean()
    audited(source, by=actor)
    source.save()
    return source


def _lock_source_tree() -> None:
    """Serialize changes to who belongs to whom: two parent changes that are each fine alone
    (A under B, B under A) would together make a loop that neither saw. One transaction-long
    advisory lock on PostgreSQL; SQLite writes one transaction at a time anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('workbench:source-tree'))")


def source_update(*, source: Source, actor: User, **fields) -> Source:
    """Change a registry entry; a new grade or rationale records who set it and when."""
    if not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators change sources in the registry.")
    with transaction.atomic():
        if "parent" in fields:
            _lock_source_tree()
        source = Source.objects.select_for_update().get(pk=source.pk)
        fields = source_fields_check(fields=fields, source=source)
        regraded = any(name in fields and fields[name] != getattr(source, name) for name in GRADE_FIELDS)
        for name, value in fields.items():
            setattr(source, name, value)
        if regraded:
            source.graded_by, source.graded_at = actor, timezone.now()
        check_parent(source)
        source.full_clean()
        audited(source, by=actor)
        source.save()
    return source


def _is_below(source: Source, ancestor: Source) -> bool:
    """Whether `ancestor` is among `source`'s parents, at any depth (bounded, as check_parent)."""
    parent, steps = source.parent, 0
    while parent is not None and steps < 50:
        if parent.pk == ancestor.pk:
            return True
        parent, steps = parent.parent, steps + 1
    return False


def source_merge(*, keep: Source, merge: Source, actor: User) -> int:
    """Fold `merge` into `keep` (e.g. "Bloomberg News" into "Bloomberg"): every hop and
    document that named `merge` names `keep`, and `merge` leaves the registry. One
    transaction; returns how many hops moved."""
    if not permissions.is_moderator(actor):
        raise PermissionDenied("Only moderators merge sources.")
    if keep.pk == merge.pk:
        raise ValidationError({"keep": "A source cannot be merged into itself."})
    with transaction.atomic():
        _lock_source_tree()
        # Both rows locked, in id order so two merges of the same pair cannot deadlock.
        locked = Source.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk]).order_by("pk")
        found = {source.pk: source for source in locked}
        if len(found) < 2:
            gone = "One of these sources is no longer in the registry (merged meanwhile?)."
            raise ValidationError({"merge": gone})
        keep, merge = found[keep.pk], found[merge.pk]
        keep.aliases = _clean_aliases(keep.name, [*keep.aliases, merge.name, *merge.aliases])
        if _is_below(keep, merge):
            # Folding a whole into one of its parts (at any depth): the part takes the whole's
            # place in the tree, rather than ending up below its own former parts.
            keep.parent_id = merge.parent_id if merge.parent_id != keep.pk else None
        audited(keep, by=actor)
        keep.save(update_fields=["aliases", "parent"])
        Source.objects.filter(parent=merge).exclude(pk=keep.pk).update(parent=keep)
        moved = AttributionHop.objects.filter(source=merge).update(source=keep)
        Document.objects.filter(publisher=merge).update(publisher=keep)
        audited(merge, by=actor, reason=f"merged into {keep.name} (#{keep.pk})")
        merge.delete()
    return moved
