"""Downloads of the published collections, per language: CSV, JSON, and a CSV on the Web
(CSVW) description of each CSV file's columns and licence.

Files are built from the live pages in a fixed number of queries, once per tree generation
(core.caching): every later download until something is published reads the built file.
The licence travels with each file: in the JSON itself, in the CSVW description, and in an
HTTP Link header (rel="license"); the CSV stays plain so that every tool reads it.
"""

import csv
import json
import re

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone

from core.caching import cached_for_tree
from core.i18n import active_locale
from core.open_data import downloads

from .licence import data_licence

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "csv-metadata.json": "application/csvw+json",
}
CACHE_SECONDS = 300


class Echo:
    """A file-like object for csv.writer that hands each written line back."""

    def write(self, value):
        return value


# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def neutralise_formula(text):
    """Text a spreadsheet would run as a formula gets a leading apostrophe (the usual
    escape, which spreadsheets hide); plain numbers such as -9.14 stay numbers."""
    if text.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(neutralise_formula(str(item)) for item in value)
    return neutralise_formula(str(value))


def download_url(request, collection, fmt):
    return request.build_absolute_uri(
        reverse("opendata:download", kwargs={"collection": collection.slug, "fmt": fmt})
    )


def download(request, collection, fmt):
    collection = downloads().get(collection)
    if collection is None or fmt not in FORMATS:
        raise Http404
    locale = active_locale()
    licence = data_licence()
    filename = f"gosmart-{collection.slug}-{locale.language_code}"
    # A file is the same for everyone until something is published (the collections list
    # only what anyone may see): built once per tree generation, language and address, so
    # a grown directory costs its build once per publish, not once per download.
    key = (
        f"download:{collection.slug}:{fmt}:{locale.language_code}:{request.build_absolute_uri('/')}"
    )
    body = cached_for_tree(key, lambda: file_body(request, collection, fmt, locale, licence))
    charset = "; charset=utf-8" if fmt == "json" else ""
    response = HttpResponse(body, content_type=FORMATS[fmt] + charset)
    if fmt == "csv":
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        metadata = download_url(request, collection, "csv-metadata.json")
        response["Link"] = (
            f'<{licence["url"]}>; rel="license", '
            f'<{metadata}>; rel="describedby"; type="application/csvw+json"'
        )
    else:
        if fmt == "json":
            response["Content-Disposition"] = f'inline; filename="{filename}.json"'
        response["Link"] = f'<{licence["url"]}>; rel="license"'
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    response["Content-Language"] = locale.language_code
    return response


def file_body(request, collection, fmt, locale, licence):
    if fmt == "csv-metadata.json":
        return json.dumps(csvw_metadata(request, collection, locale, licence), indent=2)
    items = list(collection.queryset(locale))
    records = collection.records(items, locale, request)
    if fmt == "csv":
        writer = csv.writer(Echo(), lineterminator="\r\n")
        rows = [collection.column_names] + [
            [csv_value(record[name]) for name in collection.column_names] for record in records
        ]
        # A byte-order mark first: Excel then reads the file as UTF-8 and shows Chinese,
        # Japanese, Korean and Arabic names correctly.
        return "\ufeff" + "".join(writer.writerow(row) for row in rows)
    document = {
        "title": str(collection.title),
        "description": str(collection.description),
        "language": locale.language_code,
        "publisher": "Go Smart",
        "licence": licence,
        "source": download_url(request, collection, "json"),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "count": len(records),
        "fields": [
            {
                "name": column.name,
                "description": str(column.description),
                "type": column.datatype,
                "list": column.many,
            }
            for column in collection.columns
        ],
        "items": records,
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def csvw_metadata(request, collection, locale, licence):
    """The CSV file's description in the W3C CSV on the Web vocabulary."""
    return {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": locale.language_code}],
        "url": download_url(request, collection, "csv"),
        "dc:title": str(collection.title),
        "dc:description": str(collection.description),
        "dc:publisher": "Go Smart",
        "dc:license": {"@id": licence["url"]},
        "dc:rights": licence["name"],
        "tableSchema": {
            "columns": [
                {
                    "name": column.name,
                    "titles": column.name,
                    "dc:description": str(column.description),
                    "datatype": column.datatype,
                    **({"separator": "; "} if column.many else {}),
                }
                for column in collection.columns
            ],
        },
    }
