"""The home page: each dialogue's partners, chairs and action plans, in English and French."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from django.templatetags.static import static
from django.test import Client
from django.utils import translation

from processus.kb.models import Dialogue, Membership
from processus.web.templatetags.processus_web import partial_date

from .factories import (
    ActionFactory,
    AreaFactory,
    ChairmanshipFactory,
    CountryFactory,
    DialogueFactory,
    FrameworkFactory,
    MembershipFactory,
    ObjectiveFactory,
    OrganisationFactory,
    PartnerOrganisationFactory,
    ReferenceCountryFactory,
)

pytestmark = pytest.mark.django_db


def page_text(response) -> str:
    """The page's HTML with entities decoded and runs of whitespace collapsed."""
    assert response.status_code == 200
    return " ".join(html.unescape(response.content.decode()).split())


def between(text: str, start: str, end: str) -> str:
    """The part of ``text`` from ``start`` up to the next ``end``."""
    begin = text.index(start)
    return text[begin : text.index(end, begin + len(start))]


def figures(text: str) -> dict[str, str]:
    """The key figures of a page: label → value."""
    return dict(re.findall(r"<dt>([^<]+)</dt> <dd>([^<]+)</dd>", text))


@pytest.fixture
def rabat() -> Dialogue:
    """A small Rabat Process: five partner countries, two organisations, three chairs."""
    dialogue = DialogueFactory(
        key="rabat-process",
        name="Rabat Process",
        name_fr="Processus de Rabat",
        full_name="Euro-African Dialogue on Migration and Development",
        full_name_fr="Dialogue euro-africain sur la migration et le développement",
        founded="2006",
        source_url="https://www.rabat-process.org/",
    )
    countries = {
        code: CountryFactory(
            key=code.lower(), iso_code=code, name=name, name_fr=name_fr, continent=continent
        )
        for code, name, name_fr, continent in [
            ("MA", "Morocco", "Maroc", "Africa"),
            ("SN", "Senegal", "Sénégal", "Africa"),
            ("EG", "Egypt", "Égypte", "Africa"),
            ("ES", "Spain", "Espagne", "Europe"),
            ("DE", "Germany", "Allemagne", "Europe"),
            ("NO", "Norway", "Norvège", "Europe"),
            ("CH", "Switzerland", "Suisse", "Europe"),
        ]
    }
    for code in ("MA", "SN", "EG", "ES", "DE"):
        MembershipFactory(dialogue=dialogue, actor=countries[code])
    # A former partner and an observer are not counted among the partners.
    MembershipFactory(dialogue=dialogue, actor=countries["NO"], since="2006", until="2015")
    MembershipFactory(dialogue=dialogue, actor=countries["CH"], role=Membership.Role.OBSERVER)
    for name, name_fr in [("European Commission", "Commission européenne"), ("ECOWAS", "CEDEAO")]:
        PartnerOrganisationFactory(
            dialogue=dialogue, actor=OrganisationFactory(name=name, name_fr=name_fr)
        )

    ChairmanshipFactory(dialogue=dialogue, actor=countries["SN"], start=dt.date(2022, 1, 1))
    # Known only by its end: it sorts by that period, whatever the database does with NULLs.
    ChairmanshipFactory(
        dialogue=dialogue,
        actor=countries["DE"],
        start=None,
        end=dt.date(2021, 12, 31),
        end_precision="month",
    )
    ChairmanshipFactory(
        dialogue=dialogue,
        actor=countries["ES"],
        start=dt.date(2023, 7, 1),
        start_precision="month",
        end=dt.date(2024, 6, 1),
        end_precision="month",
    )
    ChairmanshipFactory(
        dialogue=dialogue,
        actor=countries["MA"],
        start=dt.date(2024, 7, 1),
        start_precision="month",
    )

    plan = FrameworkFactory(
        dialogue=dialogue,
        key="cadiz-action-plan",
        name="Cadiz Action Plan",
        name_fr="Plan d'action de Cadix",
        period_start=2023,
        period_end=2027,
        actions_total=29,
    )
    area_1 = AreaFactory(
        framework=plan,
        number=1,
        title="Development benefits of migration",
        title_fr="Bénéfices de la migration pour le développement",
    )
    AreaFactory(framework=plan, number=2, title="")
    objective = ObjectiveFactory(area=area_1, number="1", position=1, title="Root causes")
    ObjectiveFactory(area=area_1, number="2", position=2, title="Diaspora engagement")
    ActionFactory(objective=objective, number="1", position=1, title="Map the diaspora")
    ActionFactory(objective=objective, number="2", position=2, title="")
    ReferenceCountryFactory(area=area_1, actor=countries["SN"])
    ObjectiveFactory(area=None, framework=plan, number="7", position=7, title="Return")
    FrameworkFactory(
        dialogue=dialogue,
        key="marrakesh-programme",
        name="Marrakesh Programme",
        period_start=2018,
        period_end=2022,
    )
    return dialogue


