"""What the news, press-room and event pages show, each in a constant number of queries.

Relations (topics, cities, press contacts) point at the English source objects in every
locale; they are shown through their translation in the visitor's language, fetched for the
whole page in one query.
"""

from types import SimpleNamespace

from django.conf import settings
from django.db.models import F, Prefetch, Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.caching import cached_for_tree
from core.fragments import listed_items
from core.i18n import active_locale
from core.labels import topic_labels
from core.listing import ids_in_order, paginate
from core.models import SiteImage, SiteRendition, Topic
from core.routing import address_of
from core.visibility import cached_for_everyone, versions_in, visible

from .forms import EventFilterForm, NewsFilterForm
from .models import EventPage, NewsAttachment, NewsPage, PressContact

# Filter specs of the renditions the templates use, fetched in bulk with the pages.
CARD_RENDITIONS = ("fill-400x267|format-webp", "fill-800x533|format-webp")
HERO_RENDITIONS = (
    "fill-800x450|format-webp",
    "fill-1200x675|format-webp",
    "fill-1600x900|format-webp",
)
SHARE_RENDITION = "fill-1200x675|format-webp"
SPEAKER_RENDITIONS = ("fill-96x96|format-webp", "fill-192x192|format-webp")


def city_model():
    """The member city model, reached through news items' relation to it (a real foreign
    key), not looked up by name."""
    return NewsPage._meta.get_field("related_cities").related_model


def renditions(lookup, specs):
    """Prefetch the renditions `specs` of the image at `lookup` (a select_related FK)."""
    return Prefetch(
        f"{lookup}__renditions",
        queryset=SiteRendition.objects.filter(filter_spec__in=specs),
        to_attr="prefetched_renditions",
    )


def image_with_renditions(image_id, specs):
    """The image with its renditions `specs`: one query once the renditions exist."""
    if not image_id:
        return None
    found = list(
        SiteRendition.objects.filter(image_id=image_id, filter_spec__in=specs).select_related(
            "image"
        )
    )
    image = found[0].image if found else SiteImage.objects.filter(pk=image_id).first()
    if image is not None:
        image.prefetched_renditions = found
        with_renditions(image, specs)
    return image


def with_renditions(image, specs):
    """Make the renditions `specs` of an image that does not have them yet, kept with it:
    an image cached with a page's parts must not lack them until the next publish."""
    if image is not None and len(getattr(image, "prefetched_renditions", ())) < len(specs):
        image.get_renditions(*specs)
    return image


def localized_pages(model, ids, request=None):
    """The pages in the visitor's language that translate (or alias) the pages `ids`, as far
    as the request may see them."""
    keys = model.objects.filter(pk__in=ids).values("translation_key")
    return versions_in(model, active_locale(), keys, request)


def absolute_image_url(request, image, spec):
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(spec).url)


def feed_links(request, index_url, press=False):
    """<link rel="alternate"> entries for the news feeds in the visitor's language."""
    links = [
        {"type": "application/rss+xml", "title": _("Go Smart news (RSS)"), "url": "feed/rss/"},
        {"type": "application/atom+xml", "title": _("Go Smart news (Atom)"), "url": "feed/atom/"},
    ]
    press_links = [
        {
            "type": "application/rss+xml",
            "title": _("Go Smart press releases (RSS)"),
            "url": "press/feed/rss/",
        },
        {
            "type": "application/atom+xml",
            "title": _("Go Smart press releases (Atom)"),
            "url": "press/feed/atom/",
        },
    ]
    if press:
        links = press_links + links
    for link in links:
        link["url"] = request.build_absolute_uri(index_url + link["url"])
    return links


# --- News listing ---------------------------------------------------------------------------


def topic_choices():
    """(slug, name in the visitor's language) for every topic, in one query."""
    locale = active_locale()
    by_key = {}
    for topic in Topic.objects.filter(
        Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE)
    ):
        if topic.translation_key not in by_key or topic.locale_id == locale.id:
            by_key[topic.translation_key] = topic
    return sorted(((t.slug, t.name) for t in by_key.values()), key=lambda c: c[1].casefold())


def city_choices(index):
    """(slug, title) of the member cities that news items are about, in the visitor's
    language. Pages only: cached until the page tree changes."""
    locale = active_locale()

    def build():
        through = NewsPage.related_cities.through
        keys = through.objects.values("citypage__translation_key")
        return list(
            versions_in(city_model(), locale, keys).order_by("title").values_list("slug", "title")
        )

    return cached_for_tree(f"news:city-choices:{locale.pk}", build)


def year_choices(index):
    def build():
        dates = visible(NewsPage.objects.child_of(index)).dates("date", "year", order="DESC")
        return [day.year for day in dates]

    return cached_for_tree(f"news:years:{index.pk}", build)


