"""Test run: fast password hashing, in-memory e-mail, plain static storage."""

import os

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# One folder per pytest-xdist worker: the workers run at the same time.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / ".test-media" / WORKER)))  # noqa: F405
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files from the app folders, as in development (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The tests never call a real translation service, whatever the environment says.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_MACHINE_TRANSLATOR  # noqa: F405
# Tests (and the browser journeys) fill forms faster than people and from one address; the
# form guard's own tests set these back.
GOSMART_FORM_MIN_SECONDS = 0
GOSMART_FORM_POSTS_PER_HOUR = 10_000
# Most tests sign in with force_login; tests/test_two_factor.py turns the second step on.
GOSMART_TWO_FACTOR = False