def test_english_page_shows_the_dialogue_and_its_partners(client: Client, rabat: Dialogue) -> None:
    text = page_text(client.get("/"))

    assert '<html lang="en"' in text
    assert '<h2 id="dialogue-rabat-process">Rabat Process</h2>' in text
    assert "Euro-African Dialogue on Migration and Development" in text
    numbers = figures(text)
    assert numbers["partner countries"] == "5"
    assert numbers["partner organisations"] == "2"
    assert numbers["founded"] == "2006"
    # Grouped by continent, each group in alphabetical order.
    partners = between(text, "<h3>Partners</h3>", "<h3>")
    assert re.findall(r"<h4>(\w[^<]*)<span", partners) == [
        "Africa ",
        "Europe ",
        "Partner organisations ",
    ]
    assert re.findall(r"<li>([^<]+)</li>", partners) == [
        "Egypt",
        "Morocco",
        "Senegal",
        "Germany",
        "Spain",
        "ECOWAS",
        "European Commission",
    ]
    assert '<h4>Africa <span class="count">(3)</span></h4>' in partners
    assert "Norway" not in text
    assert "Switzerland" not in text


def test_english_page_shows_the_current_chair_and_the_history(
    client: Client, rabat: Dialogue
) -> None:
    text = page_text(client.get("/"))

    assert "Current chair: <strong>Morocco</strong> (since July 2024)" in text
    history = between(text, '<table class="chair-history">', "</table>")
    rows = re.findall(r'<th scope="row">(.*?)</th> <td>(.*?)</td>', history)
    assert rows == [
        ('Morocco <span class="tag">current</span>', "since July 2024"),
        ("Spain", "July 2023 – June 2024"),
        ("Senegal", "from 2022"),
        ("Germany", "… – December 2021"),
    ]


def test_english_page_shows_the_action_plans(client: Client, rabat: Dialogue) -> None:
    text = page_text(client.get("/"))

    cadiz, marrakesh = text.index("Cadiz Action Plan"), text.index("Marrakesh Programme")
    assert cadiz < marrakesh, "the newest plan comes first"
    assert "(2023–2027)" in text
    assert "2 areas, 3 objectives, 2 actions" in text
    assert "The plan sets out 29 actions; 2 are recorded so far." in text
    assert "Area 1</span> Development benefits of migration" in text
    assert "Objective 1</span> Root causes" in text
    assert "Action 1</span> Map the diaspora" in text
    assert "Reference countries: Senegal" in text
    unplaced = text.index("Objectives whose area is not known yet")
    assert unplaced < text.index("Objective 7</span> Return") < marrakesh
    # The empty area title and the empty action title.
    assert text.count("To be completed by an editor") == 2
    assert "0 areas, 0 objectives, 0 actions" in text  # the Marrakesh Programme
    assert '<a href="https://www.rabat-process.org/" rel="external">' in text


