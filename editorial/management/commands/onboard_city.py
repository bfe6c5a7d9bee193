from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from editorial.onboarding import (
    city_page_model,
    onboard_all_cities,
    onboard_city,
    source_city,
)


class Command(BaseCommand):
    help = (
        "Set a member city up for self-service editing: its editors' group (add and change, "
        "no publish, on the city page in every language), its own image and document "
        "collection and the Secretariat review workflow; optionally invite a person by "
        "e-mail. Safe to run again: nothing changes the second time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "city",
            nargs="?",
            help="The city page's slug, e.g. taipei (the same in every language).",
        )
        parser.add_argument(
            "--all",
            dest="all_cities",
            action="store_true",
            help="Onboard every member city that has a page.",
        )
        parser.add_argument(
            "--email",
            help="Invite this person as an editor of the city: a password-set link is e-mailed.",
        )
        parser.add_argument(
            "--resend",
            action="store_true",
            help="E-mail a fresh link to an invited person who has not chosen a password yet.",
        )

    def handle(self, *args, city=None, all_cities=False, email=None, resend=False, **options):
        if bool(city) == all_cities:
            raise CommandError("Give one city slug, or --all.")
        if email and all_cities:
            raise CommandError("--email invites a person to one city; leave out --all.")
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"Not an e-mail address: {email}") from error
        if all_cities:
            results = onboard_all_cities()
            if not results:
                self.stdout.write("There are no member city pages yet.")
        else:
            try:
                page = source_city(city)
            except city_page_model().DoesNotExist as error:
                raise CommandError(f"No member city page with the slug '{city}'.") from error
            results = [onboard_city(page, email=email, resend=resend)]
        for result in results:
            page = result.team.city
            if result.changed:
                self.stdout.write(self.style.SUCCESS(f"{page.title}: set up"))
                for change in result.changes:
                    self.stdout.write(f"  + {change}")
            else:
                self.stdout.write(f"{page.title}: already set up, nothing changed")
            for note in result.notes:
                self.stdout.write(f"  ! {note}")
            if result.invitation_sent:
                self.stdout.write(f"  Invitation e-mailed to {result.user.email}.")
            elif result.user is not None and email:
                state = (
                    "has a password"
                    if result.user.has_usable_password()
                    else "has not chosen a password yet (use --resend to e-mail a fresh link)"
                )
                self.stdout.write(f"  {result.user.email} {state}; no e-mail sent.")
