"""The documented scales the workbench rates with (see DOMAIN notes).

Values are stored as short codes; the words are what users see everywhere.
"""

from django.db import models


class ReliabilityGrade(models.TextChoices):
    """Admiralty (NATO) grade of a *source*."""

    A = "A", "Completely reliable"
    B = "B", "Usually reliable"
    C = "C", "Fairly reliable"
    D = "D", "Not usually reliable"
    E = "E", "Unreliable"
    F = "F", "Reliability cannot be judged"


class Credibility(models.IntegerChoices):
    """Admiralty grade of the *information*: how far the reviewer trusts the claim."""

    CONFIRMED = 1, "Confirmed by other sources"
    PROBABLY_TRUE = 2, "Probably true"
    POSSIBLY_TRUE = 3, "Possibly true"
    DOUBTFUL = 4, "Doubtful"
    IMPROBABLE = 5, "Improbable"
    CANNOT_BE_JUDGED = 6, "Truth cannot be judged"


class Likelihood(models.TextChoices):
    """ICD 203 estimative words, with their probability ranges."""

    ALMOST_NO_CHANCE = "almost_no_chance", "Almost no chance (1-5%)"
    VERY_UNLIKELY = "very_unlikely", "Very unlikely (5-20%)"
    UNLIKELY = "unlikely", "Unlikely (20-45%)"
    ROUGHLY_EVEN = "roughly_even_chance", "Roughly even chance (45-55%)"
    LIKELY = "likely", "Likely (55-80%)"
    VERY_LIKELY = "very_likely", "Very likely (80-95%)"
    ALMOST_CERTAIN = "almost_certain", "Almost certain (95-99%)"


class SourceKind(models.TextChoices):
    OUTLET = "outlet", "Outlet"
    NEWS_AGENCY = "news_agency", "News agency"
    OFFICIAL_BODY = "official_body", "Government or official body"
    NAMED_PERSON = "named_person", "Named person"
    UNNAMED = "unnamed", "Unnamed source"
    DOCUMENT = "document", "Document"
    SOCIAL_MEDIA = "social_media", "Social media account"
    OTHER = "other", "Other"


class Cue(models.TextChoices):
    """How a hop's source is cited by the hop before it (the PARC 'cue')."""

    PUBLISHED = "published", "published by"
    CITING = "citing", "citing"
    ACCORDING_TO = "according_to", "according to"
    SAID = "said", "said"
    REPORTED = "reported", "reported"
    TOLD = "told", "told"
    ADDED = "added", "added"
    STATED = "stated", "stated"
    CONFIRMED = "confirmed", "confirmed"
    OTHER = "other", "other"
