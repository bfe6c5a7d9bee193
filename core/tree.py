"""Page tree expressions the apps share: a page's parent, found by its tree path (Wagtail's
materialised path: a parent's path is the page's path minus one step)."""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page


def parent_path(path="path"):
    """The tree path of a page's parent, as an expression (path: a field name or an
    expression such as OuterRef("path"))."""
    return Substr(path, 1, Length(path) - Page.steplen)


def parent_field(name):
    """A field of each page's parent (in the same language tree), as a subquery."""
    return Subquery(Page.objects.filter(path=parent_path(OuterRef("path"))).values(name)[:1])
