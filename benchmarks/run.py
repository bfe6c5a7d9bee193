"""`make bench`: throughput and latency of every page type, as a share of a trivial view.

Two gunicorn servers (2 sync workers each, production settings) serve the same database, one
with the page cache off and one with it on; each also serves a trivial Django view through the
same middleware. wrk loads one address at a time, in interleaved rounds, and the table shows
medians: requests per second (and as a ratio to the trivial view on the same server), p50 and
p99 latency, SQL queries per uncached render and bytes sent, and the render time in process
with every cache empty (cold) and with the shared fragments cached (warm). Results also go to
benchmarks/results/<timestamp>.json (and latest.json) for `make bench-compare`.

    python -m benchmarks.run [--db sqlite|postgres] [--cache local|redis] [--seconds 3]
                             [--rounds 2] [--languages en,ja]
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from deploy.stack import free_port

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "benchmarks" / ".data"
RESULTS = REPO / "benchmarks" / "results"
PYTHON = sys.executable

# One address per page type (and the listings, feeds and files visitors ask for most);
# "{lang}" is the language prefix. Found on the demo site.
PAGES = [
    ("home", "/{lang}/"),
    ("members index", "/{lang}/members/"),
    ("city profile", "/{lang}/members/taipei/"),
    ("pilots index", "/{lang}/pilots/"),
    ("pilot", None),  # the first pilot, looked up
    ("awards index", "/{lang}/awards/"),
    ("award category", None),
    ("award winner", None),
    ("news index", "/{lang}/news/"),
    ("press room", "/{lang}/news/press/"),
    ("news item", None),
    ("news feed", "/{lang}/news/feed/rss/"),
    ("events index", "/{lang}/events/"),
    ("event", None),
    ("search", "/{lang}/search/?q=taipei"),
    ("open data", "/{lang}/open-data/"),
    ("members CSV", "/{lang}/data/members.csv"),
    ("API cities", "/api/v2/cities/?locale={lang}"),
    ("sitemap index", "/sitemap.xml"),
    ("sitemap", "/sitemap-{lang}.xml"),
]
LOOKED_UP = {
    "pilot": "pilots.PilotPage",
    "award category": "awards.AwardCategoryPage",
    "award winner": "awards.AwardWinnerPage",
    "news item": "news.NewsPage",
    "event": "news.EventPage",
}


def environment(args):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        SECRET_KEY="benchmark-only-key-" + "x" * 40,
        STATIC_ROOT=str(DATA / "static"),
        MEDIA_ROOT=str(DATA / "media"),
        PYTHONUNBUFFERED="1",
    )
    if args.db == "postgres":
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database_name(args)}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{DATA / (database_name(args) + '.sqlite3')}"
    if args.cache == "redis":
        env["CACHE_URL"] = "redis://127.0.0.1:6379/14"
    else:
        env.pop("CACHE_URL", None)
    return env


def database_name(args):
    """One database per size of the content, so 1×, 10× and 100× runs keep their own."""
    base = "gosmart_bench" if args.db == "postgres" else "bench"
    return base if args.factor == 1 else f"{base}_x{args.factor}"


def manage(env, *arguments, quiet=True):
    subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def prepare(args, env):
    """Migrate, load the demo once (kept in benchmarks/.data between runs), collect static."""
    DATA.mkdir(parents=True, exist_ok=True)
    if args.db == "postgres":
        import psycopg

        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
            name = database_name(args)
            exists = db.execute("SELECT 1 FROM pg_database WHERE datname=%s", [name]).fetchone()
            if not exists:
                db.execute(f'CREATE DATABASE "{name}"')
    print("Preparing the database (the demo loads on the first run only)…", flush=True)
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo_content", "--if-empty")
    if args.factor > 1:
        print(f"Growing the content to {args.factor}× (once per database)…", flush=True)
        manage(env, "grow_demo_content", "--factor", str(args.factor))
    manage(env, "collectstatic", "--no-input", "--clear")


def start_server(env, page_cache):
    port = free_port()
    server_env = dict(env, PAGE_CACHE="true" if page_cache else "false")
    log_path = DATA / f"gunicorn-{'cached' if page_cache else 'uncached'}.log"
    log = open(log_path, "wb")
    started = time.monotonic()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
            "gosmart.wsgi:application",
        ],
        cwd=REPO,
        env=server_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            with urllib.request.urlopen(f"{url}/en/", timeout=10) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() - started > 120:
            raise RuntimeError(log_path.read_text(errors="replace")[-3000:])
        time.sleep(0.05)
    return process, url, time.monotonic() - started


LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, seconds):
    out = subprocess.run(
        ["wrk", "-t1", "-c4", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {p: float(v) * UNITS[u] for p, v, u in LATENCY.findall(out)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def addresses(languages):
    """(name, language, path) for every page type, finding the looked-up pages by type."""
    import django

    django.setup()
    from django.apps import apps

    found = []
    for language in languages:
        for name, template in PAGES:
            if template is None:
                page = (
                    apps.get_model(LOOKED_UP[name])
                    .objects.live()
                    .filter(locale__language_code=language)
                    .order_by("path")
                    .first()
                )
                path = page.url
            else:
                path = template.format(lang=language)
            if language != languages[0] and "{lang}" not in (template or "{lang}"):
                continue  # the same address in every language
            found.append((name, language, path))
    return found


def measure_queries(found):
    """SQL queries and bytes of one uncached render of each address (in this process), and
    its render time in process: cold (every cache empty, as for the first visitor after a
    publish) and warm (the shared fragments and tree data cached, as a running site has
    them), medians of a few renders."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")

    def render_ms(path, clear):
        times = []
        for _ in range(5):
            if clear:
                cache.clear()
            started = time.perf_counter()
            response = client.get(path)
            if response.streaming:
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - started) * 1000)
        return round(statistics.median(times), 1)

    figures = {}
    with override_settings(GOSMART_PAGE_CACHE=False):
        for _name, _language, path in found:
            client.get(path)  # warm the per-process caches, as a running server has them
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            figures[path] = {
                "queries": len(captured),
                "bytes": len(body),
                "status": response.status_code,
                "cold_ms": render_ms(path, clear=True),
                "warm_ms": render_ms(path, clear=False),
            }
    return figures


