"""Turning what visitors type into search terms, and marking those terms in result text.

Only runs of letters and digits become terms: quotes, operators and punctuation are
dropped, so no input can produce a malformed full-text query. Chinese, Japanese and
Korean are written without spaces between words; terms containing those scripts are
matched as substrings (see search.engine) and highlighted wherever they occur.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
MAX_TERM_LENGTH = 60

TERM_RE = re.compile(r"\w+")
# Han (with extensions and compatibility ideographs), kana, Hangul and half-width kana.
CJK_RE = re.compile(
    "["
    "\u1100-\u11ff"  # Hangul Jamo
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\ua960-\ua97f"  # Hangul Jamo extended A
    "\uac00-\ud7ff"  # Hangul syllables, Jamo extended B
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width Katakana
    "]"
)


# Characters written differently in Traditional Chinese, Simplified Chinese and Japanese
# (and the everyday 台 for 臺): a query in one form finds text in the other. Each string is
# one group of interchangeable characters.
VARIANT_GROUPS = (
    "台臺檯",
    "湾灣",
    "国國",
    "区區",
    "县縣",
    "东東",
    "门門",
    "车車",
    "铁鐵鉄",
    "驿驛駅",
    "数數",
    "据據",
    "开開",
    "发發",
    "电電",
    "气氣気",
    "环環",
    "应應",
    "龙龍竜",
    "广廣広",
    "园園",
    "会會",
    "长長",
    "乐樂楽",
    "为為",
    "万萬",
    "关關",
    "联聯",
    "网網",
    "线線",
    "医醫",
    "护護",
    "学學",
    "实實",
    "验驗験",
    "试試",
    "济濟",
    "资資",
    "讯訊",
    "码碼",
    "书書",
    "图圖図",
    "馆館",
    "务務",
    "产產",
    "业業",
    "与與",
    "边邊辺",
    "灵靈霊",
    "宁寧",
    "卫衛",
    "储儲",
    "热熱",
    "价價",
    "宝寶",
    "湿濕",
    "节節",
    "项項",
    "创創",
)
VARIANTS = {character: group for group in VARIANT_GROUPS for character in group}
MAX_VARIANTS = 16


def spellings(term):
    """The term as written in each variant form (itself first), at most MAX_VARIANTS."""
    found = [""]
    for character in term:
        options = VARIANTS.get(character, character)
        found = [start + option for start in found for option in options][:MAX_VARIANTS]
    return [term] + [spelling for spelling in found if spelling != term]


def clean_query(value):
    """The query as it is kept and shown: printable characters only, at most
    MAX_QUERY_LENGTH long, single spaces."""
    value = (value or "")[: MAX_QUERY_LENGTH * 2]
    value = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(value.split())[:MAX_QUERY_LENGTH].strip()


def parse_terms(query):
    """Distinct words of the query, in order, at most MAX_TERMS of them."""
    terms = []
    seen = set()
    for term in TERM_RE.findall(query or ""):
        term = term[:MAX_TERM_LENGTH]
        key = term.casefold()
        if key in seen:
            continue
        seen.add(key)
        terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def has_cjk(text):
    return bool(CJK_RE.search(text or ""))


def term_pattern(terms):
    """One case-insensitive pattern matching any term: words in spaced scripts must
    start at a word boundary, CJK terms match anywhere."""
    if not terms:
        return None
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        escaped = "".join(f"[{VARIANTS[ch]}]" if ch in VARIANTS else re.escape(ch) for ch in term)
        parts.append(escaped if has_cjk(term) else rf"(?<!\w){escaped}")
    return re.compile("|".join(parts), re.IGNORECASE)


def highlight(text, terms, pattern=None):
    """HTML of text with every term wrapped in <mark>; everything else is escaped."""
    text = text or ""
    pattern = pattern or term_pattern(terms)
    if pattern is None:
        return escape(text)
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def excerpt(text, terms, width=220, pattern=None):
    """A window of about `width` characters of text around the first matching term,
    with ellipses where it was cut; None when no term occurs in text."""
    text = " ".join((text or "").split())
    pattern = pattern or term_pattern(terms)
    if pattern is None:
        return None
    match = pattern.search(text)
    if match is None:
        return None
    start = max(0, match.start() - width // 3)
    end = min(len(text), start + width)
    if start > 0:
        # Begin at a word boundary in spaced scripts.
        space = text.rfind(" ", 0, start)
        if space != -1 and start - space < 20:
            start = space + 1
    if end < len(text):
        space = text.find(" ", end)
        if space != -1 and space - end < 20:
            end = space
    snippet = text[start:end].strip(" ,")
    return ("… " if start > 0 else "") + snippet + (" …" if end < len(text) else "")
