"""Shared fixtures: the demo site is loaded once into the test database and every test
runs inside a transaction that is rolled back, so tests see the same living site.

With pytest-xdist (`make test PYTEST_WORKERS=N`) each worker has a test database of its
own (and, once it runs a browser test, a live site and a Chromium of its own). Tests that
hold something only one worker can have at a time share a group, so one worker runs them
one after another: the tests that start servers and those that use a fixed Redis
database."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from deploy.stack import drop_postgres_database
from tests import demo_snapshot

# Module names whose tests use one of Redis' numbered databases by a fixed number.
FIXED_REDIS_DATABASE = {"test_page_cache", "test_production", "test_stack"}
# Modules whose tests share a costly module-scoped world: kept on one worker, built once.
ONE_WORKER_MODULES = {"test_visibility"}


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("processes") or item.path.stem in FIXED_REDIS_DATABASE:
            item.add_marker(pytest.mark.xdist_group("servers"))
        elif item.path.stem in ONE_WORKER_MODULES:
            item.add_marker(pytest.mark.xdist_group(item.path.stem))


class ServerTestsFirst:
    """The tests that build a small site of their own need only the migrated database,
    ready before the demo is: first in their group, they run while the demo loads. Sorted
    last of all, since pytest-django puts the database tests first."""

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        items.sort(key=lambda item: item.get_closest_marker("processes") is None)


def pytest_configure(config):
    config.pluginmanager.register(ServerTestsFirst(), "gosmart-server-tests-first")
    demo_snapshot.start_run()


def pytest_unconfigure(config):
    if not os.environ.get("PYTEST_XDIST_WORKER"):  # the process that started the run
        demo_snapshot.discard()


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_blocker, django_db_modify_db_settings):
    """The test database: a copy of the run's demo snapshot (tests/demo_snapshot.py), so the
    demo loads once per run however many workers there are. With --reuse-db on PostgreSQL
    a test database that is already there is used as it is."""
    settings_dict = connection.settings_dict
    original_name = settings_dict["NAME"]
    drop = None
    with django_db_blocker.unblock():
        connections.close_all()
        if connection.vendor == "postgresql":
            test_name = settings_dict["TEST"].get("NAME") or f"test_{original_name}"
            url = demo_snapshot.with_database_name(os.environ["DATABASE_URL"], test_name)
            reuse = request.config.getvalue("reuse_db") and not request.config.getvalue("create_db")
            demo = None if reuse and postgres_database_exists(url) else demo_snapshot.snapshot()
            if demo is not None:
                demo.copy_database_to(url)
            if not reuse:
                drop = url
            settings_dict["NAME"] = test_name
        else:
            settings_dict["NAME"] = "file:memorydb_default?mode=memory&cache=shared"
            connection.ensure_connection()
            demo = demo_snapshot.snapshot()
            demo.copy_into_sqlite_connection(connection.connection)
        if demo is not None:  # the files the copied database names
            demo.copy_media_to(settings.MEDIA_ROOT)
        # The demo announces its 2026 award results on a real date; the tests must not
        # change with the calendar, so every result is public here, and the embargo tests
        # set their own announcement times (tests/test_awards.py).
        from awards.models import AwardEdition

        AwardEdition.objects.update(results_announced_at=None)
    yield
    with django_db_blocker.unblock():
        connections.close_all()
        if drop:
            drop_postgres_database(drop)
    settings_dict["NAME"] = original_name


def postgres_database_exists(url):
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5):
            return True
    except psycopg.OperationalError:
        return False


@pytest.fixture(autouse=True)
def source_language_to_start():
    # A request leaves its language active in the thread (Django's LocaleMiddleware does not
    # reset it): without this, what a test reads in the active language (a workflow's name,
    # a label) would depend on the pages the worker's previous test asked for.
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_cache():
    # Cached navigation and routing data would outlive each test's rolled-back transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def count_queries():
    """count_queries(client.get, url) -> (response, number of SQL queries)."""

    def run(callable_, *args, **kwargs):
        with CaptureQueriesContext(connection) as captured:
            result = callable_(*args, **kwargs)
        return result, len(captured.captured_queries)

    return run


@pytest.fixture
def world():
    """Two member cities with their editors, a secretariat editor and a moderator
    (tests/city_world.py)."""
    from tests.city_world import build_world

    return build_world()


@pytest.fixture
def client_a(client, world):
    """The test client, signed in as city A's editor."""
    client.force_login(world.editor_a)
    return client
