"""A page's aliases in the languages that follow the source language, made in bulk.

wagtail-localize keeps each synchronised language's tree a copy of the source tree: a page
not yet translated gets an alias there (`synctree.create_aliases_for_new_page`, or
`LocaleSynchronization.sync_trees` for the whole tree). It does so one alias at a time,
through Wagtail's page actions, at about forty queries each: the parent looked up again,
its slugs, its last child, the page validated against the database, the site roots, the
restrictions of every ancestor. Loading or growing the demo makes thousands of aliases,
and the tests' factories several for each page they make.

`add_missing_aliases` makes the same aliases (the same fields, child objects, slugs, tree
positions, view restrictions and log entries, through Wagtail's own copying helpers) while
reading the tree once: a handful of queries per alias. An alias it cannot place (its parent
missing in the target language) is left to wagtail-localize's own path.
"""

import copy
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import get_active_log_context
from wagtail.models import (
    Locale,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Site,
    TranslatableMixin,
)
from wagtail.models.copying import _copy, _copy_m2m_relations

from .caching import one_turn_for_bulk_changes

# As Wagtail's CreatePageAliasAction: an alias has no revisions, tree fields of its own.
EXCLUDED_FIELDS = [
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "index_entries",
    "postgres_index_entries",
    "latest_revision",
]
ROW_FIELDS = ("id", "path", "depth", "translation_key", "locale_id", "slug", "url_path")


def add_missing_aliases(pages=None):
    """Give each page (every page when None), and each of its ancestors, an alias in every
    language synchronised from its language that has neither a translation of it nor an
    alias. Returns the new aliases."""
    from wagtail_localize.models import LocaleSynchronization

    follows = defaultdict(list)  # source locale id -> locale ids kept in step with it
    for source_id, target_id in LocaleSynchronization.objects.values_list(
        "sync_from_id", "locale_id"
    ).order_by("locale__language_code"):
        follows[source_id].append(target_id)
    if not follows:
        return []
    # One turn of the cache generation for all of them, not one per alias.
    with transaction.atomic(), one_turn_for_bulk_changes():
        return _Tree(pages).add_aliases(follows)


