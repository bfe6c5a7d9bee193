"""Local development: debug on, a fixed development key, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-key-not-for-production-use")
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Without a DeepL key, the dummy translator lets the translation workflow be tried locally.
if not DEEPL_API_KEY:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_MACHINE_TRANSLATOR  # noqa: F405

# Two-step sign-in is off for the local demo admin (TWO_FACTOR=true turns it on).
GOSMART_TWO_FACTOR = env.bool("TWO_FACTOR", default=False)