def memory_mib(process):
    """Resident memory of the server's workers (children of the gunicorn master)."""
    total = 0
    for child in Path("/proc").glob("[0-9]*"):
        try:
            stat = (child / "stat").read_text().split()
            if int(stat[3]) == process.pid:
                rss_pages = int((child / "statm").read_text().split()[1])
                total = max(total, rss_pages * os.sysconf("SC_PAGE_SIZE"))
        except (OSError, ValueError, IndexError):
            continue
    return round(total / 2**20, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--cache", choices=["local", "redis"], default="local")
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--languages", default="en,ja")
    parser.add_argument(
        "--factor", type=int, default=1, help="Content size: 10 or 100 runs grow_demo_content."
    )
    parser.add_argument(
        "--pages", default="", help="Only these page types (comma-separated, e.g. 'search,home')."
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk)")
    env = environment(args)
    prepare(args, env)
    os.environ.update(env)
    sys.path.insert(0, str(REPO))
    found = addresses(args.languages.split(","))
    if args.pages:
        wanted = {name.strip() for name in args.pages.split(",")}
        found = [address for address in found if address[0] in wanted]
    figures = measure_queries(found)

    servers = {}
    for cached in (False, True):
        process, url, cold_start = start_server(env, cached)
        servers[cached] = {"process": process, "url": url, "cold_start_s": round(cold_start, 2)}
    try:
        samples = {}
        for round_number in range(args.rounds):
            print(f"Round {round_number + 1} of {args.rounds}…", flush=True)
            for cached, server in servers.items():
                # The yardstick before and after the pages: the machine's speed drifts
                # during a round, and the median of both stands for the whole round.
                trivial = samples.setdefault(("trivial", cached), [])
                trivial.append(wrk(server["url"] + "/bench/trivial/", args.seconds))
                for _name, _language, path in found:
                    result = wrk(server["url"] + path, args.seconds)
                    samples.setdefault((path, cached), []).append(result)
                trivial.append(wrk(server["url"] + "/bench/trivial/", args.seconds))
        memory = {cached: memory_mib(server["process"]) for cached, server in servers.items()}
    finally:
        for server in servers.values():
            server["process"].terminate()
            server["process"].wait(timeout=30)

    def median(key, field):
        values = [s[field] for s in samples[key] if s[field] is not None]
        return round(statistics.median(values), 2) if values else None

    trivial = {cached: median(("trivial", cached), "rps") for cached in servers}
    rows = []
    for name, language, path in found:
        row = {"page": name, "language": language, "path": path, **figures[path]}
        for cached, label in ((False, "uncached"), (True, "cached")):
            rps = median((path, cached), "rps")
            row[label] = {
                "rps": rps,
                "ratio": round(100 * rps / trivial[cached], 1) if rps and trivial[cached] else None,
                "p50_ms": median((path, cached), "p50_ms"),
                "p99_ms": median((path, cached), "p99_ms"),
                "errors": sum(s["errors"] for s in samples[(path, cached)]),
            }
        rows.append(row)

    header = (
        f"{'page':<16} {'lang':<4} {'uncached r/s':>12} {'%triv':>6} {'p50':>6} {'p99':>7} "
        f"{'cached r/s':>11} {'%triv':>6} {'p50':>6} {'p99':>7} {'SQL':>4} {'bytes':>8} "
        f"{'cold ms':>7} {'warm ms':>7}"
    )
    print()
    print(f"Trivial view: {trivial[False]} r/s (page cache off), {trivial[True]} r/s (on)")
    print(header)
    print("-" * len(header))

    def show(value, width, suffix=""):
        return f"{'—' if value is None else str(value) + suffix:>{width}}"

    for row in rows:
        u, c = row["uncached"], row["cached"]
        print(
            f"{row['page']:<16} {row['language']:<4} {show(u['rps'], 12)} "
            f"{show(u['ratio'], 6, '%')} {show(u['p50_ms'], 6)} {show(u['p99_ms'], 7)} "
            f"{show(c['rps'], 11)} {show(c['ratio'], 6, '%')} {show(c['p50_ms'], 6)} "
            f"{show(c['p99_ms'], 7)} {row['queries']:>4} {row['bytes']:>8} "
            f"{row['cold_ms']:>7} {row['warm_ms']:>7}"
        )
    print()
    print(
        f"Cold start to the first page: {servers[False]['cold_start_s']} s; "
        f"worker memory after the run: {memory[False]} MiB (cache off), {memory[True]} MiB (on)"
    )

    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": sys.platform},
        "options": vars(args),
        "trivial_rps": {"uncached": trivial[False], "cached": trivial[True]},
        "cold_start_s": servers[False]["cold_start_s"],
        "worker_memory_mib": {"uncached": memory[False], "cached": memory[True]},
        "pages": rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    for target in (RESULTS / f"{stamp}.json", RESULTS / "latest.json"):
        target.write_text(json.dumps(result, indent=1))
    print(f"Results: {RESULTS / (stamp + '.json')}")


if __name__ == "__main__":
    main()
