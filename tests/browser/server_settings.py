"""Settings of the server the browser tests drive: the test settings, with media served."""

from gosmart.settings.test import *  # noqa: F403

SERVE_MEDIA = True
ROOT_URLCONF = "tests.browser.server_urls"
