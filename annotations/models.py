"""Documents, the source registry, claims and their attribution chains."""

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .domain.chains import chain_display
from .domain.names import validate_visible
from .scales import Credibility, Cue, Likelihood, ReliabilityGrade, SourceKind


class Source(models.Model):
    """Someone or something a claim is attributed to: an outlet, an agency, a person..."""

    name = models.CharField(max_length=200, validators=[validate_visible])
    kind = models.CharField(max_length=20, choices=SourceKind.choices)
    description = models.TextField(blank=True)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names it goes by (\u201cBloomberg News\u201d for Bloomberg).",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        help_text="What it belongs to: a named official's government, a programme's outlet.",
    )
    country = models.CharField(max_length=100, blank=True)
    url = models.URLField(max_length=500, blank=True)
    reliability_grade = models.CharField(
        max_length=1, choices=ReliabilityGrade.choices, default=ReliabilityGrade.F
    )
    reliability_rationale = models.TextField(blank=True, help_text="Why this grade.")
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="source_name_unique_ci"),
            models.CheckConstraint(condition=models.Q(kind__in=SourceKind.values), name="source_kind_known"),
            models.CheckConstraint(
                condition=models.Q(reliability_grade__in=ReliabilityGrade.values),
                name="source_grade_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("annotations:source-detail", args=[self.pk])

    @property
    def is_anonymous(self) -> bool:
        return self.kind == SourceKind.UNNAMED


class Document(models.Model):
    """An article. `text` is stored exactly as imported: claim offsets index into it."""

    title = models.CharField(max_length=500)
    publisher = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="published_documents")
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(null=True, blank=True)
    dateline = models.CharField(max_length=200, blank=True, help_text="As printed.")
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of text.")
    imported_from = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("annotations:document-read", args=[self.pk])


class ClaimStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"


class ClaimQuerySet(models.QuerySet):
    """Claim predicates every surface filters by (API, export, admin, command line): written once."""

    def with_unnamed_source(self, present: bool = True) -> "ClaimQuerySet":
        """Claims with (or without) an unnamed source anywhere in the chain."""
        unnamed = models.Exists(
            AttributionHop.objects.filter(claim=models.OuterRef("pk"), source__kind=SourceKind.UNNAMED)
        )
        return self.filter(unnamed if present else ~unnamed)

    def citing(self, source_id: int) -> "ClaimQuerySet":
        """Claims with `source_id` anywhere in the chain."""
        hops = AttributionHop.objects.filter(claim=models.OuterRef("pk"), source_id=source_id)
        return self.filter(models.Exists(hops))

    def with_origin(self, source_id: int) -> "ClaimQuerySet":
        """Claims whose chain ends at `source_id` (the last hop is the origin)."""
        later = AttributionHop.objects.filter(
            claim=models.OuterRef("claim"), position__gt=models.OuterRef("position")
        )
        origin = AttributionHop.objects.filter(claim=models.OuterRef("pk"), source_id=source_id).exclude(
            models.Exists(later)
        )
        return self.filter(models.Exists(origin))


class Claim(models.Model):
    """A highlighted span of a document with its attribution chain and confidence.

    `quote`, `prefix` and `suffix` are kept beside the offsets so the span can be
    re-found if offsets ever disagree with the text (W3C TextQuoteSelector).
    `version` grows on every edit; an edit made against an older version is refused.
    """

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    note = models.TextField(blank=True)
    credibility = models.PositiveSmallIntegerField(choices=Credibility.choices)
    likelihood = models.CharField(max_length=32, choices=Likelihood.choices, blank=True)
    status = models.CharField(max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.DRAFT)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="claims")
    version = models.PositiveIntegerField(default=1)
    is_gold = models.BooleanField(
        "gold", default=False, help_text="The reference annotation chosen when adjudicating."
    )
    adjudicated_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="gold_copies",
        help_text="The reviewer's claim this gold claim was accepted from.",
    )
    chain_text = models.TextField(
        blank=True,
        help_text="The chain with its cues, kept with each change so the history shows how it changed.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["prefix", "suffix"])

    class Meta:
        ordering = ["document", "start", "end", "pk"]
        indexes = [models.Index(fields=["document", "start"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__lt=models.F("end")), name="claim_start_before_end"
            ),
            models.CheckConstraint(
                condition=models.Q(credibility__gte=1, credibility__lte=6),
                name="claim_credibility_in_range",
            ),
            models.CheckConstraint(
                condition=models.Q(likelihood__in=[*Likelihood.values, ""]),
                name="claim_likelihood_known",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ClaimStatus.values), name="claim_status_known"
            ),
        ]

    def __str__(self) -> str:
        return f"“{self.quote[:60]}” ({self.document_id}:{self.start}-{self.end})"

    def get_absolute_url(self) -> str:
        return f"{self.document.get_absolute_url()}#claim-{self.pk}"

    @property
    def chain(self) -> list["AttributionHop"]:
        """Hops publisher first; uses the prefetched `hops` when present."""
        return sorted(self.hops.all(), key=lambda hop: hop.position)

    @property
    def chain_display(self) -> str:
        return chain_display(hop.source.name for hop in self.chain)

    @property
    def strength(self):
        from .domain.strength import HopFacts, chain_strength

        return chain_strength(
            [HopFacts(hop.source.name, hop.source.kind, hop.source.reliability_grade) for hop in self.chain]
        )

    @property
    def confidence_display(self) -> str:
        words = f"{self.credibility} — {self.get_credibility_display()}"
        if self.likelihood:
            words += f"; {self.get_likelihood_display()}"
        return words


