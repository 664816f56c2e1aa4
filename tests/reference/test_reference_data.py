"""Pure checks of the reference data shipped in ``processus.reference`` (no database)."""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from processus import reference
from processus.extraction.aliases import name_index

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_countries.py"


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILDER = _load_builder()
fold = BUILDER.fold

COUNTRIES = reference.countries()
ORGANISATIONS = reference.organisations()
DIALOGUES = reference.dialogues()
PARTNERSHIPS = reference.partnerships()
FRAMEWORKS = {f["key"]: f for f in reference.frameworks()}
BY_CODE = {c["code"]: c for c in COUNTRIES}
ORG_KEYS = {o["key"] for o in ORGANISATIONS}


def _actor_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for country in COUNTRIES:
        for text in (country["name"], *country["aliases"]):
            index[fold(text)].add(country["code"])
    for org in ORGANISATIONS:
        for text in (org["name"], org["full_name"], *org["aliases"]):
            index[fold(text)].add(org["key"])
    return index


ACTORS = _actor_index()


def resolve(text: str) -> str:
    (only,) = ACTORS[fold(text)]
    return only


# --- countries -------------------------------------------------------------


def test_countries_json_matches_the_build_script():
    path = ROOT / "src" / "processus" / "reference" / "countries.json"
    assert path.read_text(encoding="utf-8") == BUILDER.render(BUILDER.build())


def test_every_iso_country_is_present():
    assert {c.alpha_2 for c in pycountry.countries} == set(BY_CODE)
    assert len(COUNTRIES) == len(pycountry.countries)


@pytest.mark.parametrize("field", ["code", "alpha3", "numeric", "name"])
def test_country_field_is_unique(field):
    values = [c[field] for c in COUNTRIES]
    assert len(values) == len(set(values))


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda c: c["code"])
def test_country_record_shape(country):
    assert re.fullmatch(r"[A-Z]{2}", country["code"])
    assert re.fullmatch(r"[A-Z]{3}", country["alpha3"])
    assert re.fullmatch(r"\d{3}", country["numeric"])
    assert (country["name"] and "," not in country["name"]) or country["code"] in ("BQ", "SH")
    assert country["name_fr"] and country["official_name"]
    assert country["continent"] in {"Africa", "Europe", "Asia", "Americas", "Oceania", "Antarctica"}
    assert country["name"] not in country["aliases"]
    assert isinstance(country["adjectives"], list)


def test_no_alias_resolves_to_two_actors():
    clashes = {key: sorted(v) for key, v in ACTORS.items() if len(v) > 1}
    assert clashes == {}


def test_no_adjective_resolves_to_two_countries():
    seen: dict[str, set[str]] = defaultdict(set)
    for country in COUNTRIES:
        for adjective in country["adjectives"]:
            seen[fold(adjective)].add(country["code"])
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cote d'Ivoire", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("COTE D'IVOIRE", "CI"),
        ("Kingdom of Morocco", "MA"),
        ("Royaume du Maroc", "MA"),
        ("Maroc", "MA"),
        ("Marruecos", "MA"),
        ("Marrocos", "MA"),
        ("Cape Verde", "CV"),
        ("Cabo Verde", "CV"),
        ("Cap-Vert", "CV"),
        ("the Gambia", "GM"),
        ("The Gambia", "GM"),
        ("Gambia", "GM"),
        ("Gambie", "GM"),
        ("Kingdom of Spain", "ES"),
        ("España", "ES"),
        ("Espagne", "ES"),
        ("Kingdom of Belgium", "BE"),
        ("Republic of Senegal", "SN"),
        ("République du Sénégal", "SN"),
        ("French Republic", "FR"),
        ("Portuguese Republic", "PT"),
        ("DRC", "CD"),
        ("DR Congo", "CD"),
        ("Congo-Kinshasa", "CD"),
        ("République démocratique du Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo", "CG"),
        ("Congo-Brazzaville", "CG"),
        ("Republic of the Congo", "CG"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Great Britain", "GB"),
        ("Royaume-Uni", "GB"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Swaziland", "SZ"),
        ("Eswatini", "SZ"),
        ("Guinée équatoriale", "GQ"),
        ("Equatorial Guinea", "GQ"),
        ("Guinea", "GN"),
        ("Guinée", "GN"),
        ("Guinea-Bissau", "GW"),
        ("Sao Tome and Principe", "ST"),
        ("São Tomé and Príncipe", "ST"),
        ("Mauritanie", "MR"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("South Korea", "KR"),
        ("Moldova", "MD"),
        ("Niger", "NE"),
        ("Nigeria", "NG"),
        ("Tchad", "TD"),
        ("Libye", "LY"),
        ("Algérie", "DZ"),
        ("Pays-Bas", "NL"),
        ("the Netherlands", "NL"),
        ("Allemagne", "DE"),
        ("Suisse", "CH"),
        ("Burkina Faso", "BF"),
        ("Centrafrique", "CF"),
    ],
)
def test_country_alias_resolves(text, code):
    assert resolve(text) == code


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("CI", "Côte d'Ivoire"),
        ("CV", "Cabo Verde"),
        ("GM", "Gambia"),
        ("CG", "Congo"),
        ("CD", "Democratic Republic of the Congo"),
        ("KR", "South Korea"),
        ("MD", "Moldova"),
        ("ES", "Spain"),
        ("MA", "Morocco"),
        ("PT", "Portugal"),
        ("TR", "Türkiye"),
    ],
)
def test_english_short_name(code, name):
    assert BY_CODE[code]["name"] == name


