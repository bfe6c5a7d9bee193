"""The news feeds and the events calendar in the footer (core.footer)."""

from django.utils.translation import gettext as _

from core.footer import FollowLink, index_url, register_follow_links

from .models import EventIndexPage, NewsIndexPage


def news_links(locale_id, request):
    links = []
    news = index_url(NewsIndexPage, locale_id, request)
    if news:
        links.append(FollowLink(_("News feed (RSS)"), news + "feed/rss/", "application/rss+xml"))
        links.append(
            FollowLink(
                _("Press releases feed (RSS)"), news + "press/feed/rss/", "application/rss+xml"
            )
        )
    events = index_url(EventIndexPage, locale_id, request)
    if events:
        links.append(
            FollowLink(_("Events calendar (iCalendar)"), events + "calendar/", "text/calendar")
        )
    return links


def register():
    register_follow_links(10, news_links)
