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
def user_named(request):
    """A matrix actor as a user: "anonymous" (None), "author" (the reviewer), or a fixture's name."""

    def user_for(name):
        if name == "anonymous":
            return None
        return request.getfixturevalue("reviewer" if name == "author" else name)

    return user_for


@pytest.fixture
def document(db):
    return DocumentFactory()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 costs ~0.25 s a password by design; tests make hundreds of users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    # API throttling counts requests in the cache: each test starts with none counted.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    # Background jobs run inside the request that queues them, so a test sees their outcome
    # at once; the browser test of the intake runs a real `db_worker` instead.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


from .intake_site import intake_site  # noqa: E402, F401  (the local web server fixture)
