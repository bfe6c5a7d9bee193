import time
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Max
from wagtail.models import Page

from core.aliases import add_missing_aliases
from core.demo import bulk_saves, index_pages_after, indexes_paused


class Command(BaseCommand):
    help = (
        "Multiply the demo content by --factor: member cities, pilots, award winners, news "
        "and events are copied beside the originals, with their (untranslated) copies in "
        "every language, so the benchmark and the tests can measure the site at 10× or 100× "
        "the content. Running it again with the same factor adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=int, required=True, help="2 or more.")
        parser.add_argument(
            "--apps",
            nargs="*",
            default=None,
            help="Only these apps' content (labels, e.g. news awards); default: every app.",
        )

    def handle(self, *args, factor, apps: list | None = None, **options):
        if factor < 2:
            raise CommandError("--factor must be 2 or more.")
        started = time.monotonic()
        before = Page.objects.count()
        last_pk = Page.objects.aggregate(last=Max("pk"))["last"] or 0
        created = []
        with transaction.atomic(), bulk_saves():
            with indexes_paused():
                for app_config in self.app_configs(apps):
                    module = import_module(f"{app_config.name}.demo")
                    if hasattr(module, "grow"):
                        self.stdout.write(f"Growing {app_config.label} content…")
                        created += module.grow(factor)
                add_missing_aliases()
            # Index only what is new (the originals are indexed already).
            index_pages_after(last_pk)
        self.stdout.write(
            self.style.SUCCESS(
                f"{Page.objects.count() - before} pages added ({len(created)} copies and their "
                f"versions in the other languages) in {time.monotonic() - started:.0f} s."
            )
        )

    def app_configs(self, labels):
        for app_config in apps.get_app_configs():
            if labels and app_config.label not in labels:
                continue
            if app_config.name != "core" and find_spec(f"{app_config.name}.demo"):
                yield app_config
