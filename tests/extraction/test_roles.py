"""Role conventions: hosts, chairs, organisers."""

from __future__ import annotations

import re
from datetime import date

import pytest

from processus.extraction import role_triggers
from processus.extraction.actors import find_actors
from processus.extraction.branches import leading_shapes, split_alternatives
from processus.extraction.document import analyse
from processus.extraction.role_triggers import TRIGGER_FIRST_EXACT, TRIGGER_FIRST_PREFIXES
from processus.extraction.roles import find_roles, role_lists, unique_names
from processus.extraction.scan import FirstWords


def _roles(text: str) -> dict[str, list[str]]:
    mentions = find_roles(text, 0, len(text), find_actors(text))
    return {role: unique_names(items) for role, items in role_lists(mentions).items()}


@pytest.mark.parametrize(
    ("text", "hosts", "chairs", "organisers"),
    [
        ("Dakar, 2 May 2021, hosted by Senegal and co-chaired by Italy.",
         ["Senegal"], ["Senegal", "Italy"], []),
        ("The session was hosted and chaired by Tunisia.", ["Tunisia"], ["Tunisia"], []),
        ("It met under the co-presidency of Mali and Belgium.", [], ["Mali", "Belgium"], []),
        ("It met under the co-chairmanship of the Kingdom of Morocco and France.",
         [], ["Morocco", "France"], []),
        ("It will be co-chaired by Portugal, as current Chair of the Rabat Process, and Ghana.",
         [], ["Portugal", "Ghana"], []),
        ("The seminar was chaired by Germany.", [], ["Germany"], []),
        ("The seminar was chaired by the presiding countries of each process.", [], [], []),
        ("It was organised by UNODC.", [], [], ["UNODC"]),
        ("The Secretariat, in collaboration with the Mixed Migration Centre (MMC), organised it.",
         [], [], ["Mixed Migration Centre"]),
        ("Co-organisers: Nigeria, Austria", [], [], ["Nigeria", "Austria"]),
        ("🤝Co-organisers: ICRC, Switzerland, the Gambia",
         [], [], ["ICRC", "Switzerland", "Gambia"]),
        ("We thank the co-hosts Senegal and Spain.", ["Senegal", "Spain"], [], []),
        ("The forum was co-hosted by Togo and Benin.", ["Togo", "Benin"], [], []),
        ("Organised by ICMPD with support from Switzerland and Norway.", [], [], ["ICMPD"]),
        ("The network is run with the financial support of Sweden.", [], [], []),
        ("La réunion, accueillie par le Sénégal, est co-présidée par la France.",
         ["Senegal"], ["Senegal", "France"], []),
        ("Accra (Ghana), 3 May 2019, hosted by Ghana, co-chaired with Italy and Spain.",
         ["Ghana"], ["Ghana", "Italy", "Spain"], []),
        ("Accueillie par le Togo, coprésidée avec la Belgique.",
         ["Togo"], ["Togo", "Belgium"], []),
        ("Elle sera coprésidée par la Tunisie, qui préside le Dialogue, et par la Suède.",
         [], ["Tunisia", "Sweden"], []),
        ("It will be co-chaired by Ghana, which holds the Chair, and by Austria.",
         [], ["Ghana", "Austria"], []),
        ("Chaired by Italy, with Niger as honorary co-chair, it adopted a plan.",
         [], ["Italy", "Niger"], []),
        ("Présidée par la Grèce, avec le Mali comme coprésident d'honneur.",
         [], ["Greece", "Mali"], []),
        ("Kenya will host the thematic meeting in Nairobi.", ["Kenya"], [], []),
        ("Le Bénin accueillera la réunion à Cotonou.", ["Benin"], [], []),
        ("Ghana's Ministry of the Interior, Labour and Skills will organise a side event.",
         [], [], ["Ghana"]),
        ("The plan says Ghana hosted refugees for years.", [], [], []),
        ("Elle s'est tenue sous la co-présidence du Maroc et de l'Espagne.",
         [], ["Morocco", "Spain"], []),
        ("Atelier organisé par l'OIM en collaboration avec le HCR.", [], [], ["IOM", "UNHCR"]),
        ("Coorganisateurs : Niger, Italie", [], [], ["Niger", "Italy"]),
        ("The last webinar took place online on 3 May 2021 together with our Chair, the "
         "Netherlands.", [], [], ["Netherlands"]),
        ("It was run jointly with the current Chairmanship, Portugal.", [], [], ["Portugal"]),
        ("L'atelier a eu lieu conjointement avec la présidence, le Maroc.", [], [], ["Morocco"]),
        ("The meeting gathered 39 countries, together with ECOWAS and the European Union.",
         [], [], []),
        ("L'atelier a été organisé en collaboration avec le Centre de migration mixte (MMC) et "
         "l'OIM.", [], [], ["Mixed Migration Centre", "IOM"]),
        # a name the reference data does not know is skipped, the list goes on
        ("Organised by the Unknown Agency for Cooperation (XYZQ) and ICMPD.", [], [], ["ICMPD"]),
        ("It was organised by Expertise France and ICMPD.", [], [], ["ICMPD"]),
        ("It was co-organised by the Rwanda Red Cross Society and UNHCR.", [], [], ["UNHCR"]),
        ("Organised by the Senegal Diaspora Network and ICMPD.", [], [], ["ICMPD"]),
        ("La réunion a été organisée le 5 mai 2025 par l'OIM.", [], [], ["IOM"]),
        ("The workshop was organised in Dakar on 5 May 2025 by ICMPD.", [], [], ["ICMPD"]),
        ("It was organised, as every year, by the partners; Spain spoke.", [], [], []),
        ("Co-organisers: the Ghana Immigration Service (GIS), the African Union Commission "
         "(AUC) and the International Centre for Migration Policy Development.",
         [], [], ["Ghana", "African Union Commission", "ICMPD"]),
        ("Coorganisateurs : l'Agence Française de Développement, l'OIM et le HCR",
         [], [], ["IOM", "UNHCR"]),
        ("Brussels, 1 May 2016, hosted by Belgium and co-chaired by Mali. Under the "
         "co-presidency of Belgium and Mali, partners met.", ["Belgium"], ["Belgium", "Mali"], []),
        # a dialogue's secretariat, and the partner it worked in coordination with
        ("It was organised by the Khartoum Process Secretariat in coordination with the "
         "Netherlands.", [], [], ["Khartoum Process Secretariat", "Netherlands"]),
        ("Organisé par le Secrétariat du Processus de Rabat en coordination avec l'OIM.",
         [], [], ["Rabat Process Secretariat", "IOM"]),
        ("Organizado por la Secretaría del Proceso de Rabat en coordinación con la OIM.",
         [], [], ["Rabat Process Secretariat", "IOM"]),
        ("Organizzato dal Segretariato del Processo di Khartoum in coordinamento con l'Italia.",
         [], [], ["Khartoum Process Secretariat", "Italy"]),
        ("Organizado pela OIM em coordenação com Portugal.", [], [], ["IOM", "Portugal"]),
        ("The ministries coordinated well with ICMPD.", [], [], []),
        # a name after the list's conjunction that opens a clause of its own is no item
        ("It met under the auspices of UNODC, in partnership with Senegal, and the Rabat "
         "Process Secretariat took part.", [], [], ["UNODC", "Senegal"]),
        ("It was organised by UNODC, and ICMPD attended as an observer.", [], [], ["UNODC"]),
        ("Organisé par l'OIM, et le HCR a présenté une étude.", [], [], ["IOM"]),
        ("Organizado por la OIM, y España participó.", [], [], ["IOM"]),
        ("Organizzato dall'OIM, e l'Italia ha partecipato.", [], [], ["IOM"]),
        ("Organizado pela OIM, e Portugal participou.", [], [], ["IOM"]),
        ("It was organised by UNODC, Senegal and Spain in Dakar.",
         [], [], ["UNODC", "Senegal", "Spain"]),
        ("Organisé par l'OIM et le HCR à Dakar.", [], [], ["IOM", "UNHCR"]),
    ],
)  # fmt: skip
def test_roles(text: str, hosts: list[str], chairs: list[str], organisers: list[str]) -> None:
    assert _roles(text) == {"hosts": hosts, "chairs": chairs, "organisers": organisers}


