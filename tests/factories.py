import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from annotations import permissions
from annotations.models import AttributionHop, Claim, Document, Source
from annotations.scales import Cue, SourceKind
from annotations.services import chain_text, content_hash

ARTICLE = (
    "Turkey will not abandon its S-400 systems, the Bloomberg reports.\n"
    "Citing officials familiar with the matter, the outlet said Ankara is open to compromises.\n"
    "Turkey purchased four S-400 units from Russia in 2017."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"reviewer{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        group_name = extracted if extracted is not None else permissions.REVIEWER
        if create and group_name:
            user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        if create:
            user.save()


class ModeratorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"moderator{n}")
    is_staff = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get_or_create(name=permissions.MODERATOR)[0])
            user.save()


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = SourceKind.OUTLET


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Article {n}")
    publisher = factory.SubFactory(SourceFactory, name="Press TV")
    text = factory.Sequence(lambda n: f"{ARTICLE}\nArticle number {n}.")
    content_hash = factory.LazyAttribute(lambda document: content_hash(document.text))


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim over the document's first `length` characters, with a publisher-first chain."""

    class Meta:
        model = Claim
        skip_postgeneration_save = True

    class Params:
        length = 10

    document = factory.SubFactory(DocumentFactory)
    author = factory.SubFactory(UserFactory)
    start = 0
    end = factory.LazyAttribute(lambda claim: claim.start + claim.length)
    quote = factory.LazyAttribute(lambda claim: claim.document.text[claim.start : claim.end])
    credibility = 3

    @factory.post_generation
    def chain(claim, create, extracted, **kwargs):
        if not create:
            return
        sources = extracted if extracted is not None else [claim.document.publisher]
        AttributionHop.objects.bulk_create(
            AttributionHop(
                claim=claim,
                position=position,
                source=source,
                cue=Cue.PUBLISHED if position == 0 else Cue.CITING,
            )
            for position, source in enumerate(sources)
        )
        # As services.claim_create writes it, on the claim and on its creation record.
        claim.chain_text = chain_text([(hop.source, hop.cue, "") for hop in claim.hops.order_by("position")])
        Claim.objects.filter(pk=claim.pk).update(chain_text=claim.chain_text)
        claim.history.update(chain_text=claim.chain_text)
