"""Round tables: a meeting's guiding questions and what each country said on them.

Editors attach statements per country and question (typed, or a span of an
ingested document); the page shows, per question, who spoke with a short summary
quoted with its span, and a country x question matrix. Positions are searchable
on the round-table page and across meetings (``/round-tables/positions/``).
"""
