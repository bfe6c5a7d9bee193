"""Download links whose text is the page's own words."""


class LinkTextFromDocument:
    """An empty link text takes the document's title when the form is saved. The text readers
    see is then a string of the page, offered in the translation editor like any other;
    falling back to the title only when showing the link left the English title (or a file
    name such as "release") on every translation."""

    def clean(self):
        super().clean()
        if not self.title.strip() and self.document_id:
            self.title = self.document.title[: type(self)._meta.get_field("title").max_length]