class AttributionHop(models.Model):
    """One hand a claim passed through: position 0 is the publisher, the last the origin."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="hops")
    position = models.PositiveSmallIntegerField()
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="hops")
    cue = models.CharField(max_length=20, choices=Cue.choices)
    cue_text = models.CharField(max_length=200, blank=True, help_text="The cue verbatim.")

    class Meta:
        ordering = ["claim", "position"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "position"], name="hop_position_unique"),
            models.CheckConstraint(condition=models.Q(cue__in=Cue.values), name="hop_cue_known"),
        ]

    def __str__(self) -> str:
        return f"{self.position}: {self.get_cue_display()} {self.source}"


class ModerationDecision(models.Model):
    """One status change of a claim: who moved it, from what to what, when, and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="decisions")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    from_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    to_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.from_status} -> {self.to_status}"


# --- projects and their work queue -------------------------------------------------------


class ProjectMode(models.TextChoices):
    SHARED = "shared", "Shared: members see each other's claims as they are saved"
    INDEPENDENT = "independent", "Independent: each reviewer sees only their own claims until they mark done"


class Project(models.Model):
    """A set of articles, the people on it, their guidelines, and how many reviews each article needs."""

    name = models.CharField(max_length=200, validators=[validate_visible])
    description = models.TextField(blank=True)
    guidelines = models.TextField(blank=True, help_text="Markdown; raw HTML is not kept.")
    reviews_needed = models.PositiveSmallIntegerField(
        default=2, help_text="Independent reviews each article needs (1-5)."
    )
    due_on = models.DateField("due date", null=True, blank=True)
    mode = models.CharField(max_length=20, choices=ProjectMode.choices, default=ProjectMode.SHARED)
    documents: "models.ManyToManyField[Document, ProjectDocument]" = models.ManyToManyField(
        Document, through="ProjectDocument", related_name="projects"
    )
    members: "models.ManyToManyField[Any, Membership]" = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="projects"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="project_name_unique_ci"),
            models.CheckConstraint(
                condition=models.Q(reviews_needed__gte=1, reviews_needed__lte=5),
                name="project_reviews_needed_1_to_5",
            ),
            models.CheckConstraint(
                condition=models.Q(mode__in=ProjectMode.values), name="project_mode_known"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("annotations:project-detail", args=[self.pk])


class ProjectRole(models.TextChoices):
    REVIEWER = "reviewer", "Reviewer"
    MODERATOR = "moderator", "Moderator"


class Membership(models.Model):
    """Someone on a project: a reviewer who takes articles from its queue, or a moderator who runs it."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=ProjectRole.choices, default=ProjectRole.REVIEWER)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="membership_unique"),
            models.CheckConstraint(
                condition=models.Q(role__in=ProjectRole.values), name="membership_role_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.project} ({self.role})"


class ProjectDocument(models.Model):
    """An article in a project. Its row is what the queue locks when a reviewer takes a slot on it;
    `reviews_done` counts the reviewers who marked it done."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="project_entries")
    reviews_done = models.PositiveSmallIntegerField(default=0)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project", "document"]
        constraints = [
            models.UniqueConstraint(fields=["project", "document"], name="project_document_unique")
        ]
        # The queue's order (fewest reviews done, then the earliest added) read from the index.
        indexes = [models.Index(fields=["project", "reviews_done", "id"], name="entry_queue_order")]

    def __str__(self) -> str:
        return f"{self.document} in {self.project}"


class AssignmentStatus(models.TextChoices):
    HELD = "held", "In progress"
    DONE = "done", "Done"


class Assignment(models.Model):
    """A reviewer's turn on an article of a project: held for them until `held_until`, then done.

    An expired hold no longer counts against the article's slots: another reviewer may take it.
    """

    entry = models.ForeignKey(ProjectDocument, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    status = models.CharField(max_length=10, choices=AssignmentStatus.choices, default=AssignmentStatus.HELD)
    taken_at = models.DateTimeField()
    held_until = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["entry", "reviewer"]
        indexes = [models.Index(fields=["reviewer", "status"])]
        constraints = [
            models.UniqueConstraint(fields=["entry", "reviewer"], name="assignment_unique"),
            models.CheckConstraint(
                condition=models.Q(status__in=AssignmentStatus.values), name="assignment_status_known"
            ),
            models.CheckConstraint(
                condition=models.Q(status=AssignmentStatus.DONE, done_at__isnull=False)
                | models.Q(status=AssignmentStatus.HELD, held_until__isnull=False),
                name="assignment_hold_or_done",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} on {self.entry_id}: {self.status}"
