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
    domains = models.JSONField(
        default=list,
        blank=True,
        help_text="Web sites it publishes on (“presstv.ir”): an article fetched from one is theirs.",
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
    author = models.CharField(max_length=300, blank=True)
    # Where the article was found, beside who published it: a republisher's page (the seed is
    # Press TV's, found on GlobalSecurity.org) or the publisher's own.
    found_url = models.URLField(max_length=2000, blank=True)
    found_site = models.CharField(max_length=200, blank=True)
    retrieved_at = models.DateTimeField(null=True, blank=True)
    raw = models.ForeignKey(
        "RawCapture", on_delete=models.PROTECT, null=True, blank=True, related_name="documents"
    )
    # MinHash of the text's word shingles (domain/near_duplicates.py): finds republications.
    fingerprint = models.BinaryField(null=True, blank=True, editable=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
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


class RawCapture(models.Model):
    """The bytes an article was read from (a fetched page, an uploaded file), kept once per SHA-256
    so that an extraction can be re-run and audited."""

    sha256 = models.CharField(max_length=64, unique=True)
    content = models.BinaryField()
    content_type = models.CharField(max_length=200, blank=True)
    name = models.CharField(max_length=500, blank=True, help_text="The file name or address it came as.")
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.name or self.sha256[:12]} ({self.size} bytes)"


class FingerprintBand(models.Model):
    """One band of a document's MinHash: documents sharing a band are near-duplicate candidates."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="bands")
    band = models.BigIntegerField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "band"], name="fingerprint_band_once")]

    def __str__(self) -> str:
        return f"{self.document_id}:{self.band}"


class Feed(models.Model):
    """An RSS or Atom feed whose new entries are fetched on a schedule."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.ForeignKey(
        Source,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who publishes its entries, when the pages do not say.",
    )
    project = models.ForeignKey(
        "Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feeds",
        help_text="The project whose intake this feed fills.",
    )
    active = models.BooleanField(default=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    etag = models.CharField(max_length=500, blank=True)
    modified = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """An entry already taken from a feed, so that the next check skips it."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    key = models.CharField(max_length=64, help_text="SHA-256 of the entry's id or link.")
    link = models.URLField(max_length=2000, blank=True)
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["feed", "key"], name="feed_entry_once")]

    def __str__(self) -> str:
        return self.link or self.key


class JobKind(models.TextChoices):
    URLS = "urls", "Articles from addresses"
    FILES = "files", "Articles from files"
    FEED = "feed", "Feed entries"
    CLAIMS = "claims", "Claim import"


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class IntakeJob(models.Model):
    """Background work on a list of items (addresses, files, feed entries, claims), with progress."""

    kind = models.CharField(max_length=10, choices=JobKind.choices)
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Items extracted for a person to check (the page) wait as `ready`; an API job saves them.
    review = models.BooleanField(default=False)
    feed = models.ForeignKey(Feed, on_delete=models.SET_NULL, null=True, blank=True, related_name="jobs")
    # The project its articles go into (its members read them); none only for moderators.
    project = models.ForeignKey(
        "Project", on_delete=models.SET_NULL, null=True, blank=True, related_name="intake_jobs"
    )
    publisher_name = models.CharField(max_length=200, blank=True, help_text="Given for every item.")
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    options = models.JSONField(default=dict, blank=True)
    report = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # A job running with no progress for INTAKE_JOB_STALE_MINUTES lost its worker
    # (services.jobs_fail_stale): a dead worker cannot say so itself.
    last_progress_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When its worker last moved the job on (started it or read an item).",
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.done / self.total))


class ItemStatus(models.TextChoices):
    PENDING = "pending", "Waiting"
    READY = "ready", "Ready to check"
    IMPORTED = "imported", "Imported"
    DUPLICATE = "duplicate", "Already stored"
    NEAR_DUPLICATE = "near_duplicate", "Near-duplicate"
    FAILED = "failed", "Failed"
    DISCARDED = "discarded", "Discarded"
    UNPACKED = "unpacked", "Unpacked"


class IntakeItem(models.Model):
    """One article of a job: what was read, what was extracted, and what became of it."""

    job = models.ForeignKey(IntakeJob, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    label = models.CharField(max_length=2000, help_text="The address or file name.")
    status = models.CharField(max_length=20, choices=ItemStatus.choices, default=ItemStatus.PENDING)
    reason = models.TextField(blank=True)
    raw = models.ForeignKey(RawCapture, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    title = models.CharField(max_length=500, blank=True)
    publisher_name = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    text = models.TextField(blank=True)
    url = models.URLField(max_length=2000, blank=True)
    found_url = models.URLField(max_length=2000, blank=True)
    found_site = models.CharField(max_length=200, blank=True)
    retrieved_at = models.DateTimeField(null=True, blank=True)
    document = models.ForeignKey(Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    similar_to = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    similarity = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["job", "position"]
        constraints = [models.UniqueConstraint(fields=["job", "position"], name="intake_item_position_once")]

    def __str__(self) -> str:
        return self.label


class SuggestionOutcome(models.Model):
    """What the reviewer did with the chain suggested when they made a claim: used it as shown,
    edited it (`changed_hops` says where), or ignored it. Only claims made with a suggestion shown
    have one; the activity page sums them into an acceptance rate (does the engine help?)."""

    class Outcome(models.TextChoices):
        USED = "used", "used as suggested"
        EDITED = "edited", "edited"
        IGNORED = "ignored", "ignored"

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="suggestion_outcome")
    suggested_chain = models.JSONField(
        help_text="The suggested chain as shown: source names, publisher first."
    )
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    changed_hops = models.JSONField(
        default=list,
        blank=True,
        help_text="Chain positions (1 = the first source after the publisher) where the saved chain differs.",
    )
    flagged = models.BooleanField(
        default=False, help_text="The suggestion was shown flagged as a guess (its confidence was low)."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(outcome__in=["used", "edited", "ignored"]), name="suggestion_outcome_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.outcome}"


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
