"""A member's award entries (winners and finalists), on its profile (registered in
core.profile_sections)."""

from django.db.models import F, Q

from core import profile_sections

from .models import AwardWinnerPage


def finds(city, source_pk):
    return {}, Q(awardwinnerpage__city_id=source_pk)


def arrange(rows, city):
    if not rows:
        return None
    placements = dict(AwardWinnerPage.Placement.choices)
    for row in rows:
        row.placement_label = placements.get(row.award_placement, "")
    rows.sort(key=lambda row: (-(row.award_year or 0), row.award_placement or "", row.title))
    return {"awards": rows}


def register():
    profile_sections.register(
        profile_sections.ProfileSection(
            model=AwardWinnerPage,
            template="awards/includes/city_profile_section.html",
            finds=finds,
            arrange=arrange,
            values={
                "award_year": F("awardwinnerpage__year"),
                "award_placement": F("awardwinnerpage__placement"),
            },
            order=20,
        )
    )
