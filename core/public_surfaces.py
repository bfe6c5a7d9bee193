"""The public surfaces core itself serves (see core.surfaces)."""

from .sitemap import part_paths
from .surfaces import Surface, register, register_exempt


def register_core_surfaces():
    register(
        Surface(
            "home page and menu",
            page_model="home.HomePage",
            lists=frozenset({"page"}),
            routes=("wagtail_serve",),
        )
    )
    register(
        Surface(
            "sitemap index",
            addresses=lambda language, term: ["/sitemap.xml"],
            routes=("sitemap",),
            per_language=False,
        )
    )
    register(
        Surface(
            "sitemap (one per language)",
            addresses=lambda language, term: part_paths(language),
            lists=frozenset({"city", "pilot", "winner", "news", "event", "page"}),
            routes=("sitemap_language",),
        )
    )
    register_exempt("robots_txt", "names the sitemap, no page")
    register_exempt("favicon", "the site's icon")
    register_exempt("set_language", "switches the language, shows no page")
    register_exempt("wagtailcore_login", "the sign-in form for private pages")
    register_exempt("wagtailcore_authenticate_with_password", "the password form for private pages")
    register_exempt("wagtailimages_serve", "image files, chosen by editors for pages")
    register_exempt(
        "wagtaildocs_serve",
        "document files, behind their collection's privacy; a release's attachments answer "
        "404 while the release is hidden (news.wagtail_hooks)",
    )
