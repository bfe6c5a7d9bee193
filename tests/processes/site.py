"""A small site in a database of its own, for tests that run the app in several processes.

`python -m tests.processes.site prepare` migrates and builds a home page (every language),
a news section with one release and an "About" page in the menu. The other commands change
that site the way an editor or a scheduled job would, from a process of their own:
`restrict SLUG`, `unrestrict SLUG`, `unpublish SLUG`, `publish SLUG`; and for the two-server
tests: `draft SLUG` (a news item saved, never published), `schedule SLUG SECONDS` (a draft
revision going live that many seconds from now), `hero SLUG IMAGE_ID` (publish with that
picture), `admin USERNAME PASSWORD` (a superuser) and `ids` (page ids by slug, as JSON);
for the backup tests: `media` (a picture with a rendition, a document, a translation into
Japanese) and `census` (what the site holds, with a digest of every file, as JSON).
Run with DJANGO_SETTINGS_MODULE and DATABASE_URL pointing at that database. Several commands
run in one process when joined by "then" (`prepare then admin NAME PASSWORD then ids`): each
process pays for starting Django."""

import subprocess
import sys
from pathlib import Path

import django

REPO = Path(__file__).resolve().parents[2]

RELEASE = "zorvex-release"
ABOUT = "zorvex-about"


def run_site(env, *args):
    """Run the commands below (one, or several joined by "then") in a process of their own
    with `env` (its settings and database); their output, or an assertion error with what
    it printed."""
    result = subprocess.run(  # noqa: S603 - this module, with our arguments
        [sys.executable, "-m", "tests.processes.site", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def prepare():
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Locale

    from core.aliases import add_missing_aliases
    from core.demo import replace_default_welcome_page
    from home.models import HomePage, StandardPage
    from news.models import NewsIndexPage, NewsPage

    call_command("migrate", interactive=False, verbosity=0)
    root = HomePage.get_first_root_node()
    home = HomePage(
        title="Go Smart", slug="go-smart", hero_heading="Go Smart", locale=Locale.get_default()
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    replace_default_welcome_page(home)
    add_missing_aliases([home])

    def add(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        add_missing_aliases([page])
        return page

    news = add(home, NewsIndexPage(title="News", slug="news"))
    add(
        news,
        NewsPage(
            title="Zorvex release",
            slug=RELEASE,
            kind=NewsPage.Kind.NEWS,
            date=timezone.localdate(),
            lead="A release.",
        ),
    )
    add(home, StandardPage(title="Zorvex about", slug=ABOUT, show_in_menus=True))


def draft(slug):
    from django.utils import timezone

    from core.aliases import add_missing_aliases
    from news.models import NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.get(locale__language_code="en")
    page = NewsPage(
        title=slug.replace("-", " ").capitalize(),
        slug=slug,
        kind=NewsPage.Kind.NEWS,
        date=timezone.localdate(),
        lead="Not yet published.",
        live=False,
    )
    news.add_child(instance=page)
    page.save_revision()
    add_missing_aliases([page])


def schedule(slug, seconds):
    import datetime

    from django.utils import timezone
    from wagtail.models import Page

    page = Page.objects.get(slug=slug, locale__language_code="en").specific
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=float(seconds))
    page.save_revision()


def hero(slug, image_id):
    from wagtail.models import Page

    page = Page.objects.get(slug=slug, locale__language_code="en").specific
    page.hero_image_id = int(image_id)
    page.save_revision().publish()


def admin(username, password):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser(username, f"{username}@localhost", password)


def ids():
    import json

    from wagtail.models import Page

    print(
        json.dumps(dict(Page.objects.filter(locale__language_code="en").values_list("slug", "id")))
    )


def media():
    import io

    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, Locale, Page
    from wagtail_localize.models import Translation, TranslationSource

    from core.models import SiteImage

    out = io.BytesIO()
    Image.new("RGB", (320, 200), (200, 90, 30)).save(out, "PNG")
    root = Collection.get_first_root_node()
    image = SiteImage(
        title="Kiln",
        description="An orange kiln",
        collection=root,
        file=ImageFile(out, name="kiln.png"),
    )
    image.save()
    image.get_rendition("fill-160x100")
    document = get_document_model()(title="Fact sheet", collection=root)
    document.file.save("fact-sheet.txt", ContentFile(b"Go Smart fact sheet"), save=True)
    about = Page.objects.get(slug=ABOUT, locale__language_code="en").specific
    source, _ = TranslationSource.get_or_create_from_instance(about)
    japanese = Locale.objects.get(language_code="ja")
    Translation.objects.get_or_create(source=source, target_locale=japanese)
    source.create_or_update_translation(japanese, fallback=True)


def census():
    import hashlib
    import json

    from django.core.files.storage import default_storage
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision
    from wagtail_localize.models import Translation

    def digest(name):
        with default_storage.open(name, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()

    images = get_image_model().objects.order_by("pk")
    print(
        json.dumps(
            {
                "pages": sorted(
                    Page.objects.values_list("locale__language_code", "url_path", "live")
                ),
                "revisions": Revision.objects.count(),
                "translations": sorted(
                    Translation.objects.values_list("target_locale__language_code", "source_id")
                ),
                "images": [(i.title, i.file.name, digest(i.file.name)) for i in images],
                "renditions": [
                    (r.file.name, digest(r.file.name))
                    for i in images
                    for r in i.renditions.order_by("pk")
                ],
                "documents": [
                    (d.title, d.file.name, digest(d.file.name))
                    for d in get_document_model().objects.order_by("pk")
                ],
            },
            sort_keys=True,
        )
    )


def change(action, slug):
    from wagtail.models import Page, PageViewRestriction

    page = Page.objects.get(slug=slug, locale__language_code="en").specific
    if action == "restrict":
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    elif action == "unrestrict":
        PageViewRestriction.objects.filter(page=page).delete()
    elif action == "unpublish":
        page.unpublish()
    elif action == "publish":
        page.save_revision().publish()
    else:
        raise SystemExit(f"unknown action {action}")


def collectstatic():
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def steps(arguments):
    """["prepare", "then", "draft", "x"] -> [["prepare"], ["draft", "x"]]"""
    found = [[]]
    for argument in arguments:
        if argument == "then":
            found.append([])
        else:
            found[-1].append(argument)
    return found


if __name__ == "__main__":
    django.setup()
    commands = {"prepare": prepare, "draft": draft, "schedule": schedule, "hero": hero}
    commands.update(admin=admin, ids=ids, media=media, census=census, collectstatic=collectstatic)
    for name, *arguments in steps(sys.argv[1:]):
        if name in commands:
            commands[name](*arguments)
        else:
            change(name, *arguments)
