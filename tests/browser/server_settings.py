"""Settings of the server the browser tests drive: the test settings, with pictures served
from the disk as on a one-machine production site (gosmart.urls, SERVE_MEDIA)."""

from gosmart.settings.test import *  # noqa: F403

SERVE_MEDIA = True
