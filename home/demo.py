"""Demo content for the home page and the general pages (About, Secretariat, Join and the
legal pages), from home/demo_content/pages.yaml."""

from django.utils.text import slugify
from wagtail.models import Page

from core.demo import in_current_format, replace_default_welcome_page
from core.models import SiteSettings

from .models import FormField, FormPage, HomePage, StandardPage


def ensure_home(demo, fields):
    root = demo.home
    if isinstance(root, HomePage):
        return root
    top = root.get_parent()
    existing = top.get_children().type(HomePage).filter(locale=demo.locale).first()
    if existing is not None:
        home = existing.specific
    else:
        fields = dict(fields)
        hero = fields.pop("hero_image")
        hero = demo.image(hero["title"], hero["alt_text"], seed=hero["seed"], label=hero["label"])
        # Wagtail's placeholder welcome page holds the "home" slug until it is replaced.
        if root.slug == "home" and type(root) is Page:
            root.slug = "wagtail-welcome"
            root.save(update_fields=["slug"])
        home = HomePage(slug="home", locale=demo.locale, hero_image=hero, **fields)
        in_current_format(home)
        top.add_child(instance=home)
        home.save_revision().publish()
    replace_default_welcome_page(home)
    return home


def load(demo):
    data = demo.data("home", "pages")
    home = ensure_home(demo, data["home"])
    demo.registry["home"] = home
    for fields in data["pages"]:
        demo.ensure_page(home, StandardPage, **fields)
    ensure_join_page(demo, home, data["join"])
    legal = {
        fields["slug"]: demo.ensure_page(home, StandardPage, **fields)
        for fields in data["legal_pages"]
    }
    settings = SiteSettings.for_site(home.get_site())
    if not settings.pk or not settings.contact_email:
        settings.show_sample_content_banner = True
        settings.contact_email = "secretariat@gosmart.example"
    settings.privacy_page = settings.privacy_page or legal["privacy"]
    settings.legal_notice_page = settings.legal_notice_page or legal["legal-notice"]
    settings.cookies_page = settings.cookies_page or legal["cookies"]
    settings.accessibility_page = settings.accessibility_page or legal["accessibility"]
    settings.save()


def ensure_join_page(demo, home, fields):
    if demo.child(home, fields["slug"]) is not None:
        return
    fields = dict(fields)
    form_fields = fields.pop("form_fields")
    join = FormPage(locale=demo.locale, to_address="", **fields)
    for order, form_field in enumerate(form_fields):
        join.form_fields.add(
            FormField(
                sort_order=order,
                clean_name=slugify(form_field["label"]).replace("-", "_"),
                locale=demo.locale,
                **form_field,
            )
        )
    home.add_child(instance=join)
    join.save_revision().publish()
