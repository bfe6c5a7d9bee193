"""Narrowing a search to kinds of content, by topic and by year. The kinds are those the
apps register (core.search_types)."""

from django.db.models import Q

from core.search_types import search_types


def type_for_content_type(content_type_id):
    for search_type in search_types():
        if search_type.content_type_id == content_type_id:
            return search_type
    return None


def narrowing_filter(types, topic=None, year=None, materialise=False):
    """A filter on Page for the chosen type(s), topic and year.

    It is built from subqueries, so that with the database backend the search stays a
    single query; other backends (OpenSearch, Elasticsearch) need plain id lists, which
    `materialise` fetches first.
    """
    if topic is None and year is None:
        return Q(content_type__in=[search_type.content_type_id for search_type in types])
    condition = Q(pk__in=[])
    for search_type in types:
        queryset = search_type.model.objects.all()
        if topic is not None:
            queryset = search_type.ids_for_topic(topic)
            if queryset is None:
                continue
        if year is not None:
            queryset = queryset.filter(pk__in=search_type.ids_for_year(year).values("pk"))
        ids = queryset.values("pk")
        if materialise:
            ids = list(queryset.values_list("pk", flat=True))
        condition |= Q(id__in=ids)
    return condition
