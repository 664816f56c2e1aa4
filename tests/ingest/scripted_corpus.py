"""A small multi-source corpus, written for these tests, and what consolidation must make of it.

Four meetings, described by seven documents:

- a thematic meeting in Dakar (14-15 March 2023): a list page, its own page, a post
  (with a different participant count: a conflict), a French note, and a concept note
  that recalls it by month only ("in March 2023");
- a workshop and a side event held the same day (9 May 2023) in Abidjan, organised
  by different bodies: two meetings, each with two sources; the workshop's report
  gives its date without a year, which the knowledge base resolves;
- a thematic meeting in Lisbon (20 June 2024) that builds on the Dakar meeting.
"""

from __future__ import annotations

from pathlib import Path

DOCUMENTS = {
    "list_2023.txt": (
        "Rabat Process - Past meetings\n\n"
        "- Thematic Meeting on Legal Migration, Dakar (Senegal), 14-15 March 2023.\n"
        "- Workshop on border data, Abidjan (Côte d'Ivoire), 9 May 2023, organised by ICMPD.\n"
        "- Side event on diaspora investment, Abidjan (Côte d'Ivoire), 9 May 2023, "
        "organised by IOM.\n"
    ),
    "page_dakar.txt": (
        "Thematic Meeting on Legal Migration\n\n"
        "On 14 and 15 March 2023, the Rabat Process held a thematic meeting in Dakar, Senegal, "
        "on legal migration and labour mobility. Hosted by Senegal and co-chaired by Spain, the "
        "meeting brought together 85 participants from 30 countries.\n"
    ),
    "post_dakar.txt": (
        "Posted 14 March 2023\n\n"
        "Rabat Process thematic meeting in Dakar on 14 March 2023: over 90 participants are "
        "discussing legal migration and labour mobility.\n"
    ),
    "note_dakar_fr.txt": (
        "Publié le 20 mars 2023\n\n"
        "La réunion thématique du Processus de Rabat s'est tenue à Dakar les 14 et 15 mars 2023. "
        "Les participants ont échangé sur la migration légale et la mobilité.\n"
    ),
    "cn_lisbon.txt": (
        "Concept note\n\n"
        "The Rabat Process will hold a thematic meeting in Lisbon, Portugal, on 20 June 2024. "
        "It will build on the previous thematic meeting, held in Dakar in March 2023.\n"
    ),
    "post_report.txt": (
        "Posted 10 January 2024\n\n"
        "The report of the Rabat Process workshop held in Abidjan on 9 May and organised by "
        "ICMPD is now available.\n"
    ),
    "post_side_event.txt": (
        "Posted 11 May 2023\n\n"
        "On 9 May 2023 in Abidjan, IOM organised a side event on diaspora investment.\n"
    ),
}


def write_scripted_corpus(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name, text in DOCUMENTS.items():
        (target / name).write_text(text, encoding="utf-8")
    return target