def test_french_page(client: Client, rabat: Dialogue) -> None:
    text = page_text(client.get("/fr/"))

    assert '<html lang="fr"' in text
    assert "Processus de Rabat" in text
    assert "Dialogue euro-africain sur la migration et le développement" in text
    numbers = figures(text)
    assert numbers["pays partenaires"] == "5"
    assert numbers["organisations partenaires"] == "2"
    partners = between(text, "<h3>Partenaires</h3>", "<h3>")
    assert re.findall(r"<h4>(\w[^<]*)<span", partners) == [
        "Afrique ",
        "Europe ",
        "Organisations partenaires ",
    ]
    assert re.findall(r"<li>([^<]+)</li>", partners) == [
        "Égypte",
        "Maroc",
        "Sénégal",
        "Allemagne",
        "Espagne",
        "CEDEAO",
        "Commission européenne",
    ]
    assert "Présidence actuelle : <strong>Maroc</strong> (depuis juillet 2024)" in text
    assert "juillet 2023 – juin 2024" in text
    assert "<td>à partir de 2022</td>" in text
    assert "Plan d'action de Cadix" in text
    assert "Domaine 1</span> Bénéfices de la migration pour le développement" in text
    assert "2 domaines, 3 objectifs, 2 actions" in text
    assert text.count("À compléter par un éditeur") == 2
    assert "To be completed" not in text


def test_a_chair_whose_term_has_ended_is_not_called_current(client: Client) -> None:
    dialogue = DialogueFactory(name="Khartoum Process")
    ChairmanshipFactory(
        dialogue=dialogue,
        actor=CountryFactory(name="Eritrea", name_fr="Érythrée"),
        start=dt.date(2019, 3, 1),
        start_precision="month",
        end=dt.date(2019, 12, 31),
    )

    text = page_text(client.get("/"))

    assert "Latest known chair: <strong>Eritrea</strong> (March 2019 – 2019)" in text
    assert "Current chair" not in text
    assert '<span class="tag">current</span>' not in text
    french = page_text(client.get("/fr/"))
    assert "Dernière présidence connue : <strong>Érythrée</strong> (mars 2019 – 2019)" in french


def test_a_plan_whose_name_gives_its_period_does_not_repeat_it(client: Client) -> None:
    FrameworkFactory(name="Cadiz Action Plan 2023-2027", period_start=2023, period_end=2027)

    text = page_text(client.get("/"))

    assert "Cadiz Action Plan 2023-2027</h4>" in text
    assert "(2023–2027)" not in text


def test_only_dialogues_of_kind_dialogue_are_shown(client: Client, rabat: Dialogue) -> None:
    DialogueFactory(name="Khartoum Process", key="khartoum-process")
    DialogueFactory(name="Joint Valletta Action Plan", kind=Dialogue.Kind.INITIATIVE)

    text = page_text(client.get("/"))

    assert "Khartoum Process" in text
    assert "Joint Valletta Action Plan" not in text
    assert '<a href="#dialogue-khartoum-process">' in text, "two dialogues get a table of contents"
    assert "No partners recorded yet." in text
    assert "No chairmanship recorded yet." in text
    assert "No action plan recorded yet." in text


@pytest.mark.parametrize("path", ["/", "/fr/"])
def test_empty_database_explains_how_to_load_the_reference_data(client: Client, path: str) -> None:
    text = page_text(client.get(path))

    assert "<code>processus load-reference</code>" in text
    assert ("No dialogue loaded yet" in text) == (path == "/")
    assert ("Aucun dialogue chargé" in text) == (path == "/fr/")


def test_base_template_has_landmarks_and_a_skip_link(client: Client) -> None:
    text = page_text(client.get("/"))

    assert '<a class="skip-link" href="#main">' in text
    assert '<main id="main"' in text
    for landmark in ("<header", '<nav class="site-nav" aria-label="Main">', "<footer"):
        assert landmark in text
    assert '<meta name="viewport"' in text


