"""Build list_thematic_meetings_2015_2019.pdf, the corpus's PDF document.

The text below is written for the Processus evaluation corpus. Lines are laid out one by one
so that the PDF keeps a word hyphenated across a line break ("partici-" / "pants") and a
"Page N of 2" footer, two things real exported PDFs do and extraction must cope with.

Run from anywhere: ``python examples/corpus/make_pdf.py`` (needs fpdf2).
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

OUTPUT = Path(__file__).with_name("list_thematic_meetings_2015_2019.pdf")

PAGES = [
    [
        "Rabat Process - Archive of thematic meetings, 2015-2019",
        "",
        "Abuja (Nigeria), 5-6 November 2019, hosted by Nigeria, co-chaired with France and Belgium.",
        'Rabat Process technical workshop "Diaspora Remittances and Sustainable Development".',
        "Five working groups looked at about a dozen good practices for channelling remittances",
        "into productive investment in countries of origin.",
        "",
        "Abidjan (Côte d'Ivoire), 24 October 2019, hosted by Cote d'Ivoire, co-chaired with France.",
        "Rabat Process regional workshop on fighting migrant smuggling. The 68 partici-",
        "pants came from 25 partner countries of the Dialogue, together with experts from",
        "ECOWAS, UNODC, Frontex, UNHCR and Interpol.",
        "",
        "Madrid (Spain), 1-2 July 2019, hosted by Spain, co-chaired with Morocco.",
        "Rabat Process technical meeting on border management cooperation among countries",
        "of origin, transit and destination: 80 participants from 33 partner countries.",
        "Lebanon, which is not a partner of the Dialogue, shared its experience.",
        "",
        "Paris (France), 23-24 October 2018, hosted by France, co-chaired with Senegal.",
        "Rabat Process thematic meeting devoted entirely to the root causes of irregular",
        "migration and of forced displacement; it closed with joint recommendations.",
        "",
        "Luxor (Egypt), 8-9 Nov. 2017, hosted and chaired by Egypt.",
        "First trilateral thematic meeting bringing together the Khartoum Process and the",
        "Rabat Process on the trafficking and smuggling of people, with a focus on",
        "unaccompanied minors.",
    ],
    [
        "Cidade Velha (Cabo Verde), 30 Nov. - 1 Dec. 2016, hosted by Cabo Verde, co-chaired with Portugal.",
        "Rabat Process thematic meeting on visa facilitation.",
        "",
        "Brussels (Belgium), 31 May - 1 June 2016, hosted by Belgium, co-chaired with Cote d'Ivoire.",
        "Rabat Process thematic meeting on return, readmission and reintegration, aimed at",
        "a technical dialogue and better information exchange between partners.",
        "",
        "Porto (Portugal), 3-4 December 2015, hosted by Portugal.",
        "Rabat Process thematic meeting on operational cooperation against trafficking in",
        "human beings and migrant smuggling.",
        "",
        "Rabat (Morocco), 15-16 June 2015, hosted by Morocco, co-chaired with Spain.",
        "Rabat Process Thematic Meeting on Asylum and International Protection, on ways to",
        "build national protection systems and regional cooperation.",
    ],
]


def build(path: Path = OUTPUT) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Rabat Process - Archive of thematic meetings, 2015-2019")
    total = len(PAGES)
    for number, lines in enumerate(PAGES, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in lines:
            text = line.replace("Cote d'Ivoire", "C\u00f4te d'Ivoire")
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 6, f"Page {number} of {total}", align="C")
    pdf.output(str(path))
    return path


if __name__ == "__main__":
    print(build())
