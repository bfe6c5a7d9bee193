"""The fixed editorial groups and the "Secretariat review" workflow.

Permissions are granted after every migrate by editorial.roles.ensure_roles() (connected
to post_migrate), which also covers pages and snippet models that appear later."""

from django.conf import settings
from django.db import migrations
from django.utils.translation import get_language_info

SECRETARIAT_EDITORS = "Secretariat editors"
SECRETARIAT_MODERATORS = "Secretariat moderators"
WORKFLOW_NAME = "Secretariat review"
TASK_NAME = "Secretariat approval"


def translator_group_names():
    return [
        f"Translators: {get_language_info(code)['name']} ({code})"
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def create_groups_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")

    for name in [SECRETARIAT_EDITORS, SECRETARIAT_MODERATORS, *translator_group_names()]:
        Group.objects.get_or_create(name=name)
    moderators = Group.objects.get(name=SECRETARIAT_MODERATORS)

    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, content_type=content_type, active=True
        )
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop),
    ]