# each family of wording the real pages use, with a case that must not fire beside it
@pytest.mark.parametrize(
    ("text", "hosts", "chairs", "organisers"),
    [
        # active voice, every language; the object must be a meeting
        ("Tunisia hosted the regional workshop on return.", ["Tunisia"], [], []),
        ("Tunisia hosted thousands of seasonal workers.", [], [], []),
        ("In May, Austria hosted European and African partners to agree on a plan.",
         ["Austria"], [], []),
        ("Last year Gabon hosted a training for border guards.", ["Gabon"], [], []),
        ("Morocco and Portugal co-chaired the senior officials' meeting.",
         [], ["Morocco", "Portugal"], []),
        ("Morocco and Portugal co-chaired a committee on visas for years.", [], [], []),
        # a named committee or the work of a meeting is a meeting object
        ("Le Sénégal a accueilli le Comité de pilotage à Dakar.", ["Senegal"], [], []),
        ("Nigeria hosted the Steering Committee in Abuja.", ["Nigeria"], [], []),
        ("L'Espagne a présidé les travaux.", [], ["Spain"], []),
        ("Morocco chaired the proceedings.", [], ["Morocco"], []),
        ("Ghana chaired the discussions on return.", [], ["Ghana"], []),
        ("España presidió los trabajos de la reunión.", [], ["Spain"], []),
        ("Il Senegal ha presieduto i lavori.", [], ["Senegal"], []),
        ("Portugal presidiu os trabalhos.", [], ["Portugal"], []),
        ("Le Mali a présidé un comité national pendant dix ans.", [], [], []),
        ("Ghana hosted debates on television for years.", [], [], []),
        ("Mali, Niger and Chad co-organised the consultation.", [], [], ["Mali", "Niger", "Chad"]),
        ("ICMPD convened a webinar on data.", [], [], ["ICMPD"]),
        ("ICMPD convened its staff.", [], [], []),
        ("Le Togo a accueilli la réunion thématique.", ["Togo"], [], []),
        ("Le Togo a accueilli des réfugiés.", [], [], []),
        ("La Belgique a présidé la session de clôture.", [], ["Belgium"], []),
        ("Le ministère de l'Intérieur du Sénégal et l'OIM vont co-organiser la conférence.",
         [], [], ["Senegal", "IOM"]),
        ("Marruecos acogió la reunión técnica en Rabat.", ["Morocco"], [], []),
        ("Marruecos acogió a miles de personas.", [], [], []),
        ("La Tunisia ha ospitato la riunione dei funzionari.", ["Tunisia"], [], []),
        ("Cabo Verde acolheu a reunião de altos funcionários.", ["Cabo Verde"], [], []),
        ("Portugal organizou o seminário regional.", [], [], ["Portugal"]),
        ("La reunión, copresidida por España y Marruecos, reunió a expertos.",
         [], ["Spain", "Morocco"], []),
        ("La riunione è stata co-presieduta da Italia ed Etiopia.", [], ["Italy", "Ethiopia"], []),
        ("A reunião, presidida por Portugal e pela Nigéria, terminou.",
         [], ["Portugal", "Nigeria"], []),
        ("La sessione, presieduta dall'Italia e dalla Tunisia, si è chiusa.",
         [], ["Italy", "Tunisia"], []),
        ("El Ministerio del Interior de España organizó los días 5 y 6 de noviembre en Madrid "
         "una reunión técnica.", [], [], ["Spain"]),
        ("Egypt to host ministerial meeting of the dialogue", ["Egypt"], [], []),
        # welcoming delegates to a place
        ("Kenya, with Germany as co-host, welcomed delegates to Mombasa.",
         ["Kenya", "Germany"], [], []),
        ("Kenya welcomed the decision of the partners.", [], [], []),
        ("El Ministerio del Interior de España acogió a más de 100 participantes.",
         ["Spain"], [], []),
        ("Marruecos recibió a las delegaciones en Rabat.", ["Morocco"], [], []),
        ("Marruecos recibió a la prensa en Rabat.", [], [], []),
        ("Il Senegal ha accolto i delegati a Dakar.", ["Senegal"], [], []),
        ("Il Senegal ha accolto la proposta dei partecipanti.", [], [], []),
        ("Cabo Verde acolheu as delegações na Praia.", ["Cabo Verde"], [], []),
        ("Cabo Verde recebeu a visita do ministro.", [], [], []),
        # capacity in an apposition
        ("Ghana, as host country, sent a large delegation.", ["Ghana"], [], []),
        ("Ghana, as a country of origin, sent a large delegation.", [], [], []),
        ("Austria, as Chair of the Budapest Process and host of the conference, opened it.",
         ["Austria"], ["Austria"], []),
        ("Benin, current Chair of the Rabat Process, opened the meeting.", [], ["Benin"], []),
        ("With Italy as the outgoing Chair, Eritrea took over.", [], [], []),
        # an apposition that starts with the role, every language; a former holder is none
        ("Nigeria, Chair of the Rabat Process, opened the meeting.", [], ["Nigeria"], []),
        ("Nigeria, former Chair of the Rabat Process, opened the meeting.", [], [], []),
        ("Le Portugal, président en exercice du Processus de Rabat, a ouvert la séance.",
         [], ["Portugal"], []),
        ("Le Portugal, présent à Rabat, a ouvert la séance.", [], [], []),
        ("Senegal, presidente de turno del Proceso de Rabat, abrió la sesión.",
         [], ["Senegal"], []),
        ("Il Senegal, presidente uscente del Processo, ha parlato.", [], [], []),
        # a relative clause that says the actor holds the chair; not a past one or another body's
        ("Le Maroc, qui assure la présidence du Processus, a ouvert la séance.",
         [], ["Morocco"], []),
        ("Egypt, which currently chairs the Khartoum Process, opened the meeting.",
         [], ["Egypt"], []),
        ("Marruecos, que ejerce la presidencia del Proceso, abrió la sesión.",
         [], ["Morocco"], []),
        ("A Espanha, que detém a presidência do Processo, abriu a sessão.", [], ["Spain"], []),
        ("Spain, which presided over the last meeting, spoke.", [], [], []),
        ("Mali, which welcomed the chair's proposal, spoke.", [], [], []),
        ("Portugal, which holds the EU Council presidency, spoke.", [], [], []),
        ("Le Niger, qui assure la prochaine présidence, a parlé.", [], [], []),
        # the dialogue's chair with a verb of its own; a guest when the meeting names its chairs
        ("Le Ghana, qui préside le Processus depuis mai, a accueilli la réunion à Accra.",
         ["Ghana"], ["Ghana"], []),
        ("Elle sera coprésidée par la Suède et le Niger ; le Maroc, qui préside le Processus de "
         "Rabat, prendra la parole.", [], ["Sweden", "Niger"], []),
        ("Co-chaired by Austria and Mali, it heard Egypt, Chair of the Khartoum Process, speak.",
         [], ["Austria", "Mali"], []),
        # the chair held by: every language; a former or next holder is none
        ("The chairmanship, held by Spain, opened the meeting.", [], ["Spain"], []),
        ("The Chair, currently held by Ghana, spoke.", [], ["Ghana"], []),
        ("The incoming presidency, to be held by Ghana, was announced.", [], [], []),
        ("The next chairmanship, held by Ghana from May, was announced.", [], [], []),
        ("La présidence, assurée par le Portugal, a ouvert la séance.", [], ["Portugal"], []),
        ("La présidence sortante, assurée par le Niger, a parlé.", [], [], []),
        ("La presidencia, ejercida por España, abrió la sesión.", [], ["Spain"], []),
        ("La próxima presidencia, ejercida por Malí, fue anunciada.", [], [], []),
        ("La presidenza, esercitata dalla Tunisia, ha aperto la sessione.",
         [], ["Tunisia"], []),
        ("La presidenza uscente, esercitata dalla Tunisia, ha parlato.", [], [], []),
        ("A presidência, exercida por Portugal, abriu a sessão.", [], ["Portugal"], []),
        ("A presidência anterior, exercida por Portugal, terminou.", [], [], []),
        ("Le Niger, en sa qualité de pays hôte, a ouvert les travaux.", ["Niger"], [], []),
        # an apposition before the actor
        ("It was opened by the Chair, Portugal, and closed by Nigeria.", [], ["Portugal"], []),
        ("It was hosted and chaired by the 2021 Chair of the Khartoum Process, Egypt.",
         ["Egypt"], ["Egypt"], []),
        # patronage: the state receives and presides
        ("The SOM was held under the aegis of Burkina Faso.",
         ["Burkina Faso"], ["Burkina Faso"], []),
        ("Sous les auspices du Royaume d'Espagne, les ministres ont siégé.",
         ["Spain"], ["Spain"], []),
        ("Sous l'égide de la Mauritanie, la réunion a eu lieu.",
         ["Mauritania"], ["Mauritania"], []),
        ("It stayed under the aegis of the partners.", [], [], []),
        ("The workshop was held under the auspices of UNODC.", [], [], ["UNODC"]),
        ("La réunion s'est tenue sous l'égide de la Commission de la CEDEAO.", [], [], ["ECOWAS"]),
        # chairmanship and presidency
        ("The meeting took place under the presidency of Sweden.", [], ["Sweden"], []),
        ("The meeting took place under the Polish presidency.", [], ["Poland"], []),
        ("La réunion s'est tenue sous la présidence marocaine.", [], ["Morocco"], []),
        ("La reunión se celebró bajo la presidencia española.", [], ["Spain"], []),
        ("La riunione si è svolta sotto la presidenza italiana.", [], ["Italy"], []),
        ("A reunião decorreu sob a presidência portuguesa.", [], ["Portugal"], []),
        ("La reunión se celebró bajo la presidencia anterior.", [], [], []),
        ("La riunione si è svolta sotto la presidenza di turno.", [], [], []),
        ("A reunião decorreu sob a presidência rotativa.", [], [], []),
        ("The meeting took place under the new presidency.", [], [], []),
        # a state's term told with its name and a possessive
        ("The meeting took place under Egypt's presidency of the Process.", [], ["Egypt"], []),
        ("It met as part of Senegal's current chairmanship of the dialogue.", [], ["Senegal"], []),
        ("The SOM took place during the Netherlands' chairmanship.", [], ["Netherlands"], []),
        ("The SOM was held within Mali's rotating presidency.", [], ["Mali"], []),
        ("The ministers met in Rome under Italy's leadership.", [], ["Italy"], []),
        ("The SOM took place after Egypt's presidency of the Process.", [], [], []),
        ("The SOM took place. Egypt previously held the presidency.", [], [], []),
        ("The SOM took place during Morocco's presidency of the African Union.", [], [], []),
        ("As part of its work plan, Ghana's experts met in Accra.", [], [], []),
        ("It was hosted by the Federal Government of Nigeria.", ["Nigeria"], [], []),
        ("La séance, présidée par le Ministre d'Etat nigérien, a duré deux heures.",
         [], ["Niger"], []),
        ("La reunión fue presidida por España.", [], ["Spain"], []),
        ("La riunione è stata presieduta dall'Italia.", [], ["Italy"], []),
        ("A reunião foi presidida por Portugal.", [], ["Portugal"], []),
        ("The co-chairs from the European Union and the African Union Commission spoke.",
         [], ["European Union", "African Union Commission"], []),
        # organisers: initiative, support, facilitation
        ("The forum was organised at the initiative of the Government of Niger.",
         [], [], ["Niger"]),
        ("The round tables were held upon the initiative of Belgium.", [], [], ["Belgium"]),
        ("The Process was founded at the initiative of Spain and Morocco.", [], [], []),
        ("The training took place with the support of IOM.", [], [], ["IOM"]),
        ("L'atelier s'est tenu avec l'appui de l'OIM.", [], [], ["IOM"]),
        ("L'atelier s'est tenu avec le soutien financier de l'Union européenne.", [], [], []),
        ("The session was facilitated by UNHCR.", [], [], ["UNHCR"]),
        ("The meeting was convened by ICMPD.", [], [], ["ICMPD"]),
        ("La reunión fue organizada por la OIM.", [], [], ["IOM"]),
        ("Il seminario è stato organizzato dall'OIM.", [], [], ["IOM"]),
        ("O seminário foi organizado pela OIM.", [], [], ["IOM"]),
        ("The Spanish Ministry of the Interior will organise the workshop.", [], [], ["Spain"]),
        # a state's government stands for it, in every language and with every article
        ("La reunión se celebró a invitación del Gobierno de Madagascar.", ["Madagascar"], [], []),
        ("Elle s'est tenue à l'invitation du Gouvernement de Madagascar.",
         ["Madagascar"], [], []),
        ("La riunione si è svolta su invito del Governo del Senegal.", ["Senegal"], [], []),
        ("A reunião realizou-se a convite do Governo de Cabo Verde.", ["Cabo Verde"], [], []),
        ("A reunião foi acolhida pelo Governo da Guiné-Bissau.", ["Guinea-Bissau"], [], []),
        ("Fue acogida por las autoridades de Mauritania.", ["Mauritania"], [], []),
        ("La reunión se celebró a invitación del Gobierno de la ciudad.", [], [], []),
        ("Il Governo del Senegal ha firmato un accordo.", [], [], []),
        # organisers' labels on a card, every language, and their look-alikes
        ("Organizador: OIM", [], [], ["IOM"]),
        ("Organizadora: la OIM", [], [], ["IOM"]),
        ("Organizzatore: OIM", [], [], ["IOM"]),
        ("Organizzatori: OIM e UNHCR", [], [], ["IOM", "UNHCR"]),
        ("Organisatrice : l'OIM", [], [], ["IOM"]),
        ("Organizador: el comité local", [], [], []),
        # facilitated, convened, coordinated by: French masculine, Spanish, Italian, Portuguese
        ("L'atelier a été facilité par l'ICMPD.", [], [], ["ICMPD"]),
        ("Les échanges ont été coordonnés par l'OIM.", [], [], ["IOM"]),
        ("L'ICMPD a facilité l'accès du Maroc aux données.", [], [], []),
        ("El taller fue facilitado por la OIM.", [], [], ["IOM"]),
        ("La reunión fue convocada por el ICMPD.", [], [], ["ICMPD"]),
        ("Las sesiones fueron coordinadas por España.", [], [], ["Spain"]),
        ("La OIM ha coordinado con España el retorno.", [], [], []),
        ("Il seminario è stato coordinato dall'OIM.", [], [], ["IOM"]),
        ("La riunione è stata convocata dal Marocco.", [], [], ["Morocco"]),
        ("L'Egitto ha ospitato la riunione dei funzionari.", ["Egypt"], [], []),
        # the place, then the date between commas, before the meeting the verb takes
        ("Le Sénégal a accueilli à Dakar, les 3 et 4 mai, la réunion thématique.",
         ["Senegal"], [], []),
        ("L'Egitto ha ospitato al Cairo, il 12 marzo, la riunione congiunta.",
         ["Egypt"], [], []),
        ("España acogió en Madrid, el 3 de mayo, la reunión técnica.", ["Spain"], [], []),
        ("Portugal acolheu em Lisboa, a 3 de maio, a reunião temática.", ["Portugal"], [], []),
        ("Le Sénégal a accueilli à Dakar des réfugiés venus du Mali.", [], [], []),
        ("La sessione è stata facilitata dall'ICMPD.", [], [], ["ICMPD"]),
        ("Il visto è stato facilitato dall'accordo con la Tunisia.", [], [], []),
        ("A sessão foi convocada pela OIM.", [], [], ["IOM"]),
        ("O seminário foi coordenado pelo ICMPD e pela OIM.", [], [], ["ICMPD", "IOM"]),
        ("A sessão foi facilitada pelas autoridades de Cabo Verde.", [], [], ["Cabo Verde"]),
        ("O acesso foi facilitado pelo novo acordo.", [], [], []),
        ("La riunione è stata copresieduta dall'Italia e dalla Tunisia.",
         [], ["Italy", "Tunisia"], []),
    ],
)  # fmt: skip
def test_role_families(
    text: str, hosts: list[str], chairs: list[str], organisers: list[str]
) -> None:
    assert _roles(text) == {"hosts": hosts, "chairs": chairs, "organisers": organisers}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one adverb between the subject (or its auxiliary) and the role verb
        ("The Government of Togo successfully hosted the regional workshop.", {"hosts": ["Togo"]}),
        ("Niger also hosted the senior officials' meeting.", {"hosts": ["Niger"]}),
        ("Ghana has once again chaired the session.", {"chairs": ["Ghana"]}),
        ("Mali and Belgium jointly organised the seminar.", {"organisers": ["Mali", "Belgium"]}),
        ("Le Bénin a également accueilli la conférence.", {"hosts": ["Benin"]}),
        ("La Tunisie a de nouveau présidé la réunion.", {"chairs": ["Tunisia"]}),
        ("Marruecos también acogió el taller.", {"hosts": ["Morocco"]}),
        ("La Grecia ha già ospitato la conferenza.", {"hosts": ["Greece"]}),
        ("Cabo Verde também acolheu o seminário.", {"hosts": ["Cabo Verde"]}),
        # the adverb lets no other subject or object through
        ("The partners also hosted the regional workshop.", {}),
        ("Togo, which also hosted refugees, attended.", {}),
        ("Niger also hosted refugees.", {}),
        ("Le Bénin a également accueilli des réfugiés.", {}),
        ("Marruecos también acogió a refugiados.", {}),
    ],
)  # fmt: skip
def test_an_adverb_before_the_role_verb(text: str, expected: dict[str, list[str]]) -> None:
    assert {role: names for role, names in _roles(text).items() if names} == expected


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        # a thank-you for hosting names the host
        ("Thanks to Cyprus for hosting the workshop.", ["Cyprus"]),
        ("We thank the Government of Niger for hosting the meeting.", ["Niger"]),
        ("We thank Togo and Benin for having co-hosted the forum.", ["Togo", "Benin"]),
        ("The Chair thanked Ghana for its kind hospitality.", ["Ghana"]),
        ("Merci au Bénin d'avoir accueilli la rencontre.", ["Benin"]),
        ("Nous remercions la Côte d'Ivoire d’avoir accueilli l’atelier.", ["Côte d'Ivoire"]),
        ("Merci au Bénin d avoir accueilli la rencontre !", ["Benin"]),
        ("La présidence remercie la Tunisie pour l'accueil de la réunion.", ["Tunisia"]),
        ("La presidencia agradece a Marruecos haber acogido el taller.", ["Morocco"]),
        ("La presidencia agradece a Marruecos por acoger el taller.", ["Morocco"]),
        ("La presidenza ringrazia la Grecia per aver ospitato la conferenza.", ["Greece"]),
        ("A presidência agradece a Cabo Verde por ter acolhido o seminário.", ["Cabo Verde"]),
        # thanks for something else, or a name thanked for something else first
        ("Thanks to the support of Cyprus, the workshop took place.", []),
        ("The Chair thanks Ghana for its contribution.", []),
        ("We thank Togo for its support and Benin for hosting the forum.", []),
        ("La présidence remercie la Tunisie pour son soutien.", []),
        ("Nous remercions le Bénin d’avoir financé la rencontre.", []),
        ("La presidencia agradece a Marruecos por su apoyo.", []),
        ("La presidenza ringrazia la Grecia per il sostegno.", []),
        ("A presidência agradece a Cabo Verde pelo apoio.", []),
    ],
)  # fmt: skip
def test_thanks_for_hosting(text: str, hosts: list[str]) -> None:
    assert _roles(text)["hosts"] == hosts


