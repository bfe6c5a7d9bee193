"""Award results under embargo until their announcement.

An edition's winners and special mentions stay hidden on every public surface, in every
language, until the edition's `results_announced_at` (usually the ceremony): the category
pages list the finalists and say when the results come. The site's visibility rule asks
`held_back` (core.visibility.register_embargo), and every cache turns stale at the moment
itself, so the results appear without anyone publishing anything."""

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from core.caching import cached_for_tree, turn_on_changes_to

from .models import AwardEdition, AwardWinnerPage

EMBARGOED_PLACEMENTS = (
    AwardWinnerPage.Placement.WINNER,
    AwardWinnerPage.Placement.SPECIAL_MENTION,
)


def pending_editions(now):
    """Source-language editions whose results are not public yet."""
    return AwardEdition.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, results_announced_at__gt=now
    )


def held_back(now):
    return AwardWinnerPage.objects.filter(
        placement__in=EMBARGOED_PLACEMENTS,
        edition__translation_key__in=pending_editions(now).values("translation_key"),
    ).values("pk")


def next_announcement(now):
    return pending_editions(now).aggregate(moment=Min("results_announced_at"))["moment"]


def announcements_by_year():
    """{year: moment} for the editions whose results are still to come. Cached with the
    tree: the generation turns at the next announcement (next_announcement), so the answer
    changes exactly when the cache does."""
    return cached_for_tree(
        "awards:pending-announcements",
        lambda: dict(pending_editions(timezone.now()).values_list("year", "results_announced_at")),
    )


def register():
    from core.visibility import register_embargo

    register_embargo(held_back, next_announcement)
    # A new announcement time changes what visitors see at once, on every server.
    turn_on_changes_to(AwardEdition)
