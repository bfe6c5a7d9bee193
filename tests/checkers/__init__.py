"""The quality checkers the browser tests run: axe-core for accessibility and the Nu Html
Checker for valid HTML, plus where to find them and Chromium on this machine.

The checkers come from the npm registry (package.json at the repository root pins them) and
`make install-dev` installs them into .venv/node/, beside the Python tools, so nothing
downloaded lands in the work tree. Each location can be overridden with an environment
variable (CHROMIUM, AXE_CORE_JS, VNU_JAR, JAVA)."""
