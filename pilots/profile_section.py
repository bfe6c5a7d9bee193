"""The pilots a member hosts and the pilots it adopted from others, on its profile
(registered in core.profile_sections)."""

from django.db.models import Exists, F, OuterRef, Q

from core import profile_sections

from .models import PilotPage


def finds(city, source_pk):
    adopted = PilotPage.adopted_by.through.objects.filter(
        pilotpage_id=OuterRef("pk"), citypage_id=source_pk
    )
    hosted = Q(path__startswith=city.path, depth=city.depth + 1)
    return {"pilot_adopted_here": Exists(adopted)}, hosted | Q(pilot_adopted_here=True)


def arrange(rows, city):
    statuses = dict(PilotPage.Status.choices)
    hosted, adopted = [], []
    for row in rows:
        row.status_label = statuses.get(row.pilot_status, "")
        if row.path.startswith(city.path) and row.depth == city.depth + 1:
            hosted.append(row)
        elif row.pilot_adopted_here:
            adopted.append(row)
    if not hosted and not adopted:
        return None
    by_title = lambda pilot: pilot.title.casefold()  # noqa: E731
    return {"hosted": sorted(hosted, key=by_title), "adopted": sorted(adopted, key=by_title)}


def register():
    profile_sections.register(
        profile_sections.ProfileSection(
            model=PilotPage,
            template="pilots/includes/city_profile_section.html",
            finds=finds,
            arrange=arrange,
            values={"pilot_status": F("pilotpage__status")},
            order=10,
        )
    )
