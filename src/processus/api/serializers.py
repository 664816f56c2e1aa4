"""The shapes the API answers with (and the OpenAPI schema shows).

Representations are built as plain dictionaries by :mod:`processus.api.records` from
the same readers as the pages; these serializers declare their fields, so the schema
says exactly what a client gets. Values of a meeting keep the extraction contract's
shape (``"2019-07"``, ``["Morocco", "Spain"]``): the same names and values as
``processus extract`` and the downloads.
"""

from __future__ import annotations

from rest_framework import serializers


class ActorRefSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.CharField()


class DialogueRefSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()


class DocumentRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.CharField()
    title = serializers.CharField()
    original_name = serializers.CharField()
    kind = serializers.CharField()
    language = serializers.CharField()
    document_date = serializers.CharField(allow_null=True)


class MeetingRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.CharField()
    title = serializers.CharField()
    start = serializers.CharField(allow_null=True)


class MeetingSerializer(serializers.Serializer):
    """A meeting as the lists show it: the record's values, actors with their keys."""

    id = serializers.IntegerField()
    url = serializers.CharField(help_text="This meeting in the API.")
    html_url = serializers.CharField(help_text="This meeting's page.")
    kind = serializers.CharField()
    title = serializers.CharField(allow_null=True)
    dialogues = DialogueRefSerializer(many=True)
    start = serializers.CharField(allow_null=True, help_text="YYYY, YYYY-MM or YYYY-MM-DD.")
    end = serializers.CharField(allow_null=True)
    city = serializers.CharField(allow_null=True)
    country = ActorRefSerializer(allow_null=True)
    format = serializers.CharField(allow_null=True)
    status = serializers.CharField(allow_null=True, help_text="As of today.")
    hosts = ActorRefSerializer(many=True)
    chairs = ActorRefSerializer(many=True)
    organisers = ActorRefSerializer(many=True)
    participants = serializers.IntegerField(allow_null=True)
    participants_qualifier = serializers.CharField(allow_null=True)
    countries_count = serializers.IntegerField(allow_null=True)
    recommendations = serializers.IntegerField(allow_null=True)
    registration_deadline = serializers.CharField(allow_null=True)
    themes = serializers.ListField(child=serializers.IntegerField())
    follow_up_of = serializers.IntegerField(allow_null=True)


class EvidenceSerializer(serializers.Serializer):
    """Why a field has a value: a span of a document, or an editor's correction."""

    id = serializers.IntegerField()
    value = serializers.JSONField(allow_null=True)
    method = serializers.CharField(help_text="extracted, inferred, edited or recorded.")
    document = DocumentRefSerializer(allow_null=True)
    start = serializers.IntegerField(allow_null=True, help_text="Offset in the document text.")
    end = serializers.IntegerField(allow_null=True)
    quote = serializers.CharField(help_text="document.text[start:end]")
    note = serializers.CharField()
    editor = serializers.CharField(allow_null=True)
    recorded_at = serializers.DateTimeField()


class ConflictSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="A value some sources give, not the one shown.")
    evidence = EvidenceSerializer(many=True)


class FieldSerializer(serializers.Serializer):
    name = serializers.CharField()
    label = serializers.CharField()
    value = serializers.JSONField(allow_null=True)
    actors = ActorRefSerializer(many=True)
    edited = EvidenceSerializer(allow_null=True, help_text="The editor's value, if any.")
    evidence = EvidenceSerializer(many=True)
    conflicts = ConflictSerializer(many=True)


class LinkSerializer(serializers.Serializer):
    ref = serializers.CharField(help_text="cadiz-action-plan/objective/5a and the like.")
    plan = serializers.CharField()
    kind = serializers.CharField(help_text="area, objective or action.")
    item = serializers.IntegerField(help_text="The area's, objective's or action's id.")
    number = serializers.CharField()
    title = serializers.CharField()
    status = serializers.CharField(help_text="suggested or confirmed.")


class OutcomeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    meeting = MeetingRefSerializer()
    kind = serializers.CharField()
    number = serializers.IntegerField(allow_null=True)
    text = serializers.CharField()
    follow_up_status = serializers.CharField()
    document = serializers.IntegerField(allow_null=True)


class ChangeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    field = serializers.CharField()
    old_value = serializers.JSONField(allow_null=True)
    new_value = serializers.JSONField(allow_null=True)
    editor = serializers.CharField(allow_null=True)
    reason = serializers.CharField()
    made_at = serializers.DateTimeField()


class MeetingDetailSerializer(MeetingSerializer):
    """A meeting with every field's evidence, its documents, links, outcomes and history."""

    record = FieldSerializer(many=True)
    documents = DocumentRefSerializer(many=True)
    links = LinkSerializer(many=True)
    outcomes = OutcomeSerializer(many=True)
    history = ChangeSerializer(many=True)


