"""Invalidate tree-derived caches whenever the tree, the sites, the restrictions, the
settings or the shared taxonomies change (core.caching keeps the generation number in the
database; core.labels caches the taxonomies' names per language)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import bump_tree_generation, turn_on_changes_to
from .models import Partner, Region, SiteImage, SiteSettings, Topic

for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(bump_tree_generation, dispatch_uid=f"gosmart-bump-{signal!r}")

# What pages show of these changes with them; for an image, a new file, crop or focal point
# changes the renditions pages point to; a document's new file changes its address (the old
# one answers 404) and its size, which a release's downloads show.
for model in (
    Site,
    PageViewRestriction,
    SiteSettings,
    Topic,
    Region,
    Partner,
    SiteImage,
    get_document_model(),
):
    turn_on_changes_to(model)

# Which groups a restriction admits is saved after the restriction itself.
m2m_changed.connect(
    bump_tree_generation,
    sender=PageViewRestriction.groups.through,
    dispatch_uid="gosmart-restriction-groups",
)

post_delete.connect(bump_tree_generation, sender=Page, dispatch_uid="gosmart-page-delete")

# What a draft (saved or autosaved), a lock or the tree's child count changes on a page:
# saving only these leaves what visitors see as it was, so editing does not empty every cache.
# Any other save of a page (its live, expiry or go-live fields, its language, an award
# entry's placement that an embargo reads...) turns the generation.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_id",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_by",
        "locked_by_id",
        "locked_at",
        "numchild",
    }
)


def page_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """A page created, or saved with a change visitors may see, by any code (not only
    Wagtail's publish and unpublish actions, which signal on their own)."""
    if raw or not isinstance(instance, Page):
        return
    if created or update_fields is None or not BOOKKEEPING_FIELDS.issuperset(update_fields):
        bump_tree_generation()


post_save.connect(page_saved, dispatch_uid="gosmart-page-saved")


def schedule_changed(sender, instance, **kwargs):
    # Scheduling a revision sets a go-live time: the next moment caches turn stale moves.
    if instance.approved_go_live_at is not None:
        bump_tree_generation()


post_save.connect(schedule_changed, sender=Revision, dispatch_uid="gosmart-revision-scheduled")
