"""axe-core, run inside the page under test."""

import functools

from .tools import axe_path

# WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

RUN_AXE = """
async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
            target: node.target.join(" "),
            html: node.html,
            summary: node.failureSummary,
        })),
    }));
}
"""


@functools.cache
def axe_source():
    return axe_path().read_text(encoding="utf-8")


def run_axe(page, tags=WCAG_TAGS):
    """The violations axe finds in the page as it is now (a list of dicts, empty when clean).

    Needs JavaScript enabled in the page's context: axe's scheduling waits on timers, which
    do not run in a page whose scripts are disabled."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the browser's debugging protocol, which the site's Content
        # Security Policy (no inline scripts) does not block, unlike an added <script>.
        page.evaluate(axe_source() + "\n;undefined")
    return page.evaluate(RUN_AXE, tags)


async def run_axe_async(page, tags=WCAG_TAGS):
    """run_axe for a page of Playwright's asyncio API."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.evaluate(axe_source() + "\n;undefined")
    return await page.evaluate(RUN_AXE, tags)


def format_violations(violations, max_nodes=5):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:max_nodes]:
            lines.append(f"    at {node['target']}: {node['html'][:200]}")
            for detail in (node["summary"] or "").splitlines():
                lines.append(f"      {detail}")
        if len(violation["nodes"]) > max_nodes:
            lines.append(f"    … and {len(violation['nodes']) - max_nodes} more elements")
    return "\n".join(lines)
