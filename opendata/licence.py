"""The licence of everything the Open data page publishes (API and downloads).

Site settings may override it with GOSMART_DATA_LICENCE = {"name": ..., "url": ...,
"attribution": ...}; the attribution is what reusers are asked to credit.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

DEFAULT_LICENCE = {
    "code": "CC-BY-4.0",
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": _("Go Smart, a global organization of Smart Cities"),
}


def data_licence():
    licence = dict(DEFAULT_LICENCE)
    licence.update(getattr(settings, "GOSMART_DATA_LICENCE", {}))
    return {key: str(value) for key, value in licence.items()}