def news_items(index, request=None):
    return (
        visible(NewsPage.objects.child_of(index), request)
        .select_related("listing_image")
        .prefetch_related(renditions("listing_image", CARD_RENDITIONS))
        .order_by("-date", "-pk")
    )


def filter_news(items, filters):
    if "kind" in filters:
        items = items.filter(kind=filters["kind"])
    if "topic" in filters:
        items = items.filter(topics__slug=filters["topic"])
    if "city" in filters:
        items = items.filter(related_cities__slug=filters["city"])
    if "year" in filters:
        items = items.filter(date__year=filters["year"])
    return items.distinct() if {"topic", "city"} & set(filters) else items


def news_index(index, request):
    form = NewsFilterForm(
        request.GET,
        topics=topic_choices(),
        cities=city_choices(index),
        years=year_choices(index),
    )
    filters = form.active_filters()
    # The page's items by id first: a card kept as a shared fragment needs nothing more,
    # and only the others are read whole.
    found = filter_news(visible(NewsPage.objects.child_of(index), request), filters)
    ordered = ids_in_order(
        request,
        f"news:{index.pk}",
        filters,
        lambda: list(found.order_by("-date", "-pk").values_list("pk", flat=True)),
    )
    page_obj = paginate(request, ordered)
    page_obj.object_list = listed_items(
        request, "news-card", page_obj.object_list, news_items(index, request).in_bulk, 2
    )
    index_url = index.get_url(request)
    context = index.get_context(request)
    context.update(
        form=form,
        filters=filters,
        page_obj=page_obj,
        items=page_obj.object_list,
        index_url=index_url,
        press_room_url=index_url + index.reverse_subpage("press_room"),
        feed_links=feed_links(request, index_url),
    )
    return TemplateResponse(request, "news/news_index_page.html", context)


# --- Press room ---------------------------------------------------------------------------


def attachments_by_page(page_ids):
    grouped = {}
    for attachment in (
        NewsAttachment.objects.filter(page_id__in=page_ids)
        .select_related("document")
        .order_by("sort_order", "pk")
    ):
        grouped.setdefault(attachment.page_id, []).append(attachment)
    return grouped


def localized_contacts(contact_ids):
    """{source pk: contact in the visitor's language} for press contacts, in one query."""
    contact_ids = {pk for pk in contact_ids if pk}
    if not contact_ids:
        return {}
    locale = active_locale()
    keys = PressContact.objects.filter(pk__in=contact_ids).values("translation_key")
    rows = list(
        PressContact.objects.filter(
            Q(pk__in=contact_ids) | Q(locale=locale, translation_key__in=keys)
        )
    )
    translated = {c.translation_key: c for c in rows if c.locale_id == locale.id}
    return {c.pk: translated.get(c.translation_key, c) for c in rows if c.pk in contact_ids}


def press_room(index, request):
    releases = (
        visible(NewsPage.objects.child_of(index), request)
        .filter(kind=NewsPage.Kind.PRESS_RELEASE)
        .order_by("-date", "-pk")
    )
    # The page's releases by id and contact first: a release kept as a shared fragment
    # needs nothing more, and only the others are read whole, with their downloads.
    releases = ids_in_order(
        request,
        f"press:{index.pk}",
        {},
        lambda: list(releases.values_list("pk", "press_contact_id")),
    )
    page_obj = paginate(request, releases, per_page=10)
    rows = list(page_obj.object_list)
    contacts = localized_contacts(contact for _pk, contact in rows)

    def load(pks):
        loaded = NewsPage.objects.defer_streamfields().in_bulk(pks)
        attachments = attachments_by_page(pks)
        for item in loaded.values():
            item.contact = contacts.get(item.press_contact_id)
            item.attachment_list = attachments.get(item.pk, [])
        return loaded

    items = listed_items(request, "press-release", [pk for pk, _contact in rows], load)
    media_contacts = list({contact.pk: contact for contact in contacts.values()}.values())
    index_url = index.get_url(request)
    context = index.get_context(request)
    context.update(
        page_obj=page_obj,
        items=items,
        media_contacts=sorted(media_contacts, key=lambda c: c.name),
        index_url=index_url,
        press_room_url=index_url + index.reverse_subpage("press_room"),
        media_kit_url=(
            index_url + index.reverse_subpage("media_kit") if has_media_kit(index) else None
        ),
        feed_links=feed_links(request, index_url, press=True),
    )
    return TemplateResponse(request, "news/press_room.html", context)


def has_media_kit(index):
    return bool(index.boilerplate) or index.media_kit_files.exists()


