"""News and the press room (news, press releases, conference reports) and events."""

from .events import (
    TIME_ZONES,
    AgendaDayBlock,
    AgendaItemBlock,
    EventIndexPage,
    EventPage,
    EventSpeaker,
)
from .media_kit import MediaKitFile, MediaKitPhoto
from .news import NewsAttachment, NewsIndexPage, NewsPage
from .press import PressContact

__all__ = [
    "TIME_ZONES",
    "AgendaDayBlock",
    "AgendaItemBlock",
    "EventIndexPage",
    "EventPage",
    "EventSpeaker",
    "MediaKitFile",
    "MediaKitPhoto",
    "NewsAttachment",
    "NewsIndexPage",
    "NewsPage",
    "PressContact",
]
