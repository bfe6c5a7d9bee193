"""The public read-only JSON API, built on Wagtail's API v2.

One endpoint per registered collection (core.open_data): /api/v2/cities/,
/award-winners/, /pilots/, /news/, /events/ and /datasets/. Each lists the live items of
one language (?locale=, English by default) with every documented field, narrowed by the
collection's filters, paginated with ?limit= and ?offset=, ordered with ?order=.
Anything malformed answers 400 with a message; clients are throttled per address.
"""

from django.conf import settings
from django.http import Http404
from django.urls import path, reverse
from rest_framework.fields import Field
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import BaseSerializer, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Locale, Page

from core.caching import cached_for_tree
from core.client import client_address
from core.open_data import InvalidFilter, collections
from core.routing import cached_site_for_request

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 100_000
MAX_PK = 2**31 - 1


class ApiThrottle(SimpleRateThrottle):
    """Requests per client address (core.client: X-Forwarded-For is believed only as far as
    our own proxies write it), counted in the default cache, which every worker and server
    shares in production; GOSMART_API_THROTTLE_RATE overrides the rate."""

    scope = "opendata"
    rate = getattr(settings, "GOSMART_API_THROTTLE_RATE", "120/min")

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_address(request)}


class Pagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        for name, maximum in (("limit", MAX_LIMIT), ("offset", MAX_OFFSET)):
            raw = request.GET.get(name)
            if raw is None:
                continue
            if not raw.isascii() or not raw.isdigit():
                raise BadRequestError(f"{name} must be a positive integer")
            if int(raw) > maximum:
                raise BadRequestError(f"{name} cannot be higher than {maximum}")
        limit = int(request.GET.get("limit", DEFAULT_LIMIT))
        offset = int(request.GET.get("offset", 0))
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


class RecordField(Field):
    """A documented field, read from the record the view built for the item."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return self.context["view"].record_for(instance).get(self.field_name)

    def to_representation(self, value):
        return value


class DetailUrlField(Field):
    """The item's API address on the host the client used."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        view = self.context["view"]
        url = reverse(f"opendata_api:{view.api_name}:detail", args=[instance.pk])
        return self.context["request"].build_absolute_uri(url)


