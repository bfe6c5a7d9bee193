"""Plain HTTP for the tests that run the app in server processes: a redirect is an answer
to look at, not followed."""

import urllib.error
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, data=None, headers=None):
    """(status, headers, body bytes); (0, {}, b"") while nothing listens there."""
    request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310
    try:
        with OPENER.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    except urllib.error.URLError:
        return 0, {}, b""
