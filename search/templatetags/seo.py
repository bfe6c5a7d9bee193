"""Search-engine and sharing metadata: the picture shown when a page is shared, and the
organisation's structured data (schema.org JSON-LD) on the home page."""

import logging

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core.caching import cached_for_tree
from core.picture_descriptions import own_description
from core.routing import cached_site_for_request

register = template.Library()
logger = logging.getLogger(__name__)

# 1200×630 is the size Facebook, LinkedIn and X (Twitter) crop large previews to; JPEG
# because not every platform reads WebP.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"


def share_image_of(page):
    """The page's listing image, else its type's hero image (cities, pilots, winners,
    news, events, the home page all have one)."""
    if page is None:
        return None
    if page.listing_image_id:
        return page.listing_image
    if getattr(page, "hero_image_id", None):
        return page.hero_image
    return None


def _share_image_data(page, request):
    image = share_image_of(page)
    if image is None:
        # Pages without a picture of their own share the home page's.
        site = cached_site_for_request(request) if request is not None else None
        if site is not None:
            image = share_image_of(site.root_page.specific)
    if image is None:
        return {}
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:
        # The file is missing from storage: share no picture rather than fail the page.
        logger.warning("Share image %s: source file missing", image.pk)
        return {}
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        # The page's own text, translated with it; any other picture by its description.
        "alt": own_description(page, image) or image.description,
    }


@register.simple_tag(takes_context=True)
def share_image(context, page=None):
    """{url, width, height, alt} of the page's sharing picture (url absolute), or an
    empty dict. Cached until the page tree changes, so it costs no query."""
    request = context.get("request")
    if not isinstance(page, Page):
        page = None
    key = f"share-image:{page.pk if page is not None else 'site'}"
    data = cached_for_tree(key, lambda: _share_image_data(page, request))
    if data and request is not None and not data["url"].startswith(("http://", "https://")):
        data = {**data, "url": request.build_absolute_uri(data["url"])}
    return data


@register.simple_tag(takes_context=True)
def organization_structured_data(context):
    """schema.org Organization and WebSite (with its search box) for the home page."""
    request = context["request"]
    language = translation.get_language()
    home_url = request.build_absolute_uri(f"/{language}/")
    search_url = request.build_absolute_uri(reverse("search:search"))
    organization = {
        "@type": "Organization",
        "@id": f"{home_url}#organization",
        "name": "Go Smart",
        "url": home_url,
        "logo": request.build_absolute_uri(static("img/favicon.svg")),
        "description": str(settings.GOSMART_TAGLINE),
        "foundingLocation": {"@type": "Place", "name": "Taipei"},
    }
    site_settings = context.get("site_settings")
    if site_settings is not None and site_settings.contact_email:
        organization["email"] = site_settings.contact_email
    website = {
        "@type": "WebSite",
        "@id": f"{home_url}#website",
        "url": home_url,
        "name": "Go Smart",
        "inLanguage": language,
        "publisher": {"@id": organization["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return {"@context": "https://schema.org", "@graph": [organization, website]}
