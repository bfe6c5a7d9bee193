"""The benchmark's settings: production, served over plain HTTP on the loopback, with a
trivial view beside the site (benchmarks.urls) as the yardstick."""

from gosmart.settings.production import *  # noqa: F403

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
ROOT_URLCONF = "benchmarks.urls"
LOGGING = {"version": 1, "disable_existing_loggers": False}
