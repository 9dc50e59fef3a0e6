"""API shapes. Input serializers check types only; the services apply the rules."""

from django.db import models
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..interchange.exporting import record_from_claim
from ..models import Document, Project, Source
from ..scales import Credibility, Cue, Likelihood, ReliabilityGrade, SourceKind


# The schema promises a string or an integer and nothing else: the REST framework's fields would
# take 5 for a text and "5" or true for a number, which a client following the schema never sends.
class StrictCharField(serializers.CharField):
    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        # The length the schema bounds is the length sent, before white space is trimmed.
        if self.max_length is not None and len(data) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    def to_internal_value(self, data):
        if isinstance(data, str | bool):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictURLField(serializers.URLField):
    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    def to_internal_value(self, data):
        if isinstance(data, str | bool | float):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class StrictModelSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
        models.URLField: StrictURLField,
    }


class OnlyKnownFields:
    """Refuse fields the endpoint does not take (400 naming each): a client that sends `status`
    or `gold` with an edit would otherwise believe it changed them."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                known = ", ".join(sorted(self.fields))
                raise serializers.ValidationError(
                    {name: [f"Not a field this takes (it takes {known})."] for name in unknown}
                )
        return super().to_internal_value(data)


class SourceSerializer(OnlyKnownFields, StrictModelSerializer):
    kind_words = serializers.CharField(source="get_kind_display", read_only=True)
    reliability_words = serializers.CharField(source="get_reliability_grade_display", read_only=True)
    aliases = serializers.ListField(
        child=StrictCharField(max_length=200), required=False, help_text="Other names it goes by."
    )
    domains = serializers.ListField(
        child=serializers.CharField(max_length=253),
        required=False,
        help_text="Web sites it publishes on: an article fetched from one is theirs.",
    )
    parent = StrictPrimaryKeyRelatedField(
        queryset=Source.objects.all(), allow_null=True, required=False, help_text="Id of what it belongs to."
    )
    graded_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True, help_text="Null until a moderator grades it."
    )

    class Meta:
        model = Source
        fields = [
            "id",
            "name",
            "aliases",
            "domains",
            "kind",
            "kind_words",
            "parent",
            "country",
            "url",
            "description",
            "reliability_grade",
            "reliability_words",
            "reliability_rationale",
            "graded_by",
            "graded_at",
            "created_at",
        ]
        read_only_fields = ["id", "created_at", "graded_at"]
        # Uniqueness is the service's rule (case-insensitive), not the serializer's.
        validators: list = []
        extra_kwargs = {"name": {"validators": []}}


class PublisherSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "kind", "reliability_grade"]


class DocumentSerializer(serializers.ModelSerializer):
    publisher = PublisherSerializer(read_only=True)
    claim_count = serializers.IntegerField(read_only=True)
    length = serializers.SerializerMethodField(help_text="Characters (code points) in `text`.")

    class Meta:
        model = Document
        fields = [
            "id",
            "title",
            "publisher",
            "url",
            "published_on",
            "dateline",
            "content_hash",
            "imported_from",
            "author",
            "found_url",
            "found_site",
            "retrieved_at",
            "length",
            "claim_count",
            "created_at",
        ]

    def get_length(self, document) -> int:
        return len(document.text)


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text"]


# --- claims: read ------------------------------------------------------------------------


class HopRecordSerializer(serializers.Serializer):
    position = serializers.IntegerField(help_text="0 is the publisher; the last hop is the origin.")
    source_id = serializers.IntegerField()
    source_name = serializers.CharField()
    source_kind = serializers.ChoiceField(choices=SourceKind.choices)
    source_kind_words = serializers.CharField()
    reliability_grade = serializers.ChoiceField(choices=ReliabilityGrade.choices)
    reliability_words = serializers.CharField()
    cue = serializers.ChoiceField(choices=Cue.choices)
    cue_words = serializers.CharField()
    cue_text = serializers.CharField()


class StrengthSerializer(serializers.Serializer):
    """How the claim reached the page (`annotations/strength.py`)."""

    hop_count = serializers.IntegerField()
    anonymous_source = serializers.BooleanField()
    weakest_grade = serializers.CharField()
    origin = serializers.CharField()
    origin_grade = serializers.CharField()
    origin_type = serializers.CharField()
    origin_is_primary = serializers.BooleanField()
    summary = serializers.CharField()


class ConfidenceSerializer(serializers.Serializer):
    credibility = serializers.ChoiceField(choices=Credibility.choices)
    credibility_words = serializers.CharField()
    likelihood = serializers.ChoiceField(choices=Likelihood.choices, allow_null=True)
    likelihood_words = serializers.CharField(allow_null=True)


class DocumentRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField()
    content_hash = serializers.CharField(help_text="SHA-256 of the document's stored text.")


class ClaimSerializer(serializers.Serializer):
    """A claim as every API answer and export shows it (`exporting.claim_record`)."""

    id = serializers.IntegerField()
    document = DocumentRefSerializer()
    start = serializers.IntegerField(help_text="Code point offset into the document text, inclusive.")
    end = serializers.IntegerField(help_text="Code point offset, exclusive.")
    quote = serializers.CharField()
    prefix = serializers.CharField()
    suffix = serializers.CharField()
    chain = HopRecordSerializer(many=True)
    chain_display = serializers.CharField()
    strength = StrengthSerializer(allow_null=True)
    confidence = ConfidenceSerializer()
    note = serializers.CharField()
    status = serializers.CharField()
    reviewer = serializers.CharField()
    gold = serializers.BooleanField(help_text="The adjudicated reference claim.")
    adjudicated_from = serializers.IntegerField(
        allow_null=True, help_text="For a gold claim, the reviewer's claim it was accepted from."
    )
    version = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def to_representation(self, claim):
        return record_from_claim(claim)


# --- claims: write -----------------------------------------------------------------------


class HopInputSerializer(OnlyKnownFields, serializers.Serializer):
    source = StrictIntegerField(required=False, min_value=1, help_text="Id of a registry source.")
    source_name = StrictCharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="Or a name: an existing source (case-insensitive), or a new one with `source_kind`.",
    )
    source_kind = serializers.ChoiceField(choices=SourceKind.choices, required=False, allow_blank=True)
    cue = serializers.ChoiceField(choices=Cue.choices)
    cue_text = StrictCharField(required=False, allow_blank=True, max_length=200, default="")

    def validate(self, attrs):
        if attrs.get("source") is None and not attrs.get("source_name", "").strip():
            raise serializers.ValidationError("Give `source` (an id) or `source_name`.")
        return attrs


class ClaimInputSerializer(OnlyKnownFields, serializers.Serializer):
    document = StrictIntegerField(min_value=1, help_text="Document id (on create only).")
    start = StrictIntegerField()
    end = StrictIntegerField()
    quote = StrictCharField(trim_whitespace=False, help_text="Must equal the document's text at start..end.")
    chain = HopInputSerializer(many=True, help_text="Publisher first, down to the origin.")
    credibility = StrictIntegerField(help_text="Admiralty credibility 1-6.")
    likelihood = StrictCharField(
        required=False, allow_blank=True, default="", help_text="ICD 203 word (optional)."
    )
    note = StrictCharField(required=False, allow_blank=True, default="", trim_whitespace=False)
    suggested_chain = serializers.ListField(
        child=StrictCharField(max_length=200, trim_whitespace=False),
        required=False,
        max_length=12,
        help_text=(
            "On create only, optional: the chain `suggest-chain` proposed and you showed, as source "
            "names publisher first; the claim then records whether it was used, edited or ignored."
        ),
    )


class ClaimUpdateSerializer(ClaimInputSerializer):
    document = StrictIntegerField(
        required=False, help_text="If sent, the claim's own document: a claim does not move to another."
    )
    suggested_chain = None  # what a suggestion came to is recorded when the claim is made
    version = StrictIntegerField(help_text="The version you read; a stale one gets 409.")


class ClaimDeleteSerializer(serializers.Serializer):
    """The query of a DELETE: the version the client read, so a claim changed since is kept."""

    version = serializers.IntegerField(  # a query parameter: text by nature
        min_value=1, max_value=2**31 - 1, help_text="The version you read; a stale one gets 409."
    )


@extend_schema_field({"type": "object"})
class ErrorField(serializers.DictField):
    pass


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
    errors = ErrorField(required=False, help_text="Parameter or field name: list of messages.")


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current = ClaimSerializer(help_text="The claim as stored now.")


# --- agreement ---------------------------------------------------------------------------


class PairAgreementSerializer(serializers.Serializer):
    """Agreement between two reviewers; a figure is null when it is not defined."""

    reviewer_a = serializers.CharField()
    reviewer_b = serializers.CharField()
    claims_a = serializers.IntegerField()
    claims_b = serializers.IntegerField()
    exact_matches = serializers.IntegerField(help_text="Pairs with the same start and end.")
    overlap_matches = serializers.IntegerField(help_text="Pairs sharing at least one character, one to one.")
    exact_f1 = serializers.FloatField(allow_null=True)
    overlap_f1 = serializers.FloatField(allow_null=True)
    chain_agreement = serializers.FloatField(
        allow_null=True, help_text="Share of overlap pairs with the same sources in the same order."
    )
    first_hop_agreement = serializers.FloatField(allow_null=True)
    origin_agreement = serializers.FloatField(allow_null=True)
    kappa = serializers.FloatField(allow_null=True, help_text="Cohen's kappa on credibility 1-6.")
    alpha = serializers.FloatField(
        allow_null=True, help_text="Krippendorff's alpha, ordinal, on credibility 1-5 (6 counts as missing)."
    )


class AgreementSerializer(serializers.Serializer):
    reviewers = serializers.ListField(child=serializers.CharField())
    documents = serializers.IntegerField(help_text="How many documents had claims in the comparison.")
    units = serializers.IntegerField(help_text="Groups of overlapping claims, one per reviewer at most.")
    alpha = serializers.FloatField(allow_null=True, help_text="Ordinal alpha over every reviewer at once.")
    pairs = PairAgreementSerializer(many=True)


# --- attribution suggestions -------------------------------------------------------------


class SuggestChainInputSerializer(serializers.Serializer):
    # Raw text is read whole before the span's section is found: a bound on it bounds the request.
    # Longer texts are imported as documents and named by `document`.
    TEXT_MAX = 200_000

    document = StrictIntegerField(required=False, help_text="A document id; or send `text` and `publisher`.")
    text = StrictCharField(
        required=False,
        trim_whitespace=False,
        max_length=TEXT_MAX,
        error_messages={
            "max_length": f"Send at most {TEXT_MAX:,} characters of text; "
            "import a longer text as a document and send its id as `document`."
        },
        help_text=f"Raw text, at most {TEXT_MAX:,} characters; or send `document`.",
    )
    publisher = StrictCharField(required=False, max_length=200, help_text="With `text`: who published it.")
    start = StrictIntegerField(min_value=0, help_text="Code point offset of the span, inclusive.")
    end = StrictIntegerField(min_value=1, help_text="Code point offset, exclusive.")

    def validate(self, attrs):
        if ("document" in attrs) == ("text" in attrs):
            raise serializers.ValidationError(
                {"document": ["Send either `document` or `text` (with `publisher`)."]}
            )
        if "text" in attrs and not attrs.get("publisher", "").strip():
            raise serializers.ValidationError({"publisher": ["Name the publisher of the text."]})
        if attrs["start"] >= attrs["end"]:
            raise serializers.ValidationError({"end": ["`end` must be greater than `start`."]})
        return attrs


class SuggestedHopSerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField()
    source = serializers.IntegerField(source="source_id", allow_null=True, help_text="Registry id, or null.")
    cue = serializers.CharField()
    cue_text = serializers.CharField(help_text="The cue as written; empty for the publisher.")
    cue_start = serializers.IntegerField(allow_null=True)
    cue_end = serializers.IntegerField(allow_null=True)
    mention_start = serializers.IntegerField(
        allow_null=True, help_text="Where the source is named; null for the publisher."
    )
    mention_end = serializers.IntegerField(allow_null=True)


class SuggestionSerializer(serializers.Serializer):
    chain = SuggestedHopSerializer(many=True, help_text="Publisher first, down to the origin.")
    display = serializers.CharField()
    sentence_start = serializers.IntegerField()
    sentence_end = serializers.IntegerField()
    confidence = serializers.FloatField(
        min_value=0,
        max_value=1,
        help_text="How likely the chain is to be exactly right, by a model fitted on what the rules "
        "proposed for articles they were not tuned on (1 for the publisher alone).",
    )
    sure = serializers.BooleanField(
        help_text="False: the chain is a guess; check each hop (flagged chains were wrong about two "
        "times in three on held-out articles)."
    )


# --- import ------------------------------------------------------------------------------


class ImportOutcomeSerializer(serializers.Serializer):
    line = serializers.IntegerField(help_text="Where the claim starts in the file (0: not known).")
    outcome = serializers.ChoiceField(choices=["imported", "reanchored", "merged", "refused"])
    file_id = serializers.JSONField(help_text="The claim's id in the file.")
    claim = serializers.IntegerField(allow_null=True, help_text="Its id here; null when refused.")
    messages = serializers.ListField(child=serializers.CharField(), help_text="Why, and what changed.")


class ImportCountsSerializer(serializers.Serializer):
    imported = serializers.IntegerField()
    reanchored = serializers.IntegerField()
    merged = serializers.IntegerField()
    refused = serializers.IntegerField()


class ImportReportSerializer(serializers.Serializer):
    format = serializers.ChoiceField(choices=["json", "jsonl", "w3c"])
    atomic = serializers.ChoiceField(choices=["item", "file"])
    dry_run = serializers.BooleanField()
    committed = serializers.BooleanField(help_text="Whether what the report calls imported is stored.")
    counts = ImportCountsSerializer()
    documents = serializers.DictField(
        child=serializers.IntegerField(),
        help_text="The documents the file carries: created (with a claim kept on them), existing, "
        "refused, unused (new here but no claim on them kept: not written)",
    )
    document_problems = serializers.ListField(child=serializers.CharField())
    reviewers_created = serializers.ListField(
        child=serializers.CharField(), help_text="Accounts made for the claims' reviewers (no password)."
    )
    items = ImportOutcomeSerializer(many=True)


class ImportRefusedSerializer(ErrorSerializer):
    report = ImportReportSerializer(
        required=False,
        help_text="With atomic=file, what each item would have been; absent when the file was not read.",
    )


# --- projects and the work queue ----------------------------------------------------------


class ProjectSerializer(serializers.ModelSerializer):
    document_count = serializers.IntegerField(read_only=True, help_text="Articles in the project.")
    reviewer_count = serializers.IntegerField(read_only=True, help_text="Members in the reviewer role.")
    reviews_marked = serializers.IntegerField(read_only=True, help_text="Reviews marked done so far.")

    class Meta:
        model = Project
        fields = [
            "id",
            "name",
            "description",
            "guidelines",
            "reviews_needed",
            "due_on",
            "mode",
            "document_count",
            "reviewer_count",
            "reviews_marked",
        ]


class QueueNextSerializer(serializers.Serializer):
    project = serializers.IntegerField()
    document = DocumentDetailSerializer(help_text="The article to review, with its text.")
    held_until = serializers.DateTimeField(help_text="Its slot is yours until then; mark it done before.")


class QueueDoneSerializer(serializers.Serializer):
    project = serializers.IntegerField()
    document = serializers.IntegerField()
    status = serializers.CharField(help_text="“done”.")
    reviews_done = serializers.IntegerField()
    reviews_needed = serializers.IntegerField()
    ready_to_adjudicate = serializers.BooleanField(help_text="The article has the reviews it needs.")
