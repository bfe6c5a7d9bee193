"""What the Open data page shows: the licence, the downloads, the API with examples that
work, and the data-sharing registry as a filterable table."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.caching import cached_for_tree
from core.i18n import active_locale
from core.listing import FilterForm, ids_in_order, paginate
from core.models import Topic
from core.open_data import collections
from core.open_data import downloads as open_data_downloads

from .api import DEFAULT_LIMIT, ENDPOINTS, MAX_LIMIT
from .licence import data_licence

REGISTRY_PER_PAGE = 25

# The collection shown as a filterable table: the registry of the datasets members share.
REGISTRY = "datasets"


def topic_choices(locale):
    def build():
        return list(Topic.objects.filter(locale=locale).values_list("slug", "name"))

    return cached_for_tree(f"opendata-topics:{locale.pk}", build, timeout=300)


class RegistryFilterForm(FilterForm):
    topic = forms.ChoiceField(label=_("Topic"))
    licence = forms.ChoiceField(label=_("Licence"))
    standard = forms.ChoiceField(label=_("Standard"))

    def __init__(self, data=None, *args, locale=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        dataset = collections()[REGISTRY].model
        everything = [("", _("All"))]
        self.fields["topic"].choices = everything + topic_choices(locale)
        self.fields["licence"].choices = everything + list(
            dataset._meta.get_field("licence").choices
        )
        self.fields["standard"].choices = everything + list(
            dataset._meta.get_field("standard").choices
        )


def api_documentation(request, language_code):
    base = request.build_absolute_uri(
        reverse("opendata_api:cities:listing").removesuffix("cities/")
    )
    endpoints = []
    for name, endpoint in ENDPOINTS.items():
        collection = endpoint.collection
        listing = request.build_absolute_uri(reverse(f"opendata_api:{name}:listing"))
        examples = [
            f"{listing}?locale={language_code}&{query}" for query in collection.api_examples
        ] or [f"{listing}?locale={language_code}"]
        endpoints.append(
            {
                "name": name,
                "url": listing,
                "title": collection.title,
                "description": collection.description,
                "filters": collection.filters,
                "columns": collection.columns,
                "ordering": collection.ordering,
                "examples": examples,
            }
        )
    return {
        "base_url": base,
        "endpoints": endpoints,
        "default_limit": DEFAULT_LIMIT,
        "max_limit": MAX_LIMIT,
    }


def downloads(request):
    items = []
    for slug, collection in open_data_downloads().items():
        items.append(
            {
                "collection": collection,
                "links": [
                    (label, reverse("opendata:download", kwargs={"collection": slug, "fmt": fmt}))
                    for fmt, label in (
                        ("csv", "CSV"),
                        ("json", "JSON"),
                        ("csv-metadata.json", _("Column descriptions (CSVW)")),
                    )
                ],
            }
        )
    return items


def registry(request, locale):
    collection = collections()[REGISTRY]
    form = RegistryFilterForm(request.GET, locale=locale)
    filters = {name: str(value) for name, value in form.active_filters().items()}
    queryset = collection.apply_filters(collection.queryset(locale), filters)
    # The registry's order, as ids, once per tree generation and filters (it reads every
    # dataset of the language), and a page of ids: the datasets are read whole only when the
    # page's records are not cached yet (Collection.records_by_id).
    ids = ids_in_order(
        request,
        f"registry:{locale.pk}",
        filters,
        lambda: list(queryset.values_list("pk", flat=True)),
    )
    page_obj = paginate(request, ids, per_page=REGISTRY_PER_PAGE)
    pks = list(page_obj.object_list)

    def load():
        found = queryset.in_bulk(pks)
        return [found[pk] for pk in pks if pk in found]

    return {
        "registry_form": form,
        "registry_filtered": bool(filters),
        "registry_page": page_obj,
        "registry_rows": collection.records_by_id(pks, locale, request, load),
    }


def open_data_context(page, request):
    locale = active_locale()
    return {
        "licence": data_licence(),
        "downloads": downloads(request),
        "api": api_documentation(request, locale.language_code),
        **registry(request, locale),
    }
