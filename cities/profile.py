"""Everything a member's profile shows besides its own fields, in a fixed number of queries.

Pages of other apps point at the English member page in every language (their relations
are kept on the source language), so the profile first finds its English source, then reads
everything that points at it in one query on the page table, limited to the visitor's
language. What points at a member, and how it is shown, each app registers
(core.profile_sections): pilots hosted and adopted, award entries, news, events.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

from core import profile_sections
from core.caching import cached_for_tree
from core.labels import topic_labels
from core.models import SiteImage
from core.tree import parent_field
from core.visibility import visible


def source_ids(model):
    """{translation_key: pk of the English page} for every page of a model, cached."""
    label = model._meta.label_lower

    def build():
        return dict(
            model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "translation_key", "pk"
            )
        )

    return cached_for_tree(f"source-ids:{label}", build)


def source_id(page):
    """The pk of the English version of page (itself when it is English, or when it has no
    English version)."""
    return source_ids(type(page)).get(page.translation_key, page.pk)


def related_sections(city, source_pk, request=None):
    """The registered sections with the pages in city's language that point at the member,
    arranged by their apps, in profile order; sections with nothing to show are left out."""
    sections = profile_sections.registered()
    if not sections:
        return []
    types = ContentType.objects.get_for_models(*[section.model for section in sections])
    annotations, condition, values = {}, Q(pk__in=[]), {}
    for section in sections:
        extra, points_at = section.finds(city, source_pk)
        annotations.update(extra)
        condition |= points_at
        values.update(section.values)
    rows = (
        visible(Page.objects.filter(locale_id=city.locale_id), request)
        .annotate(**annotations)
        .filter(condition)
        .annotate(parent_title=parent_field("title"), **values)
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
    )
    by_type = defaultdict(list)
    for row in rows:
        by_type[row.content_type_id].append(row)
    shown = []
    for section in sections:
        arranged = section.arrange(by_type[types[section.model].pk], city)
        if arranged:
            shown.append({"template": section.template, **arranged})
    return shown


def load_images(page, *names):
    """Fetch the page's images named by its foreign keys in one query.

    Renditions come from Wagtail's rendition cache once they have been generated."""
    ids = {getattr(page, f"{name}_id") for name in names} - {None}
    if not ids:
        return
    images = SiteImage.objects.in_bulk(ids)
    for name in names:
        image_id = getattr(page, f"{name}_id")
        if image_id is not None:
            setattr(page, name, images.get(image_id))


def profile_context(city, request):
    from core.labels import region_labels

    topics = topic_labels()
    # Through the relation managers, so that a preview shows the editor's unsaved choices.
    topic_ids = [topic.pk for topic in city.topics.all()]
    datasets = list(city.datasets.all())
    for dataset in datasets:
        dataset.topic_label = topics.get(dataset.topic_id)
    load_images(city, "logo", "hero_image")
    saved = city.pk is not None and city.path  # a preview of a new page is neither
    return {
        "region_label": region_labels().get(city.region_id),
        "topic_names": sorted(
            (topics[t]["name"] for t in topic_ids if t in topics), key=str.casefold
        ),
        "datasets": datasets,
        # Worked out only when the template renders them: from the shared cache, visitors
        # get the sections' HTML without this.
        "related_sections": SimpleLazyObject(
            lambda: related_sections(city, source_id(city), request)
        )
        if saved
        else [],
        "structured_data": structured_data(city, request),
    }


def structured_data(city, request):
    """schema.org City with its coordinates (JSON-LD)."""
    data = {
        "@context": "https://schema.org",
        "@type": "City",
        "name": city.title,
        "description": city.intro,
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(city.latitude),
            "longitude": float(city.longitude),
        },
        "containedInPlace": {
            "@type": "Country",
            "name": city.country.name,
            "identifier": city.country.code,
        },
    }
    url = city.get_url(request) if city.pk else None
    if url:
        data["url"] = request.build_absolute_uri(url)
    if city.website:
        data["sameAs"] = city.website
    return data
