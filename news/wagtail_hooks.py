from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.visibility import visible

from .models import NewsPage, PressContact


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "mail"
    menu_label = _("Press contacts")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "email", "phone", "locale"]
    list_filter = {"organisation": ["icontains"]}
    search_fields = ["name", "email", "organisation"]
    ordering = ["name"]


register_snippet(PressContactViewSet)


@hooks.register("before_serve_document")
def hide_attachments_of_hidden_releases(document, request):
    """A release's PDF is as hidden as the release: an attachment of news items that no
    visitor may see yet (embargoed, unpublished, private, in every language) answers 404."""
    attached_to = NewsPage.objects.filter(attachments__document=document)
    if attached_to.exists() and not visible(attached_to, request).exists():
        raise Http404
