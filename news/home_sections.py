"""The home page's latest news and next events (core.page_views.register_section)."""

from django.utils import timezone

from core.home_sections import index_summary
from core.page_views import register_section
from core.visibility import visible

from .models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


def latest_news(page, request):
    def facts(index):
        items = visible(NewsPage.objects.child_of(index)).order_by("-date", "-pk")[:3]
        return {
            "items": [
                {
                    "title": item.title,
                    "url": item.get_url(request),
                    "date": item.date,
                    "kind": item.get_kind_display(),
                }
                for item in items.only("id", "title", "url_path", "date", "kind", "locale")
            ]
        }

    return index_summary("news", page, request, NewsIndexPage, facts)


def next_events(page, request):
    def facts(index):
        upcoming = (
            visible(EventPage.objects.child_of(index))
            .filter(end__gte=timezone.now())
            .order_by("start", "pk")[:4]
        )
        return {
            "events": [
                {"title": e.title, "url": e.get_url(request), "start": e.start, "end": e.end}
                for e in upcoming
            ]
        }

    data = index_summary("events", page, request, EventIndexPage, facts)
    if data is None:
        return None
    # Cached until the tree changes: leave out what has ended since.
    now = timezone.now()
    return {**data, "events": [e for e in data["events"] if e["end"] >= now][:2]}


def register():
    register_section("home.HomePage", "news/home/latest_news.html", latest_news, order=10)
    register_section("home.HomePage", "news/home/next_events.html", next_events, order=20)
