import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.static import serve
from wagtail import views as wagtail_views
from wagtail.documents.views.serve import serve as wagtail_serve_document

from .caching import count_in_window
from .client import client_address


@require_GET
@cache_control(max_age=60 * 60, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


logger = logging.getLogger(__name__)

# Raised when the database cannot be reached or stops answering (a timeout ends a query).
UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Django's handler500. Neither page needs the database: a 503 "back soon" page when
    the database is unreachable (with Retry-After, so crawlers and clients come back),
    else the 500 page. Both are rendered without context processors."""
    error = sys.exc_info()[1]
    if isinstance(error, UNAVAILABLE) or (
        isinstance(error, DatabaseError) and "timeout" in str(error).lower()
    ):
        logger.warning("Database unavailable: answering 503 (%s)", error)
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


MEDIA_MAX_AGE = 60 * 60 * 24 * 30


@require_GET
def serve_media(request, path):
    """An uploaded picture from MEDIA_ROOT. Renditions and originals never change under the
    same name (a new upload gets a new one), so browsers and CDNs may keep them a month."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = f"public, max-age={MEDIA_MAX_AGE}"
    return response


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico by themselves; the icon is an SVG among the static files
    (resolved here, at request time, so that a missing manifest never breaks start-up)."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


PASSWORD_FAILURE_SECONDS = 15 * 60


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for password-protected pages, with a limit on wrong guesses: after
    AXES_FAILURE_LIMIT wrong passwords from one client address for one restriction, the form
    answers 429 for a quarter of an hour (counted in the shared cache)."""
    key = f"gosmart:page-password-failures:{page_view_restriction_id}:{client_address(request)}"
    if cache.get(key, 0) >= settings.AXES_FAILURE_LIMIT:
        return password_locked(request)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST":
        if response.status_code == 200:  # the form again: a wrong password
            if count_in_window(key, PASSWORD_FAILURE_SECONDS) >= settings.AXES_FAILURE_LIMIT:
                return password_locked(request)
        else:
            cache.delete(key)
    add_never_cache_headers(response)
    return response


def password_locked(request):
    # As the admin's sign-in form answers (django-axes): 429, for a quarter of an hour.
    response = TemplateResponse(request, "core/login_locked.html", status=429)
    response["Retry-After"] = str(PASSWORD_FAILURE_SECONDS)
    add_never_cache_headers(response)
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (privacy, ETag, nosniff, a CSP), without the literal
    `Content-Encoding: None` header its streaming fallback sends for files that have no
    encoding: some browsers and proxies refuse such a download."""
    response = wagtail_serve_document(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    return response
