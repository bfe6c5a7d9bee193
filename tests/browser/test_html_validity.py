"""Every page type in every language, and the form states that only a submission reaches,
is valid HTML according to the Nu Html Checker. The documents are fetched over plain HTTP
(the HTML the server sends, before any script runs) and checked in one batch."""

import re

import pytest

from tests.checkers.vnu import check_files, format_messages

from .conftest import ARTIFACTS, artifact_stem, require
from .pages import FORM_STATES, LANGUAGES, PAGE_KINDS, matrix, resolve

pytestmark = pytest.mark.browser


def document_name(kind, language):
    return re.sub(r"[^\w.\-]+", "_", f"{language}--{kind}") + ".html"


@pytest.fixture(scope="session")
def validated_documents(live_site, tmp_path_factory):
    """{(kind, language): Document} for every page checked, after one vnu run over all."""
    require("vnu")
    folder = tmp_path_factory.mktemp("html-documents")
    documents = {}
    client = live_site.client()
    for language in LANGUAGES:
        for kind in PAGE_KINDS:
            target = resolve(live_site, kind, language)
            if target is None:
                continue
            status, html = client.get(target.url)
            documents[kind, language] = save(folder, kind, language, target.url, status, html)
    for name, state in FORM_STATES.items():
        form_page = next(
            (page for page in live_site.pages_of(state.page_type, "en") if page.slug == state.slug),
            None,
        )
        if form_page is None:
            continue
        status, html = live_site.client().post_form(form_page.url, state.answers)
        assert state.shows in html, f"{name}: the answers did not reach the expected state"
        documents[name, "en"] = save(folder, name, "en", form_page.url, status, html)
    results = check_files(document.path for document in documents.values())
    for document in documents.values():
        document.errors = results.get(document.path.resolve(), [])
    return documents


class Document:
    def __init__(self, path, url, status):
        self.path = path
        self.url = url
        self.status = status
        self.errors = []


def save(folder, kind, language, url, status, html):
    path = folder / document_name(kind, language)
    path.write_text(html, encoding="utf-8")
    return Document(path, url, status)


def check(request, documents, key):
    document = documents.get(key)
    if document is None:
        pytest.fail(f"The demo content has no page for {key[0]} in {key[1]}.", pytrace=False)
    if not document.errors:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    copy = ARTIFACTS / f"{artifact_stem(request.node)}.html"
    copy.write_text(document.path.read_text(encoding="utf-8"), encoding="utf-8")
    pytest.fail(
        f"{document.url} is not valid HTML (saved as test-artifacts/{copy.name}):\n"
        + format_messages(document.errors),
        pytrace=False,
    )


@pytest.mark.parametrize(("language", "kind"), matrix(LANGUAGES, PAGE_KINDS))
def test_page_is_valid_html(request, validated_documents, language, kind):
    check(request, validated_documents, (kind, language))


@pytest.mark.parametrize("state", list(FORM_STATES))
def test_form_state_is_valid_html(request, validated_documents, state):
    check(request, validated_documents, (state, "en"))
