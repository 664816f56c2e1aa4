"""The one declared list of the public tables: what the CSV files, the JSON files, the
``datapackage.json`` descriptor and the ``/data/`` page all read.

A table is a queryset and its fields; each field names the column it is read from
(a ``values()`` lookup) and, for dates only as precise as their source, the column
holding that precision. Nothing about users, sign-ins, registrations or editors'
identities is listed: what is not declared here is not published.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from processus.kb.models import (
    Action,
    Actor,
    Area,
    Chairmanship,
    Dialogue,
    Document,
    Evidence,
    Framework,
    Meeting,
    MeetingLink,
    MeetingRole,
    Membership,
    Objective,
    Outcome,
)

#: Frictionless field types used here.
STRING, INTEGER, BOOLEAN, DATETIME = "string", "integer", "boolean", "datetime"
PARTIAL_DATE_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: Promise | str
    #: The ``values()`` lookup the value is read from (the field's name by default).
    source: str = ""
    #: For a date kept with its precision: the lookup of the precision column; the
    #: value is then written ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
    precision: str = ""
    #: Written as JSON text (a value that may be a number, a list or an object).
    as_json: bool = False

    @property
    def lookup(self) -> str:
        return self.source or self.name


@dataclass(frozen=True)
class Reference:
    """A foreign key: ``fields`` of this table name a row of ``table`` by ``to``."""

    fields: str
    table: str
    to: str


@dataclass(frozen=True)
class Table:
    name: str
    title: Promise | str
    description: Promise | str
    query: Callable[[], QuerySet[Any]]
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    references: tuple[Reference, ...] = ()
    #: Rows that are not one per database row (a list held in one column).
    explode: Callable[[Table], Iterator[dict[str, Any]]] | None = field(default=None)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def lookups(self) -> list[str]:
        result: list[str] = []
        for item in self.fields:
            result.append(item.lookup)
            if item.precision:
                result.append(item.precision)
        return list(dict.fromkeys(result))


def _all(model: type[Model], *order: str) -> Callable[[], QuerySet[Any]]:
    return lambda: model._default_manager.order_by(*order)


def _meeting_themes(table: Table) -> Iterator[dict[str, Any]]:
    rows = Meeting.objects.order_by("pk").values_list("pk", "themes")
    for pk, themes in rows.iterator(chunk_size=2000):
        for theme in dict.fromkeys(themes or []):
            yield {"meeting_id": pk, "theme": str(theme)}


def _meeting_documents() -> QuerySet[Any]:
    return (
        Evidence.objects.filter(document__isnull=False)
        .order_by("meeting_id", "document_id")
        .values("meeting_id", "document_id")
        .distinct()
    )


MEETING = Reference("meeting_id", "meetings", "id")
DIALOGUE = Reference("dialogue", "dialogues", "key")
ACTOR = Reference("actor", "actors", "key")
DOCUMENT = Reference("document_id", "documents", "id")
PLAN = Reference("plan", "plans", "key")
ID = Field("id", INTEGER, _("Number of the row, stable while the record keeps it."))
MEETING_ID = Field("meeting_id", INTEGER, _("The meeting (meetings.id)."))
TITLE_FR = Field("title_fr", STRING, _("Title in French, where known."))

TABLES: tuple[Table, ...] = (
    Table(
        "dialogues",
        _("Dialogues"),
        _("The migration dialogues (processes) and related initiatives."),
        _all(Dialogue, "key"),
        (
            Field("key", STRING, _("Short key naming the dialogue in addresses and files.")),
            Field("name", STRING, _("Name in English.")),
            Field("name_fr", STRING, _("Name in French.")),
            Field("full_name", STRING, _("Full name in English.")),
            Field("full_name_fr", STRING, _("Full name in French.")),
            Field("kind", STRING, _("dialogue, initiative, programme or declaration.")),
            Field("founded", STRING, _("Year (or date) of foundation.")),
            Field("source_url", STRING, _("Public source of these facts.")),
        ),
        ("key",),
    ),
    Table(
        "actors",
        _("Countries and organisations"),
        _("Every country and organisation the record names."),
        _all(Actor, "key"),
        (
            Field("key", STRING, _("Short key (a country's is its ISO 3166 code in lower case).")),
            Field("kind", STRING, _("country or organisation.")),
            Field("name", STRING, _("Name in English.")),
            Field("name_fr", STRING, _("Name in French.")),
            Field("full_name", STRING, _("Full or official name.")),
            Field("iso_code", STRING, _("ISO 3166-1 alpha-2 code of a country.")),
            Field("alpha3", STRING, _("ISO 3166-1 alpha-3 code of a country.")),
            Field("region", STRING, _("Region of a country.")),
            Field("continent", STRING, _("Continent of a country.")),
            Field("organisation_kind", STRING, _("Kind of organisation.")),
            Field("url", STRING, _("Website.")),
        ),
        ("key",),
    ),
    Table(
        "memberships",
        _("Memberships"),
        _("Who takes part in each dialogue, and in what capacity."),
        _all(Membership, "pk"),
        (
            ID,
            Field("dialogue", STRING, _("The dialogue (dialogues.key)."), "dialogue__key"),
            Field("actor", STRING, _("The member (actors.key)."), "actor__key"),
            Field("role", STRING, _("Capacity: partner, observer, ...")),
            Field("group", STRING, _("African or European side, where it applies.")),
            Field("since", STRING, _("Since when, as precise as known.")),
            Field("until", STRING, _("Until when, as precise as known.")),
            Field("source_url", STRING, _("Public source of this membership.")),
        ),
        ("id",),
        (DIALOGUE, ACTOR),
    ),
    Table(
        "chairmanships",
        _("Chairmanships"),
        _("Who chaired each dialogue, and when."),
        _all(Chairmanship, "pk"),
        (
            ID,
            Field("dialogue", STRING, _("The dialogue (dialogues.key)."), "dialogue__key"),
            Field("actor", STRING, _("The chair (actors.key)."), "actor__key"),
            Field("start", STRING, _("First day, month or year."), precision="start_precision"),
            Field("end", STRING, _("Last day, month or year."), precision="end_precision"),
            Field("source_url", STRING, _("Public source of this chairmanship.")),
        ),
        ("id",),
        (DIALOGUE, ACTOR),
    ),
    Table(
        "meetings",
        _("Meetings"),
        _("One row per meeting, consolidated from every document that mentions it."),
        lambda: Meeting.objects.with_current_status().order_by("pk"),
        (
            Field("id", INTEGER, _("The meeting's number (its page is /meetings/<id>/).")),
            Field("title", STRING, _("Title.")),
            Field("kind", STRING, _("Kind: ministerial_conference, workshop, ...")),
            Field(
                "start", STRING, _("First day (or month, or year)."), precision="start_precision"
            ),
            Field("end", STRING, _("Last day (or month, or year)."), precision="end_precision"),
            Field("city", STRING, _("City where it was held.")),
            Field("country", STRING, _("Country where it was held (actors.key)."), "country__key"),
            Field("format", STRING, _("in_person, virtual or hybrid.")),
            Field(
                "status",
                STRING,
                _("upcoming, past, cancelled or postponed, as of the export."),
                "status_now",
            ),
            Field("participants", INTEGER, _("Number of participants.")),
            Field("participants_qualifier", STRING, _("over, nearly, about, at least, up to.")),
            Field("countries_count", INTEGER, _("Number of countries represented.")),
            Field("recommendations", INTEGER, _("Number of recommendations adopted.")),
            Field(
                "registration_deadline",
                STRING,
                _("Registration deadline."),
                precision="registration_deadline_precision",
            ),
            Field("follow_up_of", INTEGER, _("The meeting this one follows up (meetings.id).")),
            Field("created", DATETIME, _("When the record first held the meeting (UTC).")),
            Field("updated", DATETIME, _("When the meeting last changed (UTC).")),
        ),
        ("id",),
        (Reference("country", "actors", "key"), Reference("follow_up_of", "meetings", "id")),
    ),
    Table(
        "meeting_dialogues",
        _("Meetings' dialogues"),
        _("The dialogues each meeting belongs to (a joint meeting has several)."),
        lambda: Meeting.dialogues.through.objects.order_by("meeting_id", "dialogue__key"),
        (
            MEETING_ID,
            Field("dialogue", STRING, _("The dialogue (dialogues.key)."), "dialogue__key"),
        ),
        ("meeting_id", "dialogue"),
        (MEETING, DIALOGUE),
    ),
    Table(
        "meeting_roles",
        _("Hosts, chairs and organisers"),
        _("Who hosted, chaired (or co-chaired) and organised each meeting."),
        _all(MeetingRole, "meeting_id", "role", "position", "pk"),
        (
            MEETING_ID,
            Field("actor", STRING, _("The actor (actors.key)."), "actor__key"),
            Field("role", STRING, _("host, chair or organiser.")),
            Field("position", INTEGER, _("Order in which the sources name them.")),
        ),
        ("meeting_id", "actor", "role"),
        (MEETING, ACTOR),
    ),
    Table(
        "meeting_themes",
        _("Meetings' themes"),
        _("The thematic domains each meeting addressed."),
        lambda: Meeting.objects.none(),
        (MEETING_ID, Field("theme", STRING, _("Thematic domain."))),
        ("meeting_id", "theme"),
        (MEETING,),
        explode=_meeting_themes,
    ),
    Table(
        "documents",
        _("Documents"),
        _("The documents the record was built from: metadata only, not their text."),
        _all(Document, "pk"),
        (
            ID,
            Field("title", STRING, _("Title.")),
            Field("kind", STRING, _("concept_note, announcement, agenda, outcome, ...")),
            Field("language", STRING, _("Language code.")),
            Field("media_type", STRING, _("Media type of the original file.")),
            Field("size", INTEGER, _("Size of the original file in bytes.")),
            Field(
                "document_date",
                STRING,
                _("Date of the document."),
                precision="document_date_precision",
            ),
            Field("source_url", STRING, _("Where the document was published.")),
            Field("file_name", STRING, _("Name of the original file."), "original_name"),
            Field("sha256", STRING, _("SHA-256 of the original file."), "content_hash"),
            Field("version_of", INTEGER, _("The document this one is a version of.")),
            Field("ingested_at", DATETIME, _("When the record received it (UTC).")),
        ),
        ("id",),
        (Reference("version_of", "documents", "id"),),
    ),
    Table(
        "meeting_documents",
        _("Meetings' documents"),
        _("Which documents support a value of which meeting."),
        _meeting_documents,
        (MEETING_ID, Field("document_id", INTEGER, _("The document (documents.id)."))),
        ("meeting_id", "document_id"),
        (MEETING, DOCUMENT),
    ),
    Table(
        "evidence",
        _("Evidence"),
        _("Why a meeting has each value: the passage of a document, or an editor's correction."),
        _all(Evidence, "pk"),
        (
            ID,
            MEETING_ID,
            Field("field", STRING, _("The meeting's field this supports.")),
            Field("value", STRING, _("The value, as JSON."), as_json=True),
            Field("document_id", INTEGER, _("The source document (documents.id), if any.")),
            Field("start", INTEGER, _("Offset of the passage's first character in the text.")),
            Field("end", INTEGER, _("Offset just after the passage's last character.")),
            Field("quote", STRING, _("The passage.")),
            Field("method", STRING, _("extracted, inferred, edited or recorded.")),
            Field("note", STRING, _("Note, such as an editor's reason.")),
            Field("created_at", DATETIME, _("When it was recorded (UTC).")),
        ),
        ("id",),
        (MEETING, DOCUMENT),
    ),
    Table(
        "plans",
        _("Action plans"),
        _("Multi-annual action plans (frameworks) of the dialogues."),
        _all(Framework, "key"),
        (
            Field("key", STRING, _("Short key of the plan.")),
            Field("dialogue", STRING, _("The dialogue (dialogues.key)."), "dialogue__key"),
            Field("name", STRING, _("Name in English.")),
            Field("name_fr", STRING, _("Name in French.")),
            Field("period_start", INTEGER, _("First year.")),
            Field("period_end", INTEGER, _("Last year.")),
            Field("adopted_at", STRING, _("Where it was adopted.")),
            Field("objectives_total", INTEGER, _("Number of objectives.")),
            Field("actions_total", INTEGER, _("Number of actions.")),
            Field("source_url", STRING, _("Public source.")),
        ),
        ("key",),
        (DIALOGUE,),
    ),
    Table(
        "plan_areas",
        _("Areas of the action plans"),
        _("Areas (domains) of each plan."),
        _all(Area, "framework__key", "number"),
        (
            ID,
            Field("plan", STRING, _("The plan (plans.key)."), "framework__key"),
            Field("number", INTEGER, _("Number within the plan.")),
            Field("title", STRING, _("Title in English, where known.")),
            TITLE_FR,
            Field("established", BOOLEAN, _("Whether a public source establishes the title.")),
        ),
        ("id",),
        (PLAN,),
    ),
    Table(
        "plan_objectives",
        _("Objectives of the action plans"),
        _("Objectives of each plan, in their areas."),
        _all(Objective, "framework__key", "position", "pk"),
        (
            ID,
            Field("plan", STRING, _("The plan (plans.key)."), "framework__key"),
            Field("area_id", INTEGER, _("The area (plan_areas.id), if known.")),
            Field("number", STRING, _("Number within the plan (such as 5a).")),
            Field("title", STRING, _("Title in English, where known.")),
            TITLE_FR,
            Field("established", BOOLEAN, _("Whether a public source establishes the title.")),
        ),
        ("id",),
        (PLAN, Reference("area_id", "plan_areas", "id")),
    ),
    Table(
        "plan_actions",
        _("Actions of the action plans"),
        _("Actions of each plan, under their objectives."),
        _all(Action, "framework__key", "position", "pk"),
        (
            ID,
            Field("plan", STRING, _("The plan (plans.key)."), "framework__key"),
            Field("objective_id", INTEGER, _("The objective (plan_objectives.id), if known.")),
            Field("number", STRING, _("Number within the plan.")),
            Field("title", STRING, _("Title in English, where known.")),
            TITLE_FR,
            Field("established", BOOLEAN, _("Whether a public source establishes the title.")),
        ),
        ("id",),
        (PLAN, Reference("objective_id", "plan_objectives", "id")),
    ),
    Table(
        "plan_links",
        _("Meetings' links to the action plans"),
        _("Which area, objective or action of a plan a meeting addressed (exactly one is set)."),
        _all(MeetingLink, "meeting_id", "pk"),
        (
            ID,
            MEETING_ID,
            Field("area_id", INTEGER, _("The area (plan_areas.id).")),
            Field("objective_id", INTEGER, _("The objective (plan_objectives.id).")),
            Field("action_id", INTEGER, _("The action (plan_actions.id).")),
            Field(
                "status", STRING, _("extracted (suggested) or confirmed by an editor."), "source"
            ),
        ),
        ("id",),
        (
            MEETING,
            Reference("area_id", "plan_areas", "id"),
            Reference("objective_id", "plan_objectives", "id"),
            Reference("action_id", "plan_actions", "id"),
        ),
    ),
    Table(
        "outcomes",
        _("Outcomes"),
        _("Recommendations, policy takeaways and conclusions of meetings, and their follow-up."),
        _all(Outcome, "meeting_id", "kind", "number", "pk"),
        (
            ID,
            MEETING_ID,
            Field("kind", STRING, _("recommendation, takeaway or conclusion.")),
            Field("number", INTEGER, _("Number in the source, if any.")),
            Field("text", STRING, _("Text.")),
            Field("follow_up_status", STRING, _("unknown, open, in_progress, done or dropped.")),
            Field("document_id", INTEGER, _("The source document (documents.id), if any.")),
        ),
        ("id",),
        (MEETING, DOCUMENT),
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}