class DocumentSerializer(DocumentRefSerializer):
    source_url = serializers.CharField()
    media_type = serializers.CharField()
    size = serializers.IntegerField()
    ingested_at = serializers.DateTimeField()


class DocumentDetailSerializer(DocumentSerializer):
    kind_reason = serializers.CharField()
    version_of = serializers.IntegerField(allow_null=True)
    text = serializers.CharField()
    meetings = MeetingRefSerializer(many=True)


class UploadResultSerializer(serializers.Serializer):
    outcome = serializers.CharField(help_text="stored, replaced or unchanged.")
    document = DocumentDetailSerializer()


class ActorSerializer(ActorRefSerializer):
    url = serializers.CharField()
    name_fr = serializers.CharField()
    full_name = serializers.CharField()
    iso_code = serializers.CharField()
    region = serializers.CharField()
    continent = serializers.CharField()
    website = serializers.CharField()


class RoleCountsSerializer(serializers.Serializer):
    host = serializers.IntegerField()
    chair = serializers.IntegerField()
    organiser = serializers.IntegerField()
    held_in = serializers.IntegerField()


class MembershipSerializer(serializers.Serializer):
    dialogue = DialogueRefSerializer()
    role = serializers.CharField()


class ActorDetailSerializer(ActorSerializer):
    meetings = RoleCountsSerializer()
    memberships = MembershipSerializer(many=True)


class DialogueSerializer(DialogueRefSerializer):
    name_fr = serializers.CharField()
    full_name = serializers.CharField()
    kind = serializers.CharField()
    founded = serializers.CharField()
    meetings = serializers.IntegerField()


class PlanSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    name_fr = serializers.CharField()
    dialogue = DialogueRefSerializer()
    period_start = serializers.IntegerField()
    period_end = serializers.IntegerField()
    objectives_total = serializers.IntegerField(allow_null=True)
    actions_total = serializers.IntegerField(allow_null=True)
    coverage_url = serializers.CharField()


class CoverageMeetingSerializer(serializers.Serializer):
    meeting = serializers.IntegerField()
    title = serializers.CharField()
    start = serializers.CharField()
    status = serializers.CharField()
    reason = serializers.CharField()
    score = serializers.FloatField(allow_null=True)
    via = serializers.CharField()


class CoverageItemSerializer(serializers.Serializer):
    number = serializers.CharField()
    title = serializers.CharField()
    title_fr = serializers.CharField()
    established = serializers.BooleanField()
    parent = serializers.CharField()
    addressed = serializers.BooleanField()
    confirmed = serializers.BooleanField()
    meeting_ids = serializers.ListField(child=serializers.IntegerField())
    meetings = CoverageMeetingSerializer(many=True)


class CoverageSerializer(serializers.Serializer):
    """The same object as ``/plans/<key>/coverage.json``."""

    plan = serializers.CharField()
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    dialogue = serializers.CharField(allow_null=True)
    country = serializers.CharField(allow_null=True)
    chairmanship = serializers.CharField(allow_null=True)
    meetings = serializers.IntegerField()
    areas_addressed = serializers.IntegerField()
    areas_confirmed = serializers.IntegerField()
    areas_total = serializers.IntegerField()
    objectives_addressed = serializers.IntegerField()
    objectives_confirmed = serializers.IntegerField()
    objectives_total = serializers.IntegerField()
    actions_addressed = serializers.IntegerField()
    actions_confirmed = serializers.IntegerField()
    actions_total = serializers.IntegerField()
    areas = CoverageItemSerializer(many=True)
    objectives = CoverageItemSerializer(many=True)
    actions = CoverageItemSerializer(many=True)


class SearchResultSerializer(serializers.Serializer):
    type = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()
    snippet_html = serializers.CharField()
    snippet = serializers.CharField()
    score = serializers.FloatField()
    meeting = serializers.IntegerField(allow_null=True)
    document = serializers.IntegerField(allow_null=True)
    passage = serializers.IntegerField(allow_null=True)
    start = serializers.IntegerField(allow_null=True)
    end = serializers.IntegerField(allow_null=True)
    context = serializers.CharField()
    file = serializers.CharField(allow_null=True)


class SearchSerializer(serializers.Serializer):
    """The same object as ``/search.json``."""

    query = serializers.CharField()
    filters = serializers.DictField(child=serializers.CharField())
    mode = serializers.CharField()
    backend = serializers.CharField()
    semantic_available = serializers.BooleanField()
    count = serializers.IntegerField()
    results = SearchResultSerializer(many=True)
