"""Purging a CDN in front of the site when pages change (Wagtail's frontend cache).

The site's own page cache needs no purging: its keys hold the tree generation. A CDN keeps
its copies by address, so when a page is published, unpublished, moved or deleted it is told
which addresses changed: the page in every language, its ancestors (the sections that list
it) in every language, and every registered listing surface (listings, feeds, calendar,
sitemap, API, downloads) in every language (core.surfaces). Sections that other pages show
about it (a city profile's pilots) catch up when the CDN's copy expires: pages tell shared
caches to keep them at most `CDN_MAX_AGE` seconds (core.page_cache).

Active only when `WAGTAILFRONTENDCACHE` is configured (FRONTEND_CACHE_URL in production).
"""

import logging
import threading

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import surfaces

logger = logging.getLogger(__name__)


def languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def page_addresses(page):
    """Full addresses of a page and its ancestors, in every language version."""
    addresses = set()
    for version in Page.objects.filter(translation_key=page.translation_key):
        for each in (version, *version.get_ancestors().filter(depth__gt=1)):
            url = each.get_full_url()
            if url:
                addresses.add(url)
    return addresses


def surface_addresses(root_url):
    addresses = set()
    for surface in surfaces.registered():
        if surface.addresses is None:
            continue
        for language in languages() if surface.per_language else languages()[:1]:
            addresses.update(root_url + path for path in surface.addresses(language, ""))
    return addresses


def addresses_to_purge(page):
    addresses = page_addresses(page)
    site = page.get_site()
    if site is not None:
        addresses |= surface_addresses(site.root_url)
    return addresses


class _Pending:
    """The addresses a transaction has changed so far, purged in one batch when it commits.
    Publishing a page publishes its aliases too, each with its own signal (seven in all
    here), and each would purge the same addresses again."""

    def __init__(self):
        self.addresses = set()

    def __call__(self):
        _pending.batch = None
        try:
            PurgeBatch(sorted(self.addresses)).purge()
        except Exception:  # a CDN that fails must not fail the editor's publish
            logger.exception("Could not purge %d addresses from the CDN", len(self.addresses))


_pending = threading.local()


def purge_later(addresses):
    """Send the purge once the change is committed (a rolled-back change purges nothing)."""
    if not addresses:
        return
    batch = getattr(_pending, "batch", None)
    connection = transaction.get_connection()
    # A batch whose transaction (or savepoint) rolled back was dropped with it: start anew.
    if batch is None or not any(hook[1] is batch for hook in connection.run_on_commit):
        batch = _pending.batch = _Pending()
        batch.addresses |= addresses
        transaction.on_commit(batch)  # outside a transaction this purges at once
    else:
        batch.addresses |= addresses


def page_changed(sender, instance, **kwargs):
    purge_later(addresses_to_purge(instance))


def page_moved(sender, instance, url_path_before=None, **kwargs):
    addresses = addresses_to_purge(instance)
    if url_path_before:  # the old address answers 404 now; the CDN must not keep it
        for root in Site.get_site_root_paths():
            if url_path_before.startswith(root.root_path):
                with translation.override(root.language_code):
                    path = reverse("wagtail_serve", args=(url_path_before[len(root.root_path) :],))
                addresses.add(root.root_url + path)
    purge_later(addresses)


def page_deleted(sender, instance, **kwargs):
    # Addresses are worked out before the rows go; the purge waits for the commit.
    if instance.live:
        purge_later(addresses_to_purge(instance))


def connect():
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    page_published.connect(page_changed, dispatch_uid="gosmart-cdn-published")
    page_unpublished.connect(page_changed, dispatch_uid="gosmart-cdn-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="gosmart-cdn-moved")
    pre_delete.connect(page_deleted, sender=Page, dispatch_uid="gosmart-cdn-deleted")


def disconnect():
    page_published.disconnect(dispatch_uid="gosmart-cdn-published")
    page_unpublished.disconnect(dispatch_uid="gosmart-cdn-unpublished")
    post_page_move.disconnect(dispatch_uid="gosmart-cdn-moved")
    pre_delete.disconnect(sender=Page, dispatch_uid="gosmart-cdn-deleted")