@pytest.mark.parametrize(
    ("code", "region", "continent"),
    [
        ("MA", "Northern Africa", "Africa"),
        ("SN", "Western Africa", "Africa"),
        ("CI", "Western Africa", "Africa"),
        ("CM", "Middle Africa", "Africa"),
        ("ES", "Southern Europe", "Europe"),
        ("PT", "Southern Europe", "Europe"),
        ("FR", "Western Europe", "Europe"),
        ("SE", "Northern Europe", "Europe"),
        ("PL", "Eastern Europe", "Europe"),
        ("ER", "Eastern Africa", "Africa"),
        ("US", "Northern America", "Americas"),
        ("AQ", "Antarctica", "Antarctica"),
    ],
)
def test_region(code, region, continent):
    assert (BY_CODE[code]["region"], BY_CODE[code]["continent"]) == (region, continent)


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("Portuguese", "PT"),
        ("portugaise", "PT"),
        ("Moroccan", "MA"),
        ("marocaine", "MA"),
        ("Spanish", "ES"),
        ("espagnole", "ES"),
        ("Equatoguinean", "GQ"),
        ("Burkinabe", "BF"),
        ("française", "FR"),
        ("Belgian", "BE"),
        ("Nigerian", "NG"),
        ("Nigerien", "NE"),
    ],
)
def test_adjective(adjective, code):
    assert adjective in BY_CODE[code]["adjectives"]


@pytest.mark.parametrize(
    "country",
    [c for c in COUNTRIES if c["continent"] in ("Africa", "Europe") and len(c["alpha3"]) == 3],
    ids=lambda c: c["code"],
)
def test_sovereign_african_and_european_states_have_adjectives(country):
    territories = {"EH", "IO", "TF", "YT", "RE", "SH", "AX", "FO", "GG", "GI", "IM", "JE", "SJ"}
    if country["code"] in territories:
        pytest.skip("territory")
    if country["code"] == "CD":
        pytest.skip("'Congolese' is kept for the Republic of the Congo only")
    assert len(country["adjectives"]) >= 2


# --- organisations ---------------------------------------------------------

CANONICAL = [
    "ICMPD",
    "IOM",
    "UNHCR",
    "UNODC",
    "ECOWAS",
    "European Commission",
    "European Union",
    "African Union",
    "Frontex",
    "EUAA",
    "Mixed Migration Centre",
    "ICRC",
    "FIIAPP",
]
KINDS = {
    "international_organisation",
    "eu_institution",
    "regional_organisation",
    "un_agency",
    "ngo",
    "research",
    "national_agency",
    "secretariat",
    "other",
}


@pytest.mark.parametrize("name", CANONICAL)
def test_canonical_organisation_name_exists(name):
    assert name in {o["name"] for o in ORGANISATIONS}


@pytest.mark.parametrize("org", ORGANISATIONS, ids=lambda o: o["key"])
def test_organisation_record_shape(org):
    assert re.fullmatch(r"[a-z0-9-]+", org["key"])
    assert org["name"] and org["full_name"] and org["kind"] in KINDS
    assert org["url"].startswith("https://")
    assert org["name"] not in org["aliases"]


