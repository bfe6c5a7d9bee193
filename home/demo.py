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


def paragraphs(*texts):
    return [{"type": "paragraph", "value": rich(text)} for text in texts]


def section(heading, *texts):
    return [{"type": "heading", "value": {"text": heading, "level": "h2"}}, *paragraphs(*texts)]


# Linked in every page's footer (site settings). Written for this site as it is built: the
# cookies it sets, what the Join form keeps, the accessibility target and how it is tested.
LEGAL_PAGES = {
    "privacy": {
        "title": "Privacy notice",
        "intro": "What the Go Smart secretariat collects through this site, why, and your rights.",
        "listing_summary": "What we collect, why, for how long, and how to reach us about it.",
        "body": [
            *section(
                "Who is responsible",
                "The Go Smart secretariat in Taipei runs this site and decides how the "
                "information described here is used. Write to secretariat@gosmart.example "
                "about anything on this page.",
            ),
            *section(
                "What we collect",
                "Reading the site: nothing that identifies you. The site has no analytics, no "
                "advertising and no tracking from other companies. Our servers keep access logs "
                "(address, time, page asked for) for 30 days to keep the site secure.",
                "The Join form: your name, e-mail address, city or organisation, the kind of "
                "applicant and what you write. We use them only to answer your application, "
                "keep them for two years after the decision, and share them with nobody outside "
                "the secretariat and the council that decides on membership.",
            ),
            *section(
                "Your rights",
                "You may ask to see, correct or delete what we hold about you, or object to its "
                "use, by writing to the address above. We answer within one month.",
            ),
        ],
    },
    "legal-notice": {
        "title": "Legal notice",
        "intro": "Who publishes this site, and on what terms its content may be reused.",
        "listing_summary": "Publisher, contact and the licence of the site's content.",
        "body": [
            *section(
                "Publisher",
                "Go Smart, a global organization of Smart Cities, represented by its "
                "secretariat in Taipei. Contact: secretariat@gosmart.example.",
            ),
            *section(
                "Reusing the content",
                "Text and data on this site are licensed under Creative Commons Attribution 4.0 "
                "unless a page says otherwise; the open-data files state their own licence. "
                "Logos and photographs belong to their owners, named with each picture.",
            ),
            *section(
                "Member cities' pages",
                "Each member city keeps its own profile up to date; the secretariat reviews "
                "every change before it is published.",
            ),
        ],
    },
    "cookies": {
        "title": "Cookies",
        "intro": "This site sets as few cookies as it can, and none to follow you.",
        "listing_summary": "Every cookie this site sets, and why.",
        "body": [
            *section(
                "Cookies for visitors",
                "gosmart_language remembers the language you chose from the language menu, for "
                "one year. It is set only when you choose a language.",
                "csrftoken protects forms, such as the Join form, from being sent by another "
                "site in your name. It is set when a page with a form is shown.",
            ),
            *section(
                "Cookies for editors",
                "sessionid keeps editors, and visitors who entered a page's password, signed in "
                "until they sign out, for at most two weeks.",
            ),
            *section(
                "What we do not use",
                "No analytics, advertising, social media or other third-party cookies. Every "
                "cookie above is needed for the site to work, so there is no consent banner.",
            ),
        ],
    },
    "accessibility": {
        "title": "Accessibility statement",
        "intro": "We want everyone to be able to read and use this site, in every language.",
        "listing_summary": (
            "Our accessibility target, how we test it, and how to tell us about a problem."
        ),
        "body": [
            *section(
                "Our target",
                "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                "level AA in every language, including Arabic, which is read from right to left.",
            ),
            *section(
                "How we check",
                "Every page type is tested automatically in every language, on desktop and "
                "phone screen sizes, with the axe-core accessibility checker and the Nu Html "
                "Checker, and with a keyboard only. Changes that fail these tests are not "
                "published.",
            ),
            *section(
                "Tell us about a problem",
                "If something is hard to use, write to secretariat@gosmart.example with the "
                "page's address. We reply within ten working days.",
            ),
        ],
    },
}


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

    legal = {
        slug: demo.ensure_page(home, StandardPage, slug, **fields)
        for slug, fields in LEGAL_PAGES.items()
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
