"""Settings shared by every environment. Everything that differs between machines is read
from environment variables (see README, "Configuration")."""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Domain apps first so their templates win over the stock ones.
INSTALLED_APPS = [
    "core",
    "home",
    # Domain apps, in the order their demo content loads (later ones point at earlier ones).
    "cities",
    "pilots",
    "awards",
    "news",
    "opendata",
    "editorial",
    "localization",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    # Health checks first: load balancers call them by IP over plain HTTP.
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "core.caching.GenerationMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 for every answer, cached pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin's second sign-in step (editorial.two_factor says who must pass it).
    "django_otp.middleware.OTPMiddleware",
    "editorial.two_factor.RequireSecondFactorMiddleware",
    "editorial.admin_guard.CityEditorAdminGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Answers a locked-out login attempt (django-axes); last, as its documentation asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "gosmart.urls"
WSGI_APPLICATION = "gosmart.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a write is in progress; IMMEDIATE transactions queue writers
    # instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://gosmart")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # A Redis that is down or slow makes the site slower, never broken (core.cache_backends).
    CACHES["default"]["BACKEND"] = "core.cache_backends.ResilientRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        socket_connect_timeout=env.float("CACHE_CONNECT_TIMEOUT", default=0.5),
        socket_timeout=env.float("CACHE_TIMEOUT", default=0.5),
    )
# Every app server reads the same cache: the tree generation is mirrored there (core.caching).
# Sites sharing one Redis keep apart by prefix.
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default="")
GOSMART_SHARED_CACHE = CACHES["default"]["BACKEND"] == "core.cache_backends.ResilientRedisCache"
# Whole pages for anonymous visitors (core.page_cache): on in production, off while developing.
GOSMART_PAGE_CACHE = env.bool("PAGE_CACHE", default=False)
GOSMART_PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60 * 10)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Repeated failed logins (the admin's and private pages' sign-in forms) lock that account from
# that address for a while (django-axes). The same answer whatever the username, so nobody
# learns which accounts exist; the address comes from core.client (trusted proxies only).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Two-step sign-in (TOTP) for the admin: required for superusers and the secretariat.
GOSMART_TWO_FACTOR = env.bool("TWO_FACTOR", default=True)
OTP_TOTP_ISSUER = "Go Smart"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.client.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/login_locked.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False

# --- Languages ------------------------------------------------------------------------------
# English is the source language; every other locale is kept in sync from it by
# wagtail-localize, so each page exists in every language (as an alias until translated).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hant", "繁體中文"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Taipei"
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "gosmart_language"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Submitting a page for translation must not publish an untranslated copy: translations go
# live when a translator publishes them. Until then visitors see the synced alias.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation: DeepL when a key is configured, otherwise none at all (the admin then
# offers no machine translation). Development and the tests use the dummy translator, which
# reverses words, so the workflow can be tried without a network; it never reaches production.
DEEPL_API_KEY = env("DEEPL_API_KEY", default="")
DUMMY_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "core.machine_translation.TraditionalChineseAwareDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# --- Static files and media ----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Serve uploads from this process when no bucket does (one-machine sites; see
# docs/production.md). Documents always go through Wagtail's serve view, so privacy holds.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=not env("AWS_STORAGE_BUCKET_NAME", default=""))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible storage when a bucket is configured (several app servers).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None

# Uploads: refuse oversized requests with a 400 instead of filling memory or disk.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# The upload form turns Pillow's refusals (decompression bombs, corrupt files) into errors.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.forms.SiteImageForm"
# Draftail, refusing a rich text post that is not the editor's JSON with a 400 (core.rich_text).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "core.rich_text.StrictDraftailRichTextArea"},
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "docx", "xlsx", "odt", "ods", "txt", "zip", "json"]

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Go Smart"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
# Search: Wagtail's database backend by default (SQLite FTS5, or PostgreSQL full-text search
# with the WAGTAILSEARCH_CONFIG text-search configuration). Larger sites point
# WAGTAILSEARCH_BACKEND at OpenSearch or Elasticsearch (see docs/search-and-open-data.md).
WAGTAILSEARCH_BACKEND = env("WAGTAILSEARCH_BACKEND", default="wagtail.search.backends.database")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": WAGTAILSEARCH_BACKEND}}
if WAGTAILSEARCH_BACKEND.endswith(".database"):
    # "simple": no stemming or stop words, the same treatment for every language.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = env(
        "WAGTAILSEARCH_CONFIG", default="simple"
    )
else:
    WAGTAILSEARCH_BACKENDS["default"].update(
        URLS=env.list("WAGTAILSEARCH_URLS", default=["http://localhost:9200"]),
        INDEX_PREFIX=env("WAGTAILSEARCH_INDEX_PREFIX", default="gosmart_"),
        TIMEOUT=env.int("WAGTAILSEARCH_TIMEOUT", default=5),
    )
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document downloads (Content-Disposition: attachment), PDFs included: nothing a
# browser could run opens in the site's origin, and journalists get the file itself.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Private pages: the login and password forms in the site's layout and language.
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "core/login.html"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "core/password_required.html"  # noqa: S105
WAGTAILFORMS_HELP_TEXT_ALLOW_HTML = False

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Go Smart <noreply@gosmart.example>")

# --- Public forms (core.form_guard) and client addresses (core.client) -----------------------
GOSMART_FORM_MIN_SECONDS = env.int("FORM_MIN_SECONDS", default=3)
GOSMART_FORM_POSTS_PER_HOUR = env.int("FORM_POSTS_PER_HOUR", default=10)
# How many proxies of our own (load balancer, CDN) stand in front of the app servers.
GOSMART_TRUSTED_PROXIES = env.int("TRUSTED_PROXIES", default=0)

# --- Security headers -----------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Content Security Policy (django-csp): the public site runs no inline script and loads
# nothing from elsewhere but video embeds and, with a bucket, its pictures. The admin
# (Wagtail's own scripts and previews) is left to its own defaults.
_MEDIA_ORIGINS = [
    origin
    for origin in (
        f"https://{env('AWS_S3_CUSTOM_DOMAIN', default='')}"
        if env("AWS_S3_CUSTOM_DOMAIN", default="")
        else "",
        env("AWS_S3_ENDPOINT_URL", default=""),
    )
    if origin
]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],  # embeds size themselves with inline styles
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# Nothing of the site is framed; Wagtail's preview panel sets its own SAMEORIGIN.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# No script of ours or Wagtail's reads the CSRF token from the cookie (forms carry it).
CSRF_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# Names of the content languages as visitors see them in the switcher.
LANGUAGE_SWITCHER_LABELS = dict(LANGUAGES)
GOSMART_TAGLINE = _("A global organization of Smart Cities")
OPEN_GRAPH_LOCALES = {
    "en": "en_GB",
    "zh-hant": "zh_TW",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "es": "es_ES",
    "fr": "fr_FR",
    "ar": "ar_AR",
}
