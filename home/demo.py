"""Demo content for the home page and the general pages (About, Secretariat, Join)."""

from django.utils.text import slugify
from wagtail.models import Page

from core.demo import replace_default_welcome_page
from core.models import SiteSettings

from .models import FormField, FormPage, HomePage, StandardPage


def rich(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ensure_home(demo):
    root = demo.home
    if isinstance(root, HomePage):
        return root
    top = root.get_parent()
    existing = top.get_children().type(HomePage).filter(locale=demo.locale).first()
    if existing is not None:
        home = existing.specific
    else:
        hero = demo.image(
            "Taipei skyline at dusk",
            "A city skyline at dusk with lit windows in tall buildings.",
            seed=1,
            label="home-hero",
        )
        # Wagtail's placeholder welcome page holds the "home" slug until it is replaced.
        if root.slug == "home" and type(root) is Page:
            root.slug = "wagtail-welcome"
            root.save(update_fields=["slug"])
        home = HomePage(
            title="Go Smart",
            slug="home",
            locale=demo.locale,
            hero_heading="Cities sharing what works",
            hero_intro=(
                "Go Smart brings together member cities and regions on every continent to "
                "test, share and scale solutions that make urban life better."
            ),
            hero_image=hero,
            listing_summary="A global organization of Smart Cities, founded by Taipei.",
            search_description=(
                "Go Smart is a global organization of Smart Cities: member profiles, awards, "
                "pilot projects and open data."
            ),
            body=[
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "The organization in figures",
                        "figures": [
                            {"value": "27", "unit": "", "label": "signatories at launch"},
                            {"value": "6", "unit": "", "label": "Taiwanese special municipalities"},
                            {"value": "7", "unit": "", "label": "languages on this site"},
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": rich(
                        "Member cities publish their strategies and the data they share, host "
                        "proof-of-concept pilots for each other, and compete for the Go Smart "
                        "Awards. The secretariat in Taipei keeps the network connected."
                    ),
                },
            ],
        )
        top.add_child(instance=home)
        home.save_revision().publish()
    replace_default_welcome_page(home)
    return home


def load(demo):
    home = ensure_home(demo)
    demo.registry["home"] = home

    demo.ensure_page(
        home,
        StandardPage,
        "about",
        title="About Go Smart",
        show_in_menus=True,
        intro=(
            "Go Smart is a global organization of Smart Cities founded in Taipei, where "
            "member cities and regions share what they do."
        ),
        listing_summary="Who we are, how the organization started and how it works.",
        body=[
            {"type": "heading", "value": {"text": "How it began", "level": "h2"}},
            {
                "type": "paragraph",
                "value": rich(
                    "The organization was founded on Taipei's initiative, with 27 cities and "
                    "regions signing its charter at launch, joined by Taiwan's special "
                    "municipalities.",
                    "Its members agree to share what they learn: the projects they pilot, the "
                    "data they open and the results they measure.",
                ),
            },
            {
                "type": "quote",
                "value": {
                    "quote": (
                        "A city that tests a solution for another city halves the cost of learning."
                    ),
                    "attribution": "From the founding charter",
                },
            },
        ],
    )
    demo.ensure_page(
        home,
        StandardPage,
        "secretariat",
        title="Secretariat",
        show_in_menus=True,
        intro="The secretariat runs the platform, the awards and the councils.",
        listing_summary="The team that connects members, runs the awards and the councils.",
        body=[
            {
                "type": "paragraph",
                "value": rich(
                    "The secretariat is based in Taipei. It supports member cities in publishing "
                    "their profiles, coordinates the annual Go Smart Awards, organises the council "
                    "meetings and keeps this site's translations up to date."
                ),
            }
        ],
    )
    join = demo.child(home, "join")
    if join is None:
        join = FormPage(
            title="Join Go Smart",
            slug="join",
            locale=demo.locale,
            show_in_menus=True,
            intro=rich(
                "Cities, regions and partner organisations can apply to join. Tell us who you "
                "are and the secretariat will reply within two weeks."
            ),
            thank_you_text=rich("Thank you. The secretariat will be in touch within two weeks."),
            to_address="",
            listing_summary="How cities, regions and partners become members.",
        )
        for order, (label, field_type, required, choices) in enumerate(
            [
                ("Your name", "singleline", True, ""),
                ("E-mail address", "email", True, ""),
                ("City or organisation", "singleline", True, ""),
                ("Type of applicant", "dropdown", True, "City\nRegion\nCompany\nUniversity\nNGO"),
                ("What would you like to share or learn?", "multiline", False, ""),
            ]
        ):
            join.form_fields.add(
                FormField(
                    sort_order=order,
                    label=label,
                    clean_name=slugify(label).replace("-", "_"),
                    field_type=field_type,
                    required=required,
                    choices=choices,
                    locale=demo.locale,
                )
            )
        home.add_child(instance=join)
        join.save_revision().publish()

    settings = SiteSettings.for_site(home.get_site())
    if not settings.pk or not settings.contact_email:
        settings.show_sample_content_banner = True
        settings.contact_email = "secretariat@gosmart.example"
        settings.save()
