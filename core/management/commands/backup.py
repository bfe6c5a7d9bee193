from django.core.management.base import BaseCommand

from core.backup import backup


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump -Fc on PostgreSQL) and every uploaded file of the "
        "media storage (local disk or bucket) into a folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="where to write the backup (created if missing)")

    def handle(self, *args, folder, **options):
        summary = backup(folder)
        self.stdout.write(
            f"Backed up the {summary['database']['engine']} database and "
            f"{summary['media_files']} media files to {folder}."
        )
