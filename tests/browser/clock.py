"""A clock the browser journeys can move forward, to reach an embargo without waiting.

When GOSMART_TEST_CLOCK names a file, the site under test (tests/browser/server_settings.py)
and its scheduler (`python -m tests.browser.clock`, which runs publish_scheduled) read
`timezone.now()` as the real time plus the seconds written in that file
(LiveSite.move_clock)."""

import os
from datetime import timedelta
from pathlib import Path

from django.utils import timezone


def install(path):
    real_now = timezone.now

    def now():
        try:
            offset = float(Path(path).read_text(encoding="utf-8") or 0)
        except (OSError, ValueError):
            offset = 0
        return real_now() + timedelta(seconds=offset)

    timezone.now = now


if __name__ == "__main__":
    import django
    from django.core.management import call_command

    django.setup()
    if not os.environ.get("GOSMART_TEST_CLOCK"):
        raise SystemExit("GOSMART_TEST_CLOCK is not set: this is the browser site's scheduler.")
    call_command("publish_scheduled")