def test_every_trigger_can_start_at_an_admitted_word() -> None:
    """The prefilter of first words admits every word a trigger alternative may start with
    ("facilité" as well as "facilitée"): a word it leaves out silently drops a role."""
    first = FirstWords(exact=TRIGGER_FIRST_EXACT, prefixes=TRIGGER_FIRST_PREFIXES)
    for rule in role_triggers.TRIGGERS:
        for alternative in split_alternatives(rule.pattern):
            shapes = leading_shapes(alternative, re.IGNORECASE)
            assert shapes is not None, (rule.name, alternative)
            for whole, letters, _second in shapes:
                assert first.admits(whole or letters), (rule.name, alternative, whole or letters)


def test_role_mentions_name_their_rule() -> None:
    text = "Morocco hosted the workshop, which was organised by ICMPD."
    rules = {(m.role, m.rule) for m in find_roles(text, 0, len(text), find_actors(text))}
    assert rules == {("hosts", "verb_hosted"), ("organisers", "organised_by")}


def test_host_as_chair_is_marked_inferred() -> None:
    text = "Accra, 3 June 2020, hosted by Ghana and co-chaired by Spain."
    mentions = find_roles(text, 0, len(text), find_actors(text))
    chairs = [m for m in mentions if m.role == "chairs"]
    assert chairs[0].actor.name == "Ghana" and chairs[0].inferred
    assert chairs[1].actor.name == "Spain" and not chairs[1].inferred


