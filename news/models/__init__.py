"""News and the press room (news, press releases, conference reports) and events."""

from .events import (
    TIME_ZONES,
    AgendaDayBlock,
    AgendaItemBlock,
    EventIndexPage,
    EventPage,
    EventSpeaker,
)
from .news import NewsAttachment, NewsIndexPage, NewsPage
from .press import PressContact

__all__ = [
    "TIME_ZONES",
    "AgendaDayBlock",
    "AgendaItemBlock",
    "EventIndexPage",
    "EventPage",
    "EventSpeaker",
    "NewsAttachment",
    "NewsIndexPage",
    "NewsPage",
    "PressContact",
]
