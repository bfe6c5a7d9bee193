from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News, press and events")

    def ready(self):
        from . import footer, home_sections, open_data, profile_sections, search_types
        from .surfaces import register_surfaces

        register_surfaces()
        # Release pages show their press contact: editing one in the snippets admin shows
        # at once on every server.
        from core.caching import turn_on_changes_to

        from .models import PressContact

        turn_on_changes_to(PressContact)
        home_sections.register()
        profile_sections.register()
        footer.register()
        open_data.register()
        search_types.register()

        from core.page_views import register_context, register_route

        from . import feeds, views

        register_context("news.NewsPage", views.news_page_context)
        register_context("news.EventPage", views.event_page_context)
        news_index, events = "news.NewsIndexPage", "news.EventIndexPage"
        register_route(news_index, "index", views.news_index)
        register_route(news_index, "press_room", views.press_room)
        register_route(news_index, "media_kit", views.media_kit)
        register_route(news_index, "rss", lambda page, request: feeds.NewsFeed(page)(request))
        register_route(news_index, "atom", lambda page, request: feeds.NewsAtomFeed(page)(request))
        register_route(
            news_index,
            "press_rss",
            lambda page, request: feeds.NewsFeed(page, press_only=True)(request),
        )
        register_route(
            news_index,
            "press_atom",
            lambda page, request: feeds.NewsAtomFeed(page, press_only=True)(request),
        )
        register_route(events, "index", views.event_index)
        register_route(events, "calendar", feeds.upcoming_events_calendar)
        register_route("news.EventPage", "ics", feeds.event_calendar_file)
