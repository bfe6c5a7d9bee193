"""Demo editorial set-up: every demo member city onboarded, and one account per role.

Runs after the cities and pilots loaders. The accounts are in
editorial/demo_content/accounts.yaml; they get the documented local password only when
DEBUG is on, elsewhere they are created without a usable password."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import roles
from .models import CityTeam
from .onboarding import onboard_all_cities

DEMO_PASSWORD = "gosmart-local"  # noqa: S105 - documented local-only password (DEBUG)

ROLE_GROUPS = {
    "secretariat editors": lambda account: roles.SECRETARIAT_EDITORS,
    "secretariat moderators": lambda account: roles.SECRETARIAT_MODERATORS,
    "translators": lambda account: roles.translator_group_name(account["language"]),
}


def demo_user(username, first_name, last_name, group):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@gosmart.example",
        },
    )
    if created:
        if settings.DEBUG:
            user.set_password(DEMO_PASSWORD)
        else:
            user.set_unusable_password()
        user.save()
    user.groups.add(group)
    return user


def load(demo):
    # The locale sync runs after every loader; onboarding makes sure each member's page
    # exists in every language first.
    teams = {result.team.city.slug: result.team for result in onboard_all_cities()}

    accounts = demo.data("editorial", "accounts")
    users = {}
    for account in accounts["staff"]:
        group = Group.objects.get(name=ROLE_GROUPS[account["role"]](account))
        users[account["username"]] = demo_user(
            account["username"], account["first_name"], account["last_name"], group
        )
    taken = set()
    User = get_user_model()
    for account in accounts["city_editors"]:
        username, preferred = account["username"], account["cities"]
        existing = User.objects.filter(username=username).first()
        team = existing and CityTeam.objects.filter(group__user=existing).first()
        if team is not None:  # set up by an earlier run
            taken.add(team.city.slug)
            users[username] = existing
            continue
        slug = next((slug for slug in preferred if slug in teams and slug not in taken), None)
        if slug is None:
            slug = next((slug for slug in sorted(teams) if slug not in taken), None)
        if slug is None:
            continue
        taken.add(slug)
        users[username] = demo_user(
            username, account["first_name"], account["last_name"], teams[slug].group
        )

    demo.registry["editorial"] = {"teams": teams, "users": users}
    if settings.DEBUG and users:
        accounts = ", ".join(sorted(users))
        demo.log(f"Demo editorial accounts (password '{DEMO_PASSWORD}'): {accounts}")
