"""Role wording families in five languages: coordinated genitives, capacities, welcomes,
splits with the verb left out, and named co-chairs beside a host (issue #11)."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract
from processus.extraction.actors import find_actors
from processus.extraction.roles import find_roles, role_lists, unique_names


def _roles(text: str) -> dict[str, list[str]]:
    mentions = find_roles(text, 0, len(text), find_actors(text))
    found = {role: unique_names(items) for role, items in role_lists(mentions).items()}
    return {role: names for role, names in found.items() if names}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second name after its own genitive: "and of", "e della", "y del", "e da"
        ("The meeting was held under the co-chairmanship of Morocco and of Spain.",
         {"chairs": ["Morocco", "Spain"]}),
        ("It met under the chairmanship of Ghana and of Austria.",
         {"chairs": ["Ghana", "Austria"]}),
        ("La riunione si è svolta sotto la presidenza del Marocco e della Spagna.",
         {"chairs": ["Morocco", "Spain"]}),
        ("Si è svolta sotto la copresidenza dell'Italia e del Niger.",
         {"chairs": ["Italy", "Niger"]}),
        ("Se celebró bajo la copresidencia de Marruecos y del Reino de España.",
         {"chairs": ["Morocco", "Spain"]}),
        ("A reunião decorreu sob a presidência de Marrocos e da Espanha.",
         {"chairs": ["Morocco", "Spain"]}),
        ("La réunion s'est tenue sous la co-présidence du Maroc et de l'Espagne.",
         {"chairs": ["Morocco", "Spain"]}),
        # the genitive leads to no name: the list ends
        ("It was chaired by Spain and of the forty delegations twelve were African.",
         {"chairs": ["Spain"]}),
        ("Fu presieduta dal Marocco e della riunione si parlò a lungo.",
         {"chairs": ["Morocco"]}),
        ("Fue presidida por Marruecos y del encuentro salió un plan.",
         {"chairs": ["Morocco"]}),
    ],
)  # fmt: skip
def test_a_coordinated_genitive(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marruecos, en calidad de país anfitrión, abrió la reunión técnica.",
         {"hosts": ["Morocco"]}),
        ("La reunión se celebró en Rabat, con Marruecos en calidad de país anfitrión.",
         {"hosts": ["Morocco"]}),
        ("Marruecos, en su condición de país sede, abrió el taller.", {"hosts": ["Morocco"]}),
        ("Marruecos, en calidad de observador, asistió a la reunión.", {}),
        ("España, en calidad de copresidente, abrió la reunión.", {"chairs": ["Spain"]}),
        ("Il Marocco, in qualità di paese ospitante, ha aperto la riunione.",
         {"hosts": ["Morocco"]}),
        ("L'Egitto, nella sua veste di paese ospite, ha aperto i lavori.", {"hosts": ["Egypt"]}),
        ("Il Marocco, in qualità di osservatore, ha seguito la riunione.", {}),
        ("L'Egitto, come ospite d'onore, ha aperto la riunione.", {}),
        ("Marrocos, na qualidade de país anfitrião, abriu a reunião.", {"hosts": ["Morocco"]}),
        ("Marrocos, na sua qualidade de observador, assistiu à reunião.", {}),
        ("Le Maroc, en sa qualité de pays hôte, a ouvert la réunion.", {"hosts": ["Morocco"]}),
        ("Le Maroc, en sa qualité de membre, a ouvert la réunion.", {}),
        ("Morocco, in its role as host, opened the meeting.", {"hosts": ["Morocco"]}),
        ("Morocco, in its role as observer, followed the meeting.", {}),
    ],
)  # fmt: skip
def test_a_capacity_apposition(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain welcomed participants to the thematic meeting.", {"hosts": ["Spain"]}),
        ("Kenya extended a warm welcome to the delegates in Nairobi.", {"hosts": ["Kenya"]}),
        ("Kenya extended a warm welcome to the proposal.", {}),
        ("España dio la bienvenida a las delegaciones en Madrid.", {"hosts": ["Spain"]}),
        ("España dio una calurosa bienvenida a los participantes.", {"hosts": ["Spain"]}),
        ("España dio la bienvenida a la propuesta de Marruecos.", {}),
        ("L'Italia ha dato il benvenuto ai partecipanti alla riunione di Roma.",
         {"hosts": ["Italy"]}),
        ("L'Italia ha porto il benvenuto alle delegazioni.", {"hosts": ["Italy"]}),
        ("L'Italia ha dato il benvenuto alla decisione del Consiglio.", {}),
        ("Portugal deu as boas-vindas aos participantes da reunião.", {"hosts": ["Portugal"]}),
        ("Portugal deu as boas-vindas às delegações em Lisboa.", {"hosts": ["Portugal"]}),
        ("Portugal deu as boas-vindas à iniciativa da Comissão.", {}),
        ("Le Sénégal a souhaité la bienvenue aux délégations réunies à Dakar.",
         {"hosts": ["Senegal"]}),
        ("Le Sénégal souhaite la bienvenue à tous les participants.", {"hosts": ["Senegal"]}),
        ("Le Sénégal a souhaité la bienvenue à cette initiative.", {}),
    ],
)  # fmt: skip
def test_a_welcome_names_the_host(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "role", "clauses"),
    [
        ("The first meeting was hosted by Senegal, the second by Mauritania.",
         "hosts", [("Senegal", 1), ("Mauritania", 2)]),
        ("La première réunion a été accueillie par le Sénégal, la seconde par la Mauritanie.",
         "hosts", [("Senegal", 1), ("Mauritania", 2)]),
        ("La première a été organisée par l'OIM, la deuxième par l'ICMPD.",
         "organisers", [("IOM", 1), ("ICMPD", 2)]),
        ("La primera reunión fue acogida por Senegal y la segunda por Mauritania.",
         "hosts", [("Senegal", 1), ("Mauritania", 2)]),
        ("La prima riunione è stata ospitata dal Senegal, la seconda dalla Mauritania.",
         "hosts", [("Senegal", 1), ("Mauritania", 2)]),
        ("La prima è stata organizzata dall'OIM, la seconda dall'UNHCR.",
         "organisers", [("IOM", 1), ("UNHCR", 2)]),
        ("A primeira reunião foi acolhida pelo Senegal, a segunda pela Mauritânia.",
         "hosts", [("Senegal", 1), ("Mauritania", 2)]),
        ("The first was chaired by Ghana, the second by Togo and the third by Benin.",
         "chairs", [("Ghana", 1), ("Togo", 2), ("Benin", 3)]),
        # no split: the words after the list say something else
        ("It was co-chaired by Morocco and the EU, the latter represented by Spain.",
         "chairs", [("Morocco", None), ("European Union", None)]),
        ("La réunion a été accueillie par le Sénégal, la seconde étant prévue en juin.",
         "hosts", [("Senegal", None)]),
        ("The meeting was hosted by Senegal, the second largest donor.",
         "hosts", [("Senegal", None)]),
    ],
)  # fmt: skip
def test_a_split_with_its_verb_left_out(
    text: str, role: str, clauses: list[tuple[str, int | None]]
) -> None:
    mentions = role_lists(find_roles(text, 0, len(text), find_actors(text)))[role]
    assert [(m.actor.name, m.clause) for m in mentions] == clauses


_TWO_MEETINGS = (
    "Rabat Process: two thematic meetings in 2025\n\n"
    "The first thematic meeting took place in Nairobi on 3-4 March 2025. The second "
    "thematic meeting took place in Kampala on 10-11 June 2025.\n\n"
    "The first was hosted by Kenya, the second by Uganda.\n"
)
_TWO_MEETINGS_FR = (
    "Processus de Rabat : deux réunions thématiques en 2025\n\n"
    "La première réunion thématique s'est tenue à Dakar les 3 et 4 mars 2025. La seconde "
    "réunion thématique s'est tenue à Nouakchott les 10 et 11 juin 2025.\n\n"
    "La première a été accueillie par le Sénégal, la seconde par la Mauritanie.\n"
)
_ONE_MEETING_TWO_SESSIONS = (
    "Rabat Process thematic meeting, Dakar, 3-4 March 2025\n\n"
    "The thematic meeting took place in Dakar on 3-4 March 2025. The first session was "
    "chaired by Senegal, the second by Spain.\n"
)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (_TWO_MEETINGS, "hosts", [["Kenya"], ["Uganda"]]),
        (_TWO_MEETINGS_FR, "hosts", [["Senegal"], ["Mauritania"]]),
        # one meeting: the split is of its sessions, both chair it
        (_ONE_MEETING_TWO_SESSIONS, "chairs", [["Senegal", "Spain"]]),
    ],
)
def test_each_meeting_takes_its_clause_of_a_split(
    text: str, field: str, expected: list[list[str]]
) -> None:
    records = extract(text, "doc.txt", date(2026, 1, 15)).records
    assert [getattr(r, field) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two co-chairs named: the host is not a third
        ("Hosted by Italy, the meeting was held under the co-chairmanship of Morocco and Spain.",
         {"hosts": ["Italy"], "chairs": ["Morocco", "Spain"]}),
        ("L'Egitto ha ospitato la riunione, copresieduta dall'Italia e dal Niger.",
         {"hosts": ["Egypt"], "chairs": ["Italy", "Niger"]}),
        # one co-chair named, or co-chaired "with" others: the host co-chairs
        ("Hosted by Senegal and co-chaired by Italy.",
         {"hosts": ["Senegal"], "chairs": ["Senegal", "Italy"]}),
        ("Hosted by Ghana, it was co-chaired with Italy and Spain.",
         {"hosts": ["Ghana"], "chairs": ["Ghana", "Italy", "Spain"]}),
        # the host among the named co-chairs
        ("Hosted by Mali, it was co-chaired by Mali and Belgium.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
    ],
)  # fmt: skip
def test_the_host_co_chairs_unless_two_others_are_named(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "jointly" after the participle
        ("The meeting was hosted jointly by Morocco and Spain.",
         {"hosts": ["Morocco", "Spain"]}),
        ("La réunion a été présidée conjointement par le Maroc et l'Espagne.",
         {"chairs": ["Morocco", "Spain"]}),
        ("La réunion a été accueillie conjointement par le Maroc et l'Espagne.",
         {"hosts": ["Morocco", "Spain"]}),
        ("La reunión fue presidida conjuntamente por Marruecos y España.",
         {"chairs": ["Morocco", "Spain"]}),
        ("La reunión fue acogida conjuntamente por Marruecos y España.",
         {"hosts": ["Morocco", "Spain"]}),
        ("La riunione è stata presieduta congiuntamente dal Marocco e dalla Spagna.",
         {"chairs": ["Morocco", "Spain"]}),
        ("La riunione è stata ospitata congiuntamente da Marocco e Spagna.",
         {"hosts": ["Morocco", "Spain"]}),
        ("A reunião foi presidida conjuntamente por Marrocos e Espanha.",
         {"chairs": ["Morocco", "Spain"]}),
        ("A reunião foi acolhida conjuntamente por Marrocos e Espanha.",
         {"hosts": ["Morocco", "Spain"]}),
        # another adverb is no role phrase
        ("La reunión fue presidida finalmente sin Marruecos.", {}),
        ("La riunione è stata ospitata anche grazie all'Italia.", {}),
    ],
)  # fmt: skip
def test_jointly_after_the_participle(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Presidencia: Marruecos", {"chairs": ["Morocco"]}),
        ("Co-presidencia: Marruecos y España", {"chairs": ["Morocco", "Spain"]}),
        ("Copresidentes: Marruecos y España", {"chairs": ["Morocco", "Spain"]}),
        ("Presidenza: Marocco", {"chairs": ["Morocco"]}),
        ("Copresidenza: Marocco e Spagna", {"chairs": ["Morocco", "Spain"]}),
        ("Presidência: Marrocos", {"chairs": ["Morocco"]}),
        ("Copresidência: Marrocos e Espanha", {"chairs": ["Morocco", "Spain"]}),
        ("Présidence : Maroc", {"chairs": ["Morocco"]}),
        ("Coprésidence : Maroc et Espagne", {"chairs": ["Morocco", "Spain"]}),
        ("Chairmanship: Morocco", {"chairs": ["Morocco"]}),
        ("Co-chairmanship: Morocco and Spain", {"chairs": ["Morocco", "Spain"]}),
        ("Anfitrión: Senegal", {"hosts": ["Senegal"]}),
        ("Anfitrião: Senegal", {"hosts": ["Senegal"]}),
        # the word without its colon, or a place after it, gives nobody a role
        ("La Presidencia de Marruecos publicó un informe.", {}),
        ("Sede: Dakar", {}),
        ("La vicepresidenza: nessun paese", {}),
    ],
)  # fmt: skip
def test_card_labels_for_chairs_and_hosts(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's title before the state or body it stands for
        ("The meeting was chaired by the Minister of Interior of Senegal.",
         {"chairs": ["Senegal"]}),
        ("The meeting was chaired by H.E. the Minister of Foreign Affairs of Morocco.",
         {"chairs": ["Morocco"]}),
        ("The meeting was chaired by the Secretary of State for Migration of Spain.",
         {"chairs": ["Spain"]}),
        ("The meeting was chaired by the President of Niger.", {"chairs": ["Niger"]}),
        ("La réunion a été présidée par S.E. le ministre de l'Intérieur du Sénégal.",
         {"chairs": ["Senegal"]}),
        ("La reunión fue presidida por el Ministro del Interior de España.",
         {"chairs": ["Spain"]}),
        ("La riunione è stata presieduta dal Ministro dell'Interno dell'Italia.",
         {"chairs": ["Italy"]}),
        ("A reunião foi presidida pelo Ministro da Administração Interna de Portugal.",
         {"chairs": ["Portugal"]}),
        # the host's words of welcome, spoken by its minister
        ("The meeting opened with a welcome address by the Minister of Foreign Affairs of "
         "the Republic of Senegal.", {"hosts": ["Senegal"]}),
        ("La réunion s'est ouverte sur le discours de bienvenue du ministre de l'Intérieur "
         "du Mali.", {"hosts": ["Mali"]}),
        ("La riunione si è aperta con il saluto di benvenuto del Ministro dell'Interno "
         "del Senegal.", {"hosts": ["Senegal"]}),
        # the first speaker welcomes as host; the chair or a partner after it does not
        ("Opening: welcome words by the Ministry of the Interior of Ghana and by the Chair of "
         "the Rabat Process, Spain.", {"hosts": ["Ghana"], "chairs": ["Spain"]}),
        ("It opened with a welcome address by Senegal and the European Union.",
         {"hosts": ["Senegal"]}),
        ("Elle s'est ouverte par les mots de bienvenue du Mali et de la Belgique.",
         {"hosts": ["Mali"]}),
        # a title with no state after it names nobody
        ("The meeting was chaired by the Minister of Interior and opened by the mayor.", {}),
        ("La reunión fue presidida por el Ministro del Interior en Madrid.", {}),
    ],
)  # fmt: skip
def test_a_title_before_the_state(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Minister of Interior of Senegal, who chaired the meeting, thanked the delegations.",
         {"chairs": ["Senegal"]}),
        ("Senegal, which hosted the meeting, welcomed the recommendations.",
         {"hosts": ["Senegal"]}),
        ("ICMPD, which organised the workshop, presented the study.",
         {"organisers": ["ICMPD"]}),
        ("Le ministre de l'Intérieur du Sénégal, qui a présidé la réunion, a remercié les "
         "délégations.", {"chairs": ["Senegal"]}),
        ("El Ministro del Interior de España, que presidió la reunión, agradeció el apoyo.",
         {"chairs": ["Spain"]}),
        ("L'Italia, che ha ospitato la riunione, ha ringraziato le delegazioni.",
         {"hosts": ["Italy"]}),
        ("O Ministro da Administração Interna de Portugal, que presidiu à reunião, falou.",
         {"chairs": ["Portugal"]}),
        # the relative clause's object is no meeting
        ("Senegal, which hosted refugees for years, spoke first.", {}),
        ("La Spagna, che ha ospitato migliaia di rifugiati, ha parlato.", {}),
    ],
)  # fmt: skip
def test_a_relative_clause_after_the_actor(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'evento si è svolto con il supporto dell'ICMPD.", {"organisers": ["ICMPD"]}),
        ("L'evento si è svolto con il supporto finanziario della Svezia.", {}),
    ],
)
def test_italian_supporto(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spain, which presided over the last meeting, spoke.",
        "Le Sénégal, qui a accueilli la précédente réunion, a pris la parole.",
        "España, que acogió la próxima reunión, tomó la palabra.",
        "L'Italia, che ha ospitato la prima riunione, ha preso la parola.",
        "Portugal, que acolheu a reunião anterior, tomou a palavra.",
    ],
)
def test_a_relative_clause_about_another_meeting(text: str) -> None:
    assert _roles(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a welcome in a relative clause, past an apposition's commas
        ("Senegal, which welcomed the delegations, opened the meeting.", {"hosts": ["Senegal"]}),
        ("Le ministre de l'Intérieur du Sénégal, qui a souhaité la bienvenue aux délégations, "
         "a ouvert la réunion.", {"hosts": ["Senegal"]}),
        ("Senegal, which welcomed the decision, opened the meeting.", {}),
        # a date without commas between the verb and its meeting
        ("Senegal acogió los días 3 y 4 de marzo de 2026 en Dakar un taller técnico.",
         {"hosts": ["Senegal"]}),
        ("Portugal acolheu a 5 de maio de 2026, em Lisboa, a reunião.", {"hosts": ["Portugal"]}),
        ("Spain hosted on 12 October 2026 in Madrid the Senior Officials' Meeting.",
         {"hosts": ["Spain"]}),
        ("Senegal acogió los días 3 y 4 de marzo de 2026 a miles de refugiados.", {}),
        # Italian "accolto", Spanish "albergó" with a meeting as object
        ("La Tunisia ha accolto il 9 e 10 giugno 2026 a Tunisi la riunione tematica.",
         {"hosts": ["Tunisia"]}),
        ("La Tunisia ha accolto con favore la proposta.", {}),
        ("Marruecos albergó la reunión temática en Rabat.", {"hosts": ["Morocco"]}),
        ("Marruecos albergó a miles de migrantes.", {}),
        # co-organised with O
        ("The workshop was facilitated by ICMPD and co-organised with Europol.",
         {"organisers": ["ICMPD", "Europol"]}),
        ("L'atelier a été co-organisé avec l'OIM.", {"organisers": ["IOM"]}),
        ("El taller fue coorganizado con la OIM.", {"organisers": ["IOM"]}),
        ("Il seminario è stato co-organizzato con l'OIM.", {"organisers": ["IOM"]}),
        ("A oficina foi coorganizada com a OIM.", {"organisers": ["IOM"]}),
        ("The workshop was organised with great care for IOM staff.", {}),
    ],
)  # fmt: skip
def test_welcomes_dates_and_co_organisers(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or a date between the participle and its agent
        ("The meeting was hosted in Rabat by Morocco.", {"hosts": ["Morocco"]}),
        ("The meeting was chaired on 5 May by Spain.", {"chairs": ["Spain"]}),
        ("La réunion a été accueillie à Rabat par le Maroc.", {"hosts": ["Morocco"]}),
        ("La réunion a été présidée le 5 mai par l'Espagne.", {"chairs": ["Spain"]}),
        ("La reunión fue acogida en Rabat por Marruecos.", {"hosts": ["Morocco"]}),
        ("La riunione è stata ospitata a Rabat dal Marocco.", {"hosts": ["Morocco"]}),
        ("A reunião foi acolhida em Rabat por Marrocos.", {"hosts": ["Morocco"]}),
        # a conjunction in between: the agent is another participle's
        ("The meeting was hosted in Rabat and co-chaired by Spain.", {"chairs": ["Spain"]}),
        ("La réunion a été accueillie à Rabat et présidée par l'Espagne.",
         {"chairs": ["Spain"]}),
        ("La riunione è stata ospitata a Rabat e presieduta dalla Spagna.",
         {"chairs": ["Spain"]}),
        ("La riunione è stata ospitata dal Marocco e dalla Spagna.",
         {"hosts": ["Morocco", "Spain"]}),
    ],
)  # fmt: skip
def test_a_place_or_date_before_the_agent(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner in a "together with" apposition shares the verb
        ("Spain, together with Morocco, organised the meeting.",
         {"organisers": ["Spain", "Morocco"]}),
        ("La Spagna, insieme al Marocco, ha organizzato la riunione.",
         {"organisers": ["Spain", "Morocco"]}),
        ("España, junto con Marruecos, organizó la reunión.",
         {"organisers": ["Spain", "Morocco"]}),
        ("L'Espagne, conjointement avec le Maroc, a organisé la réunion.",
         {"organisers": ["Spain", "Morocco"]}),
        ("Portugal, juntamente com Marrocos, organizou a reunião.",
         {"organisers": ["Portugal", "Morocco"]}),
        ("Spain, together with Morocco and other partners, spoke.", {}),
        # a presidency convenes: "convened", "convocó", "ha convocato", "convocou", "a convoqué"
        ("The Moroccan Presidency of the Rabat Process convened the meeting.",
         {"organisers": ["Morocco"]}),
        ("La Presidencia marroquí del Proceso de Rabat convocó la reunión.",
         {"organisers": ["Morocco"]}),
        ("La presidenza marocchina del Processo di Rabat ha convocato la riunione.",
         {"organisers": ["Morocco"]}),
        ("A Presidência marroquina do Processo de Rabat convocou a reunião.",
         {"organisers": ["Morocco"]}),
        ("La présidence marocaine du Processus de Rabat a convoqué la réunion.",
         {"organisers": ["Morocco"]}),
        ("La présidence marocaine a convoqué l'ambassadeur.", {}),
        # the words before the verb make a clause about another actor: the verb is its
        ("The Spanish Minister thanked Morocco, which hosted the meeting.",
         {"hosts": ["Morocco"]}),
        ("The Moroccan Presidency thanked Spain, which hosted the meeting.",
         {"hosts": ["Spain"]}),
        ("Ghana's Ministry of Justice and UNODC organised the workshop.",
         {"organisers": ["Ghana", "UNODC"]}),
    ],
)  # fmt: skip
def test_partners_presidencies_and_clauses(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La reunión se celebró por invitación del Gobierno de Senegal.", {"hosts": ["Senegal"]}),
        ("La reunión se celebró a invitación de las autoridades senegalesas.",
         {"hosts": ["Senegal"]}),
        ("La reunión se celebró sin invitación de Senegal.", {}),
        ("Morocco and Spain, co-chairs of the meeting, opened the session.",
         {"chairs": ["Morocco", "Spain"]}),
        ("Marocco e Spagna, in qualità di copresidenti, hanno aperto la sessione.",
         {"chairs": ["Morocco", "Spain"]}),
        ("Marocco e Spagna, in qualità di osservatori, hanno seguito la sessione.", {}),
    ],
)  # fmt: skip
def test_invitations_and_plural_capacities(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with the collaboration or cooperation of O
        ("The meeting was held with the cooperation of IOM.", {"organisers": ["IOM"]}),
        ("La réunion s'est tenue avec la collaboration de l'OIM.", {"organisers": ["IOM"]}),
        ("La reunión se celebró con la colaboración de la OIM.", {"organisers": ["IOM"]}),
        ("La riunione si è svolta con la collaborazione dell'OIM.", {"organisers": ["IOM"]}),
        ("A reunião realizou-se com a colaboração da OIM.", {"organisers": ["IOM"]}),
        ("La reunión se celebró con la participación de la OIM.", {}),
        # a rotating presidency
        ("The meeting was held under the rotating chairmanship of Spain.", {"chairs": ["Spain"]}),
        ("La riunione si è svolta sotto la presidenza di turno spagnola.", {"chairs": ["Spain"]}),
        ("La reunión se celebró bajo la presidencia de turno española.", {"chairs": ["Spain"]}),
        ("La réunion s'est tenue sous la présidence tournante marocaine.",
         {"chairs": ["Morocco"]}),
        ("La réunion s'est tenue sous la présidence tournante.", {}),
        # the presidency in apposition before the state
        ("L'actuelle présidence du Processus de Rabat, l'Espagne, a ouvert la réunion.",
         {"chairs": ["Spain"]}),
        ("La actual presidencia del Proceso de Rabat, España, abrió la reunión.",
         {"chairs": ["Spain"]}),
        ("L'attuale presidenza del Processo di Rabat, la Spagna, ha aperto la riunione.",
         {"chairs": ["Spain"]}),
        ("A atual presidência do Processo de Rabat, Espanha, abriu a reunião.",
         {"chairs": ["Spain"]}),
        ("La presidencia, ejercida por España, abrió la reunión.",
         {"chairs": ["Spain"]}),
        ("La presidencia saliente, ejercida por España, cerró la reunión.", {}),
        # a partner named with the meeting
        ("Senegal co-hosted the meeting with Spain.", {"hosts": ["Senegal", "Spain"]}),
        ("Le Sénégal a co-organisé l'atelier avec l'OIM.", {"organisers": ["Senegal", "IOM"]}),
        ("El Senegal organizó el taller junto con la OIM.", {"organisers": ["Senegal", "IOM"]}),
        ("O Senegal organizou a oficina juntamente com a OIM.",
         {"organisers": ["Senegal", "IOM"]}),
        ("Il Senegal ha organizzato il seminario insieme all'OIM.",
         {"organisers": ["Senegal", "IOM"]}),
        ("Il Senegal ha ospitato, insieme alla Spagna, la riunione tematica.",
         {"hosts": ["Senegal", "Spain"]}),
        # a bare "with" after a plain verb is no partner, nor a crowd after "together with"
        ("Senegal organised the workshop with IOM.", {"organisers": ["Senegal"]}),
        ("Spain hosted the meeting together with forty delegations.", {"hosts": ["Spain"]}),
    ],
)  # fmt: skip
def test_collaborations_rotations_and_partners(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula or "held the presidency of" with a meeting
        ("Senegal was the host country of the meeting.", {"hosts": ["Senegal"]}),
        ("Le Sénégal a été le pays hôte de la réunion.", {"hosts": ["Senegal"]}),
        ("Senegal fue el país anfitrión de la reunión.", {"hosts": ["Senegal"]}),
        ("Il Senegal è stato il paese ospitante della riunione.", {"hosts": ["Senegal"]}),
        ("O Senegal foi o país anfitrião da reunião.", {"hosts": ["Senegal"]}),
        ("Uganda is the host country of over a million refugees.", {}),
        ("Spain acted as chair of the meeting.", {"chairs": ["Spain"]}),
        ("Spain took the chair of the meeting.", {"chairs": ["Spain"]}),
        ("L'Espagne a assuré la présidence de la réunion.", {"chairs": ["Spain"]}),
        ("España ejerció la presidencia de la reunión.", {"chairs": ["Spain"]}),
        ("La Spagna ha assunto la presidenza della riunione.", {"chairs": ["Spain"]}),
        ("Portugal assegurou a presidência da reunião.", {"chairs": ["Portugal"]}),
        ("España ejerce la presidencia del Proceso de Rabat.", {}),
        ("Spain is the chair of the Rabat Process.", {}),
        # co-organisers in an apposition
        ("The event was opened by Ghana and IOM, co-organisers of the workshop.",
         {"organisers": ["Ghana", "IOM"]}),
        ("Ghana et l'OIM, en tant que co-organisateurs, ont ouvert l'événement.",
         {"organisers": ["Ghana", "IOM"]}),
        ("Ghana y la OIM, como coorganizadores, abrieron el evento.",
         {"organisers": ["Ghana", "IOM"]}),
        ("Ghana e OIM, in qualità di co-organizzatori, hanno aperto l'evento.",
         {"organisers": ["Ghana", "IOM"]}),
        ("O Gana e a OIM, enquanto coorganizadores, abriram o evento.",
         {"organisers": ["Ghana", "IOM"]}),
        ("Ghana and IOM, as observers, followed the event.", {}),
    ],
)  # fmt: skip
def test_copulas_and_co_organisers(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hosted by Ghana, it was chaired jointly with Italy.",
         {"hosts": ["Ghana"], "chairs": ["Ghana", "Italy"]}),
        ("Hosted by Ghana, it was jointly chaired with Italy.",
         {"hosts": ["Ghana"], "chairs": ["Ghana", "Italy"]}),
        ("Hosted by Ghana, it was co-chaired together with Italy.",
         {"hosts": ["Ghana"], "chairs": ["Ghana", "Italy"]}),
        ("Accueillie par le Mali, elle a été présidée conjointement avec la Belgique.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        ("Acogida por Mali, fue copresidida junto con Bélgica.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        ("Acogida por Mali, fue presidida conjuntamente con Bélgica.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        ("Ospitata dal Mali, è stata copresieduta insieme al Belgio.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        ("Ospitata dal Mali, è stata presieduta congiuntamente con il Belgio.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        ("Acolhida pelo Mali, foi copresidida juntamente com a Bélgica.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        ("Acolhida pelo Mali, foi presidida em conjunto com a Bélgica.",
         {"hosts": ["Mali"], "chairs": ["Mali", "Belgium"]}),
        # a partner named with another verb is no co-chair
        ("Hosted by Ghana, it was prepared jointly with Italy.", {"hosts": ["Ghana"]}),
        ("Accueillie par le Mali, elle a été préparée conjointement avec la Belgique.",
         {"hosts": ["Mali"]}),
        ("Ospitata dal Mali, è stata preparata insieme al Belgio.", {"hosts": ["Mali"]}),
    ],
)  # fmt: skip
def test_chaired_jointly_with_a_partner(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capacity of host in an apposition after the actor
        ("The meeting was opened by the Minister of the Interior of Niger, host of the event.",
         {"hosts": ["Niger"]}),
        ("La réunion a été ouverte par le ministre de l'Intérieur du Niger, pays hôte.",
         {"hosts": ["Niger"]}),
        ("La reunión fue abierta por Senegal, país anfitrión.", {"hosts": ["Senegal"]}),
        ("La riunione è stata aperta dall'Italia, paese ospitante.", {"hosts": ["Italy"]}),
        ("A reunião foi aberta por Cabo Verde, país anfitrião.", {"hosts": ["Cabo Verde"]}),
        ("Gambia, host of the next meeting, spoke first.", {}),
        # co-chairs named in an apposition, with their number
        ("France and Senegal, the two co-chairs, opened the thematic meeting.",
         {"chairs": ["France", "Senegal"]}),
        ("France and Senegal, the two partners, opened the thematic meeting.", {}),
        # a ministry named with a plural or contracted article stands for its state
        ("O seminário foi organizado pelo Ministério dos Negócios Estrangeiros de Portugal.",
         {"organisers": ["Portugal"]}),
        ("La réunion a été organisée par le Ministère des Affaires étrangères du Sénégal.",
         {"organisers": ["Senegal"]}),
        # a person's name before the title that stands for the state
        ("The meeting was chaired by Ms Jane Doe, Director General of Migration of Ghana.",
         {"chairs": ["Ghana"]}),
        ("La réunion a été présidée par M. Jean Dupont, directeur général de la migration du "
         "Sénégal.", {"chairs": ["Senegal"]}),
        ("The meeting was organised by Mr John Smith, a consultant from Ghana.", {}),
        ("The meeting was hosted by Spain, Morocco and Senegal.",
         {"hosts": ["Spain", "Morocco", "Senegal"]}),
        # the name of a state's body after its adjective or its state, in a list or as subject
        ("The meeting was co-organised by the Italian Ministry of Interior and the Egyptian "
         "Ministry of Foreign Affairs.", {"organisers": ["Italy", "Egypt"]}),
        ("The German Federal Foreign Office organised the workshop in Berlin.",
         {"organisers": ["Germany"]}),
        ("The Ghana Immigration Service organised the workshop in Accra.",
         {"organisers": ["Ghana"]}),
        ("The Ghana Institute of Management organised the workshop in Accra.", {}),
    ],
)  # fmt: skip
def test_appositions_persons_and_state_bodies(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner after the verb shares the verb's role, not the subject's capacity
        ("Morocco, current chair of the Rabat Process, organised the meeting together with "
         "ICMPD.", {"chairs": ["Morocco"], "organisers": ["Morocco", "ICMPD"]}),
        ("Le Maroc, président du Processus de Rabat, a organisé la réunion conjointement avec "
         "l'OIM.", {"chairs": ["Morocco"], "organisers": ["Morocco", "IOM"]}),
        ("Spain, together with Morocco, hosted the meeting.", {"hosts": ["Spain", "Morocco"]}),
    ],
)  # fmt: skip
def test_a_partner_shares_the_verb_not_the_capacity(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secretary-general or a permanent secretary of a ministry stands for its state
        ("The meeting was chaired by the Secretary-General of the Ministry of Foreign Affairs "
         "of Côte d'Ivoire.", {"chairs": ["Côte d'Ivoire"]}),
        ("La réunion a été présidée par le secrétaire général du ministère des Affaires "
         "étrangères du Sénégal.", {"chairs": ["Senegal"]}),
        ("The meeting was chaired by the Permanent Secretary of the Ministry of Interior of "
         "Kenya.", {"chairs": ["Kenya"]}),
        ("La reunión fue presidida por el Secretario General del Ministerio del Interior de "
         "España.", {"chairs": ["Spain"]}),
        ("The meeting was chaired by the Secretary-General of the Ministry and opened by the "
         "mayor of Nairobi.", {}),
        # a copula with an elided or feminine article
        ("Le Sénégal a été l'hôte de la réunion thématique.", {"hosts": ["Senegal"]}),
        ("España fue la anfitriona de la reunión temática.", {"hosts": ["Spain"]}),
        ("A Guiné-Bissau foi a anfitriã da reunião temática.", {"hosts": ["Guinea-Bissau"]}),
        ("Le Sénégal a été l'hôte de nombreux réfugiés.", {}),
    ],
)  # fmt: skip
def test_secretaries_general_and_copulas(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the co- verb's partner after the meeting and its topic
        ("Morocco co-chaired the thematic meeting on legal migration with Spain.",
         {"chairs": ["Morocco", "Spain"]}),
        ("Le Maroc a co-organisé l'atelier sur le retour avec l'OIM.",
         {"organisers": ["Morocco", "IOM"]}),
        ("Il Senegal ha organizzato il seminario sul rimpatrio insieme all'OIM.",
         {"organisers": ["Senegal", "IOM"]}),
        # ... or right after the verb, before the meeting
        ("Marruecos copresidió junto a España la reunión temática.",
         {"chairs": ["Morocco", "Spain"]}),
        ("Senegal co-hosted with Spain the thematic meeting.", {"hosts": ["Senegal", "Spain"]}),
        # a plain verb's bare "with" stays no partner, with a topic or before the meeting
        ("Senegal organised the workshop on return with IOM.", {"organisers": ["Senegal"]}),
        ("Marruecos presidió con España la reunión temática.", {"chairs": ["Morocco"]}),
        # the topic runs to the sentence's end: what follows is no partner
        ("Morocco co-chaired the meeting on return. With Spain, it prepared the next one.",
         {"chairs": ["Morocco"]}),
    ],
)  # fmt: skip
def test_a_co_verbs_partner_beside_the_meeting(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card's "Organisation:" line names the organisers, ECOWAS's Commission in five
        # languages
        ("Lieu : Bamako\nOrganisation : Commission de la CEDEAO, avec l'appui de l'OIM\n",
         {"organisers": ["ECOWAS", "IOM"]}),
        ("Venue: Bamako\nOrganisation: ECOWAS Commission\n", {"organisers": ["ECOWAS"]}),
        ("Organiza: Comisión de la CEDEAO\n", {"organisers": ["ECOWAS"]}),
        ("Organizado pela Comissão da CEDEAO.", {"organisers": ["ECOWAS"]}),
        # inside a sentence the word is no card's label
        ("The workshop discussed the organisation: ECOWAS Commission staff attended.\n", {}),
    ],
)  # fmt: skip
def test_an_organisation_card_line(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart named by nationality co-chairs beside the co- verb's subject
        ("Ghana co-chaired the workshop on return in Accra alongside its Belgian counterpart.",
         {"chairs": ["Ghana", "Belgium"]}),
        ("Le Sénégal a coprésidé l'atelier à Dakar aux côtés de son homologue français.",
         {"chairs": ["Senegal", "France"]}),
        ("Marruecos copresidió la reunión en Rabat junto a su homólogo español.",
         {"chairs": ["Morocco", "Spain"]}),
        ("L'Italia ha copresieduto la riunione a Roma insieme al suo omologo libico.",
         {"chairs": ["Italy", "Libya"]}),
        ("Portugal copresidiu a reunião em Lisboa juntamente com o seu homólogo cabo-verdiano.",
         {"chairs": ["Portugal", "Cabo Verde"]}),
        # a plain verb's counterpart stays no partner, nor does a counterpart named no state
        ("Ghana chaired the workshop on return alongside its Belgian counterpart.",
         {"chairs": ["Ghana"]}),
        ("Ghana co-chaired the workshop alongside his counterpart.", {"chairs": ["Ghana"]}),
    ],
)  # fmt: skip
def test_a_counterpart_beside_the_co_chair(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agenda's "…, host country" names its own actor: the next line's speaker is none
        ("Welcome remarks by the Government of Kenya, host country\nRemarks by the Chair of "
         "the Khartoum Process, France\n",
         {"hosts": ["Kenya"], "chairs": ["France"]}),
        ("Mot de bienvenue du Gouvernement du Sénégal, pays hôte\nAllocution de la présidence "
         "du Processus de Rabat, Espagne\n", {"hosts": ["Senegal"], "chairs": ["Spain"]}),
        # a label, on its line or above its value, still names the host
        ("Host country: Kenya\n", {"hosts": ["Kenya"]}),
        ("Pays hôte\nle Sénégal\n", {"hosts": ["Senegal"]}),
    ],
)  # fmt: skip
def test_an_agenda_lines_host_country(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thanks for hosting in a post's words
        ("¡Gracias a Marruecos por acoger el taller!", {"hosts": ["Morocco"]}),
        ("Grazie all'Italia per aver ospitato la riunione.", {"hosts": ["Italy"]}),
        ("Obrigado a Cabo Verde por acolher a reunião.", {"hosts": ["Cabo Verde"]}),
        # thanks for something else name no host
        ("¡Gracias a Marruecos por su apoyo!", {}),
        ("Grazie all'Italia per il sostegno.", {}),
        ("Obrigado a Cabo Verde pela participação.", {}),
        # a post's handles and tags are the names they carry
        ("The workshop was organised by @ICMPD and @IOM.", {"organisers": ["ICMPD", "IOM"]}),
        ("Hosted by #Senegal, the workshop opened today.", {"hosts": ["Senegal"]}),
    ],
)  # fmt: skip
def test_thanks_in_posts_and_handles(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pro tempore presidency chairs
        ("The meeting was held under the pro tempore presidency of Honduras.",
         {"chairs": ["Honduras"]}),
        ("La reunión se celebró bajo la Presidencia Pro Tempore de España.", {"chairs": ["Spain"]}),
        ("A reunião decorreu sob a presidência pro tempore do Brasil.", {"chairs": ["Brazil"]}),
        # who held the co-chair, and a participle's co-chair "con", "com"
        ("A reunião teve a copresidência de Portugal e de Marrocos.",
         {"chairs": ["Portugal", "Morocco"]}),
        ("Ejercieron la copresidencia España y Marruecos.", {"chairs": ["Spain", "Morocco"]}),
        ("Marruecos acogió la reunión temática, copresidida con España.",
         {"hosts": ["Morocco"], "chairs": ["Morocco", "Spain"]}),
        ("Cabo Verde acolheu a reunião, copresidida com Portugal.",
         {"hosts": ["Cabo Verde"], "chairs": ["Cabo Verde", "Portugal"]}),
        # who ran the organisation
        ("La organización corrió a cargo del ICMPD.", {"organisers": ["ICMPD"]}),
        ("A organização esteve a cargo do ICMPD.", {"organisers": ["ICMPD"]}),
        ("L'organizzazione è stata curata dall'ICMPD.", {"organisers": ["ICMPD"]}),
        ("Il seminario, a cura dell'OIM, si è svolto a Roma.", {"organisers": ["IOM"]}),
        # the words alone, about something else, name no role
        ("El documento estuvo a cargo del ministerio.", {}),
        ("La presidencia pro tempore rota cada año.", {}),
    ],
)  # fmt: skip
def test_pro_tempore_copresidencies_and_organisation(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose initiative a dialogue was born of organises no meeting
        ("Le Processus de Rabat est né en 2006 à l'initiative du Maroc et de l'Espagne.", {}),
        ("The Process was born at the initiative of Spain and Morocco.", {}),
        ("El Proceso nació en 2006 a iniciativa de Marruecos.", {}),
        # a meeting held at one's initiative is organised by it
        ("La réunion s'est tenue à Dakar à l'initiative du Sénégal.",
         {"organisers": ["Senegal"]}),
        # a secretariat or a platform hosted by an organisation is no meeting
        ("The Secretariat is hosted by ICMPD in Vienna.", {}),
        ("Le secrétariat est accueilli par l'OIM à Dakar.", {}),
        ("The meeting, hosted by ICMPD, opened in Vienna.", {"hosts": ["ICMPD"]}),
    ],
)  # fmt: skip
def test_founding_initiatives_and_hosted_bodies(text: str, expected: dict[str, list[str]]) -> None:
    assert _roles(text) == expected