def test_window_limits_roles() -> None:
    text = "Hosted by Kenya. Then another meeting was hosted by Uganda."
    mentions = find_roles(text, 0, 16, find_actors(text))
    assert [m.actor.name for m in mentions] == ["Kenya"]


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        # the actor of an opening phrase does not share the verb after its comma
        ("At the request of the Government of Niger, IOM organised a workshop.", ["IOM"]),
        ("With the financial support of the European Union, IOM organised a workshop.",
         ["IOM"]),
        ("À la demande du gouvernement nigérien, l'OIM a organisé un atelier.", ["IOM"]),
        ("Con el apoyo financiero de la Unión Europea, la OIM organizó un taller.", ["IOM"]),
        ("On behalf of the European Union, ICMPD organised a webinar.", ["ICMPD"]),
        # a list that "and" closes is one subject
        ("Spain and Morocco organised a workshop.", ["Spain", "Morocco"]),
        ("Spain, Morocco and Senegal organised a workshop.", ["Spain", "Morocco", "Senegal"]),
        ("Spain, Morocco, and Senegal organised a workshop.", ["Spain", "Morocco", "Senegal"]),
        ("L'Espagne, le Maroc et le Sénégal ont organisé un atelier.",
         ["Spain", "Morocco", "Senegal"]),
    ],
)  # fmt: skip
def test_a_comma_alone_joins_no_subjects(text: str, organisers: list[str]) -> None:
    assert _roles(text)["organisers"] == organisers


