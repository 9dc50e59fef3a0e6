"""Test data, written through the services (`annotations.services`) as the app writes its own.

Each factory calls the service a page, the API or an import would call, so what a test
sets up has passed the same rules and carries the same history as real data. A test
that needs a state the services refuse writes it with the ORM itself, and says why.
Accounts are the exception: there is no account service, so `UserFactory` saves the model.
"""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from annotations import permissions, selectors, services
from annotations.models import Claim, ClaimStatus, Document, ProjectRole, Source
from annotations.scales import Cue, SourceKind

PASSWORD = "correct horse battery"  # every factory-made account's, for tests that log in by the form

ARTICLE = (
    "Turkey will not abandon its S-400 systems, the Bloomberg reports.\n"
    "Citing officials familiar with the matter, the outlet said Ankara is open to compromises.\n"
    "Turkey purchased four S-400 units from Russia in 2017."
)


def _join_default_project(user, projects) -> None:
    """Put an account with a role in the "Default" project, as the migration put every existing
    reviewer and moderator there; `projects=[]` leaves it in none (or pass the projects to join)."""
    if projects is None:
        projects = [services.project_default()]
    role = ProjectRole.MODERATOR if permissions.is_moderator(user) else ProjectRole.REVIEWER
    for project in projects:
        services.project_add_members(project=project, actor=None, users=[user], role=role)
    user.__dict__.pop("_workbench_groups", None)  # the roles' per-request cache: a test may change them


class UserFactory(factory.django.DjangoModelFactory):
    """An account in the reviewer role (`role=""` for none, or a group's name), in the "Default"
    project (`projects=[...]` for others, `projects=[]` for none)."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"reviewer{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        group_name = extracted if extracted is not None else permissions.REVIEWER
        if create and group_name:
            user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        if create:
            user.save()

    @factory.post_generation
    def projects(user, create, extracted, **kwargs):
        if create and permissions.can_annotate(user):
            _join_default_project(user, extracted)
        user.__dict__.pop("_workbench_groups", None)


class ModeratorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"moderator{n}")
    is_staff = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get_or_create(name=permissions.MODERATOR)[0])
            user.save()

    @factory.post_generation
    def projects(user, create, extracted, **kwargs):
        if create:
            user.__dict__.pop("_workbench_groups", None)  # the role just changed
            _join_default_project(user, extracted)


class SourceFactory(factory.Factory):
    """The registry's source of that name (or alias) if there is one, else a new one.

    A name and kind (and a grade, as an import brings one) go through
    `source_get_or_create`, as a name typed into a chain does. Other registry fields
    (`aliases`, `parent`, `country`, ...) go through `source_create`, as the registry
    page adds a source, by `actor` (default: a new reviewer; grading needs a moderator).
    """

    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = SourceKind.OUTLET

    @classmethod
    def _create(cls, model_class, *, name, kind, actor=None, **fields):
        if set(fields) <= {"reliability_grade"}:
            return services.source_get_or_create(name=name, kind=kind, **fields)[0]
        return selectors.source_named(name=name) or services.source_create(
            actor=actor or UserFactory(), name=name, kind=kind, **fields
        )


class DocumentFactory(factory.Factory):
    """An article stored by `services.document_import`, as `load_seeds` stores one, and put in
    the "Default" project (`projects=[...]` for others, `projects=[]` for none).

    `publisher` is a source or a name. The same text twice is one document, as on import.
    """

    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Article {n}")
    publisher = "Press TV"
    text = factory.Sequence(lambda n: f"{ARTICLE}\nArticle number {n}.")

    @classmethod
    def _create(cls, model_class, *, publisher, projects=None, **fields):
        name = publisher.name if isinstance(publisher, Source) else publisher
        document = services.document_import(publisher_name=name, **fields)[0]
        for project in [services.project_default()] if projects is None else projects:
            services.project_add_documents(project=project, actor=None, documents=[document])
        return document


DECISIONS = {
    ClaimStatus.APPROVED: "approve",
    ClaimStatus.REJECTED: "reject",
    ClaimStatus.CHANGES_REQUESTED: "request_changes",
}


def hop_specs(chain) -> list[services.HopSpec]:
    """Sources as a publisher-first chain (published, then citing); HopSpecs pass as they are."""
    return [
        hop
        if isinstance(hop, services.HopSpec)
        else services.HopSpec(cue=Cue.PUBLISHED if position == 0 else Cue.CITING, source=hop)
        for position, hop in enumerate(chain)
    ]


class ClaimFactory(factory.Factory):
    """A claim over `length` characters of the document from `start` (or over `words`),
    attributed along `chain` (sources, publisher first; default: the publisher alone).

    `services.claim_create` writes it, by `author`, who needs a role. A `status` past draft
    is reached through the workflow as people reach it: the author submits, then
    `moderator` approves, rejects or sends it back (with `reason` where one is required).
    The moderator is the author if the author is one, else a new moderator account; pass
    one to keep the users a test makes few. A gold claim (`is_gold`) is restored by
    `services.claim_restore` as an import brings one: adjudication would copy another claim.
    """

    class Meta:
        model = Claim

    class Params:
        words = None
        length = factory.LazyAttribute(lambda claim: len(claim.words) if claim.words else 10)

    document = factory.SubFactory(DocumentFactory)
    author = factory.SubFactory(UserFactory)
    start = factory.LazyAttribute(lambda claim: claim.document.text.index(claim.words) if claim.words else 0)
    end = factory.LazyAttribute(lambda claim: claim.start + claim.length)
    quote = factory.LazyAttribute(lambda claim: claim.document.text[claim.start : claim.end])
    chain = factory.LazyAttribute(lambda claim: [claim.document.publisher])
    credibility = 3
    likelihood = ""
    note = ""
    is_gold = False
    status = factory.LazyAttribute(lambda claim: ClaimStatus.APPROVED if claim.is_gold else ClaimStatus.DRAFT)
    moderator = None
    reason = "Check the chain against the text."

    @classmethod
    def _create(cls, model_class, *, chain, status, moderator, reason, is_gold, **fields):
        if is_gold:  # actor None: restored as by the command line, which needs no moderator
            return services.claim_restore(
                actor=moderator, chain=hop_specs(chain), status=status, is_gold=True, **fields
            )
        claim = services.claim_create(chain=hop_specs(chain), **fields)
        if status == ClaimStatus.DRAFT:
            return claim
        claim = services.claim_transition(claim=claim, actor=fields["author"], action="submit")
        if status == ClaimStatus.SUBMITTED:
            return claim
        author = fields["author"]
        decider = moderator or (author if permissions.is_moderator(author) else ModeratorFactory())
        action = DECISIONS[status]
        reason = reason if services.TRANSITIONS[action].reason_required else ""
        return services.claim_transition(claim=claim, actor=decider, action=action, reason=reason)