@pytest.mark.parametrize("field", ["key", "name"])
def test_organisation_field_is_unique(field):
    values = [o[field] for o in ORGANISATIONS]
    assert len(values) == len(set(values))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("EASO", "euaa"),
        ("European Asylum Support Office", "euaa"),
        ("European Union Agency for Asylum", "euaa"),
        ("OIM", "iom"),
        ("International Organization for Migration", "iom"),
        ("IOM - UN Migration", "iom"),
        ("HCR", "unhcr"),
        ("UN Refugee Agency", "unhcr"),
        ("ONUDC", "unodc"),
        ("CEDEAO", "ecowas"),
        ("Commission européenne", "european-commission"),
        ("UA", "african-union"),
        ("Union africaine", "african-union"),
        ("CICR", "icrc"),
        ("Red Cross", "icrc"),
        ("International Committee of the Red Cross - ICRC", "icrc"),
        ("MMC", "mmc"),
        (
            "Fundación Internacional y para Iberoamérica de Administración y Políticas Públicas",
            "fiiapp",
        ),
        ("International Centre for Migration Policy Development", "icmpd"),
        ("WAEMU", "uemoa"),
        ("AIMA I.P.", "aima"),
        ("Secretariat of the Rabat Process", "rabat-process-secretariat"),
        ("Secretaría del Proceso de Jartum", "khartoum-process-secretariat"),
        ("Segretariato del Processo di Praga", "prague-process-secretariat"),
        ("NCFRMI", "ncfrmi"),
        ("DTenV", "dtenv"),
        ("Frontex", "frontex"),
    ],
)
def test_organisation_alias_resolves(text, key):
    assert resolve(text) == key


# --- dialogues -------------------------------------------------------------


@pytest.mark.parametrize("dialogue", DIALOGUES, ids=lambda d: d["key"])
def test_dialogue_record_shape(dialogue):
    assert set(dialogue) >= {
        "key",
        "name",
        "name_fr",
        "full_name",
        "full_name_fr",
        "kind",
        "founded",
        "aliases",
        "source_url",
    }
    assert dialogue["kind"] in {"dialogue", "initiative", "programme", "declaration"}
    assert dialogue["founded"] is None or re.fullmatch(r"\d{4}", dialogue["founded"])


def test_dialogue_aliases_are_unique():
    seen: dict[str, set[str]] = defaultdict(set)
    for dialogue in DIALOGUES:
        for text in (dialogue["name"], *dialogue["aliases"]):
            seen[fold(text)].add(dialogue["key"])
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    "name",
    ["Rabat Process", "Khartoum Process", "Niamey Declaration", "Joint Valletta Action Plan"],
)
def test_named_dialogues_exist(name):
    assert name in {d["name"] for d in DIALOGUES}


# --- partnerships ----------------------------------------------------------


def _actor_known(actor: str) -> bool:
    return actor in BY_CODE or actor in ORG_KEYS


ENTRIES = [
    (kind, entry)
    for kind in ("memberships", "chairmanships", "reference_countries")
    for entry in PARTNERSHIPS[kind]
]


@pytest.mark.parametrize(("kind", "entry"), ENTRIES, ids=lambda v: v if isinstance(v, str) else "")
def test_partnership_entry_has_source_and_known_actor(kind, entry):
    assert entry["source_url"].startswith("http")
    assert _actor_known(entry["actor"])
    assert entry["dialogue"] in {d["key"] for d in DIALOGUES}


def _current(role: str, group: str) -> set[str]:
    return {
        m["actor"]
        for m in PARTNERSHIPS["memberships"]
        if m["dialogue"] == "rabat-process"
        and m["role"] == role
        and m.get("group") == group
        and m["until"] is None
    }


def test_rabat_process_has_28_african_and_29_european_countries():
    african = _current("partner", "africa") | _current("observer", "africa")
    assert len(african) == 28
    assert len(_current("partner", "europe")) == 29
    assert all(BY_CODE[code]["continent"] == "Africa" for code in african)


def test_rabat_process_partner_organisations():
    orgs = {m["actor"] for m in PARTNERSHIPS["memberships"] if m["role"] == "partner_organisation"}
    assert orgs == {"european-union", "ecowas"}


