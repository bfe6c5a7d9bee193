"""Building blocks for the demo content.

`manage.py load_demo_content` imports `<app>.demo` from every installed app that has one,
in INSTALLED_APPS order, and calls its `load(demo)` with the DemoSite below. Each loader
must be idempotent: it looks its pages up by slug and only creates what is missing.
"""

import io
import json
import random
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import Locale, Page, Site

from .caching import one_turn_for_bulk_changes
from .demo_data import Translations, read_demo_data
from .demo_pictures import draw_picture
from .models import SiteImage


class DemoSite:
    def __init__(self, seed=2026, stdout=None):
        self.random = random.Random(seed)
        self.locale = Locale.get_default()
        self.stdout = stdout
        self.registry = {}  # loaders share objects here, e.g. registry["cities"]["taipei"]
        self.finishing = []  # what a loader leaves until every loader has run
        self.translations = Translations()  # filled as the loaders read their data files

    def data(self, app_label, name):
        """The content in <app>/demo_content/<name>.yaml, in English (core.demo_data)."""
        return read_demo_data(app_label, name, self.translations)

    def when_all_loaded(self, step):
        """Run step() once every app's loader has run: for a loader whose content points at
        what a later app's loader creates (an award edition at its ceremony, an event)."""
        self.finishing.append(step)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @property
    def home(self):
        return Site.objects.get(is_default_site=True).root_page.specific

    def child(self, parent, slug):
        return parent.get_children().filter(slug=slug, locale=parent.locale).specific().first()

    def ensure_page(self, parent, model, slug, **fields):
        """Create and publish a page under parent unless one with that slug exists."""
        existing = self.child(parent, slug)
        if existing is not None:
            return existing
        page = model(slug=slug, locale=parent.locale, **fields)
        in_current_format(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def image(self, title, alt_text, seed=None, size=(1600, 900), label=None, motif="skyline"):
        """A locally drawn illustration (core.demo_pictures), reused when it already exists."""
        existing = SiteImage.objects.filter(title=title).first()
        if existing is not None:
            return existing
        picture = draw_picture(motif, seed if seed is not None else title, size)
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=80)
        filename = (label or title).lower().replace(" ", "-")[:60] + ".jpg"
        image = SiteImage(title=title, description=alt_text)
        image.file = ImageFile(buffer, name=filename)
        image.save()
        return image


def rich(*paragraphs):
    """Rich text of plain paragraphs, as the data files write them."""
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def in_current_format(page):
    """Bind every block of the page's StreamFields, so they are saved in Wagtail's current
    format (list items with ids): the format wagtail-localize extracts strings from, which
    the data's plain lists are not. True when a field's stored form changes."""
    from wagtail.fields import StreamField

    changed = False
    for field in page._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        value = getattr(page, field.name)
        before = json.dumps(list(value.raw_data), cls=DjangoJSONEncoder, sort_keys=True)
        for _block in value:
            pass  # binding a block converts it
        after = json.dumps(value.get_prep_value(), cls=DjangoJSONEncoder, sort_keys=True)
        changed |= before != after
    return changed


@contextmanager
def indexes_paused():
    """Leave the search and reference indexes alone while saving: the demo saves its pages
    many times (drafts, translations, aliases), and the caller rebuilds both once after."""
    from django.db.models.signals import post_save
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail import signal_handlers as references

    searched = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    references.disconnect_reference_index_signal_handlers()
    try:
        yield
    finally:
        references.connect_reference_index_signal_handlers()
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)


@contextmanager
def validation_paused():
    """Skip Django's field, uniqueness and constraint checks while the demo saves its own
    content: each page is saved several times (drafts, translations, aliases) and every check
    costs queries, a fifth of the load. Wagtail's fixes before validation (a slug from the
    title, the draft title) still run; tests/test_core.py validates the loaded demo once."""
    from django.db import models

    checks = models.Model.full_clean
    models.Model.full_clean = lambda self, *args, **kwargs: None
    try:
        yield
    finally:
        models.Model.full_clean = checks


