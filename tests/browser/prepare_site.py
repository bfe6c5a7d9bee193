"""Builds the browser server's database: `python -m tests.browser.prepare_site MAP.json`.

Run in its own process with DJANGO_SETTINGS_MODULE, DATABASE_URL and MEDIA_ROOT pointing at
the browser server's own database and media folder, which hold a copy of the demo site
(tests/demo_snapshot.py). It creates an editor account for admin journeys and writes the
site map the tests work from: every live, public page with its type, language and URL."""

import json
import sys

import django


def page_map():
    from wagtail.models import Page

    from core.visibility import visible

    pages = []
    # What visitors may see by the site's own rule (embargoes, expiry, privacy included).
    for page in visible(Page.objects.filter(depth__gte=2)).specific().order_by("path"):
        parts = page.get_url_parts()
        if parts is None:
            continue  # not under a site: not routable
        pages.append(
            {
                "id": page.pk,
                "type": f"{page._meta.app_label}.{type(page).__name__}",
                "language": page.locale.language_code,
                "url": parts[2],
                "title": page.title,
                "slug": page.slug,
                "translated": page.alias_of_id is None,
            }
        )
    return pages


def main(out_path, editor_username, editor_password):
    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)  # nothing to do on a copy
    User = get_user_model()
    if not User.objects.filter(username=editor_username).exists():
        User.objects.create_superuser(
            editor_username, f"{editor_username}@localhost", editor_password
        )
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"pages": page_map()}, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
