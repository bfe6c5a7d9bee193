"""The fixed editorial roles, created and kept up to date by code (never by hand).

- Secretariat editors: add, change, publish, lock and unlock every page in every language;
  all images and documents; every snippet; site settings and redirects.
- Secretariat moderators: the reviewers of the "Secretariat review" workflow (with the right
  to publish, which approving a change needs).
- Translators: <language>: add, change and publish in that language's page tree only.
- City editors: <city>: one group per member city, set up by `manage.py onboard_city`
  (see editorial.onboarding).

Everything here is idempotent: running it again changes nothing.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import get_language_info
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .workflow_names import TASK_NAME, WORKFLOW_NAME

SECRETARIAT_EDITORS = "Secretariat editors"
SECRETARIAT_MODERATORS = "Secretariat moderators"
TRANSLATORS_PREFIX = "Translators: "
CITY_EDITORS_PREFIX = "City editors: "

# Wagtail's own first-install defaults, replaced by the roles above.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

SECRETARIAT_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
TRANSLATOR_PAGE_ACTIONS = ("add", "change", "publish")
MODERATOR_PAGE_ACTIONS = ("publish",)
CITY_PAGE_ACTIONS = ("add", "change")
MEDIA_ACTIONS_ALL = ("add", "change", "delete", "choose")
MEDIA_ACTIONS_CITY = ("add", "change", "choose")

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")


# --- Permission lookups ---------------------------------------------------------------------


def permissions(app_label, codenames):
    """Permission rows by codename, created first when the app's post_migrate has not run
    yet (on a fresh database this code runs before some apps' permissions exist)."""
    codenames = list(codenames)
    query = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    found = list(query)
    if len(found) < len(codenames):
        from django.apps import apps

        create_permissions(apps.get_app_config(app_label), verbosity=0)
        found = list(query.all())
    missing = set(codenames) - {perm.codename for perm in found}
    if missing:
        raise Permission.DoesNotExist(f"{app_label}: {', '.join(sorted(missing))}")
    return found


def permission(app_label, codename):
    return permissions(app_label, [codename])[0]


def page_permissions(actions):
    return permissions("wagtailcore", [f"{action}_page" for action in actions])


def media_permissions(actions):
    """Image and document permissions for the actions (both live on collections)."""
    return [
        *permissions("wagtailimages", [f"{action}_image" for action in actions]),
        *permissions("wagtaildocs", [f"{action}_document" for action in actions]),
    ]


def model_permissions(model, actions):
    """Permissions on a model for those of the actions it defines (publish only exists for
    draftable models, for example)."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    found = list(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    if not found:
        create_permissions(model._meta.app_config, verbosity=0)
        found = list(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    return found


# --- Idempotent grants (each returns True when it changed something) ------------------------


def grant(group, *perms):
    existing = set(
        group.permissions.filter(pk__in=[p.pk for p in perms]).values_list("pk", flat=True)
    )
    missing = [perm for perm in perms if perm.pk not in existing]
    if missing:
        group.permissions.add(*missing)
    return bool(missing)


def grant_page(group, page, perms):
    """Give the group these page permissions on the page and its subtree."""
    existing = set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission_id", flat=True
        )
    )
    missing = [
        GroupPagePermission(group=group, page=page, permission=perm)
        for perm in perms
        if perm.pk not in existing
    ]
    GroupPagePermission.objects.bulk_create(missing)
    return bool(missing)


def grant_collection(group, collection, perms):
    existing = set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission_id", flat=True
        )
    )
    missing = [
        GroupCollectionPermission(group=group, collection=collection, permission=perm)
        for perm in perms
        if perm.pk not in existing
    ]
    GroupCollectionPermission.objects.bulk_create(missing)
    return bool(missing)


# --- Groups ---------------------------------------------------------------------------------


def translator_group_name(language_code):
    return f"{TRANSLATORS_PREFIX}{get_language_info(language_code)['name']} ({language_code})"


def translation_languages():
    """Every content language except the source language."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def secretariat_group_names():
    return {SECRETARIAT_EDITORS, SECRETARIAT_MODERATORS}


def snippet_and_setting_models():
    """Models secretariat editors manage besides pages: every snippet, site settings and
    redirects."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.snippets.models import get_snippet_models

    return [*get_snippet_models(), *settings_registry, Redirect]


def secretariat_housekeeping():
    """The site's housekeeping the docs give the secretariat: promoted search results and
    redirects."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.search_promotions.models import SearchPromotion

    return (SearchPromotion, Redirect)


def ensure_secretariat_editors():
    group, created = Group.objects.get_or_create(name=SECRETARIAT_EDITORS)
    changed = created
    model_perms = [permission(*ADMIN_ACCESS), permission(*SUBMIT_TRANSLATION)]
    for model in snippet_and_setting_models():
        model_perms += model_permissions(
            model, ("add", "change", "delete", "publish", "lock", "unlock")
        )
    for model in secretariat_housekeeping():
        model_perms += model_permissions(model, ("add", "change", "delete"))
    changed |= grant(group, *model_perms)
    # The tree root covers the home page of every language.
    root = Page.get_first_root_node()
    changed |= grant_page(group, root, page_permissions(SECRETARIAT_PAGE_ACTIONS))
    collection = Collection.get_first_root_node()
    changed |= grant_collection(group, collection, media_permissions(MEDIA_ACTIONS_ALL))
    # Collections themselves (a private one for embargoed files, one per city).
    changed |= grant_collection(
        group, collection, model_permissions(Collection, ("add", "change", "delete"))
    )
    return group, changed


def ensure_secretariat_moderators():
    """Moderators review; they do not edit. Wagtail publishes an approved change as the
    approving moderator and checks that user's right to publish the page, so they hold
    "publish" (and only that) on the whole tree; without it, approving fails."""
    group, created = Group.objects.get_or_create(name=SECRETARIAT_MODERATORS)
    changed = created | grant(group, permission(*ADMIN_ACCESS))
    root = Page.get_first_root_node()
    changed |= grant_page(group, root, page_permissions(MODERATOR_PAGE_ACTIONS))
    return group, changed


def locale_roots(locale):
    """The top pages (home pages) of one language's tree."""
    return Page.objects.filter(depth=2, locale=locale)


def ensure_translators(language_code):
    group, changed = Group.objects.get_or_create(name=translator_group_name(language_code))
    changed |= grant(group, permission(*ADMIN_ACCESS), permission(*SUBMIT_TRANSLATION))
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is not None:
        perms = page_permissions(TRANSLATOR_PAGE_ACTIONS)
        for home in locale_roots(locale):
            changed |= grant_page(group, home, perms)
    return group, changed


# --- Workflow -------------------------------------------------------------------------------


def ensure_workflow(moderators=None):
    """The "Secretariat review" workflow: one approval task for the secretariat moderators.

    It also replaces Wagtail's default workflow on the tree root, so any page submitted for
    review anywhere reaches the same reviewers."""
    if moderators is None:
        moderators, _changed = ensure_secretariat_moderators()
    changed = False
    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    changed |= created
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        changed = True
    if not task.groups.filter(pk=moderators.pk).exists():
        task.groups.add(moderators)
        changed = True
    _link, created = WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    changed |= created

    root = Page.get_first_root_node()
    if root is not None:
        current = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
        if current is None or current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
            WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
            changed = True
    changed |= retire_wagtail_defaults()
    return workflow, changed


def retire_wagtail_defaults():
    """Remove Wagtail's first-install "Editors"/"Moderators" groups and the "Moderators
    approval" workflow while nobody uses them: they grant rights on the whole tree that no
    role of this site should have by accident."""
    changed = False
    default_workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if (
        default_workflow is not None
        and not WorkflowPage.objects.filter(workflow=default_workflow).exists()
    ):
        if not default_workflow.workflow_states.exists():
            tasks = [link.task for link in default_workflow.workflow_tasks.all()]
            default_workflow.delete()
            for task in tasks:
                if not task.workflow_tasks.exists() and not task.task_states.exists():
                    task.delete()
            changed = True
        elif default_workflow.active:
            default_workflow.deactivate()
            changed = True
    for name in WAGTAIL_DEFAULT_GROUPS:
        group = Group.objects.filter(name=name, user__isnull=True).first()
        if group is not None:
            group.delete()
            changed = True
    return changed


def secretariat_review():
    return Workflow.objects.get(name=WORKFLOW_NAME)


# --- Everything at once ---------------------------------------------------------------------


@transaction.atomic
def ensure_roles():
    """Create or complete every fixed group and the review workflow. Returns True when
    something changed."""
    if Page.get_first_root_node() is None:
        return False
    _editors, changed = ensure_secretariat_editors()
    moderators, moderators_changed = ensure_secretariat_moderators()
    changed |= moderators_changed
    _workflow, workflow_changed = ensure_workflow(moderators)
    changed |= workflow_changed
    for language_code in translation_languages():
        _group, translators_changed = ensure_translators(language_code)
        changed |= translators_changed
    return changed