@pytest.mark.parametrize(
    ("text", "role", "actors"),
    [
        ("Taller sobre retorno\nFecha: 12 de marzo de 2025\nOrganización: ICMPD", "organisers",
         ["ICMPD"]),
        ("Seminario sul rimpatrio\nData: 12 marzo 2025\nOrganizzazione: UNHCR", "organisers",
         ["UNHCR"]),
        ("Oficina sobre retorno\nData: 12 de março de 2025\nOrganização: ICMPD", "organisers",
         ["ICMPD"]),
        # not a card's line: the word inside a sentence
        ("La organización: un reto para ICMPD y la OIM.", "organisers", []),
        ("La réunion s'est tenue sous la présidence en exercice de la France.", "chairs",
         ["France"]),
        ("La réunion s'est tenue sous la présidence tournante du Sénégal.", "chairs",
         ["Senegal"]),
        ("La reunión se celebró bajo la presidencia en ejercicio de Senegal.", "chairs",
         ["Senegal"]),
        ("La reunión se celebró bajo la presidencia rotatoria de Marruecos.", "chairs",
         ["Morocco"]),
        ("La riunione si è svolta sotto la presidenza di turno della Francia.", "chairs",
         ["France"]),
        ("A reunião decorreu sob a presidência em exercício de Portugal.", "chairs",
         ["Portugal"]),
        ("Sur invitation du Mali, une réunion technique s'est tenue à Bamako.", "hosts",
         ["Mali"]),
        ("Sur l'invitation du gouvernement malien, les experts se sont réunis.", "hosts",
         ["Mali"]),
        ("Invited by the Government of Djibouti, the partners held a thematic meeting.", "hosts",
         ["Djibouti"]),
        # an invitation to attend is no hosting
        ("Experts invited by ICMPD presented their findings.", "hosts", []),
    ],
)  # fmt: skip
def test_cards_presidencies_and_invitations(text: str, role: str, actors: list[str]) -> None:
    assert _roles(text)[role] == actors


