"""Health checks for load balancers and orchestrators, answered before anything else.

`/livez`: the process is up (no database, no cache). `/readyz` (and the older `/healthz`):
the database and the cache answer; 503 when either does not. Both answer GET and HEAD over
plain HTTP, by IP address: a load balancer probes each app server directly, so these paths
must not meet the host check or the HTTPS redirect, hence a middleware at the very top.
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponseNotAllowed

logger = logging.getLogger(__name__)

LIVE_PATHS = {"/livez"}
READY_PATHS = {"/readyz", "/healthz"}


def _plain(text, status=200):
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    response["Cache-Control"] = "no-store"
    return response


def readiness_problems():
    """What is not reachable, as short words (an empty list when all is well)."""
    problems = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any driver error means "not ready"
        logger.warning("Readiness: the database does not answer", exc_info=True)
        problems.append("database")
    try:
        cache.set("gosmart:readyz", 1, 10)
        if cache.get("gosmart:readyz") != 1:
            problems.append("cache")
    except Exception:
        logger.warning("Readiness: the cache does not answer", exc_info=True)
        problems.append("cache")
    return problems


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path not in LIVE_PATHS and path not in READY_PATHS:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        if path in LIVE_PATHS:
            return _plain("ok")
        problems = readiness_problems()
        if problems:
            response = _plain("unavailable: " + ", ".join(problems), status=503)
            response["Retry-After"] = "10"
            return response
        return _plain("ok")
