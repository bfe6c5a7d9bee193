from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Site, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize import synctree
from wagtail_localize.models import Translation

from core.i18n import source_locale_id
from core.machine_translation import strings_held_for_review

from .explorer import TranslationAwarePageViewSet
from .models import ImageAltText
from .views import TranslationStatusView, can_view_status


@hooks.register("register_admin_urls")
def register_status_report_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="localization_translation_status",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_status(request.user)


@hooks.register("register_reports_menu_item")
def register_status_report_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("localization_translation_status"),
        icon_name="wagtail-localize-language",
        order=8900,
    )


@hooks.register("register_permissions")
def register_status_report_permission():
    return Permission.objects.filter(
        content_type__app_label="localization", codename="view_translation_status"
    )


class ImageAltTextViewSet(SnippetViewSet):
    model = ImageAltText
    icon = "image"
    menu_label = _("Image alt texts")
    list_display = ["text", "image", "locale"]
    list_filter = ["locale"]
    search_fields = ["text"]
    ordering = ["image_id"]


register_snippet(ImageAltTextViewSet)


# --- Machine translation waits for a person (core.machine_translation) ---------------------


def held_for_review(request, instance):
    """Refuse "Publish" in the translation editor while the translation holds machine output
    no person has saved; the editor opens again with the reason."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(instance, TranslatableMixin):
        return None  # a snippet that is not translated at all
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )
    held = translation and strings_held_for_review(translation, Site.find_for_request(request))
    if not held:
        return None
    messages.error(
        request,
        gettext(
            "Not published: %(count)s machine-translated strings wait for a person. Open each "
            "one, correct it if needed and save it, then publish again."
        )
        % {"count": held},
    )
    return redirect(request.get_full_path())


# Before wagtail-localize's own hooks, which answer these requests with its editor.
hooks.register("before_edit_page", held_for_review, order=-10)
hooks.register("before_edit_snippet", held_for_review, order=-10)


# --- Preview every language from the source page ---------------------------------------------


@hooks.register("register_page_header_buttons")
def preview_in_each_language(page, user, view_name, next_url=None):
    """On the English page's editor, "Preview in <language>" for each language version the
    editor may edit: its latest draft, as visitors of that language would see it."""
    if view_name != "edit" or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    versions = page.get_translations().select_related("locale").order_by("locale__pk")
    for priority, version in enumerate(versions, start=80):
        if not version.permissions_for_user(user).can_edit():
            continue
        yield Button(
            gettext("Preview in %(language)s") % {"language": version.locale.get_display_name()},
            reverse("wagtailadmin_pages:view_draft", args=[version.pk]),
            icon_name="view",
            priority=priority,
            attrs={"target": "_blank", "rel": "noreferrer"},
        )


# --- Drafts stay in one tree until first published (localization.drafts) -------------------
#
# wagtail-localize registers a hook that copies each new page into every language as soon
# as it is created. Wagtail has no call to unregister a hook, so it is taken out of the
# registry here; localization.drafts makes the copies on first publication instead.
hooks._hooks["after_create_page"] = [
    entry
    for entry in hooks._hooks.get("after_create_page", [])
    if entry[0] is not synctree.after_create_page
]


# --- The explorer shows each page's translation state (localization.explorer) ---------------


@hooks.register("register_admin_viewset", order=10)  # after Wagtail's own page viewset
def register_translation_aware_page_listing():
    return TranslationAwarePageViewSet()


# --- The page chooser offers each page once ---------------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def choose_among_english_pages(pages, request):
    """Relations and links point at the English page, and every language follows it
    (core.admin_forms): the chooser lists the English pages only, so a member city appears
    once instead of once per language."""
    return pages.filter(locale_id=source_locale_id())