def media_kit(index, request):
    """The media kit: boilerplate, logos and fact sheet, photos with credits, contacts."""
    files = list(index.media_kit_files.select_related("document"))
    if not (index.boilerplate or files):  # as has_media_kit, without asking twice
        raise Http404
    sources = PressContact.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    contacts = localized_contacts(sources.values_list("pk", flat=True))
    index_url = index.get_url(request)
    context = index.get_context(request)
    context.update(
        files=files,
        photos=list(index.media_kit_photos.select_related("image")),
        media_contacts=sorted(contacts.values(), key=lambda c: c.name),
        index_url=index_url,
        press_room_url=index_url + index.reverse_subpage("press_room"),
    )
    return TemplateResponse(request, "news/media_kit.html", context)


# --- News item ----------------------------------------------------------------------------


def parent_url(page, request):
    """The URL of the page's parent, cached until the tree changes (no query per view)."""
    parent_path = page.path[: -page.steplen]

    def build():
        from wagtail.models import Page

        parent = Page.objects.filter(path=parent_path).first()
        return parent.get_url(request) if parent is not None else None

    return cached_for_tree(f"page-url:{request.get_host()}:{parent_path}", build)


def news_item_parts(page, request):
    """What a news item shows of other objects: its topics, cities, downloads, press contact
    and picture, read in five queries."""
    # Names in the visitor's language from the cached labels; through the relation manager,
    # so that a preview shows the editor's unsaved choices.
    labels = topic_labels()
    topics = sorted(
        (SimpleNamespace(**labels[t.pk]) for t in page.topics.all() if t.pk in labels),
        key=lambda t: t.name,
    )
    cities = list(
        localized_pages(
            city_model(), page.related_cities.values_list("id", flat=True), request
        ).values_list("title", "url_path")
    )
    attachments = list(page.attachments.select_related("document").order_by("sort_order", "pk"))
    contact = None
    if page.press_contact_id:
        contact = localized_contacts([page.press_contact_id]).get(page.press_contact_id)
    hero = image_with_renditions(page.hero_image_id, HERO_RENDITIONS)
    return topics, cities, attachments, contact, hero


def news_page_context(page, request):
    # The same for every visitor until something is published (an editor's preview, which
    # may show unsaved choices, is read afresh: core.visibility.cached_for_everyone).
    topics, cities, attachments, contact, hero = cached_for_everyone(
        request,
        f"news-item-parts:{translation.get_language()}:{page.pk}",
        lambda: news_item_parts(page, request),
    )
    index_url = parent_url(page, request)
    share_image = absolute_image_url(request, hero, SHARE_RENDITION)
    url = page.get_url(request)
    page_url = request.build_absolute_uri(url) if url else None
    structured_data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.lead,
        "datePublished": page.date.isoformat(),
        "inLanguage": translation.get_language(),
        "mainEntityOfPage": page_url,
        "url": page_url,
        "author": {"@type": "Organization", "name": "Go Smart"},
        "publisher": {
            "@type": "Organization",
            "name": "Go Smart",
            "url": request.build_absolute_uri("/"),
        },
    }
    if page.last_published_at:
        structured_data["dateModified"] = page.last_published_at.isoformat()
    if share_image:
        structured_data["image"] = [share_image]
    if topics:
        structured_data["keywords"] = [topic.name for topic in topics]
    return {
        "topics": topics,
        "cities": [
            {"title": title, "url": address_of(url_path, request)} for title, url_path in cities
        ],
        "attachments": attachments,
        "contact": contact,
        "hero": hero,
        "share_image": share_image,
        "index_url": index_url,
        "press_room_url": index_url + "press/" if index_url else None,
        "feed_links": feed_links(request, index_url, press=page.is_press_release)
        if index_url
        else [],
        "structured_data": structured_data,
    }


# --- Events -------------------------------------------------------------------------------


def with_host_city_key(events):
    """Events with their host city's translation key, which localized_host_cities needs
    (rather than the whole city page each)."""
    return events.annotate(host_city_key=F("host_city__translation_key"))


def localized_host_cities(events, request=None):
    """{source city pk: city page (title and address)} in the visitor's language, one query
    for all the events (read with_host_city_key)."""
    keys = {event.host_city_key: event.host_city_id for event in events if event.host_city_id}
    if not keys:
        return {}
    found = versions_in(city_model(), active_locale(), keys, request).only(
        "title", "url_path", "translation_key"
    )
    return {keys[city.translation_key]: city for city in found}


UPCOMING_SHOWN = 12


