from .routing import cached_site_for_request


class CachedSiteMiddleware:
    """Resolve the Wagtail site from the cache so that no view pays a query for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cached_site_for_request(request)
        return self.get_response(request)
