"""An HTTP Observatory-style score for one answer, following the rules Mozilla's HTTP
Observatory publishes (scoring starts at 100; each test adds or removes points; bonuses
count only from 90 up; A+ is 100 or more). What a scan of a live host also checks and a
test client cannot (the HSTS preload list, TLS), is left out and noted."""

UNSAFE_SCRIPT = ("'unsafe-inline'", "data:", "http:", "https:", "*")
PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}


def policy(response):
    header = response.get("Content-Security-Policy")
    if not header:
        return None
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def csp_points(response):
    csp = policy(response)
    if csp is None:
        return -25, "csp-not-implemented"
    default = csp.get("default-src", [])
    script = csp.get("script-src", default)
    if any(source in script for source in UNSAFE_SCRIPT) and not any(
        source.startswith(("'nonce-", "'sha", "'strict-dynamic'")) for source in script
    ):
        return -20, "csp-implemented-with-unsafe-inline"
    if "'unsafe-eval'" in script:
        return -10, "csp-implemented-with-unsafe-eval"
    if "'none'" in default and "'unsafe-inline'" not in csp.get("style-src", []):
        return 10, "csp-implemented-with-no-unsafe-default-src-none"
    if "'unsafe-inline'" in csp.get("style-src", default):
        return 0, "csp-implemented-with-unsafe-inline-in-style-src-only"
    return 5, "csp-implemented-with-no-unsafe"


def cookie_points(response):
    if not response.cookies:
        return 0, "cookies-not-found"
    morsels = list(response.cookies.values())
    if not all(m["secure"] for m in morsels):
        return -20, "cookies-without-secure-flag"
    if all(m["httponly"] for m in morsels) and all(m["samesite"] for m in morsels):
        return 5, "cookies-secure-with-httponly-sessions-and-samesite"
    return 0, "cookies-secure-with-httponly-sessions"


def hsts_points(response):
    header = response.get("Strict-Transport-Security", "")
    parts = dict(
        (piece.strip().split("=") + [""])[:2] for piece in header.split(";") if piece.strip()
    )
    if not header:
        return -20, "hsts-not-implemented"
    if int(parts.get("max-age", "0") or 0) < 15_768_000:
        return -10, "hsts-implemented-max-age-less-than-six-months"
    # +5 needs the host on the browsers' preload list: not knowable here.
    return 0, "hsts-implemented-max-age-at-least-six-months"


def referrer_points(response):
    value = response.get("Referrer-Policy")
    if value is None:
        return 0, "referrer-policy-not-implemented"
    if value.split(",")[-1].strip() in PRIVATE_REFERRERS:
        return 5, "referrer-policy-private"
    return -5, "referrer-policy-unsafe"


def nosniff_points(response):
    if response.get("X-Content-Type-Options", "").lower() == "nosniff":
        return 0, "x-content-type-options-nosniff"
    return -5, "x-content-type-options-not-implemented"


def framing_points(response):
    csp = policy(response) or {}
    if csp.get("frame-ancestors") in (["'none'"], ["'self'"]):
        return 5, "x-frame-options-implemented-via-csp"
    if response.get("X-Frame-Options", "").upper() in ("DENY", "SAMEORIGIN"):
        return 0, "x-frame-options-sameorigin-or-deny"
    return -20, "x-frame-options-not-implemented"


def redirect_points(plain_http_response, host):
    location = plain_http_response.get("Location", "")
    if plain_http_response.status_code in (301, 302, 307, 308) and location.startswith(
        f"https://{host}"
    ):
        return 0, "redirection-to-https"
    return -20, "redirection-missing"


def score(response, plain_http_response, host):
    """(score, [test results]) for a page and the answer to its plain-HTTP address."""
    results = [
        csp_points(response),
        cookie_points(response),
        hsts_points(response),
        referrer_points(response),
        nosniff_points(response),
        framing_points(response),
        redirect_points(plain_http_response, host),
    ]
    penalties = sum(points for points, _ in results if points < 0)
    bonuses = sum(points for points, _ in results if points > 0)
    total = 100 + penalties
    if total >= 90:
        total += bonuses
    return total, [name for _, name in results]
