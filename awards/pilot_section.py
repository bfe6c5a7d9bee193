"""The awards a pilot grew into, on the pilot's page (a section of pilots.PilotPage,
registered in core.page_views): the entries, in the visitor's language, whose "pilot it grew
from" is this pilot. Entries point at the English pilot; translations share its key."""

from core.page_views import register_section
from core.tree import parent_field
from core.visibility import visible

from .models import AwardWinnerPage


def pilot_awards(pilot, request):
    if pilot.pk is None or not pilot.path:  # the preview of a pilot not saved yet
        return None
    entries = list(
        visible(
            AwardWinnerPage.objects.filter(
                locale_id=pilot.locale_id, pilot__translation_key=pilot.translation_key
            ),
            request,
        )
        .annotate(category_title=parent_field("title"))
        .only("id", "title", "path", "depth", "url_path", "year", "placement")
        .order_by("-year", "title")
    )
    if not entries:
        return None
    return {"pilot_awards": entries}


def register():
    register_section(
        "pilots.PilotPage", "awards/includes/pilot_section.html", pilot_awards, order=10
    )
