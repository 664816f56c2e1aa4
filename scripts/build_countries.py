"""Build ``src/processus/reference/countries.json`` from pycountry.

The file is committed as data: run this script again after a pycountry upgrade
and review the diff. Everything that pycountry does not know (UN M49 regions,
short English names for the awkward ISO comma forms, the spellings found in
the dialogue's own documents, demonym adjectives) lives in the tables below.

    python scripts/build_countries.py          # rewrite the JSON file
    python scripts/build_countries.py --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import gettext
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pycountry

OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "processus" / "reference" / "countries.json"
)

# UN M49 geographic regions. Where M49 has an intermediate region (Western
# Africa, Caribbean, ...) that one is used, otherwise the sub-region. Taiwan,
# which M49 does not list separately, is placed in Eastern Asia.
REGIONS: dict[str, str] = {
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Eastern Africa": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Southern Africa": "BW SZ LS NA ZA",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Caribbean": (
        "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"
    ),
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "Northern America": "BM CA GL PM US",
    "Central Asia": "KZ KG TJ TM UZ",
    "Eastern Asia": "CN HK MO KP JP MN KR TW",
    "South-eastern Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "Southern Asia": "AF BD BT IN IR MV NP PK LK",
    "Western Asia": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "Eastern Europe": "BY BG CZ HU PL MD RO RU SK UA",
    "Northern Europe": "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
    "Southern Europe": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES",
    "Western Europe": "AT BE FR DE LI LU MC NL CH",
    "Australia and New Zealand": "AU CX CC HM NZ NF",
    "Melanesia": "FJ NC PG SB VU",
    "Micronesia": "GU KI MH FM NR MP PW UM",
    "Polynesia": "AS CK PF NU PN WS TK TO TV WF",
    "Antarctica": "AQ",
}

CONTINENTS: dict[str, tuple[str, ...]] = {
    "Africa": (
        "Northern Africa",
        "Eastern Africa",
        "Middle Africa",
        "Southern Africa",
        "Western Africa",
    ),
    "Americas": ("Caribbean", "Central America", "South America", "Northern America"),
    "Asia": ("Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"),
    "Europe": ("Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"),
    "Oceania": ("Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"),
    "Antarctica": ("Antarctica",),
}

# English short names where pycountry has neither a common name nor a usable name.
NAME_OVERRIDES: dict[str, str] = {
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "PS": "Palestine",
    "VA": "Holy See",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}

# French short names where the ISO translation is an inverted "X, République de" form.
NAME_FR_OVERRIDES: dict[str, str] = {
    "AX": "Îles Åland",
    "BO": "Bolivie",
    "CC": "Îles Cocos (Keeling)",
    "CX": "Île Christmas",
    "FK": "Îles Malouines",
    "FM": "Micronésie",
    "GQ": "Guinée équatoriale",
    "IR": "Iran",
    "KP": "Corée du Nord",
    "KR": "Corée du Sud",
    "LA": "Laos",
    "MD": "Moldavie",
    "PS": "Palestine",
    "RE": "La Réunion",
    "RU": "Russie",
    "SB": "Îles Salomon",
    "SY": "Syrie",
    "TW": "Taïwan",
    "TZ": "Tanzanie",
    "VA": "Saint-Siège",
    "VE": "Venezuela",
    "VI": "Îles Vierges des États-Unis",
}

# Spellings met in the field (English, French, Spanish, Portuguese) that pycountry lacks.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "AT": ("Republik Österreich", "Österreich"),
    "BE": ("Kingdom of Belgium", "Royaume de Belgique", "Reino de Bélgica", "België"),
    "BF": ("Burkina",),
    "BJ": ("Republic of Benin", "République du Bénin"),
    "CD": (
        "DRC",
        "DR Congo",
        "D.R. Congo",
        "RDC",
        "Congo-Kinshasa",
        "Congo Kinshasa",
        "Democratic Republic of Congo",
        "République Démocratique du Congo",
        "República Democrática del Congo",
        "República Democrática do Congo",
        "RD Congo",
        "RD del Congo",
        "Repubblica Democratica del Congo",
    ),
    "CF": ("Centrafrique", "République Centrafricaine"),
    "DJ": ("Jibuti", "Djibuti"),  # Portuguese
    "CG": (
        "Republic of the Congo",
        "Republic of Congo",
        "Congo-Brazzaville",
        "Congo Brazzaville",
        "République du Congo",
        "República del Congo",
        "Repubblica del Congo",
        "República do Congo",
    ),
    "CH": ("Swiss Confederation", "Confédération suisse", "Schweiz", "Suiça"),
    "CI": (
        "Cote d'Ivoire",
        "Côte d’Ivoire",
        "Cote d’Ivoire",
        "Ivory Coast",
        "the Ivory Coast",
        "Costa de Marfil",
        "République de Côte d'Ivoire",
    ),
    "CV": ("Cape Verde", "Cap Vert", "Republic of Cape Verde", "República de Cabo Verde"),
    "CZ": (
        "Czech Republic",
        "the Czech Republic",
        "République tchèque",
        "República Checa",
        "Repubblica Ceca",
        "Tchéquia",
        "Chequia",
        "Cechia",
    ),
    "DE": ("Deutschland", "Bundesrepublik Deutschland"),
    "DZ": ("Algérie", "République algérienne"),
    "EG": ("Egypte",),
    "ES": ("Kingdom of Spain", "Royaume d'Espagne", "Reino de España", "Reino de Espanha"),
    "FR": ("French Republic", "République française", "República Francesa"),
    "GA": ("Gabonese Republic", "République gabonaise"),
    "GB": (
        "UK",
        "U.K.",
        "Great Britain",
        "Britain",
        "the United Kingdom",
        "United Kingdom of Great Britain and Northern Ireland",
        "Royaume-Uni",
        "Royaume Uni",
    ),
    "GH": ("Republic of Ghana",),
    "GM": ("the Gambia", "The Gambia", "Republic of The Gambia", "La Gambie"),
    "GN": ("Guinea-Conakry", "Guinée-Conakry", "Guinée Conakry", "République de Guinée"),
    "GQ": (
        "Guinée équatoriale",
        "Guinée Équatoriale",
        "Equatorial-Guinea",
        "République de Guinée équatoriale",
    ),
    "GR": ("Hellas",),
    "GW": ("Guinea Bissau", "Guinée Bissau", "Guiné-Bissau"),
    "IT": ("Italian Republic", "Repubblica Italiana"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "LA": ("Laos",),
    "LR": ("Liberia", "Libéria"),
    "LY": ("State of Libya", "Libye"),
    "MA": ("Kingdom of Morocco", "Royaume du Maroc", "Reino de Marruecos", "Reino de Marrocos"),
    "MK": ("Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"),
    "ML": ("Republic of Mali", "République du Mali"),
    "MM": ("Burma",),
    "MR": ("Mauritanie", "Islamic Republic of Mauritania", "République islamique de Mauritanie"),
    "NE": ("Republic of Niger",),
    "NG": ("Nigéria",),
    "NL": ("the Netherlands", "The Netherlands", "Nederland", "Holanda", "Olanda"),
    "PT": ("Portuguese Republic", "República Portuguesa", "République portugaise"),
    "RU": ("Russia",),
    "SN": ("Republic of Senegal", "République du Sénégal", "República de Senegal"),
    "ST": (
        "São Tomé and Príncipe",
        "Sao Tome & Principe",
        "São Tomé e Príncipe",
        "Sao Tomé-et-Principe",
        "São Tomé-et-Príncipe",
    ),
    "SS": ("Sud Sudan",),  # the Italian press's usual name (pycountry: "Sudan del sud")
    "SZ": ("Swaziland", "Kingdom of Swaziland"),
    "TD": ("Republic of Chad", "République du Tchad"),
    "TG": ("Togolese Republic", "République togolaise"),
    "TL": ("East Timor",),
    "TN": ("Republic of Tunisia", "Túnez"),
    "TR": ("Turkey", "Republic of Turkey", "Turquie"),
    "US": ("USA", "U.S.A.", "United States of America", "the United States"),
    "VA": ("Vatican", "Vatican City", "Santa Sede", "Santa Sé"),
    "KM": ("Comoras", "Comore", "Comores"),
}

# Aliases pycountry produces that must not be used to recognise a country:
# they are ambiguous with another country or are also the names of cities.
DROP_ALIASES: dict[str, tuple[str, ...]] = {
    "GD": ("Granada",),  # Spanish/Portuguese for Grenada, but also the Spanish city
    "MU": ("Maurizio",),  # Italian for Mauritius, but also a first name
    "RE": ("Riunione",),  # Italian for Réunion, but also the Italian word for a meeting
    "SV": ("Salvador",),  # French for El Salvador, but also the Brazilian city
}

# Demonym adjectives, English then French (masculine, feminine). Used to read
# phrases such as "the Portuguese Chairmanship" or "la présidence marocaine".
# "Congolese" is kept for the Republic of the Congo only, as "Congo" is; "Dominican"
# for the Dominican Republic only (Dominica has none). Left out: "thaï" (the language
# and the people; "thaïlandais" is the state's) and an English "New Zealand", which is
# the country's name and found as such.
ADJECTIVES: dict[str, str] = {
    # Africa
    "AO": "Angolan|angolais|angolaise",
    "BF": "Burkinabe|Burkinabè|burkinabè",
    "BI": "Burundian|burundais|burundaise",
    "BJ": "Beninese|béninois|béninoise",
    "BW": "Botswanan|botswanais|botswanaise",
    "CF": "Central African|centrafricain|centrafricaine",
    "CG": "Congolese|congolais|congolaise",
    "CI": "Ivorian|ivoirien|ivoirienne",
    "CM": "Cameroonian|camerounais|camerounaise",
    "CV": "Cabo Verdean|Cape Verdean|cap-verdien|cap-verdienne|capverdien|capverdienne",
    "DJ": "Djiboutian|djiboutien|djiboutienne",
    "DZ": "Algerian|algérien|algérienne",
    "EG": "Egyptian|égyptien|égyptienne",
    "ER": "Eritrean|érythréen|érythréenne",
    "ET": "Ethiopian|éthiopien|éthiopienne",
    "GA": "Gabonese|gabonais|gabonaise",
    "GH": "Ghanaian|ghanéen|ghanéenne",
    "GM": "Gambian|gambien|gambienne",
    "GN": "Guinean|guinéen|guinéenne",
    "GQ": (
        "Equatorial Guinean|Equatoguinean"
        "|équato-guinéen|équato-guinéenne|équatoguinéen|équatoguinéenne"
    ),
    "GW": "Bissau-Guinean|bissau-guinéen|bissau-guinéenne",
    "KE": "Kenyan|kényan|kényane",
    "KM": "Comorian|comorien|comorienne",
    "LR": "Liberian|libérien|libérienne",
    "LS": "Basotho|lesothan|lesothane",
    "LY": "Libyan|libyen|libyenne",
    "MA": "Moroccan|marocain|marocaine",
    "MG": "Malagasy|malgache",
    "ML": "Malian|malien|malienne",
    "MR": "Mauritanian|mauritanien|mauritanienne",
    "MU": "Mauritian|mauricien|mauricienne",
    "MW": "Malawian|malawite",
    "MZ": "Mozambican|mozambicain|mozambicaine",
    "NA": "Namibian|namibien|namibienne",
    "NE": "Nigerien|nigérien|nigérienne",
    "NG": "Nigerian|nigérian|nigériane",
    "RW": "Rwandan|rwandais|rwandaise",
    "SC": "Seychellois|seychellois|seychelloise",
    "SD": "Sudanese|soudanais|soudanaise",
    "SL": "Sierra Leonean|sierra-léonais|sierra-léonaise",
    "SN": "Senegalese|sénégalais|sénégalaise",
    "SO": "Somali|somalien|somalienne",
    "SS": "South Sudanese|sud-soudanais|sud-soudanaise",
    "ST": "Santomean|santoméen|santoméenne",
    "SZ": "Swazi|swazi",
    "TD": "Chadian|tchadien|tchadienne",
    "TG": "Togolese|togolais|togolaise",
    "TN": "Tunisian|tunisien|tunisienne",
    "TZ": "Tanzanian|tanzanien|tanzanienne",
    "UG": "Ugandan|ougandais|ougandaise",
    "ZA": "South African|sud-africain|sud-africaine",
    "ZM": "Zambian|zambien|zambienne",
    "ZW": "Zimbabwean|zimbabwéen|zimbabwéenne",
    # Europe
    "AD": "Andorran|andorran|andorrane",
    "AL": "Albanian|albanais|albanaise",
    "AT": "Austrian|autrichien|autrichienne",
    "BA": "Bosnian|bosnien|bosnienne",
    "BE": "Belgian|belge",
    "BG": "Bulgarian|bulgare",
    "BY": "Belarusian|biélorusse|bélarusse",
    "CH": "Swiss|suisse",
    "CY": "Cypriot|chypriote",
    "CZ": "Czech|tchèque",
    "DE": "German|allemand|allemande",
    "DK": "Danish|danois|danoise",
    "EE": "Estonian|estonien|estonienne",
    "ES": "Spanish|espagnol|espagnole",
    "FI": "Finnish|finlandais|finlandaise",
    "FR": "French|français|française",
    "GB": "British|britannique",
    "GR": "Greek|grec|grecque",
    "HR": "Croatian|croate",
    "HU": "Hungarian|hongrois|hongroise",
    "IE": "Irish|irlandais|irlandaise",
    "IS": "Icelandic|islandais|islandaise",
    "IT": "Italian|italien|italienne",
    "LI": "Liechtensteiner|liechtensteinois|liechtensteinoise",
    "LT": "Lithuanian|lituanien|lituanienne",
    "LU": "Luxembourgish|luxembourgeois|luxembourgeoise",
    "LV": "Latvian|letton|lettone",
    "MC": "Monegasque|monégasque",
    "MD": "Moldovan|moldave",
    "ME": "Montenegrin|monténégrin|monténégrine",
    "MK": "North Macedonian|macédonien|macédonienne",
    "MT": "Maltese|maltais|maltaise",
    "NL": "Dutch|néerlandais|néerlandaise",
    "NO": "Norwegian|norvégien|norvégienne",
    "PL": "Polish|polonais|polonaise",
    "PT": "Portuguese|portugais|portugaise",
    "RO": "Romanian|roumain|roumaine",
    "RS": "Serbian|serbe",
    "RU": "Russian|russe",
    "SE": "Swedish|suédois|suédoise",
    "SI": "Slovenian|Slovene|slovène",
    "SK": "Slovak|slovaque",
    "SM": "Sammarinese|saint-marinais|saint-marinaise",
    "UA": "Ukrainian|ukrainien|ukrainienne",
    "VA": "Vatican|vatican|vaticane",
    # Asia and Oceania
    "AE": "Emirati|émirien|émirienne",
    "AF": "Afghan|afghan|afghane",
    "AM": "Armenian|arménien|arménienne",
    "AU": "Australian|australien|australienne",
    "AZ": "Azerbaijani|Azeri|azerbaïdjanais|azerbaïdjanaise|azéri|azérie",
    "BD": "Bangladeshi|bangladais|bangladaise",
    "BH": "Bahraini|bahreïnien|bahreïnienne",
    "CN": "Chinese|chinois|chinoise",
    "GE": "Georgian|géorgien|géorgienne",
    "ID": "Indonesian|indonésien|indonésienne",
    "IN": "Indian|indien|indienne",
    "IQ": "Iraqi|irakien|irakienne",
    "IR": "Iranian|iranien|iranienne",
    "JO": "Jordanian|jordanien|jordanienne",
    "JP": "Japanese|japonais|japonaise",
    "KG": "Kyrgyz|Kyrgyzstani|kirghiz|kirghize|kirghizistanais|kirghizistanaise",
    "KW": "Kuwaiti|koweïtien|koweïtienne",
    "KZ": "Kazakh|Kazakhstani|kazakh|kazakhe|kazakhstanais|kazakhstanaise",
    "LB": "Lebanese|libanais|libanaise",
    "LK": "Sri Lankan|sri-lankais|sri-lankaise|srilankais|srilankaise",
    "NP": "Nepalese|Nepali|népalais|népalaise",
    "NZ": "néo-zélandais|néo-zélandaise",  # English: "the New Zealand Government", a name
    "OM": "Omani|omanais|omanaise",
    "PH": "Philippine|Filipino|philippin|philippine",
    "PK": "Pakistani|pakistanais|pakistanaise",
    "QA": "Qatari|qatarien|qatarienne",
    "SA": "Saudi|Saudi Arabian|saoudien|saoudienne",
    "SY": "Syrian|syrien|syrienne",
    "TH": "Thai|thaïlandais|thaïlandaise",
    "TJ": "Tajik|Tajikistani|tadjik|tadjike|tadjikistanais|tadjikistanaise",
    "TM": "Turkmen|Turkmenistani|turkmène|turkménistanais|turkménistanaise",
    "TR": "Turkish|turc|turque",
    "UZ": "Uzbek|Uzbekistani|ouzbek|ouzbèke|ouzbékistanais|ouzbékistanaise",
    "VN": "Vietnamese|vietnamien|vietnamienne",
    "YE": "Yemeni|yéménite",
    # Americas ("Dominican", like "dominicano" below, is the Dominican Republic's only)
    "AR": "Argentine|Argentinian|argentin|argentine",
    "BO": "Bolivian|bolivien|bolivienne",
    "BR": "Brazilian|brésilien|brésilienne",
    "CA": "Canadian|canadien|canadienne",
    "CL": "Chilean|chilien|chilienne",
    "CO": "Colombian|colombien|colombienne",
    "CR": "Costa Rican|costaricien|costaricienne|costaricain|costaricaine",
    "DO": "Dominican|dominicain|dominicaine",
    "EC": "Ecuadorian|Ecuadorean|équatorien|équatorienne",
    "GT": "Guatemalan|guatémaltèque",
    "HN": "Honduran|hondurien|hondurienne",
    "MX": "Mexican|mexicain|mexicaine",
    "NI": "Nicaraguan|nicaraguayen|nicaraguayenne",
    "PA": "Panamanian|panaméen|panaméenne",
    "PE": "Peruvian|péruvien|péruvienne",
    "PY": "Paraguayan|paraguayen|paraguayenne",
    "SV": "Salvadoran|Salvadorean|salvadorien|salvadorienne",
    "US": "American|américain|américaine",
    "UY": "Uruguayan|uruguayen|uruguayenne",
    "VE": "Venezuelan|vénézuélien|vénézuélienne",
}

# Demonym adjectives in Spanish, Italian and Portuguese, lower case: they follow a word
# for the government ("el Gobierno marroquí", "il Ministero degli Affari Esteri italiano",
# "o Governo português"). African and European states, the Asian members of the
# Budapest and Prague Processes and of the MTM dialogue, the Gulf states, South and
# South-East Asia, Oceania and the Americas. A word ending in "+" stands for its forms
# (see _romance_forms); irregular forms are written out. Left out: forms that are
# ordinary words ("macedonia" and "macedónia" are also a fruit salad, "paraguaya" a flat
# peach; the Italian "mali", evils, is no demonym anyway) or name something else
# ("bengalese": Bengal is also India's; "israelita": an Israelite; "cingalés",
# "cingalese", "cingalês": the Sinhalese, not all Sri Lankans; "inglés", "inglese",
# "inglês": England, not the United Kingdom; "americano", "norteamericano": the Americas
# or North America as well as the United States, whose "estadounidense", "statunitense",
# "estadunidense" and the Portuguese "norte-americano" are kept). "guineense" is
# Guinea-Bissau's, as in Portuguese and Italian usage; "congoleño", "congolese",
# "congolês" stay the Republic of the Congo's, as above; "dominicano", shared with
# Dominica, is the Dominican Republic's only.
ROMANCE_ADJECTIVES: dict[str, tuple[str, str, str]] = {
    # Africa
    "AO": ("angoleño+ angolano+", "angolano+", "angolano+"),
    "BF": ("burkinés+ burkinabé burkinabés", "burkinabé", "burquinense+ burkinabê burkinabês"),
    "BI": ("burundés+", "burundese+", "burundês+ burundiano+"),
    "BJ": ("beninés+", "beninese+", "beninense+ beninês+"),
    "BW": ("botsuano+", "botswano+", "botsuanês+ botsuano+"),
    "CF": ("centroafricano+", "centrafricano+", "centro-africano+"),
    "CG": ("congoleño+ congolés+", "congolese+", "congolês+"),
    "CI": ("marfileño+", "ivoriano+", "marfinense+ costa-marfinense+ ivoriense+"),
    "CM": ("camerunés+", "camerunese+ camerunense+", "camaronês+"),
    "CV": ("caboverdiano+", "capoverdiano+", "cabo-verdiano+"),
    "DJ": ("yibutiano+", "gibutiano+", "djibutiano+ djibutiense+"),
    "DZ": ("argelino+", "algerino+", "argelino+"),
    "EG": ("egipcio+", "egiziano+", "egípcio+"),
    "ER": ("eritreo+", "eritreo+", "eritreu eritreia eritreus eritreias"),
    "ET": ("etíope+", "etiope+", "etíope+"),
    "GA": ("gabonés+", "gabonese+", "gabonês+"),
    "GH": ("ghanés+", "ghanese+ ganese+", "ganês+ ganense+"),
    "GM": ("gambiano+", "gambiano+", "gambiano+"),
    "GN": ("guineano+", "guineano+", "guineano+"),
    "GQ": ("ecuatoguineano+", "equatoguineano+", "equato-guineense+ guinéu-equatoriano+"),
    "GW": ("bisauguineano+", "guineense+", "guineense+ bissau-guineense+"),
    "KE": ("keniano+ keniata+", "keniano+ keniota kenioti keniote", "queniano+"),
    "KM": ("comorense+", "comoriano+", "comorense+"),
    "LR": ("liberiano+", "liberiano+", "liberiano+"),
    "LS": ("lesotense+", "lesothiano+", "lesotiano+ lesotense+"),
    "LY": ("libio+", "libico libica libici libiche", "líbio+"),
    "MA": ("marroquí+", "marocchino+", "marroquino+"),
    "MG": ("malgache+", "malgascio malgascia malgasci malgasce", "malgaxe+"),
    "ML": ("maliense+ malí malíes", "maliano+", "maliano+ malinês+"),
    "MR": ("mauritano+", "mauritano+", "mauritano+ mauritaniano+"),
    "MU": ("mauriciano+", "mauriziano+", "mauriciano+"),
    "MW": ("malauí+", "malawiano+", "malawiano+ malauiano+"),
    "MZ": ("mozambiqueño+", "mozambicano+", "moçambicano+"),
    "NA": ("namibio+", "namibiano+", "namibiano+"),
    "NE": ("nigerino+", "nigerino+", "nigerino+ nigerense+"),
    "NG": ("nigeriano+", "nigeriano+", "nigeriano+"),
    "RW": ("ruandés+", "ruandese+", "ruandês+"),
    "SC": ("seychellense+", "seychellese+ seicellese+", "seichelense+ seychellense+"),
    "SD": ("sudanés+", "sudanese+", "sudanês+"),
    "SL": ("sierraleonés+", "sierraleonese+", "serra-leonês+"),
    "SN": ("senegalés+", "senegalese+", "senegalês+"),
    "SO": ("somalí+", "somalo+", "somali+ somaliano+"),
    "SS": ("sursudanés+ sudsudanés+", "sudsudanese+ sud-sudanese+", "sul-sudanês+"),
    "ST": ("santotomense+", "", "são-tomense+ santomense+"),
    "SZ": ("suazi+", "", "suazi+"),
    "TD": ("chadiano+", "ciadiano+", "chadiano+"),
    "TG": ("togolés+", "togolese+", "togolês+"),
    "TN": ("tunecino+", "tunisino+", "tunisino+ tunisiano+"),
    "TZ": ("tanzano+", "tanzaniano+", "tanzaniano+"),
    "UG": ("ugandés+", "ugandese+", "ugandês+ ugandense+"),
    "ZA": ("sudafricano+", "sudafricano+", "sul-africano+"),
    "ZM": ("zambiano+", "zambiano+", "zambiano+"),
    "ZW": ("zimbabuense+", "zimbabwese+", "zimbabuense+ zimbabuano+ zimbabueano+"),
    # Europe
    "AD": ("andorrano+", "andorrano+", "andorrano+"),
    "AL": ("albanés+", "albanese+", "albanês+"),
    "AT": ("austriaco+ austríaco+", "austriaco austriaca austriaci austriache", "austríaco+"),
    "BA": ("bosnio+", "bosniaco bosniaca bosniaci bosniache", "bósnio+"),
    "BE": ("belga+", "belga belgi belghe", "belga+"),
    "BG": ("búlgaro+", "bulgaro+", "búlgaro+"),
    "BY": ("bielorruso+", "bielorusso+", "bielorrusso+ belarusso+"),
    "CH": ("suizo+", "svizzero+", "suíço+"),
    "CY": ("chipriota+", "cipriota ciprioti cipriote", "cipriota+"),
    "CZ": ("checo+", "ceco ceca cechi ceche", "checo+ tcheco+"),
    "DE": (
        "alemán alemana alemanes alemanas",
        "tedesco tedesca tedeschi tedesche",
        "alemão alemã alemães alemãs",
    ),
    "DK": ("danés+ dinamarqués+", "danese+", "dinamarquês+"),
    "EE": ("estonio+", "estone+", "estónio+ estônio+ estoniano+"),
    "ES": (
        "español española españoles españolas",
        "spagnolo+",
        "espanhol espanhola espanhóis espanholas",
    ),
    "FI": ("finlandés+", "finlandese+", "finlandês+"),
    "FR": ("francés+", "francese+", "francês+"),
    "GB": ("británico+", "britannico britannica britannici britanniche", "britânico+"),
    "GR": ("griego+", "greco greca greci greche", "grego+"),
    "HR": ("croata+", "croato+", "croata+"),
    "HU": ("húngaro+", "ungherese+", "húngaro+"),
    "IE": ("irlandés+", "irlandese+", "irlandês+"),
    "IS": ("islandés+", "islandese+", "islandês+"),
    "IT": ("italiano+", "italiano+", "italiano+"),
    "LI": ("liechtensteiniano+", "liechtensteinese+", "liechtensteiniense+"),
    "LT": ("lituano+", "lituano+", "lituano+"),
    "LU": ("luxemburgués+", "lussemburghese+", "luxemburguês+"),
    "LV": ("letón letona letones letonas", "lettone+", "letão letã letões letãs"),
    "MC": ("monegasco+", "monegasco monegasca monegaschi monegasche", "monegasco+"),
    "MD": ("moldavo+", "moldavo+", "moldavo+"),
    "ME": ("montenegrino+", "montenegrino+", "montenegrino+"),
    "MK": ("macedonio macedonios", "macedone+", "macedónio macedônio macedónios macedônios"),
    "MT": ("maltés+", "maltese+", "maltês+"),
    "NL": ("neerlandés+ holandés+", "olandese+ neerlandese+", "neerlandês+ holandês+"),
    "NO": ("noruego+", "norvegese+", "norueguês+"),
    "PL": ("polaco+", "polacco polacca polacchi polacche", "polaco+ polonês+"),
    "PT": ("portugués+", "portoghese+", "português+"),
    "RO": ("rumano+", "rumeno+ romeno+", "romeno+"),
    "RS": ("serbio+", "serbo+", "sérvio+"),
    "RU": ("ruso+", "russo+", "russo+"),
    "SE": ("sueco+", "svedese+", "sueco+"),
    "SI": ("esloveno+", "sloveno+", "esloveno+"),
    "SK": ("eslovaco+", "slovacco slovacca slovacchi slovacche", "eslovaco+"),
    "SM": ("sanmarinense+", "sammarinese+", "são-marinense+"),
    "UA": ("ucraniano+ ucranio+", "ucraino+", "ucraniano+"),
    "VA": ("vaticano+", "vaticano+", "vaticano+"),
    # Asia and Oceania
    "AE": ("emiratí+", "emiratino+", "emiradense+ emiratense+"),
    "AF": ("afgano+", "afghano+ afgano+", "afegão afegã afegãos afegães afegãs"),
    "AM": ("armenio+", "armeno+", "arménio+ armênio+"),
    "AU": ("australiano+", "australiano+", "australiano+"),
    "AZ": ("azerbaiyano+ azerí+", "azero+ azerbaigiano+", "azerbaijano+ azeri+"),
    "BD": ("bangladesí+", "bangladese+", "bangladês+ bangladense+"),
    "BH": ("bareiní+ bahreiní+", "bahreinita bahreiniti bahreinite", "bareinita+ bahreinita+"),
    "GE": ("georgiano+", "georgiano+", "georgiano+"),
    "ID": ("indonesio+", "indonesiano+", "indonésio+"),
    "IL": ("israelí+", "israeliano+", "israelense+"),
    "IN": ("indio+", "indiano+", "indiano+"),
    "IQ": ("iraquí+", "iracheno+", "iraquiano+"),
    "IR": ("iraní+", "iraniano+", "iraniano+"),
    "JO": ("jordano+", "giordano+", "jordano+ jordaniano+"),
    "KG": (
        "kirguís kirguisa kirguises kirguisas",
        "kirghiso+",
        "quirguiz quirguizes quirguistanês+",
    ),
    "KW": ("kuwaití+", "kuwaitiano+", "kuwaitiano+ coveitiano+"),
    "KZ": ("kazajo+", "kazako+", "cazaque+ cazaquistanês+"),
    "LB": ("libanés+", "libanese+", "libanês+"),
    "LK": ("esrilanqués+ ceilanés+", "srilankese+", "srilankês+ sri-lankês+"),
    "NP": ("nepalí+ nepalés+", "nepalese+", "nepalês+"),
    "NZ": ("neozelandés+", "neozelandese+", "neozelandês+ neo-zelandês+"),
    "OM": ("omaní+", "omanita omaniti omanite", "omani+ omanense+"),
    "PH": ("filipino+", "filippino+", "filipino+"),
    "PK": ("pakistaní+", "pakistano+ pachistano+", "paquistanês+"),
    "PS": ("palestino+", "palestinese+", "palestino+"),
    "QA": ("catarí+ qatarí+", "qatariota qatarioti qatariote", "catariano+ catarense+"),
    "SA": ("saudí+ saudita+", "saudita sauditi saudite", "saudita+"),
    "SY": ("sirio+", "siriano+", "sírio+"),
    "TH": ("tailandés+", "thailandese+ tailandese+", "tailandês+"),
    "TJ": ("tayiko+", "tagiko+", "tajique+ tajiquistanês+"),
    "TM": ("turcomano+ turkmeno+", "turkmeno+", "turcomeno+ turcomano+"),
    "TR": ("turco+", "turco turca turchi turche", "turco+"),
    "UZ": ("uzbeko+", "uzbeko+", "usbeque+ uzbeque+"),
    "VN": ("vietnamita+", "vietnamita vietnamiti vietnamite", "vietnamita+"),
    "YE": ("yemení+", "yemenita yemeniti yemenite", "iemenita+"),
    # Americas
    "AR": ("argentino+", "argentino+", "argentino+"),
    "BO": ("boliviano+", "boliviano+", "boliviano+"),
    "BR": ("brasileño+", "brasiliano+", "brasileiro+"),
    "CA": ("canadiense+", "canadese+", "canadiano+ canadense+"),
    "CL": ("chileno+", "cileno+", "chileno+"),
    "CO": ("colombiano+", "colombiano+", "colombiano+"),
    "CR": (
        "costarricense+",
        "costaricano+ costaricense+",
        "costarriquenho+ costa-riquenho+ costa-ricense+",
    ),
    "DO": ("dominicano+", "dominicano+", "dominicano+"),
    "EC": ("ecuatoriano+", "ecuadoriano+ ecuadoregno+", "equatoriano+"),
    "GT": (
        "guatemalteco+",
        "guatemalteco guatemalteca guatemaltechi guatemalteche",
        "guatemalteco+",
    ),
    "HN": ("hondureño+", "honduregno+", "hondurenho+"),
    "MX": ("mexicano+ mejicano+", "messicano+", "mexicano+"),
    "NI": ("nicaragüense+", "nicaraguense+", "nicaraguense+"),
    "PA": ("panameño+", "panamense+", "panamenho+ panamense+"),
    "PE": ("peruano+", "peruviano+", "peruano+"),
    "PY": ("paraguayo paraguayos", "paraguaiano+", "paraguaio+"),
    "SV": ("salvadoreño+", "salvadoregno+", "salvadorenho+"),
    "US": ("estadounidense+", "statunitense+", "estadunidense+ norte-americano+"),
    "UY": ("uruguayo+", "uruguaiano+", "uruguaio+"),
    "VE": ("venezolano+", "venezuelano+", "venezuelano+"),
}


def _romance_forms(word: str, language: str) -> list[str]:
    """The forms of a lower-case demonym: gender, then number."""
    if language == "it":
        if word.endswith("o"):  # italiano italiana italiani italiane
            return [word, word[:-1] + "a", word[:-1] + "i", word[:-1] + "e"]
        if word.endswith("e"):  # senegalese senegalesi
            return [word, word[:-1] + "i"]
    elif word.endswith("o"):  # argelino argelina argelinos argelinas
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    elif word.endswith(("és", "ês")):  # senegalés senegalesa senegaleses senegalesas
        stem = word[:-2] + "es"
        return [word, stem + "a", stem + "es", stem + "as"]
    elif word.endswith("í"):  # marroquí marroquíes marroquís
        return [word, word + "es", word + "s"]
    elif word.endswith(("e", "a", "i")):  # maliense malienses, belga belgas
        return [word, word + "s"]
    raise ValueError(f"no inflection for {word!r} ({language})")


def _romance_adjectives(code: str) -> list[str]:
    out: list[str] = []
    row = ROMANCE_ADJECTIVES.get(code, ("", "", ""))
    for language, words in zip(("es", "it", "pt"), row, strict=True):
        for word in words.split():
            if word.endswith("+"):
                out += _romance_forms(word[:-1], language)
            else:
                out.append(word)
    return out


def _adjectives(code: str) -> list[str]:
    row = ADJECTIVES.get(code, "")
    parts = row.split("|") + _romance_adjectives(code)
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return seen


def fold(text: str) -> str:
    """Accent-, case- and apostrophe-insensitive key used to compare aliases."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


