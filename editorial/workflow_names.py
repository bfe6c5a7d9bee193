"""Workflow and task names in the admin's language.

Wagtail stores a workflow's and a task's name as text and prints it as stored wherever it
shows one (the status side panel, the "Submit to …" button, the dashboard, the workflow
reports). The names this site creates are English messages of its catalogs: an object
loaded while the admin speaks another language carries the translated name, and is saved
with its English name again unless an editor typed a new one.
"""

from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Task, Workflow
from wagtail.workflows import get_task_types

WORKFLOW_NAME = gettext_noop("Secretariat review")
TASK_NAME = gettext_noop("Secretariat approval")
NAMES = {WORKFLOW_NAME, TASK_NAME}


def translate_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")  # absent when the query deferred it
    if name in NAMES:
        instance._stored_name = name
        instance.name = gettext(name)


def keep_stored_name(sender, instance, **kwargs):
    stored = getattr(instance, "_stored_name", None)
    if stored is None or instance.name == stored:
        return
    shown_as = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            shown_as.add(gettext(stored))
    if instance.name in shown_as:  # untouched: the name as it was shown
        instance.name = stored


def connect():
    for model in {Workflow, Task, *get_task_types()}:
        uid = f"workflow-names-{model._meta.label_lower}"
        post_init.connect(translate_name, sender=model, dispatch_uid=uid)
        pre_save.connect(keep_stored_name, sender=model, dispatch_uid=uid)
