from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Partner, Region, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "kind", "country", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (TopicViewSet, RegionViewSet, PartnerViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("before_bulk_action")
def refuse_publishing_aliases(request, action_type, objects, action):
    """An alias follows its original and has no revisions of its own: Wagtail's bulk publish
    fails on one (a 500). Say so and publish nothing, as the single-page views do."""
    if action_type != "publish":
        return None
    aliases = [page for page in objects if getattr(page, "alias_of_id", None)]
    if not aliases:
        return None
    messages.error(
        request,
        _(
            "“%(title)s” is an untranslated copy of its original and follows it: publish the "
            "original, or translate the page first. Nothing was published."
        )
        % {"title": aliases[0].get_admin_display_title()},
    )
    # next_url is already checked to stay on the site; without one, back to the explorer.
    if action.next_url == request.path:
        return redirect(reverse("wagtailadmin_explore_root"))
    return redirect(action.next_url)
