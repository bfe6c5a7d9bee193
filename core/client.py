"""The address a request really comes from.

Behind a load balancer or CDN, REMOTE_ADDR is the proxy's address and the client's is in
X-Forwarded-For, which anyone can also write into. With GOSMART_TRUSTED_PROXIES = N, the
N-th address from the right of X-Forwarded-For is used (the one our own outermost proxy
saw); with 0 (one machine, no proxy), REMOTE_ADDR is, and X-Forwarded-For is ignored.
"""

from django.conf import settings


def client_address(request):
    trusted = getattr(settings, "GOSMART_TRUSTED_PROXIES", 0)
    remote = request.META.get("REMOTE_ADDR", "")
    if trusted <= 0:
        return remote
    chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    chain = [part for part in chain if part]
    if len(chain) < trusted:
        return remote
    return chain[-trusted]
