from django.core.management.base import BaseCommand, CommandError

from core.backup import restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: the database replaces the configured "
        "one, and the media files are written back to the media storage under their names."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="the backup's folder")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask before replacing the database"
        )

    def handle(self, *args, folder, yes, **options):
        if not yes and options.get("interactive", True):
            answer = input("This replaces the site's database and media files. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            summary = restore(folder)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the {summary['database']} database and {summary['media_files']} media files."
        )
