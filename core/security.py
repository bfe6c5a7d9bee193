"""Security headers Django does not set itself."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Permissions-Policy: the site uses no camera, microphone, location or payment API, so
    no page (nor anything embedded in one) may ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