class _Tree:
    """The part of the page tree the aliases are made in, read once and kept in step."""

    def __init__(self, pages):
        rows = Page.objects.filter(depth__gt=1)
        if pages is not None:
            paths = {
                page.path[:end]
                for page in pages
                for end in range(2 * Page.steplen, len(page.path) + 1, Page.steplen)
            }
            keys = Page.objects.filter(path__in=paths).values_list("translation_key")
            rows = rows.filter(translation_key__in=keys)
        self.by_path = {}
        self.versions = defaultdict(dict)  # translation key -> {locale id: row}
        for row in rows.values(*ROW_FIELDS):
            self.remember(row)
        self.root = Page.get_first_root_node()
        self.site_root_keys = set(Site.objects.values_list("root_page__translation_key", flat=True))
        # Restrictions are few: all of them, rather than a list of every page's id (more
        # ids than SQLite takes in one query once the tree is grown a hundredfold).
        self.restricted = set(PageViewRestriction.objects.values_list("page_id", flat=True))
        self.locales = {locale.pk: locale for locale in Locale.objects.all()}
        self.parents = {}  # id -> Page, the pages aliases are added under
        self.last_child = {}  # parent id -> path of its last child
        self.child_slugs = {}  # parent id -> slugs of its children
        self.added_children = defaultdict(int)
        self.sources = {}  # id -> the specific page its aliases copy
        self.log_entries = []  # written together at the end
        for page in pages or ():
            self.add_source(page)

    def remember(self, row):
        self.by_path[row["path"]] = row
        self.versions[row["translation_key"]][row["locale_id"]] = row

    def add_aliases(self, follows):
        created = []
        while True:
            wanted = [
                (versions[source_id], target_id)
                for source_id, target_ids in follows.items()
                for target_id in target_ids
                for versions in self.versions.values()
                if source_id in versions and target_id not in versions
            ]
            # Parents before their children, each language's pages in tree order.
            wanted.sort(key=lambda item: (item[0]["depth"], item[1], item[0]["path"]))
            self.load_sources([row for row, _target in wanted])
            before = len(created)
            for row, target_id in wanted:
                # A fallback may have made it already, with the parents it needed.
                if target_id not in self.versions[row["translation_key"]]:
                    created.append(self.add_alias(row, self.locales[target_id]))
            if len(created) == before:
                break
        self.write_pending()
        return created

    def write_pending(self):
        """The parents' new child counts and the log entries, kept until now."""
        for parent_id, count in self.added_children.items():
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)
        self.added_children.clear()
        PageLogEntry.objects.bulk_create(self.log_entries)
        self.log_entries.clear()

    def load_sources(self, rows, batch=500):
        missing = [row["id"] for row in rows if row["id"] not in self.sources]
        for start in range(0, len(missing), batch):
            for page in Page.objects.filter(pk__in=missing[start : start + batch]).specific():
                self.add_source(page)

    def add_source(self, page):
        """Copy the page as it is (as wagtail-localize does: the caller's own instance of a
        page it passes), or its latest draft when it is not live."""
        page = page.specific
        if not page.live:
            page = page.get_latest_revision_as_object()
        if isinstance(page, ClusterableModel):
            # Its child objects are read once and copied for each alias from what was read,
            # on a copy of the instance, so the caller's page is left as it was.
            page = copy.copy(page)
            page._cluster_related_objects = dict(getattr(page, "_cluster_related_objects", {}))
            page._children_read = {
                relation.get_accessor_name(): list(
                    getattr(page, relation.get_accessor_name()).all()
                )
                for relation in get_all_child_relations(page)
            }
        self.sources[page.pk] = page

    def add_alias(self, row, locale):
        source = self.sources[row["id"]]
        parent_row = self.by_path.get(row["path"][: -Page.steplen])
        slug = row["slug"]
        if parent_row is None:  # the source is a root of its language: a sibling root
            parent = self.root
            slug = f"{slug}-{locale.language_code}"
        else:
            target_parent = self.versions[parent_row["translation_key"]].get(locale.pk)
            if target_parent is None:
                return self.fallback(source, locale)
            parent = self.parent(target_parent["id"])
        slug = self.available_slug(parent, slug)

        # Child objects are copied from what was read once, fresh copies for each alias.
        for accessor, children in getattr(source, "_children_read", {}).items():
            setattr(source, accessor, [copy.copy(child) for child in children])
        alias, child_objects = _copy(
            source,
            exclude_fields=EXCLUDED_FIELDS,
            update_attrs={
                "alias_of": source,
                "draft_title": source.title,
                "has_unpublished_changes": not source.live,
                "slug": slug,
                "locale": locale,
            },
        )
        for child in child_objects.values():
            if isinstance(child, TranslatableMixin):
                child.locale = locale
        alias.depth = parent.depth + 1
        alias.path = self.next_child_path(parent)
        alias._cached_parent_obj = parent  # Page.save sets url_path from it
        alias._is_site_root = row["translation_key"] in self.site_root_keys
        alias.save(clean=False, log_action=None)  # logged below, with the alias's creation
        _copy_m2m_relations(source, alias, exclude_fields=EXCLUDED_FIELDS)
        source_parent = self.parent(parent_row["id"]) if parent_row else self.root
        self.log(alias, "wagtail.create", user=alias.owner, content_changed=True)
        self.log(
            alias,
            "wagtail.create_alias",
            data={
                "page": {"id": alias.id, "title": alias.get_admin_display_title()},
                "source": {
                    "id": source_parent.id,
                    "title": source_parent.get_admin_display_title(),
                },
                "destination": {"id": parent.id, "title": parent.get_admin_display_title()},
            },
        )
        if source.pk in self.restricted:
            self.copy_restrictions(source, alias, parent)

        self.added_children[parent.pk] += 1
        self.child_slugs[parent.pk].add(slug)
        self.remember({field: getattr(alias, field) for field in ROW_FIELDS})
        return alias

    def log(self, page, action, user=None, data=None, content_changed=False):
        """The entry Wagtail's log() would write for the page (wagtail.log_actions)."""
        context = get_active_log_context()
        self.log_entries.append(
            PageLogEntry(
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                label=page.get_admin_display_title(),
                action=action,
                timestamp=timezone.now(),
                data=data or {},
                user=user or context.user,
                uuid=context.uuid,
                page=page,
                content_changed=content_changed,
            )
        )

    def parent(self, page_id):
        if page_id not in self.parents:
            self.parents[page_id] = Page.objects.get(pk=page_id)
        return self.parents[page_id]

    def available_slug(self, parent, slug):
        if parent.pk not in self.child_slugs:
            self.child_slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        taken = self.child_slugs[parent.pk]
        if slug not in taken:
            return slug
        return find_available_slug(parent, slug)

    def next_child_path(self, parent):
        if parent.pk not in self.last_child:
            self.last_child[parent.pk] = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
        last = self.last_child[parent.pk]
        position = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        path = Page._get_path(parent.path, parent.depth + 1, position)
        self.last_child[parent.pk] = path
        return path

    def copy_restrictions(self, source, alias, parent):
        """As Wagtail: the source's own restrictions, unless the alias's new ancestors
        restrict it already."""
        if parent.get_view_restrictions().exists():
            return
        for restriction in source.view_restrictions.all():
            copied = PageViewRestriction(
                restriction_type=restriction.restriction_type,
                password=restriction.password,
                page=alias,
            )
            copied.save()
            copied.groups.set(restriction.groups.all())

    def fallback(self, source, locale):
        """wagtail-localize's own path, which also makes the missing parents; the tree read
        here no longer matches, so it is read again where needed."""
        self.write_pending()  # treebeard places the new pages by their parent's count
        alias = source.copy_for_translation(locale, copy_parents=True, alias=True)
        self.last_child.clear()
        self.child_slugs.clear()
        for page in alias.get_ancestors(inclusive=True).filter(depth__gt=1):
            self.remember({field: getattr(page, field) for field in ROW_FIELDS})
        return alias
