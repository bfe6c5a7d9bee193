"""The Nu Html Checker (vnu.jar), run once over a batch of saved HTML documents: the Java
program takes seconds to start, so every page is checked in a single run."""

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

from .tools import java_path, vnu_jar_path


class VnuError(RuntimeError):
    pass


def check_files(paths, timeout=300):
    """{path: [error messages]} for every file; files without errors map to []."""
    paths = [Path(path).resolve() for path in paths]
    results = {path: [] for path in paths}
    if not paths:
        return results
    command = [
        java_path(),
        "-Xss4m",
        "-jar",
        str(vnu_jar_path()),
        "--errors-only",
        "--format",
        "json",
        *[str(path) for path in paths],
    ]
    completed = subprocess.run(  # noqa: S603 - fixed program, our own file names
        command, capture_output=True, text=True, timeout=timeout, check=False
    )
    # vnu writes its JSON report to standard error and exits 1 when it found errors.
    try:
        report = json.loads(completed.stderr)
    except json.JSONDecodeError as error:
        raise VnuError(
            f"vnu.jar did not produce a JSON report (exit {completed.returncode}):\n"
            f"{completed.stderr[-2000:]}{completed.stdout[-2000:]}"
        ) from error
    for message in report.get("messages", []):
        if message.get("type") not in {"error", "non-document-error"}:
            continue
        path = Path(unquote(urlparse(message.get("url", "")).path)).resolve()
        results.setdefault(path, []).append(message)
    return results


def format_messages(messages, max_messages=20):
    lines = []
    for message in messages[:max_messages]:
        where = f"line {message.get('lastLine', '?')}"
        lines.append(f"- {where}: {message.get('message')}")
        if message.get("extract"):
            lines.append(f"    {message['extract'].strip()}")
    if len(messages) > max_messages:
        lines.append(f"… and {len(messages) - max_messages} more")
    return "\n".join(lines)
