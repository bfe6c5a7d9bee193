from .caching import cached_for_tree
from .models import SiteSettings
from .routing import cached_site_for_request


def site_chrome(request):
    """Settings and language facts every template needs, cached until the tree changes."""
    site = cached_site_for_request(request)
    site_settings = None
    if site is not None:
        site_settings = cached_for_tree(
            f"site-settings:{site.pk}", lambda: SiteSettings.for_site(site)
        )
    return {"site_settings": site_settings}
