"""The open data page in the footer (core.footer)."""

from django.utils.translation import gettext as _

from core.footer import FollowLink, index_url, register_follow_links

from .models import OpenDataPage


def open_data_link(locale_id, request):
    url = index_url(OpenDataPage, locale_id, request)
    return [FollowLink(_("Open data"), url)] if url else []


def register():
    register_follow_links(20, open_data_link)