#: The languages whose country names (pycountry's translations) are aliases: pages about
#: the dialogues come in French, Spanish, Portuguese and Italian besides English.
ROMANCE_LANGUAGES = ("fr", "es", "pt", "it")


def _translations() -> dict[str, gettext.NullTranslations]:
    return {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ROMANCE_LANGUAGES
    }


def _region_of() -> dict[str, str]:
    table: dict[str, str] = {}
    for region, codes in REGIONS.items():
        for code in codes.split():
            if code in table:
                raise ValueError(f"{code} listed in two regions: {table[code]} and {region}")
            table[code] = region
    return table


def _continent_of(region: str) -> str:
    for continent, regions in CONTINENTS.items():
        if region in regions:
            return continent
    raise ValueError(f"region {region!r} has no continent")


def build() -> dict[str, Any]:
    """Return the countries document (the parsed form of countries.json)."""
    tr = _translations()
    region_of = _region_of()
    records: list[dict[str, Any]] = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        if code not in region_of:
            raise ValueError(f"{code} ({country.name}) has no M49 region in REGIONS")
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        name = NAME_OVERRIDES.get(code) or common or country.name
        name_fr = NAME_FR_OVERRIDES.get(code) or tr["fr"].gettext(country.name)
        candidates: list[str] = [country.name]
        if common:
            candidates.append(common)
        if official:
            candidates.append(official)
        candidates.append(name_fr)
        candidates.extend(tr[lang].gettext(country.name) for lang in ROMANCE_LANGUAGES)
        if official:
            candidates.append(tr["fr"].gettext(official))
        candidates.extend(EXTRA_ALIASES.get(code, ()))
        dropped = set(DROP_ALIASES.get(code, ()))
        aliases: list[str] = []
        for alias in candidates:
            alias = alias.strip()
            if alias and alias != name and alias not in aliases and alias not in dropped:
                aliases.append(alias)
        region = region_of[code]
        records.append(
            {
                "code": code,
                "alpha3": country.alpha_3,
                "numeric": country.numeric,
                "name": name,
                "name_fr": name_fr,
                "official_name": official or name,
                "region": region,
                "continent": _continent_of(region),
                "aliases": aliases,
                "adjectives": _adjectives(code),
            }
        )
    tables = set(NAME_OVERRIDES) | set(EXTRA_ALIASES) | set(ADJECTIVES) | set(ROMANCE_ADJECTIVES)
    unknown = tables - set(region_of)
    if unknown:
        raise ValueError(f"tables name unknown codes: {sorted(unknown)}")
    return {"countries": records}


def render(document: dict[str, Any]) -> str:
    """Serialise one country per line so that diffs stay readable."""
    lines = [
        " " + json.dumps(record, ensure_ascii=False, separators=(", ", ": "))
        for record in document["countries"]
    ]
    return '{"countries": [\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(build()['countries'])} countries to {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
