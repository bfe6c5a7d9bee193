"""Renders the demo's English pages once, so the snapshot holds the image renditions they
use: `python -m tests.warm_renditions`, run by tests/demo_snapshot.py after the demo loads.

Every test runs in a transaction that is rolled back, so a rendition a test creates is
gone for the next one, and each test that shows an image paid for resizing it again. The
other languages show the same images, so the English pages (and the views that are not
pages) create nearly every rendition the suite asks for."""

import django


def main():
    django.setup()
    from django.test import Client
    from wagtail.models import Page

    from core.visibility import visible
    from tests.browser.pages import EXTRA_PAGES

    client = Client()
    english = visible(Page.objects.filter(depth__gte=2, locale__language_code="en"))
    for page in english.specific().order_by("path"):
        parts = page.get_url_parts()
        if parts is not None:
            client.get(parts[2])
    for url, _status in EXTRA_PAGES.values():
        client.get(url.format(language="en"))


if __name__ == "__main__":
    main()
