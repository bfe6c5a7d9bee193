"""The admin's rich text editor (Draftail), refusing a damaged post with a 400.

The editor sends its text as JSON. A post that is not (a crafted request, a broken proxy)
made Wagtail's converter raise and the admin answer 500; here it is a Bad Request, and
nothing is saved."""

from django.core.exceptions import BadRequest
from wagtail.admin.rich_text import DraftailRichTextArea


class StrictDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
            raise BadRequest(
                f"The rich text field {name!r} was not sent as the editor sends it."
            ) from error
