"""Whole public pages for anonymous visitors, kept in the shared cache.

Why our own middleware rather than Django's per-site cache: Django's keys follow the
`Vary` header, and every page varies on Cookie (the session is read to know whether the
visitor is signed in), so it would cache nothing useful; and it cannot be told that a
publish anywhere makes every page stale. Here the key holds the tree generation
(core.caching): publishing, unpublishing, moving or deleting a page, changing a restriction
or the settings, or a go-live or expiry time passing, changes the generation, so every page
in every language, every listing, feed, sitemap and API answer is fresh on every server
within a second, without tracking which page shows what.

What is never stored: anything but a GET answered 200; requests with a session (signed-in
editors, visitors who entered a page password); answers that set a cookie (forms with a CSRF
token), that are private or no-store (private pages), streamed (documents) or the admin.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from .caching import tree_key

NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/django-admin/")
NEVER_CACHED_PARTS = ("/_util/",)


def cache_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return tree_key(f"page:{digest}")


def may_use_cache(request):
    if request.method != "GET":
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    path = request.path_info
    return not path.startswith(NEVER_CACHED_PREFIXES) and not any(
        part in path for part in NEVER_CACHED_PARTS
    )


def may_store(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "GOSMART_PAGE_CACHE", False) or not may_use_cache(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if may_store(response):
            if "Cache-Control" not in response:
                # Browsers ask again each time (an ETag makes that a 304); a CDN, purged on
                # publish (core.cdn), may keep the page a few minutes.
                patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
                cdn_max_age = getattr(settings, "GOSMART_CDN_MAX_AGE", 0)
                if cdn_max_age:
                    patch_cache_control(response, s_maxage=cdn_max_age)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            # One block of bytes: an answer written in many pieces is stored, and sent, as one.
            response.content = response.content
            cache.set(key, response, settings.GOSMART_PAGE_CACHE_SECONDS)
        response["X-Page-Cache"] = "miss"
        return response
