"""What the footer offers for following the organisation (feeds, the calendar, open data).

Each app registers, in its AppConfig.ready, a function that returns its links in the
visitor's language: `register_follow_links(order, links)` where links(locale_id, request)
-> [FollowLink]. The footer asks them once per language and tree generation (see
core.context_processors), so a warm page costs no query for them."""

from dataclasses import dataclass

from django.db.models import Model

from .home_sections import first_visible


@dataclass(frozen=True)
class FollowLink:
    label: str
    url: str
    type: str = ""  # the MIME type of what the link leads to, for feed readers


_builders = []


def register_follow_links(order, links):
    _builders.append((order, links))
    _builders.sort(key=lambda entry: entry[0])


def follow_links(locale_id, request):
    return [link for _order, build in _builders for link in build(locale_id, request)]


def index_url(model: type[Model], locale_id, request):
    """The address of the first section page of a type on show in a language, or None."""
    index = first_visible(model, locale_id)
    return index.get_url(request) if index is not None else None
