import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import routing
from core import views as core_views
from core.image_serving import BoundedServeView
from core.sitemap import language_sitemap, sitemap
from opendata.api import api_index, api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    re_path(r"^documents/(\d+)/(.*)$", core_views.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    re_path(
        r"^images/([^/]*)/(\d*)/([^/]*)/[^/]*$",
        BoundedServeView.as_view(),
        name="wagtailimages_serve",
    ),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("sitemap-<str:language>.xml", language_sitemap, name="sitemap_language"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Browsers ask for /favicon.ico by themselves; the icon is an SVG among the static files.
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("api/v2/", api_router.urls),
    path("api/v2/", api_index, name="api_index"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Pictures from the local disk when no bucket serves them (development and one-machine
    # sites). Only the image folders: documents go through Wagtail's serve view (/documents/),
    # which applies their collection's privacy, never straight from the disk.
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}"
            r"(?P<path>(?:images|original_images)/[^/]+)$",
            core_views.serve_media,
        )
    ]

urlpatterns += i18n_patterns(
    # Wagtail's forms for private pages, in the visitor's language.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        core_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "_util/login/",
        auth_views.LoginView.as_view(template_name=settings.WAGTAIL_FRONTEND_LOGIN_TEMPLATE),
        name="wagtailcore_login",
    ),
    path("search/", include("search.urls")),
    path("data/", include("opendata.urls")),
    # Wagtail serves every other path; the fast router finds pages in constant queries.
    # (Not api/: an unknown API address answers 404 instead of redirecting to a language.)
    re_path(r"^(?!api/)((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

# A database that is down answers 503 "back soon", anything else the 500 page (core.views).
handler500 = "core.views.server_error"
