import pytest

from .factories import DocumentFactory, ModeratorFactory, UserFactory


@pytest.fixture
def reviewer(db):
    return UserFactory(username="rita")


@pytest.fixture
def other_reviewer(db):
    return UserFactory(username="omar")


@pytest.fixture
def moderator(db):
    return ModeratorFactory(username="mona")


@pytest.fixture
def outsider(db):
    """Logged in, but in neither role."""
    return UserFactory(username="nobody", role="")


@pytest.fixture
def document(db):
    return DocumentFactory()
