"""Invalidate tree-derived caches whenever the tree, the sites, the restrictions, the
settings or the shared taxonomies change (core.caching keeps the generation number in the
database; core.labels caches the taxonomies' names per language)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import bump_tree_generation
from .models import Partner, Region, SiteSettings, Topic

for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(bump_tree_generation, dispatch_uid=f"gosmart-bump-{signal!r}")

for model in (Site, PageViewRestriction, SiteSettings, Topic, Region, Partner):
    post_save.connect(bump_tree_generation, sender=model, dispatch_uid=f"gosmart-save-{model}")
    post_delete.connect(bump_tree_generation, sender=model, dispatch_uid=f"gosmart-del-{model}")

# Which groups a restriction admits is saved after the restriction itself.
m2m_changed.connect(
    bump_tree_generation,
    sender=PageViewRestriction.groups.through,
    dispatch_uid="gosmart-restriction-groups",
)

post_delete.connect(bump_tree_generation, sender=Page, dispatch_uid="gosmart-page-delete")


def schedule_changed(sender, instance, **kwargs):
    # Scheduling a revision sets a go-live time: the next moment caches turn stale moves.
    if instance.approved_go_live_at is not None:
        bump_tree_generation()


post_save.connect(schedule_changed, sender=Revision, dispatch_uid="gosmart-revision-scheduled")