class LocaleField(Field):
    """The language of the listing (every item of a response shares it)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return self.context["view"].locale().language_code


class RecordPageSerializer(PageSerializer):
    detail_url = DetailUrlField()


class RecordSerializer(BaseSerializer):
    detail_url = DetailUrlField()


class CollectionAPIMixin:
    """What every endpoint shares: the locale, filters, ordering and records."""

    collection = None
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ApiThrottle]
    pagination_class = Pagination
    filter_backends = []
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "order", "locale", "format", "_"]
    )

    @classmethod
    def record_fields(cls):
        return [
            APIField(column.name, serializer=RecordField())
            for column in cls.collection.columns
            if column.name != "id"
        ]

    def locale(self):
        if not hasattr(self, "_locale"):
            code = self.request.GET.get("locale", settings.LANGUAGE_CODE).strip().lower()
            locales = cached_for_tree(
                "api-locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()}
            )
            if code not in locales:
                raise BadRequestError("locale must be one of: " + ", ".join(sorted(locales.keys())))
            self._locale = locales[code]
        return self._locale

    def check_query_parameters(self, queryset):
        allowed = set(self.known_query_parameters) | set(self.collection.filter_by_name())
        unknown = set(self.request.GET.keys()) - allowed
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised filter: "
                + ", ".join(sorted(unknown))
                + ". Filters: "
                + ", ".join(sorted(self.collection.filter_by_name()))
            )

    def get_queryset(self):
        # Sets the request's site from the cache, so Wagtail's helpers skip the query.
        cached_site_for_request(self.request)
        return self.collection.queryset(self.locale())

    def filter_queryset(self, queryset):
        params = {
            name: value
            for name, value in self.request.GET.items()
            if name in self.collection.filter_by_name()
        }
        for name, value in params.items():
            if "\x00" in value:
                raise BadRequestError(f"{name}: null characters are not allowed")
        try:
            queryset = self.collection.apply_filters(queryset, params)
        except InvalidFilter as error:
            raise BadRequestError(str(error)) from error
        order = self.request.GET.get("order")
        if order:
            fields = order.split(",")
            for name in fields:
                if name.removeprefix("-") not in self.collection.ordering:
                    raise BadRequestError(
                        f"cannot order by '{name[:40]}'; use one of: "
                        + ", ".join(self.collection.ordering)
                        + " (prefix - to reverse)"
                    )
            queryset = queryset.order_by(*fields, "pk")
        return queryset

    def record_for(self, instance):
        return self._records[instance.pk]

    def build_records(self, items):
        items = list(items)
        # By the item's own id: a record's "id" is the English version's (the same in
        # every language), while the API addresses each language's page by its own.
        records = self.collection.listed_records(items, self.locale(), self.request)
        self._records = {item.pk: record for item, record in zip(items, records, strict=True)}
        return items

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        items = self.build_records(self.paginate_queryset(queryset))
        serializer = self.get_serializer(items, many=True)
        return self.get_paginated_response(serializer.data)

    def detail_view(self, request, pk):
        if pk > MAX_PK:
            raise BadRequestError("id is out of range")
        self.check_query_parameters(self.get_queryset())
        instance = self.get_object()
        self.build_records([instance])
        serializer = self.get_serializer(instance)
        return Response(serializer.data)

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            try:
                self._cached_object = self.get_queryset().get(pk=self.kwargs["pk"])
            except self.collection.model.DoesNotExist as error:
                raise Http404("not found") from error
        return self._cached_object

    def get_serializer_context(self):
        # Wagtail's page endpoints add a base queryset for parent links; not used here.
        return {"request": self.request, "view": self, "router": self.request.wagtailapi_router}

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(["id"]) + cls.record_fields()

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.listing_default_fields[:]

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


def endpoint_for(collection):
    """The API endpoint of a collection: Wagtail's page endpoint for pages (which also
    carry their slug), its base endpoint for other records (the datasets)."""
    pages = issubclass(collection.model, Page)
    meta_fields = ["type", "detail_url", "slug"] if pages else ["type", "detail_url"]

    def get_meta_fields(cls, model):
        return cls._convert_api_fields(meta_fields) + [APIField("locale", serializer=LocaleField())]

    attributes = {
        "collection": collection,
        "base_serializer_class": RecordPageSerializer if pages else RecordSerializer,
        "name": collection.api_name,
        "api_name": collection.api_name,
        "model": collection.model,
        "listing_default_fields": ["id", *meta_fields, "locale"]
        + [column.name for column in collection.columns if column.name != "id"],
        "get_meta_fields": classmethod(get_meta_fields),
    }
    if pages:
        attributes.update(nested_default_fields=["id", "title"], detail_only_fields=[])
    return type(
        f"{collection.__class__.__name__}Endpoint",
        (CollectionAPIMixin, PagesAPIViewSet if pages else BaseAPIViewSet),
        attributes,
    )


ENDPOINTS = {collection.api_name: endpoint_for(collection) for collection in collections().values()}

api_router = WagtailAPIRouter("opendata_api")
for endpoint_name, endpoint in ENDPOINTS.items():
    api_router.register_endpoint(endpoint_name, endpoint)


def api_index(request):
    """/api/v2/: where the endpoints are, the licence, and where they are documented."""
    from django.http import JsonResponse

    from .licence import data_licence

    return JsonResponse(
        {
            "endpoints": {
                name: request.build_absolute_uri(reverse(f"opendata_api:{name}:listing"))
                for name in ENDPOINTS
            },
            "parameters": {
                "locale": "en (default), zh-hant, ja, ko, es, fr, ar",
                "limit": f"items per response, {DEFAULT_LIMIT} by default, at most {MAX_LIMIT}",
                "offset": "number of items to skip",
                "fields": "_,title,url: only these fields; * for all",
                "order": "a field to sort by, - prefix to reverse",
            },
            "licence": data_licence(),
        },
        json_dumps_params={"indent": 2},
    )
