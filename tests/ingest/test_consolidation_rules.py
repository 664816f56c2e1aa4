"""The matching and shown-value rules, case by case (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from processus.kb.consolidation import (
    MeetingIndex,
    MentionFacts,
    find_conflicts,
    follow_up_links,
    key_of,
    kinds_compatible,
    match_score,
    near_in_time,
    resolve_year,
    shown_values,
    vague_targets,
)


def rec(**values):
    base = {"kind": "thematic_meeting", "start": "2023-03-14", "end": "2023-03-15",
            "city": "Dakar", "country": "Senegal"}  # fmt: skip
    base.update(values)
    return base


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (rec(), rec(), True),
        (rec(), rec(start="2023-03-15", end="2023-03-15"), True),  # overlapping days
        (rec(), rec(start="2023-03-20", end="2023-03-20"), False),  # other days
        (rec(), rec(city="Abidjan", country="Côte d'Ivoire"), False),  # other place
        (rec(), rec(city=None, country=None, kind="thematic_meeting"), True),  # same kind
        (rec(), rec(kind="workshop"), True),  # one family
        (rec(kind="workshop", organisers=["ICMPD"]), rec(kind="side_event"), False),
        (
            rec(kind="workshop", organisers=["ICMPD"]),
            rec(kind="workshop", organisers=["IOM"]),
            False,
        ),
        (rec(hosts=["Senegal"]), rec(hosts=["Spain"]), False),
        (rec(dialogues=["Rabat Process"]), rec(dialogues=["Khartoum Process"]), False),
        (
            rec(dialogues=["Rabat Process"]),
            rec(dialogues=["Khartoum Process", "Rabat Process"], kind="joint_meeting"),
            True,
        ),
        (rec(), rec(start="2023-03", end="2023-03"), True),  # month-only mention
        (rec(), rec(start="2022-03", end="2022-03"), False),
        (rec(kind="other", city=None, country=None), rec(kind="workshop"), False),  # no identity
    ],
)
def test_match_rules(a, b, same):
    assert (match_score(key_of(a, [1]), key_of(b, [2])) is not None) is same


def test_two_records_of_one_document_never_merge():
    assert match_score(key_of(rec(), [1]), key_of(rec(), [1])) is None


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("workshop", "side_event", False),
        ("workshop", "thematic_meeting", True),
        ("joint_meeting", "ministerial_conference", True),
        ("field_visit", "workshop", False),
        ("other", "side_event", True),
        (None, "side_event", True),
    ],
)
def test_kind_families(a, b, ok):
    assert kinds_compatible(a, b) is ok


DAY_14 = rec(start="2023-03-14", end="2023-03-14")
DAY_28 = rec(start="2023-03-28", end="2023-03-28", title="Another")
MARCH = rec(start="2023-03", end="2023-03")


@pytest.mark.parametrize(
    ("meetings", "mention", "found"),
    [
        ([DAY_14], DAY_14, 1),  # day meets day
        ([MARCH], DAY_14, None),  # a day never joins a month-only meeting directly
        ([MARCH, DAY_14], DAY_14, 2),
        ([DAY_14], MARCH, None),  # a month meets days only at the end of the run
        ([MARCH], MARCH, 1),  # month meets month
        ([MARCH, DAY_14], MARCH, 1),
        ([MARCH, rec(start="2023-03", end="2023-03", title="Another")], MARCH, None),  # two
        ([rec(start="2023", end="2023")], MARCH, 1),  # a year-only meeting is vague too
    ],
)
def test_day_and_month_mentions_meet_their_own_precision(meetings, mention, found):
    index = MeetingIndex()
    for number, values in enumerate(meetings, start=1):
        index.add(number, key_of(values, [number]))
    assert index.find(key_of(mention, [99])) == found


@pytest.mark.parametrize(
    ("precise", "pairs"),
    [([DAY_14], [(1, 2)]), ([DAY_14, DAY_28], []), ([], [])],
)
def test_month_only_meeting_folds_into_its_one_day_precise_match(precise, pairs):
    index = MeetingIndex()
    index.add(1, key_of(MARCH, [1]))
    for number, values in enumerate(precise, start=2):
        index.add(number, key_of(values, [number]))
    assert vague_targets(index) == pairs


def test_allowed_leaves_meetings_out_of_a_lookup():
    index = MeetingIndex()
    index.add(1, key_of(DAY_14, [1]))
    index.add(2, key_of(DAY_14, [2]))
    assert index.find(key_of(DAY_14, [3])) == 1  # the oldest on a tie
    assert index.find(key_of(DAY_14, [3]), allowed=lambda m: m != 1) == 2
    assert index.find(key_of(DAY_14, [3]), allowed=lambda m: False) is None


@pytest.mark.parametrize(
    ("dated", "year"),
    [
        (lambda m: True, 2023),  # the one meeting of other sources dates it
        (lambda m: False, None),  # known only from guessed years: it confirms nothing
    ],
)
def test_resolve_year_counts_only_meetings_whose_year_is_stated(dated, year):
    index = MeetingIndex()
    index.add(1, key_of(rec(start="2023-05-09", end="2023-05-09", city="Abidjan"), [1]))
    guessed = rec(start="2024-05-09", end="2024-05-09", city="Abidjan")
    found = resolve_year(guessed, 7, index, None, dated)
    assert (found[0] if found else None) == year


def test_resolve_year_of_a_month_needs_one_meeting():
    index = MeetingIndex()
    index.add(1, key_of(rec(start="2023-05-09", end="2023-05-09", city="Abidjan"), [1]))
    month = rec(start="2024-05", end="2024-05", city="Abidjan")
    assert resolve_year(month, 7, index)[0] == 2023  # type: ignore[index]
    index.add(2, key_of(rec(start="2023-05-20", end="2023-05-20", city="Abidjan",
                            title="Another"), [2]))  # fmt: skip
    assert resolve_year(month, 7, index) is None


def test_day_precise_mention_prefers_the_same_day():
    index = MeetingIndex()
    index.add(1, key_of(rec(start="2023-03-13", end="2023-03-15"), [1]))
    index.add(2, key_of(rec(start="2023-03-15", end="2023-03-15", kind="workshop"), [2]))
    assert index.find(key_of(rec(start="2023-03-15", end="2023-03-15", kind="workshop"), [3])) == 2


def facts(i, document, records_in_document=1, document_date=None, **values):
    return MentionFacts(
        id=i, document=document, record=rec(**values),
        records_in_document=records_in_document, document_date=document_date,
    )  # fmt: skip


def test_shown_value_rule():
    mentions = [
        facts(1, 1, records_in_document=12, participants=100),  # a list page
        facts(2, 2, participants=85),  # the meeting's own page
        facts(3, 3, participants=90, participants_qualifier="over", document_date=date(2024, 1, 1)),
        facts(4, 4, start="2023-03", end="2023-03", document_date=date(2025, 1, 1)),
    ]
    shown = shown_values(mentions).values
    assert shown["participants"] == 85  # plain count, then the most specific source
    assert shown["participants_qualifier"] is None
    assert shown["start"] == "2023-03-14"  # a day beats a month, however recent
    edited = shown_values(mentions, {"participants": 120}).values
    assert edited["participants"] == 120


def test_most_recent_source_breaks_ties():
    mentions = [
        facts(1, 1, city="Dakar", document_date=date(2023, 1, 1), participants=80),
        facts(2, 2, city="Dakar", document_date=date(2023, 6, 1), participants=95),
    ]
    assert shown_values(mentions).values["participants"] == 95


def test_conflicts_keep_every_value_but_ignore_refinements():
    mentions = [
        facts(1, 1, participants=85),
        facts(2, 2, participants=90),
        facts(3, 3, start="2023-03", end="2023-03"),
    ]
    conflicts = find_conflicts(mentions)
    assert [c.field for c in conflicts] == ["participants"]
    assert conflicts[0].values == ((85, (1,)), (90, (2,)))
    assert find_conflicts([facts(1, 1), facts(2, 2, start="2023-04-02", end="2023-04-02")])


def test_follow_up_links():
    text = ("The dialogue will meet in Lisbon on 20 June 2024. "
            "It will build on the meeting held in Dakar in March 2023.")  # fmt: skip
    at, month = text.index("20 June 2024"), text.index("March 2023")
    lisbon = {"start": "2024-06-20", "evidence": [{"field": "start", "start": at, "end": at + 12}]}
    dakar = {
        "start": "2023-03",
        "evidence": [{"field": "start", "start": month, "end": month + 10}],
    }
    assert follow_up_links(text, [lisbon, dakar]) == {0: 1}


def _synthetic_keys(n, days):
    keys = []
    for i in range(n):
        day = date.fromordinal(date(2000, 1, 1).toordinal() + (i * 7919) % days)
        keys.append(key_of({"kind": "workshop", "start": day.isoformat(), "end": day.isoformat(),
                            "city": "Dakar"}, [i]))  # fmt: skip
    return keys


def test_index_cost_grows_linearly():
    """Consolidating 10x more mentions, as densely spread in time, weighs about as many
    candidates per mention (no all-pairs): the work is counted, not timed, so machine load
    cannot change the answer."""

    def weighed_per_key(n):
        index = MeetingIndex()
        total = 0
        for i, key in enumerate(_synthetic_keys(n, days=n // 2)):
            total += len(index.candidates(key))
            if index.find(key) is None:
                index.add(i, key)
        return total / n

    small, large = weighed_per_key(2_000), weighed_per_key(20_000)
    assert small >= 0.5  # meetings do meet candidates: the count measures something
    assert large < small * 2


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        (rec(), rec(start="2023-03-21", end="2023-03-22"), True),  # a week later
        (rec(), rec(start="2023-05-14", end="2023-05-14"), True),  # 61 days
        (rec(), rec(start="2023-05-16", end="2023-05-16"), False),  # 63 days
        (rec(start="2011-09", end="2011-09"), rec(start="2014-09", end="2014-09"), False),  # years
        (rec(start=None, end=None), rec(start="2014-09-21", end="2014-09-21"), True),
    ],
)  # fmt: skip
def test_an_edited_copy_may_move_a_date_by_weeks_not_years(a, b, near):
    assert near_in_time(key_of(a), key_of(b)) is near
    assert near_in_time(key_of(b), key_of(a)) is near
