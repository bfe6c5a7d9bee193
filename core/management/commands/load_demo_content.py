from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from core.aliases import add_missing_aliases
from core.demo import (
    DemoSite,
    bulk_saves,
    indexes_paused,
    load_taxonomies,
    validation_paused,
)


class Command(BaseCommand):
    help = (
        "Load the sample content: the page tree, member cities, awards, news, events and "
        "pilots. Safe to run again: existing content is kept and nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (default 2026).")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (first run only).",
        )

    def handle(self, *args, seed, if_empty, **options):
        if if_empty and Page.objects.filter(depth=2).exclude(content_type__model="page").exists():
            self.stdout.write("The site already has content; demo content not loaded.")
            return
        demo = DemoSite(seed=seed, stdout=self.stdout)
        before = content_fingerprint()
        # Pages are saved many times while the demo is built (drafts, translations, aliases):
        # the search and reference indexes are built once at the end instead of each time,
        # and the demo's own content skips the checks an editor's input needs.
        with transaction.atomic(), bulk_saves():
            with indexes_paused(), validation_paused():
                load_taxonomies(demo)
                for app_config in apps.get_app_configs():
                    module_name = f"{app_config.name}.demo"
                    if app_config.name == "core" or find_spec(module_name) is None:
                        continue
                    loader = import_module(module_name)
                    if hasattr(loader, "load"):
                        self.stdout.write(f"Loading {app_config.label} demo content…")
                        loader.load(demo)
                for step in demo.finishing:
                    step()
                add_missing_aliases()
            if content_fingerprint() != before:  # a second load that adds nothing skips it
                call_command("rebuild_references_index", verbosity=0)
                call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))


def content_fingerprint():
    """How many rows, and the newest, of everything the search index holds, and how many
    revisions: a load that creates or edits anything changes it."""
    from modelsearch import index
    from wagtail.models import Revision

    models = [*index.get_indexed_models(), Revision]
    return [
        (model._meta.label, model._default_manager.count(), latest_pk(model)) for model in models
    ]


def latest_pk(model):
    return model._default_manager.order_by("-pk").values_list("pk", flat=True).first()