def event_index(index, request):
    form = EventFilterForm(request.GET)
    filters = form.active_filters()
    now = timezone.now()
    events = with_host_city_key(
        visible(EventPage.objects.child_of(index), request).defer_streamfields()
    )
    if "kind" in filters:
        events = events.filter(kind=filters["kind"])
    upcoming = events.filter(end__gte=now).order_by("start", "pk").values_list("pk", flat=True)
    if filters.get("when") == "upcoming":
        # Every upcoming event, a page at a time, and no past ones.
        page_obj = paginate(request, upcoming)
        upcoming, past, more_upcoming = list(page_obj.object_list), [], False
    else:
        # The soonest few, then the past a page at a time: the page stays the same size
        # however many events are planned.
        upcoming = list(upcoming[: UPCOMING_SHOWN + 1])
        more_upcoming = len(upcoming) > UPCOMING_SHOWN
        upcoming = upcoming[:UPCOMING_SHOWN]
        past_events = events.filter(end__lt=now).order_by("-start", "-pk")
        page_obj = paginate(request, past_events.values_list("pk", flat=True))
        past = list(page_obj.object_list)

    def load(pks):
        # Only the events whose card is not a cached fragment yet are read whole.
        loaded = events.in_bulk(pks)
        cities = localized_host_cities(loaded.values(), request)
        for event in loaded.values():
            city = cities.get(event.host_city_id)
            if city is not None:
                city = {"title": city.title, "url": address_of(city.url_path, request)}
            event.city = city
        return loaded

    cards = listed_items(request, "event-card", upcoming + past, load)
    upcoming, past = cards[: len(upcoming)], cards[len(upcoming) :]
    index_url = index.get_url(request)
    context = index.get_context(request)
    context.update(
        form=form,
        filters=filters,
        upcoming=upcoming,
        past=past,
        only_upcoming=filters.get("when") == "upcoming",
        more_upcoming=more_upcoming,
        page_obj=page_obj,
        calendar_url=request.build_absolute_uri(index_url + index.reverse_subpage("calendar")),
    )
    return TemplateResponse(request, "news/event_index_page.html", context)


def event_parts(page, request):
    """What an event shows of other objects: its host city (name, address, country), its
    speakers with their photos, and its picture, read in three or four queries."""
    city = None
    if page.host_city_id:
        found = (
            localized_pages(city_model(), [page.host_city_id], request)
            .values_list("title", "url_path", "country")
            .first()
        )
        if found is not None:
            city = dict(zip(("title", "url_path", "country"), found, strict=True))
    speakers = list(
        page.speakers.select_related("photo")
        .prefetch_related(renditions("photo", SPEAKER_RENDITIONS))
        .order_by("sort_order", "pk")
    )
    for speaker in speakers:
        with_renditions(speaker.photo, SPEAKER_RENDITIONS)
    return city, speakers, image_with_renditions(page.hero_image_id, HERO_RENDITIONS)


def event_page_context(page, request):
    # The same for every visitor until something is published (news_page_context).
    city, speakers, hero = cached_for_everyone(
        request,
        f"event-parts:{translation.get_language()}:{page.pk}",
        lambda: event_parts(page, request),
    )
    if city is not None:
        city = dict(city, url=address_of(city["url_path"], request))
    share_image = absolute_image_url(request, hero, SHARE_RENDITION)
    url = page.get_url(request)
    page_url = request.build_absolute_uri(url) if url else None
    index_url = parent_url(page, request)
    return {
        "host_city": city,
        "speakers": speakers,
        "hero": hero,
        "share_image": share_image,
        "agenda_days": [block.value for block in page.agenda],
        "ics_url": url + page.reverse_subpage("ics") if url else None,
        "index_url": index_url,
        "calendar_url": request.build_absolute_uri(index_url + "calendar/") if index_url else None,
        "structured_data": event_structured_data(page, request, city, share_image, page_url),
    }


def event_structured_data(page, request, city, share_image, page_url):
    modes = {
        "offline": "https://schema.org/OfflineEventAttendanceMode",
        "online": "https://schema.org/OnlineEventAttendanceMode",
        "mixed": "https://schema.org/MixedEventAttendanceMode",
    }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.intro,
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": modes[page.attendance_mode],
        "inLanguage": translation.get_language(),
        "url": page_url,
        "organizer": {
            "@type": "Organization",
            "name": "Go Smart",
            "url": request.build_absolute_uri("/"),
        },
    }
    locations = []
    if page.venue or page.address:
        address = {"@type": "PostalAddress", "streetAddress": page.address or page.venue}
        if city is not None:
            address["addressLocality"] = city["title"]
            if city["country"]:
                address["addressCountry"] = city["country"]
        locations.append({"@type": "Place", "name": page.venue or page.address, "address": address})
    if page.online:
        locations.append(
            {"@type": "VirtualLocation", "url": page.registration_url or page_url},
        )
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if share_image:
        data["image"] = [share_image]
    if page.is_upcoming and page.registration_url:
        data["offers"] = {
            "@type": "Offer",
            "url": page.registration_url,
            "availability": "https://schema.org/InStock",
        }
    return data