@pytest.mark.parametrize("path", ["/", "/fr/"])
def test_no_external_assets_and_no_inline_script_or_style(
    client: Client, rabat: Dialogue, path: str
) -> None:
    text = page_text(client.get(path))

    asset_tags = re.findall(r"<(?:link|script|img|source|iframe|video|audio)\b[^>]*>", text)
    assert asset_tags, "the stylesheet at least"
    for tag in asset_tags:
        assert "http://" not in tag and "https://" not in tag and "//" not in tag, tag
    assert "<script" not in text
    assert "<style" not in text
    assert " style=" not in text


def test_stylesheet_is_served_locally(client: Client) -> None:
    response = client.get(static("web/processus.css"))
    try:
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/css")
        body = b"".join(response.streaming_content).decode()
    finally:
        response.close()
    assert ":focus-visible" in body
    assert "@import" not in body and "url(http" not in body


def _switch_link(text: str, language: str) -> str:
    match = re.search(
        rf'<nav class="language-switch"[^>]*>.*?<a href="([^"]+)" hreflang="{language}"', text
    )
    assert match is not None, f"the page links to its {language} version"
    return html.unescape(match.group(1))


def test_language_switch_goes_to_french_and_back(client: Client, rabat: Dialogue) -> None:
    to_french = _switch_link(page_text(client.get("/")), "fr")
    assert to_french == "/fr/"
    assert '<html lang="fr"' in page_text(client.get(to_french))

    to_english = _switch_link(page_text(client.get("/fr/")), "en")
    assert to_english == "/"
    assert '<html lang="en"' in page_text(client.get(to_english))


def test_language_switch_keeps_the_page_and_its_filters(client: Client, rabat: Dialogue) -> None:
    text = page_text(client.get("/meetings/?kind=workshop&page=1"))
    assert _switch_link(text, "fr") == "/fr/meetings/?kind=workshop&page=1"
    french = page_text(client.get("/fr/meetings/?kind=workshop"))
    assert _switch_link(french, "en") == "/meetings/?kind=workshop"


def test_language_switch_marks_the_current_language(client: Client) -> None:
    text = page_text(client.get("/fr/"))

    assert '<nav class="language-switch" aria-label="Langue">' in text
    assert 'hreflang="fr" lang="fr" aria-current="true">Français</a>' in text
    assert 'hreflang="en" lang="en">English</a>' in text
    assert "set_language" not in text and "csrfmiddlewaretoken" not in text


def test_query_count_does_not_grow_with_the_data(
    client: Client, rabat: Dialogue, django_assert_max_num_queries
) -> None:
    for n in range(3):
        dialogue = DialogueFactory()
        MembershipFactory.create_batch(4, dialogue=dialogue)
        PartnerOrganisationFactory(dialogue=dialogue)
        ChairmanshipFactory.create_batch(2, dialogue=dialogue)
        area = AreaFactory(framework=FrameworkFactory(dialogue=dialogue), number=n + 1)
        ReferenceCountryFactory(area=area)
        ActionFactory.create_batch(3, objective=ObjectiveFactory(area=area))

    # dialogues, memberships, chairmanships, plans, areas, reference countries,
    # objectives, actions: one query each; then meetings per year, upcoming meetings,
    # latest documents, plans in force and their coverage (areas, objectives, actions,
    # links): one query each.
    with django_assert_max_num_queries(16):
        text = page_text(client.get("/"))
    assert text.count('<section class="dialogue"') == 4


@pytest.mark.parametrize(
    ("language", "precision", "expected"),
    [
        ("en", "year", "2024"),
        ("en", "month", "July 2024"),
        ("en", "day", "July 5, 2024"),
        ("fr", "year", "2024"),
        ("fr", "month", "juillet 2024"),
        ("fr", "day", "5 juillet 2024"),
    ],
)
def test_partial_date(language: str, precision: str, expected: str) -> None:
    with translation.override(language):
        assert partial_date(dt.date(2024, 7, 5), precision) == expected
    assert partial_date(None, precision) == ""