@contextmanager
def savepoints_skipped():
    """Inside one bulk transaction, let nested atomic blocks (Wagtail's actions,
    get_or_create) run without a savepoint each on PostgreSQL: a fifth of the load's
    queries, each a round trip to the server (SQLite keeps its savepoints, which cost little
    in process). Nothing in bulk work recovers from an error halfway, so any error still
    rolls the whole of it back."""
    from django.db import connection

    features = connection.features
    had = features.uses_savepoints
    features.uses_savepoints = False
    try:
        yield
    finally:
        features.uses_savepoints = had


@contextmanager
def bulk_saves():
    """For code that saves many pages in one transaction (loading or growing the demo, the
    tests' small worlds): the tree generation turns once, at the end, and nested atomic
    blocks take no savepoint on PostgreSQL."""
    with one_turn_for_bulk_changes(), savepoints_skipped():
        yield


def index_pages_after(last_pk):
    """Put the pages created since last_pk (saved under indexes_paused) into the search
    and reference indexes: one bulk add per page model."""
    from modelsearch.backends import get_search_backends
    from wagtail.models import ReferenceIndex

    new_pages = defaultdict(list)
    for page in Page.objects.filter(pk__gt=last_pk).specific():
        new_pages[type(page)].append(page)
        ReferenceIndex.create_or_update_for_object(page)
    for backend in get_search_backends(with_auto_update=True):
        for model, pages in new_pages.items():
            backend.add_bulk(model, pages)


def replace_default_welcome_page(home):
    """Point the default site at the new home page and drop Wagtail's placeholder."""
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home.id:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Go Smart"
        site.save()
        if old_root.content_type.model_class() is Page and old_root.depth == 2:
            old_root.delete()


def load_taxonomies(demo):
    """Topics, world regions and partner organisations (core/demo_content/taxonomies.yaml)."""
    from .models import Partner, Region, Topic

    data = demo.data("core", "taxonomies")
    topics = {}
    for topic in data["topics"]:
        topics[topic["slug"]], _ = Topic.objects.get_or_create(
            slug=topic["slug"],
            locale=demo.locale,
            defaults={"name": topic["name"], "description": topic["description"]},
        )
    regions = {}
    for region in data["regions"]:
        regions[region["slug"]], _ = Region.objects.get_or_create(
            slug=region["slug"], locale=demo.locale, defaults={"name": region["name"]}
        )
    partners = {}
    for partner in data["partners"]:
        partners[partner["name"]], _ = Partner.objects.get_or_create(
            name=partner["name"],
            locale=demo.locale,
            defaults={
                "kind": partner["kind"],
                "country": partner["country"],
                "website": partner["website"],
            },
        )
    demo.registry.update(topics=topics, regions=regions, partners=partners)


# --- Growing the demo: the same site at 10× or 100× the content --------------------------

GROWN_SLUG = "{slug}-x{number}"


def is_grown_copy(page):
    return "-x" in page.slug and page.slug.rsplit("-x", 1)[1].isdigit()


def grow_pages(factor, *models):
    """Copies of each live English page of these models beside it (slug "<slug>-x2", "-x3",
    … up to the factor, title marked with the number), live like the original; copies
    already there are kept. Returns the new pages. Their versions in the other languages
    come from core.aliases.add_missing_aliases()."""
    pages = [
        page
        for model in models
        for page in model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    ]
    created = []
    for page in pages:
        if is_grown_copy(page):
            continue
        parent = page.get_parent()
        taken = set(parent.get_children().values_list("slug", flat=True))
        for number in range(2, factor + 1):
            slug = GROWN_SLUG.format(slug=page.slug, number=number)
            if slug in taken:
                continue
            created.append(
                page.specific.copy(
                    to=parent,
                    update_attrs={"slug": slug, "title": f"{page.title} ({number})"},
                    copy_revisions=False,
                    keep_live=True,
                    log_action=None,
                )
            )
    return created