def test_chairmanships_are_ordered_and_well_formed():
    rabat = [c for c in PARTNERSHIPS["chairmanships"] if c["dialogue"] == "rabat-process"]
    pattern = re.compile(r"\d{4}(-\d{2})?")
    for chair in rabat:
        for field in ("start", "end"):
            assert chair[field] is None or pattern.fullmatch(chair[field])
    starts = [c["start"] for c in rabat if c["start"]]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("actor", "start", "end"),
    [("ES", "2021-11", "2022-12"), ("MA", "2022-12", "2024-02"), ("PT", "2024-02", "2025-01")],
)
def test_known_chairmanships(actor, start, end):
    assert {"actor": actor, "start": start, "end": end} in [
        {k: c[k] for k in ("actor", "start", "end")} for c in PARTNERSHIPS["chairmanships"]
    ]


def test_reference_countries_point_to_framework_areas():
    for entry in PARTNERSHIPS["reference_countries"]:
        framework = FRAMEWORKS[entry["framework"]]
        assert entry["area"] in {a["number"] for a in framework["areas"]}


# --- frameworks ------------------------------------------------------------


def _objective_numbers(framework) -> list[str]:
    numbers = [o["number"] for a in framework["areas"] for o in a["objectives"]]
    return numbers + [o["number"] for o in framework.get("unplaced_objectives", [])]


def test_cadiz_has_five_areas_and_ten_objectives():
    cadiz = FRAMEWORKS["cadiz-2023-2027"]
    assert [a["number"] for a in cadiz["areas"]] == [1, 2, 3, 4, 5]
    numbers = _objective_numbers(cadiz)
    assert len(set(numbers)) == len(numbers)
    assert {int(re.match(r"\d+", n).group()) for n in numbers} == set(range(1, 11))
    assert cadiz["objectives_total"] == 10
    assert [o["number"] for o in cadiz["areas"][2]["objectives"]] == ["5a", "5b", "6"]


def test_cadiz_actions_do_not_exceed_29():
    cadiz = FRAMEWORKS["cadiz-2023-2027"]
    actions = [
        int(act["number"]) for a in cadiz["areas"] for o in a["objectives"] for act in o["actions"]
    ]
    assert cadiz["actions_total"] == 29
    assert len(actions) == len(set(actions)) and max(actions) <= 29


def test_marrakesh_border_management_is_domain_4_objective_7():
    marrakesh = FRAMEWORKS["marrakesh-2018-2022"]
    assert len(marrakesh["areas"]) == 5
    domain4 = marrakesh["areas"][3]
    assert domain4["number"] == 4
    assert "7" in [o["number"] for o in domain4["objectives"]]
    assert "border management" in domain4["objectives"][0]["title"]


@pytest.mark.parametrize("framework", list(FRAMEWORKS.values()), ids=lambda f: f["key"])
def test_framework_shape(framework):
    assert framework["dialogue"] == "rabat-process"
    assert re.fullmatch(r"\d{4}", framework["period_start"])
    assert re.fullmatch(r"\d{4}", framework["period_end"])
    assert framework["source_url"].startswith("http")
    for area in framework["areas"]:
        assert isinstance(area["number"], int)
        for objective in area["objectives"]:
            assert isinstance(objective["number"], str)
            for action in objective["actions"]:
                assert isinstance(action["number"], str)
                assert {"title", "title_fr"} <= set(action)


@pytest.mark.parametrize(
    ("text", "entry_type", "name"),
    [
        # exonyms and names in Spanish, Italian and Portuguese
        ("Rabate", "place", "Rabat"),
        ("Nuakchott", "place", "Nouakchott"),
        ("Quinxassa", "place", "Kinshasa"),
        ("Istambul", "place", "Istanbul"),
        ("Cidade do Cabo", "place", "Cape Town"),
        ("Strasburgo", "place", "Strasbourg"),
        ("Siracusa", "place", "Syracuse"),
        ("Rodi", "place", "Rhodes"),
        ("Huelva", "place", "Huelva"),
        ("República del Congo", "country", "Congo"),
        ("RD Congo", "country", "Democratic Republic of the Congo"),
        ("Tchéquia", "country", "Czechia"),
        ("ONUDD", "organisation", "UNODC"),
        ("Proceso de Khartoum", "dialogue", "Khartoum Process"),
        ("Processo de Budapest", "dialogue", "Budapest Process"),
    ],
)
def test_more_names_in_other_languages(text: str, entry_type: str, name: str) -> None:
    [match] = name_index().find(text)
    entry = match.first(entry_type)
    assert entry is not None
    assert entry.name == name
