"""On SQLite, an index that lets "pages under this page" use the tree path.

Wagtail finds a page's descendants with `path LIKE 'prefix%'`. SQLite's LIKE ignores the case
of ASCII letters (Django relies on it for its case-insensitive lookups), so the plain index on
`path` cannot serve it and every listing scanned all pages: at a hundred times the demo
(72,000 pages) a news index's count took 360 ms. SQLite uses an index for such a LIKE when
the index compares without case; tree paths are digits and capital letters, so both orders
agree. PostgreSQL has its own index for prefix matches (Django's `_like` index).
"""

from django.db import migrations

INDEX = "gosmart_page_path_nocase"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (path COLLATE NOCASE)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_machine_translation_review"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
