"""Settings of the server the browser tests drive: the test settings, with pictures served
from the disk as on a one-machine production site (gosmart.urls, SERVE_MEDIA), and a clock
the journeys can move forward (tests/browser/clock.py)."""

import os

from gosmart.settings.test import *  # noqa: F403

SERVE_MEDIA = True

if os.environ.get("GOSMART_TEST_CLOCK"):
    from tests.browser.clock import install

    install(os.environ["GOSMART_TEST_CLOCK"])

# A long-running server, as in production: each worker keeps its database connection
# rather than opening one (a new PostgreSQL backend) for every request.
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
