"""The site's URLs, with uploaded media served by Django.

gosmart.urls adds media through django.conf.urls.static.static(), which returns no route
at all while DEBUG is off, and the browser server runs with DEBUG off like production."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from gosmart.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(
        rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *site_urlpatterns,
]
