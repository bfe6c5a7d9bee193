"""Setting a member city up for self-service editing.

onboard_city(city) gives the city its own editors' group with add and change (never
publish) on the city's page in every language, and so on its pilots; an image and document
collection of its own; and the "Secretariat review" workflow on every language version of
the city page. It can also invite a person by e-mail. Running it again changes nothing.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Collection, Locale, Page, WorkflowPage

from core.aliases import add_missing_aliases

from . import roles
from .models import CityTeam

MEMBERS_COLLECTION = "Member cities"


def city_page_model():
    return CityTeam.city_model()


@dataclass
class Onboarding:
    team: CityTeam
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    user: object = None
    invitation_sent: bool = False

    @property
    def changed(self):
        return bool(self.changes)


def source_city(slug):
    """The member city's page in the source language, by slug (the same in every language)."""
    return city_page_model().objects.get(
        slug=slug, locale=Locale.get_default(), alias_of__isnull=True
    )


def members_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=MEMBERS_COLLECTION).first()
    if existing is not None:
        return existing, False
    return root.add_child(name=MEMBERS_COLLECTION), True


def city_group_name(city):
    name = f"{roles.CITY_EDITORS_PREFIX}{city.title}"
    taken = Group.objects.filter(name=name, city_team__isnull=False).exclude(city_team__city=city)
    if taken.exists():
        # Two members with the same name: tell them apart by their address.
        name = f"{name} ({city.slug})"
    return name[:150]


def city_versions(city):
    """The city's page in every language (translations and aliases)."""
    return Page.objects.filter(translation_key=city.translation_key).select_related("locale")


def ensure_city_versions(cities):
    """Make sure each city page exists in every language synced from its own, as an alias
    until translated (the locale sync would do it too, but only at its next run)."""
    add_missing_aliases(cities)


def describe(page):
    return f"{page.title} [{page.locale.language_code}]"


def extend_team_to_pages(team, pages, notes=None):
    """Grant the team's rights on these language versions of its city page and put them
    under review. Returns a list of what changed; what was left alone goes to `notes`."""
    changes = []
    perms = roles.page_permissions(roles.CITY_PAGE_ACTIONS)
    workflow = roles.secretariat_review()
    assigned = {
        link.page_id: link
        for link in WorkflowPage.objects.filter(page__in=pages).select_related("workflow")
    }
    for page in pages:
        if roles.grant_page(team.group, page, perms):
            changes.append(f"page permissions (add, change) on {describe(page)}")
        link = assigned.get(page.pk)
        if link is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            changes.append(f"workflow '{workflow.name}' on {describe(page)}")
        elif link.workflow_id != workflow.pk and notes is not None:
            notes.append(
                f"kept workflow '{link.workflow.name}' on {describe(page)} (not '{workflow.name}')"
            )
    return changes


@transaction.atomic
def onboard_city(city, *, email=None, resend=False, check_roles=True):
    """Set a member city up (idempotent). `city` is a CityPage in any language.

    check_roles=False skips re-checking the fixed roles, for callers that onboard many
    cities after calling roles.ensure_roles() once."""
    default_locale = Locale.get_default()
    if city.alias_of_id is not None or city.locale_id != default_locale.pk:
        city = city_page_model().objects.get(
            translation_key=city.translation_key, locale=default_locale
        )
    if check_roles:
        roles.ensure_roles()
        ensure_city_versions([city])
    changes = []

    team = CityTeam.objects.filter(city=city).select_related("group", "collection").first()
    if team is None:
        group, created = Group.objects.get_or_create(name=city_group_name(city))
        if created:
            changes.append(f"group '{group.name}'")
        parent, created = members_collection()
        if created:
            changes.append(f"collection '{parent.name}'")
        collection = parent.get_children().filter(name=city.title).first()
        if collection is None:
            collection = parent.add_child(name=city.title)
            changes.append(f"collection '{parent.name} / {collection.name}'")
        team = CityTeam.objects.create(city=city, group=group, collection=collection)
        changes.append("city team record")

    group = team.group
    if roles.grant(
        group,
        roles.permission(*roles.ADMIN_ACCESS),
        roles.permission(*roles.SUBMIT_TRANSLATION),
    ):
        changes.append("admin access and the right to start translations")
    if roles.grant_collection(
        group, team.collection, roles.media_permissions(roles.MEDIA_ACTIONS_CITY)
    ):
        changes.append(
            f"image and document permissions (add, change, choose) on '{team.collection.name}'"
        )
    notes = []
    changes.extend(extend_team_to_pages(team, list(city_versions(city)), notes))

    result = Onboarding(team=team, changes=changes, notes=notes)
    if email:
        invite(result, email, resend=resend)
    return result


@transaction.atomic
def onboard_all_cities():
    """Onboard every member city that has a page in the source language."""
    roles.ensure_roles()
    cities = list(
        city_page_model()
        .objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
        .order_by("title")
    )
    ensure_city_versions(cities)
    return [onboard_city(city, check_roles=False) for city in cities]


def invite(result, email, *, resend=False):
    """Add the person with this e-mail address to the team, creating their account without a
    usable password, and e-mail them a link to choose one (only for a new account, or again
    with resend=True while they have not chosen a password yet)."""
    User = get_user_model()
    email = User.objects.normalize_email(email.strip())
    user = User.objects.filter(email__iexact=email).first()
    created = False
    if user is None:
        user = User.objects.create_user(username=email.lower()[:150], email=email, password=None)
        created = True
        result.changes.append(f"user account for {email}")
    result.user = user
    if not user.groups.filter(pk=result.team.group_id).exists():
        user.groups.add(result.team.group)
        result.changes.append(f"{email} added to '{result.team.group.name}'")
    if created or (resend and not user.has_usable_password()):
        send_invitation(user, result.team)
        result.invitation_sent = True


def password_set_url(user):
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(user, team):
    context = {
        "user": user,
        "city": team.city,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "password_url": password_set_url(user),
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    subject = render_to_string("editorial/emails/invitation_subject.txt", context).strip()
    body = render_to_string("editorial/emails/invitation.txt", context)
    send_mail(subject, body, None, [user.email])
