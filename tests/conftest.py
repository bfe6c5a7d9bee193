"""Shared fixtures: the demo site is loaded once into the test database and every test
runs inside a transaction that is rolled back, so tests see the same living site."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        # --reuse-db keeps a loaded database between runs: load only into an empty one.
        call_command("load_demo_content", if_empty=True, verbosity=0)
        # The demo announces its 2026 award results on a real date; the tests must not
        # change with the calendar, so every result is public here, and the embargo tests
        # set their own announcement times (tests/test_awards.py).
        from awards.models import AwardEdition

        AwardEdition.objects.update(results_announced_at=None)


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
