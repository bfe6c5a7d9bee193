"""Public surfaces of the home app (see core.surfaces)."""

from core.surfaces import Surface, register


def register_surfaces():
    for model in ("home.StandardPage", "home.FormPage"):
        # Menu, language switcher and hreflang alternates, on every page of these types.
        register(Surface(f"page chrome ({model})", page_model=model))
