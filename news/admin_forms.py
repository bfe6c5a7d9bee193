"""Admin form of events: start and end are typed as local times at the venue.

Django's admin would read a typed time in the editor's own time zone, so an editor in
Taipei entering 09:00 for a workshop in Madrid would publish it at 02:00 Madrid time.
Here the form shows and reads the two times in the event's time zone instead.
"""

import zoneinfo

from django.utils import timezone

from core.admin_forms import SourceRelationsPageForm


def venue_zone(name):
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


class EventPageForm(SourceRelationsPageForm):
    venue_time_fields = ("start", "end")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = venue_zone(getattr(self.instance, "time_zone", None))
        if zone is None:
            return
        for name in self.venue_time_fields:
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None and timezone.is_aware(value):
                # A naive value is displayed as it is: the venue's wall-clock time.
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone = venue_zone(cleaned_data.get("time_zone"))
        if zone is not None:
            for name in self.venue_time_fields:
                value = cleaned_data.get(name)
                if value is not None:
                    # The field read the typed time in the editor's zone; keep the wall-clock
                    # time and place it in the venue's zone.
                    typed = timezone.make_naive(value) if timezone.is_aware(value) else value
                    cleaned_data[name] = typed.replace(tzinfo=zone)
        return cleaned_data
