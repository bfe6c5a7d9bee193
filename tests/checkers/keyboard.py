"""Keyboard checks in a real browser: the Tab order, focus traps and focus indicators."""

from dataclasses import dataclass, field

# Marks every element reachable with Tab (data-kb) and remembers how it looks unfocused.
MARK_TABBABLE = """
() => {
    const selector = [
        "a[href]", "area[href]", "button", "input", "select", "textarea", "summary",
        "iframe", "audio[controls]", "video[controls]", "[tabindex]", "[contenteditable]",
    ].join(",");
    const seenRadioGroups = new Set();
    const marked = [];
    for (const element of document.querySelectorAll(selector)) {
        if (element.disabled || element.tabIndex < 0 || element.inert) continue;
        // Hidden elements, including the content of a closed <details>, are not rendered.
        if (!element.checkVisibility({visibilityProperty: true})) continue;
        if (element.type === "radio" && element.name) {
            const group = `${element.form ? "form" : "doc"}:${element.name}`;
            const name = CSS.escape(element.name);
            const checked = document.querySelector(`input[type=radio][name="${name}"]:checked`);
            if (seenRadioGroups.has(group) || (checked && checked !== element)) continue;
            seenRadioGroups.add(group);
        }
        element.dataset.kb = String(marked.length);
        marked.push({
            index: marked.length,
            description: describe(element),
            style: focusStyle(element),
        });
    }
    return marked;

    function describe(element) {
        const text = element.getAttribute("aria-label") || element.textContent || element.value;
        const label = (text || "").replace(/\\s+/g, " ").trim().slice(0, 60);
        const id = element.id ? `#${element.id}` : "";
        const classes = element.classList.length ? "." + [...element.classList].join(".") : "";
        return `<${element.tagName.toLowerCase()}${id}${classes}> "${label}"`;
    }
}
"""

# The focus-related style of an element and its ::before/::after pseudo-elements.
FOCUS_STYLE = """
function focusStyle(element) {
    return [null, "::before", "::after"].map((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        return {
            outlineStyle: style.outlineStyle,
            outlineWidth: style.outlineWidth,
            outlineColor: style.outlineColor,
            boxShadow: style.boxShadow,
        };
    });
}
"""

ACTIVE = (
    "() => { const element = document.activeElement;"
    " if (!element || element === document.body || !document.hasFocus()) return null;"
    " return {index: element.dataset.kb === undefined ? null : Number(element.dataset.kb),"
    " tag: element.tagName.toLowerCase(), style: focusStyle(element)}; }"
)


def _with_helpers(function_source):
    # Page functions are evaluated on their own: each carries the helper it needs.
    return "(() => { " + FOCUS_STYLE + " return " + function_source.strip() + "; })()"


def _visible(style):
    transparent = style["outlineColor"] in {"transparent", "rgba(0, 0, 0, 0)"}
    outline = (
        style["outlineStyle"] not in {"none", "hidden"}
        and float(style["outlineWidth"].removesuffix("px") or 0) > 0
        and not transparent
    )
    return outline or style["boxShadow"] not in {"none", ""}


def shows_focus(unfocused, focused):
    """True when focus changes the outline or box-shadow of the element (or one of its
    pseudo-elements) to something visible."""
    return any(
        after != before and _visible(after)
        for before, after in zip(unfocused, focused, strict=True)
    )


@dataclass
class TabWalk:
    tabbable: list  # [{"index", "description", "style"}] in document order
    visited: list = field(default_factory=list)  # indexes in the order Tab reached them
    left_document: bool = False
    unmarked: list = field(default_factory=list)  # focused elements the scan did not expect
    no_indicator: list = field(default_factory=list)  # descriptions

    def problems(self):
        problems = []
        expected = [entry["index"] for entry in self.tabbable]
        names = {entry["index"]: entry["description"] for entry in self.tabbable}
        if not self.left_document:
            last = names.get(self.visited[-1]) if self.visited else "-"
            problems.append(
                f"keyboard trap: Tab never left the page after {len(self.visited)} presses "
                f"(last: {last})"
            )
        repeated = sorted({index for index in self.visited if self.visited.count(index) > 1})
        if repeated:
            problems.append(
                "focus returned to elements before leaving the page: "
                + ", ".join(names[index] for index in repeated)
            )
        missed = [index for index in expected if index not in self.visited]
        if missed:
            problems.append(
                "never reached with Tab: " + ", ".join(names[index] for index in missed)
            )
        if self.visited != sorted(self.visited):
            problems.append(
                "Tab order differs from the reading order: "
                + " → ".join(names[index] for index in self.visited)
            )
        if self.unmarked:
            problems.append("focus went to unexpected elements: " + ", ".join(self.unmarked))
        for description in self.no_indicator:
            problems.append(f"no visible focus indicator: {description}")
        return problems


def walk_with_tab(page, key="Tab"):
    """Press Tab from the top of the page until focus leaves the document, recording which
    elements receive focus and whether each shows a visible focus indicator."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    tabbable = page.evaluate(_with_helpers(MARK_TABBABLE))
    walk = TabWalk(tabbable=tabbable)
    unfocused = {entry["index"]: entry["style"] for entry in tabbable}
    for _ in range(len(tabbable) + 3):
        page.keyboard.press(key)
        active = page.evaluate(_with_helpers(ACTIVE))
        if active is None:
            walk.left_document = True
            break
        if active["index"] is None:
            walk.unmarked.append(f"<{active['tag']}>")
            continue
        walk.visited.append(active["index"])
        if not shows_focus(unfocused[active["index"]], active["style"]):
            walk.no_indicator.append(tabbable[active["index"]]["description"])
    return walk