@pytest.mark.parametrize(
    ("text", "role", "actors"),
    [
        # a name that holds its acronym, then the next organiser
        ("It was co-organised by the Mixed Migration Centre (MMC) and ICMPD.", "organisers",
         ["Mixed Migration Centre", "ICMPD"]),
        # thanks for hospitality, in several wordings
        ("The Secretariat thanked the Government of Uganda for hosting the workshop.", "hosts",
         ["Uganda"]),
        ("Participants thanked Uganda for its warm hospitality.", "hosts", ["Uganda"]),
        ("Participants expressed their gratitude to Côte d'Ivoire for its warm hospitality.",
         "hosts", ["Côte d'Ivoire"]),
        ("Les participants ont remercié le Cameroun pour la qualité de son hospitalité.",
         "hosts", ["Cameroon"]),
        ("Les participants ont remercié les autorités ougandaises pour leur hospitalité.",
         "hosts", ["Uganda"]),
        ("Los participantes agradecieron a Marruecos su hospitalidad.", "hosts", ["Morocco"]),
        # thanks for something else, and a secretariat's seat, name no host
        ("Participants thanked Uganda for its support to the Process.", "hosts", []),
        ("The Secretariat is hosted by ICMPD.", "hosts", []),
        # a French minister or ministry named with its remit
        ("Le ministre sénégalais chargé de l'Intérieur a présidé, le 22 mai 2024 à Dakar, la "
         "réunion technique.", "chairs", ["Senegal"]),
        ("Le ministère burkinabè chargé des Affaires étrangères a organisé un atelier à "
         "Ouagadougou.", "organisers", ["Burkina Faso"]),
        ("Le ministre sénégalais chargé de l'Intérieur a rappelé les enjeux.", "chairs", []),
        # a counterpart after the meeting held somewhere on a day
        ("The Gambian Minister of the Interior co-chaired the thematic meeting held in Banjul "
         "on 7 November 2024, alongside his Spanish counterpart.", "chairs", ["Gambia", "Spain"]),
        ("Senegal co-chaired the SOM held in Dakar on 2 October 2025, together with Spain.",
         "chairs", ["Senegal", "Spain"]),
    ],
)  # fmt: skip
def test_acronyms_thanks_remits_and_counterparts(text: str, role: str, actors: list[str]) -> None:
    assert _roles(text)[role] == actors


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("Hosted by the Ministry for Home Affairs, Security and Employment of Malta.", ["Malta"]),
        ("Hosted by the Ministry of Labour and Social Policies of Italy.", ["Italy"]),
        (
            "Accueillie par le ministère de l'Intérieur et de la Décentralisation du Sénégal.",
            ["Senegal"],
        ),
        # a ministry without its state names none
        ("Hosted by the Ministry for Home Affairs, Security and Employment.", []),
    ],
)
def test_a_ministry_with_a_long_name_stands_for_its_state(text: str, hosts: list[str]) -> None:
    assert _roles(text)["hosts"] == hosts


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("The meeting opened with a welcoming address of the Minister of Foreign Affairs of the "
         "Federal Democratic Republic of Ethiopia.", ["Ethiopia"]),
        ("The workshop was hosted by the Islamic Republic of Mauritania.", ["Mauritania"]),
        ("The workshop was hosted by the Government of the Federal Republic of Nigeria.",
         ["Nigeria"]),
        # a long form that is a country's own name stays that country
        ("The workshop was hosted by the Democratic Republic of the Congo.",
         ["Democratic Republic of the Congo"]),
    ],
)  # fmt: skip
def test_a_state_s_long_form(text: str, hosts: list[str]) -> None:
    assert _roles(text)["hosts"] == hosts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role verb in the progressive, in every language
        ("Senegal is hosting a thematic meeting in Dakar.", {"hosts": ["Senegal"]}),
        ("Ghana will be hosting the SOM in Accra.", {"hosts": ["Ghana"]}),
        ("Marruecos está acogiendo la reunión en Rabat.", {"hosts": ["Morocco"]}),
        ("L'Italia sta ospitando la riunione a Roma.", {"hosts": ["Italy"]}),
        ("Portugal está a acolher a reunião em Lisboa.", {"hosts": ["Portugal"]}),
        ("Spain is chairing the SOM in Madrid.", {"chairs": ["Spain"]}),
        ("IOM is organising a workshop in Dakar.", {"organisers": ["IOM"]}),
        # with no meeting as its object, no role
        ("Senegal is hosting refugees from Mali.", {}),
        ("Marruecos está acogiendo a refugiados.", {}),
        ("IOM is organising the return of migrants.", {}),
    ],
)  # fmt: skip
def test_a_role_verb_in_the_progressive(text: str, expected: dict[str, list[str]]) -> None:
    assert {k: v for k, v in _roles(text).items() if v} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner beside the subject, in an apposition before the verb
        ("Italy, alongside its Belgian counterpart, co-chaired the thematic meeting.",
         {"chairs": ["Italy", "Belgium"]}),
        ("Le Niger, aux côtés de son homologue italien, a coprésidé la réunion.",
         {"chairs": ["Niger", "Italy"]}),
        ("Kenya, together with Germany, co-hosted the workshop.", {"hosts": ["Kenya", "Germany"]}),
        # with no comma closing the apposition, the verb is nobody's
        ("Italy, alongside its Belgian counterpart who spoke first co-chaired the meeting.",
         {}),
        # a post's markup: a flag before the name, a hashtag inside the meeting's name
        ("The meeting was hosted by 🇬🇲 The Gambia.", {"hosts": ["Gambia"]}),
        ("🇸🇳 Senegal hosted the #RabatProcess thematic meeting in #Dakar.",
         {"hosts": ["Senegal"]}),
        ("🇵🇹 Portugal acolheu hoje em #Lisboa a Conferência Ministerial.",
         {"hosts": ["Portugal"]}),
        ("Senegal hosted #refugees in #Dakar.", {}),
    ],
)  # fmt: skip
def test_partners_beside_the_subject_and_a_post_s_markup(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert {k: v for k, v in _roles(text).items() if v} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy acts for the state that sends it, not for the state it is posted to
        ("El embajador de España en Senegal presidió la reunión.", {"chairs": ["Spain"]}),
        ("The Ambassador of Spain to Senegal chaired the meeting.", {"chairs": ["Spain"]}),
        ("L'ambasciatore d'Italia in Niger ha presieduto la riunione.", {"chairs": ["Italy"]}),
        ("The workshop was organised by the Embassy of Spain in Senegal.",
         {"organisers": ["Spain"]}),
        ("La reunión fue organizada por la Embajada de España en Dakar.",
         {"organisers": ["Spain"]}),
        # the state posted to acts in nothing; the meeting's own chair keeps its role
        ("The meeting was chaired by Senegal, with the Ambassador of Spain to Senegal in "
         "attendance.", {"chairs": ["Senegal"]}),
        ("Senegal chaired the meeting.", {"chairs": ["Senegal"]}),
    ],
)  # fmt: skip
def test_an_envoy_acts_for_the_state_that_sends_it(
    text: str, expected: dict[str, list[str]]
) -> None:
    # the document's actors: the states an envoy is posted to are left out there
    doc = analyse(text, None, date(2026, 11, 23))
    mentions = find_roles(doc.text, 0, len(doc.text), doc.actors)
    found = {role: unique_names(items) for role, items in role_lists(mentions).items()}
    assert {k: v for k, v in found.items() if v} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister and "his / il suo / su" counterpart, subjects of one verb
        ("Il ministro dell'Interno italiano e il suo omologo libico hanno co-presieduto la "
         "riunione.", {"chairs": ["Italy", "Libya"]}),
        ("El ministro del Interior español y su homólogo marroquí copresidieron la reunión.",
         {"chairs": ["Spain", "Morocco"]}),
        # a possessive before a name the reference data does not know: the verb is nobody's
        ("Italy and its partners co-chaired the meeting.", {}),
    ],
)  # fmt: skip
def test_a_minister_and_his_counterpart(text: str, expected: dict[str, list[str]]) -> None:
    assert {k: v for k, v in _roles(text).items() if v} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Spanish Interior Minister", "Spain"),
        ("the Moroccan Foreign Minister", "Morocco"),
    ],
)
def test_a_minister_s_remit_between_the_adjective_and_the_noun(text: str, name: str) -> None:
    assert [a.name for a in find_actors(text)] == [name]
