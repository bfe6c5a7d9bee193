"""Invalidate tree-derived caches whenever the tree, the sites or the settings change."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import bump_tree_generation
from .models import SiteSettings

for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(bump_tree_generation, dispatch_uid=f"gosmart-bump-{signal!r}")

for model in (Site, PageViewRestriction, SiteSettings):
    post_save.connect(bump_tree_generation, sender=model, dispatch_uid=f"gosmart-save-{model}")
    post_delete.connect(bump_tree_generation, sender=model, dispatch_uid=f"gosmart-del-{model}")

post_delete.connect(bump_tree_generation, sender=Page, dispatch_uid="gosmart-page-delete")
