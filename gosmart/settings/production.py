"""Production: every secret comes from the environment; HTTPS assumed behind a proxy."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default=None)
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

GOSMART_PAGE_CACHE = env.bool("PAGE_CACHE", default=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# A database that hangs must not hold a worker: give up connecting after a few seconds and
# end any statement that runs longer (PostgreSQL); the visitor gets the 503 "back soon" page.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        connect_timeout=env.int("DATABASE_CONNECT_TIMEOUT", default=3),
        options="-c statement_timeout={}".format(
            env.int("DATABASE_STATEMENT_TIMEOUT_MS", default=5000)
        ),
    )


# A CDN in front of the site is purged on publish when its endpoint is configured.
# core.cdn sends the purges (a page in every language, the listings, feeds, sitemap and API
# that show it); Wagtail's own handlers, which purge only the page, are not installed.
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL", default="")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    # core.cdn lists every language's address itself (translated slugs differ).
    WAGTAILFRONTENDCACHE_LANGUAGES = []
    # How long the CDN may keep a page that no purge names (sections about other pages).
    GOSMART_CDN_MAX_AGE = env.int("CDN_MAX_AGE", default=300)

# Workers keep their database connection between requests (checked before reuse).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
