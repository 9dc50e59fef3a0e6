"""The article intake's API shapes: a document to create, and a job with its items."""

from django.conf import settings
from rest_framework import serializers

from ..models import IntakeItem, IntakeJob
from .serializers import OnlyKnownFields


class DocumentCreateSerializer(OnlyKnownFields, serializers.Serializer):
    """Either the article itself (`text`, `title`, `publisher`), or addresses to fetch (`url` or `urls`)."""

    text = serializers.CharField(required=False, trim_whitespace=False, max_length=2_000_000)
    title = serializers.CharField(required=False, max_length=500)
    publisher = serializers.CharField(
        required=False, max_length=200, help_text="A registry name or alias; a new outlet otherwise."
    )
    published_on = serializers.DateField(required=False, allow_null=True)
    url = serializers.URLField(
        required=False, max_length=2000, help_text="With `text`: where it was found. Alone: a page to fetch."
    )
    urls = serializers.ListField(
        child=serializers.URLField(max_length=2000),
        required=False,
        min_length=1,
        max_length=settings.INTAKE_MAX_ITEMS,
        help_text="Pages to fetch (202 with a job).",
    )
    project = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="The project the articles go into (one of yours); optional if you are in only one.",
    )
    force = serializers.BooleanField(
        required=False, default=False, help_text="Store near-duplicates of stored articles too."
    )

    def validate(self, data):
        if "text" in data:
            missing = [name for name in ("title", "publisher") if not data.get(name)]
            if missing:
                raise serializers.ValidationError({name: ["Required with `text`."] for name in missing})
            if "urls" in data:
                raise serializers.ValidationError({"urls": ["Send either `text` or addresses, not both."]})
        elif data.get("url") and data.get("urls"):
            raise serializers.ValidationError({"urls": ["Send `url` or `urls`, not both."]})
        elif not data.get("url") and not data.get("urls"):
            raise serializers.ValidationError(
                {
                    "text": [
                        "Send the article (`text`, `title`, `publisher`), "
                        "a `url` or `urls` to fetch, or files."
                    ]
                }
            )
        return data


class NearDuplicateSerializer(serializers.Serializer):
    detail = serializers.CharField()
    near_duplicate = serializers.DictField(
        help_text="`id`, `title` and `similarity` (0–1) of the stored article."
    )


class IntakeItemSerializer(serializers.ModelSerializer):
    document = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    similar_to = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = IntakeItem
        fields = [
            "position",
            "label",
            "status",
            "reason",
            "title",
            "publisher_name",
            "published_on",
            "found_url",
            "found_site",
            "document",
            "similar_to",
            "similarity",
        ]


class IntakeJobSerializer(serializers.ModelSerializer):
    items = IntakeItemSerializer(many=True, read_only=True)
    percent = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = IntakeJob
        fields = [
            "id",
            "url",
            "kind",
            "status",
            "done",
            "total",
            "percent",
            "error",
            "report",
            "created_at",
            "started_at",
            "last_progress_at",
            "finished_at",
            "items",
        ]

    def get_url(self, job) -> str:
        request = self.context.get("request")
        path = f"/api/v1/jobs/{job.pk}/"
        return request.build_absolute_uri(path) if request else path
