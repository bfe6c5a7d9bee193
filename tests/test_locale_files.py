"""The UI-string catalogs in locale/: complete, reviewed and compilable in every language.

Fails when any catalog has an untranslated or fuzzy entry, or when the code holds a string
that is not in the catalogs yet (the catalogs are extracted again into a scratch copy of
the project and compared).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

ROOT = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
CATALOGS = {
    code: ROOT / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po" for code in LANGUAGES
}
# Not part of the site: nothing visitors or editors read comes from these.
NOT_SCANNED = {
    ".git",
    ".venv",
    "node_modules",
    "media",
    ".test-media",
    "staticfiles",
    "test-artifacts",
    "tests",
    "benchmarks",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
}


def problems(po):
    found = []
    if po.metadata_is_fuzzy:
        found.append("the header is marked fuzzy")
    if "charset=UTF-8" not in po.metadata.get("Content-Type", ""):
        found.append("the header does not declare UTF-8")
    found += [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()]
    found += [f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()]
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalog_is_complete_and_reviewed(code):
    path = CATALOGS[code]
    assert path.exists(), f"no catalog for {code} at {path.relative_to(ROOT)}"
    found = problems(polib.pofile(str(path)))
    assert not found, (
        f"{path.relative_to(ROOT)}: "
        + "; ".join(found[:20])
        + (f" … and {len(found) - 20} more" if len(found) > 20 else "")
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalog_compiles(code, tmp_path):
    command = ["msgfmt", "--check-format", "-o", str(tmp_path / "django.mo"), str(CATALOGS[code])]
    run = subprocess.run  # fixed arguments, no shell
    result = run(command, capture_output=True, text=True, check=False)  # noqa: S603, S607
    assert result.returncode == 0, result.stderr


def test_every_string_in_the_code_is_in_the_catalogs(tmp_path):
    """Extract the strings again, into a copy, and merge them with the committed catalogs:
    a string added to the code since the catalogs were last updated shows as untranslated."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=lambda _dir, names: [n for n in names if n in NOT_SCANNED])
    command = [sys.executable, "manage.py", "makemessages", "--no-location", "--no-wrap"]
    for code in LANGUAGES:
        command += ["-l", to_locale(code)]
    run = subprocess.run  # fixed arguments, no shell
    result = run(command, cwd=copy, capture_output=True, text=True, check=False)  # noqa: S603
    assert result.returncode == 0, result.stderr
    missing = {}
    for code in LANGUAGES:
        po = polib.pofile(str(copy / CATALOGS[code].relative_to(ROOT)))
        found = [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]
        if found:
            missing[code] = found
    assert not missing, "\n".join(
        f"{code}: {len(found)} strings, e.g. {found[:5]}" for code, found in missing.items()
    )
