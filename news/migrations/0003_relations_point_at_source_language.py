"""Relations saved to another language's object point at its English version again
(core.relations; the admin's forms now offer English objects only, core.admin_forms)."""

from django.db import migrations

from core.relations import repair_source_relations


def repair(apps, schema_editor):
    repair_source_relations(apps, app_label="news")


class Migration(migrations.Migration):
    dependencies = [("news", "0002_press_room_intro_and_help_texts")]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
