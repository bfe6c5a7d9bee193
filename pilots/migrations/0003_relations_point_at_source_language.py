"""Relations saved to another language's object point at its English version again
(core.relations; the admin's forms now offer English objects only, core.admin_forms)."""

from django.db import migrations

from core.relations import repair_source_relations


def repair(apps, schema_editor):
    repair_source_relations(apps, app_label="pilots")


class Migration(migrations.Migration):
    dependencies = [("pilots", "0002_help_texts_and_source_language_choices")]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
