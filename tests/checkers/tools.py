"""Where the browser, the checkers and Java live, and whether the browser tests may run."""

import os
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / ".venv" / "node" / "node_modules"

# Debian's Chromium: Playwright's own browser download is not used.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

INSTALL_HINT = (
    "Chromium comes from Debian (apt-get install chromium), Java 17 from Debian "
    "(apt-get install default-jre-headless), axe-core and vnu.jar from `make install-dev`."
)


def chromium_path():
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


def axe_path():
    return Path(os.environ.get("AXE_CORE_JS", NODE_MODULES / "axe-core" / "axe.min.js"))


def vnu_jar_path():
    return Path(os.environ.get("VNU_JAR", NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"))


def java_path():
    return os.environ.get("JAVA") or shutil.which("java") or "/usr/bin/java"


def browser_required():
    """CI sets GOSMART_REQUIRE_BROWSER=1: there a missing tool fails instead of skipping."""
    return os.environ.get("GOSMART_REQUIRE_BROWSER", "").lower() in {"1", "true", "yes"}


def missing(*needs):
    """Names of the tools (chromium, axe, vnu) that are not installed, with their paths."""
    problems = []
    if "chromium" in needs and not os.access(chromium_path(), os.X_OK):
        problems.append(f"Chromium not found at {chromium_path()}")
    if "axe" in needs and not axe_path().is_file():
        problems.append(f"axe-core not found at {axe_path()}")
    if "vnu" in needs:
        if not vnu_jar_path().is_file():
            problems.append(f"vnu.jar not found at {vnu_jar_path()}")
        if not os.access(java_path(), os.X_OK):
            problems.append(f"Java not found at {java_path()}")
    return problems
