"""Settings for the workbench, read from the environment.

The defaults make the quick start work (SQLite, DEBUG on, a throwaway key).
With DEBUG off, SECRET_KEY and ALLOWED_HOSTS must come from the environment.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-quick-start-key-only-for-local-use"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "annotations.api.exceptions.csrf_failure"  # JSON under /api/

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    # `{% partialdef %}`: a page and its htmx fragments in one template ("page.html#fragment").
    # Its app config wraps the TEMPLATES loaders below in its own (cached) loader.
    "template_partials",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "csp",
    # Background jobs (article intake, big imports): Django's tasks framework, queued in the
    # database and run by `manage.py db_worker` (as many as wanted, on any machine).
    "django_tasks",
    "django_tasks_db",
    "annotations",
]

MIDDLEWARE = [
    "workbench.middleware.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "workbench.middleware.RejectNulMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "workbench.middleware.HtmxLoginRedirectMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out username/address first
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "workbench.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "annotations.context_processors.abilities",
            ],
        },
    },
]

WSGI_APPLICATION = "workbench.wsgi.application"
ASGI_APPLICATION = "workbench.asgi.application"

# SQLite for the quick start; DATABASE_URL=postgres://... for production and the test suite.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "annotations:document-list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# Served by WhiteNoise; in production from `collectstatic`'s hashed, compressed copies.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("STATIC_MANIFEST", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

WHITENOISE_USE_FINDERS = DEBUG  # quick start: serve straight from the apps' static folders
WHITENOISE_AUTOREFRESH = DEBUG

# --- security -----------------------------------------------------------------------------
# Production (DEBUG off) defaults pass `manage.py check --deploy`; each can be turned off
# from the environment, e.g. SECURE_SSL_REDIRECT=0 to try the production server over HTTP.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("BEHIND_TLS_PROXY", not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# No inline script anywhere: scripts come from our own origin only (django-csp).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],  # the admin sets a few style attributes
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# The client's address. Behind proxies every request comes from the last proxy, so the address
# is read from X-Forwarded-For, but only as far as TRUSTED_PROXY_COUNT says: the entry the first
# of our proxies added (entries left of it are the client's to forge). 0 (the default): no proxy
# is trusted and the connection's own address counts. One rule (workbench.clients) for login
# lockouts and API throttles.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Password guessing (django-axes, workbench.lockout): 5 failed logins for one username from one
# address lock that username there; 20 from one address, however spread over usernames (a
# spray), lock the address. 15 minutes, with a page that says so. The same username from other
# addresses still logs in: an attacker cannot lock someone else out.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_ADDRESS_FAILURE_LIMIT = int(os.environ.get("AXES_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]  # workbench.lockout reads this order
AXES_HANDLER = "workbench.lockout.LockoutHandler"
AXES_CLIENT_IP_CALLABLE = "workbench.clients.client_address"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# The cache holds the API throttles' counts. In production it is a table in the database, so
# every worker on every machine counts together and a restart forgets nothing (the table is made
# by `migrate`); the quick start and the tests keep it in memory. CACHE=database|memory.
CACHE = os.environ.get("CACHE", "memory" if DEBUG else "database")
if CACHE not in {"database", "memory"}:
    raise ImproperlyConfigured("CACHE must be `database` or `memory`.")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "workbench_cache"}
    if CACHE == "database"
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Revert in the admin's history would write an old version back past the workflow (no
# decision, a stale chain): the history is shown, and changes go through the services.
SIMPLE_HISTORY_REVERT_DISABLED = True

# The mode a new project starts in: on, "shared" (members see each other's claims as they are
# saved); off, "independent" (each sees only their own until marking the article done). Each
# project's own mode decides who reads what (annotations.selectors.readable_by).
SHARE_DRAFTS = env_bool("SHARE_DRAFTS", True)

# Background jobs. TASKS_BACKEND=database (the default) queues them in the database for
# `manage.py db_worker`; `immediate` runs them inside the request (the unit tests).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND not in {"database", "immediate"}:
    raise ImproperlyConfigured("TASKS_BACKEND must be `database` or `immediate`.")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_BACKEND == "database"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}

# Article intake. Who may add articles: `annotators` (reviewers and moderators) or `moderators`.
ARTICLE_ADDERS = os.environ.get("ARTICLE_ADDERS", "annotators")
if ARTICLE_ADDERS not in {"annotators", "moderators"}:
    raise ImproperlyConfigured("ARTICLE_ADDERS must be `annotators` or `moderators`.")
# Fetching pages is a door into the server's network: loopback and private addresses are
# refused unless this is on (the tests' local web server, a demo on one machine).
FETCH_ALLOW_PRIVATE_NETWORKS = env_bool("FETCH_ALLOW_PRIVATE_NETWORKS", False)
FETCH_MAX_BYTES = int(os.environ.get("FETCH_MAX_BYTES", 10 * 2**20))
FETCH_TIMEOUT = float(os.environ.get("FETCH_TIMEOUT", 20))
FETCH_MAX_REDIRECTS = 5
# Ports pages are fetched from (any port when FETCH_ALLOW_PRIVATE_NETWORKS is on): a fetcher that
# connects anywhere tells people which ports of a host are open.
FETCH_PORTS = [int(port) for port in env_list("FETCH_PORTS", "80,443,8080,8443")]
FETCH_USER_AGENT = os.environ.get(
    "FETCH_USER_AGENT", "WorkbenchArticleIntake/1.0 (fetches articles a reviewer asked for)"
)
# Uploads on the Add articles page and POST /api/v1/documents/: per request, per file, per zip.
INTAKE_MAX_UPLOAD_BYTES = int(os.environ.get("INTAKE_MAX_UPLOAD_BYTES", 50 * 2**20))
INTAKE_MAX_FILE_BYTES = int(os.environ.get("INTAKE_MAX_FILE_BYTES", 10 * 2**20))
INTAKE_MAX_ITEMS = 100  # Django reads at most 100 files a request (DATA_UPLOAD_MAX_NUMBER_FILES)
# Each item is read in a child process within this time and address space (0: no child).
INTAKE_ITEM_SECONDS = float(os.environ.get("INTAKE_ITEM_SECONDS", 60))
INTAKE_ITEM_MEMORY = int(os.environ.get("INTAKE_ITEM_MEMORY", 2 * 2**30))
# A job never grows past this many items, or unpacks more than twice the upload cap, however
# many zips it holds.
INTAKE_MAX_JOB_ITEMS = int(os.environ.get("INTAKE_MAX_JOB_ITEMS", 1000))
# A running job whose worker has shown no progress for this many minutes is taken for dead (killed,
# or its machine restarted) and marked failed, to be run again. A live worker shows progress after
# every item, and one item takes at most a fetch and a read: the limit must be well above that.
INTAKE_JOB_STALE_MINUTES = float(os.environ.get("INTAKE_JOB_STALE_MINUTES", 10))
if INTAKE_JOB_STALE_MINUTES * 60 <= FETCH_TIMEOUT + INTAKE_ITEM_SECONDS:
    raise ImproperlyConfigured(
        "INTAKE_JOB_STALE_MINUTES must be longer than one item can take "
        "(FETCH_TIMEOUT + INTAKE_ITEM_SECONDS)."
    )
# Feeds are checked every this many minutes by the worker (and by `manage.py check_feeds`).
FEED_INTERVAL_MINUTES = int(os.environ.get("FEED_INTERVAL_MINUTES", 60))
# POST /api/v1/import/ with a file larger than this (about 2,000 claims of our JSON) runs as a
# background job (202 and a job to follow) instead of within the request.
IMPORT_BACKGROUND_BYTES = int(os.environ.get("IMPORT_BACKGROUND_BYTES", 2 * 2**20))
# How long "Next article" holds an article for the reviewer who took it; after that its slot
# is free for another reviewer (the holder may still mark it done while the slot is free).
QUEUE_HOLD_MINUTES = int(os.environ.get("QUEUE_HOLD_MINUTES", "240"))

# The address people reach the workbench at (e.g. https://workbench.example.org), without a
# trailing slash. Exports name every claim, document and page by an absolute address under it:
# the command-line export has no request to take one from, and with it set the API's exports
# name things the same whichever host name a request came through. Unset, the API uses the
# request's own address and the command line http://localhost:8000 (the quick start's).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").strip().rstrip("/")

# Where our JSON-LD vocabulary lives: the context is WORKBENCH_NS + "workbench-v1.jsonld" (this
# app serves it at /ns/workbench-v1.jsonld), terms are WORKBENCH_NS + "workbench#name". Set it
# once, to an address your organisation keeps, and never change it: it names the terms of every
# export ever written (docs/api.md, "JSON-LD"). It never depends on the request's host.
WORKBENCH_NS = (
    os.environ.get("WORKBENCH_NS", "").strip() or f"{PUBLIC_BASE_URL or 'http://localhost:8000'}/ns/"
)
if not WORKBENCH_NS.endswith("/"):
    raise ImproperlyConfigured("WORKBENCH_NS must end with a slash, e.g. https://workbench.example.org/ns/.")

# The largest file POST /api/v1/import/ reads as a request body (multipart uploads spool to disk).
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", 100 * 2**20))
# No request body over this is read at all (413): the largest cap above, plus room for the form.
MAX_REQUEST_BYTES = max(IMPORT_MAX_BYTES, INTAKE_MAX_UPLOAD_BYTES) + 2**20

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["annotations.api.parsers.SafeJSONParser"],
    "DEFAULT_PAGINATION_CLASS": "annotations.api.pagination.PagePagination",
    "DEFAULT_FILTER_BACKENDS": ["annotations.api.filters.StrictFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "annotations.api.exceptions.json_exception_handler",
    # `?format=` chooses the export format; DRF must not read it as a renderer override.
    "URL_FORMAT_OVERRIDE": None,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Per client: tokens and sessions by user, anonymous callers by address.
    "DEFAULT_THROTTLE_CLASSES": [
        "workbench.clients.UserRateThrottle",
        "workbench.clients.AnonRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "user": os.environ.get("API_THROTTLE_USER", "5000/hour"),
        "anon": os.environ.get("API_THROTTLE_ANON", "120/hour"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Workbench API",
    "DESCRIPTION": (
        "Documents, the source registry, and claims with their attribution chains and "
        "confidence. Authenticate with a session or `Authorization: Token <key>` "
        "(get or rotate a token on your profile page). Errors are JSON: "
        '`{"detail": ..., "errors": {parameter: [messages]}}`.'
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "annotations.api.views.imports.add_import_components",
    ],
    "ENUM_NAME_OVERRIDES": {
        "SourceKindEnum": "annotations.scales.SourceKind",
        "CueEnum": "annotations.scales.Cue",
        "ReliabilityGradeEnum": "annotations.scales.ReliabilityGrade",
        "CredibilityEnum": "annotations.scales.Credibility",
        "LikelihoodEnum": "annotations.scales.Likelihood",
        "ClaimStatusEnum": "annotations.models.ClaimStatus",
    },
}

# How often an open reader page asks for claims others saved meanwhile (htmx polling).
LIVE_POLL_SECONDS = float(os.environ.get("LIVE_POLL_SECONDS", "5"))

# Where `load_seeds` looks when no path is given.
SEEDS_DIR = Path(os.environ.get("SEEDS_DIR", BASE_DIR / "seeds"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_errors_quiet": {"()": "workbench.logs.NoTracebackForClientErrors"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "level": os.environ.get("LOG_LEVEL", "INFO"),
            "filters": ["client_errors_quiet"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
