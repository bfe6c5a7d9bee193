from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a superuser for local development (refused when DEBUG is off)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", default="gosmart-local")

    def handle(self, *args, username, password, **options):
        if not settings.DEBUG:
            raise CommandError("Only for local development: DEBUG is off.")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost", "is_staff": True}
        )
        if created:
            user.is_superuser = True
            user.set_password(password)
            user.save()
        self.stdout.write(
            "Admin: http://127.0.0.1:8000/admin/ — "
            + (
                f"user '{username}', password '{password}'"
                if created
                else f"user '{username}' (existing password)"
            )
        )
