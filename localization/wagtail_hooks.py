from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
