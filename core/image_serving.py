"""Public image URLs (`/images/<signature>/<id>/<filter>/`) with bounded work.

A valid signature only says that someone with the secret key (an editor using the admin's
URL generator, a template) made the URL; it says nothing about the cost of the filter. A
huge `scale-`, `width-` or `fill-` makes the server resize for seconds. Filters asking for
more than MAX_SIDE pixels on a side, or a scale above MAX_SCALE percent, answer 400.
"""

import re

from django.http import HttpResponseBadRequest
from wagtail.images.views.serve import ServeView

MAX_SIDE = 3200
MAX_SCALE = 100
NUMBERS = re.compile(r"\d+")


def filter_is_bounded(filter_spec):
    for operation in filter_spec.split("|"):
        name, _sep, argument = operation.partition("-")
        numbers = [int(n) for n in NUMBERS.findall(argument)]
        if name == "scale" and any(n > MAX_SCALE for n in numbers):
            return False
        if name in {"width", "height", "max", "min", "fill"} and any(n > MAX_SIDE for n in numbers):
            return False
    return True


class BoundedServeView(ServeView):
    def get(self, request, signature, image_id, filter_spec, filename=None):
        if not filter_is_bounded(filter_spec):
            return HttpResponseBadRequest("This picture size is not served.")
        return super().get(request, signature, image_id, filter_spec, filename)
