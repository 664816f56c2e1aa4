"""The API's endpoints. Thin: queries go through the filter sets, representations are
built by :mod:`.records`, and every change by the operations modules."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from processus.api import records, serializers, writes
from processus.api.errors import BadRequest, TooLarge
from processus.api.etags import ConditionalMixin
from processus.api.filtering import QueryFilterBackend, query_parameters
from processus.api.language import ClientLanguageMixin
from processus.filters.actors import ActorFilterSet
from processus.filters.documents import DocumentFilterSet
from processus.filters.meetings import SORTS, MeetingFilterSet
from processus.filters.search import SearchFilterSet
from processus.kb import operations
from processus.kb.limits import configured_limits
from processus.kb.models import (
    Actor,
    Dialogue,
    Document,
    Framework,
    Meeting,
    MeetingRedirect,
    Outcome,
)
from processus.outcomes.filters import OutcomeFilterSet
from processus.plans.coverage import CoverageError, plan_coverage
from processus.plans.forms import coverage_arguments
from processus.plans.operations import LinkError, decide_link
from processus.preparation.api import (
    MeetingAnnouncementSerializer,
    registration_settings,
    split_registration,
)
from processus.preparation.operations import announce
from processus.search import engine
from processus.web.meeting_record import meeting_record

#: Ids in addresses: at most 18 digits, so every one fits the database's integer column.
ID = r"[0-9]{1,18}"
KEY = r"[-a-zA-Z0-9_]{1,80}"


def _id_parameter(description: str) -> OpenApiParameter:
    return OpenApiParameter(
        "id", OpenApiTypes.INT64, OpenApiParameter.PATH, description=description
    )


def _key_parameter(description: str) -> OpenApiParameter:
    return OpenApiParameter(
        "key", OpenApiTypes.STR, OpenApiParameter.PATH, description=description, pattern=f"^{KEY}$"
    )


class ApiViewSet(ClientLanguageMixin, ConditionalMixin, viewsets.GenericViewSet):
    """Lists are paged (``count``, ``next``, ``previous``); reads carry an ``ETag``."""

    filter_backends = [QueryFilterBackend]

    def paged(self, rows: Any, build: Any, serializer: type) -> Response:
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(
            serializer([build(row) for row in page or []], many=True).data
        )


@extend_schema_view(
    list=extend_schema(summary="Meetings, filtered as on the meetings page"),
    retrieve=extend_schema(
        summary="A meeting with every field's evidence", parameters=[_id_parameter("Meeting id")]
    ),
    create=extend_schema(
        summary="Create a meeting (editors), with its registration settings if it takes any",
        request=MeetingAnnouncementSerializer,
        responses={201: serializers.MeetingDetailSerializer},
    ),
    partial_update=extend_schema(
        summary="Correct a meeting's values or registration settings (editors)",
        parameters=[_id_parameter("Meeting id")],
        request=MeetingAnnouncementSerializer,
        responses={200: serializers.MeetingDetailSerializer},
    ),
)
class MeetingViewSet(ApiViewSet):
    """Meetings. Writes are editors' corrections: each value that really changes is kept
    as edited evidence and a line in the meeting's history, as with the correction form."""

    filterset_class = MeetingFilterSet
    serializer_class = serializers.MeetingSerializer
    lookup_field = "id"
    lookup_value_regex = ID
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Meeting]:
        return Meeting.objects.with_current_status()

    def list(self, request: Request) -> Response:
        rows = self.filter_queryset(self.get_queryset()).order_by(*SORTS[self.query.sort_key][1])
        return self.paged(
            records.meeting_rows(rows),
            lambda m: records.meeting_summary(request, m),
            serializers.MeetingSerializer,
        )

    def _detail(self, request: Request, pk: int, code: int = status.HTTP_200_OK) -> Response:
        record = meeting_record(pk)
        data = records.meeting_detail(request, record)
        return Response(serializers.MeetingDetailSerializer(data).data, status=code)

    def retrieve(self, request: Request, id: str) -> Any:
        pk = int(id)
        if not Meeting.objects.filter(pk=pk).exists():
            target = MeetingRedirect.objects.filter(number=pk).values_list("meeting_id", flat=True)
            if target.first() is not None:
                return redirect("api:meeting-detail", target.first())
        return self._detail(request, pk)

    def _write(self, request: Request, meeting: Meeting | None) -> Meeting:
        """Create or correct ``meeting`` from the body: the record's values as the
        correction form sets them; registration settings, if any, as an announcement."""
        values, settings = split_registration(request.data)
        body = writes.MeetingWriteSerializer(data=values, context={"settings": bool(settings)})
        body.is_valid(raise_exception=True)
        note = body.validated_data.get("note", "")
        if settings:
            checked = registration_settings(settings, meeting)
            return announce(request.user, body.proposed(), checked, meeting, note)
        if meeting is None:
            return operations.create_meeting(request.user, body.proposed(), note)
        operations.correct_meeting(meeting, request.user, body.proposed(), note)
        return meeting

    def create(self, request: Request) -> Response:
        meeting = self._write(request, None)
        return self._detail(request, meeting.pk, status.HTTP_201_CREATED)

    def partial_update(self, request: Request, id: str) -> Response:
        meeting = self._write(request, get_object_or_404(Meeting, pk=int(id)))
        return self._detail(request, meeting.pk)

    @extend_schema(
        summary="Confirm or reject a link to an action-plan item (editors)",
        parameters=[_id_parameter("Meeting id")],
        request=writes.LinkDecisionSerializer,
        responses={200: serializers.LinkSerializer(many=True)},
    )
    @action(detail=True, methods=["post"], url_path="links", pagination_class=None)
    def links(self, request: Request, id: str) -> Response:
        meeting = get_object_or_404(Meeting, pk=int(id))
        body = writes.LinkDecisionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        try:
            decide_link(
                meeting.pk, data["kind"], data["item"], data["verdict"], request.user,
                data.get("note", ""),
            )  # fmt: skip
        except LinkError as error:
            raise BadRequest(str(error), "item") from None
        links = meeting_record(meeting.pk).links
        return Response(
            serializers.LinkSerializer([records.link(i) for i in links], many=True).data
        )


@extend_schema_view(
    list=extend_schema(summary="Documents, filtered as on the documents page"),
    retrieve=extend_schema(
        summary="A document with its text and the meetings it describes",
        parameters=[_id_parameter("Document id")],
    ),
)
class DocumentViewSet(ApiViewSet):
    """Documents the record was read from; editors upload new ones."""

    filterset_class = DocumentFilterSet
    serializer_class = serializers.DocumentSerializer
    lookup_field = "id"
    lookup_value_regex = ID
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self) -> QuerySet[Document]:
        return Document.objects.defer("text").order_by("-ingested_at", "-pk")

    def list(self, request: Request) -> Response:
        rows = self.filter_queryset(self.get_queryset())
        return self.paged(
            rows, lambda d: records.document_summary(request, d), serializers.DocumentSerializer
        )

    @extend_schema(responses=serializers.DocumentDetailSerializer)
    def retrieve(self, request: Request, id: str) -> Response:
        document = get_object_or_404(Document, pk=int(id))
        data = records.document_detail(request, document)
        return Response(serializers.DocumentDetailSerializer(data).data)

    @extend_schema(
        summary="Upload a document (editors): ingested as `processus ingest` would",
        request={"multipart/form-data": writes.UploadSerializer},
        responses={
            201: serializers.UploadResultSerializer,
            200: serializers.UploadResultSerializer,
        },
    )
    def create(self, request: Request) -> Response:
        from processus.intake.operations import Incoming, ingest_incoming

        body = writes.UploadSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        upload = body.validated_data["file"]
        limit = configured_limits().load.max_bytes
        if upload.size > limit:
            raise TooLarge(
                _("%(name)s: %(size)s bytes, more than the limit of %(limit)s bytes.")
                % {"name": upload.name, "size": upload.size, "limit": limit}
            )
        (result,) = ingest_incoming(
            [Incoming(upload.name, upload)], road="upload", user=request.user
        )
        if result.refused or result.document is None:
            raise BadRequest(f"{upload.name}: {result.reason}", "file")
        data = {
            "outcome": result.outcome,
            "document": records.document_detail(request, result.document),
        }
        code = status.HTTP_201_CREATED if result.outcome == "stored" else status.HTTP_200_OK
        return Response(serializers.UploadResultSerializer(data).data, status=code)


@extend_schema_view(
    list=extend_schema(summary="Countries and organisations"),
    retrieve=extend_schema(
        summary="An actor and how many meetings it hosted, chaired, organised",
        parameters=[_key_parameter("The actor's key, e.g. ma or icmpd")],
    ),
)
class ActorViewSet(ApiViewSet):
    """Countries (ISO codes) and organisations, by key."""

    filterset_class = ActorFilterSet
    serializer_class = serializers.ActorSerializer
    lookup_field = "key"
    lookup_value_regex = KEY
    http_method_names = ["get", "head", "options"]

    def get_queryset(self) -> QuerySet[Actor]:
        return Actor.objects.order_by("kind", "name", "pk")

    def list(self, request: Request) -> Response:
        rows = self.filter_queryset(self.get_queryset())
        return self.paged(
            rows, lambda a: records.actor_summary(request, a), serializers.ActorSerializer
        )

    @extend_schema(responses=serializers.ActorDetailSerializer)
    def retrieve(self, request: Request, key: str) -> Response:
        actor = get_object_or_404(Actor, key=key)
        return Response(
            serializers.ActorDetailSerializer(records.actor_detail(request, actor)).data
        )


@extend_schema_view(list=extend_schema(summary="Dialogues and how many meetings each has"))
class DialogueViewSet(ApiViewSet):
    """The dialogues (processes) the record follows."""

    serializer_class = serializers.DialogueSerializer
    http_method_names = ["get", "head", "options"]

    def get_queryset(self) -> QuerySet[Dialogue]:
        return Dialogue.objects.annotate(meeting_count=Count("meetings")).order_by("name", "pk")

    def list(self, request: Request) -> Response:
        return self.paged(
            self.get_queryset(), records.dialogue_summary, serializers.DialogueSerializer
        )


_DAY_OR_YEAR = r"^\d{4}(-\d{2}-\d{2})?$"
_COVERAGE_PARAMETERS = [
    OpenApiParameter("from", OpenApiTypes.STR, pattern=_DAY_OR_YEAR,
                     description="First day or year (2024, 2024-03-01)."),
    OpenApiParameter("to", OpenApiTypes.STR, pattern=_DAY_OR_YEAR, description="Last day or year."),
    OpenApiParameter("chairmanship", OpenApiTypes.STR,
                     description="A chair's key, ISO code or name: its chairmanship periods."),
    OpenApiParameter("dialogue", OpenApiTypes.STR, description="A dialogue's key."),
    OpenApiParameter("country", OpenApiTypes.STR,
                     description="A country (key, ISO code or name) that hosted or chaired."),
]  # fmt: skip


@extend_schema_view(
    list=extend_schema(summary="Action plans"),
    retrieve=extend_schema(summary="An action plan", parameters=[_key_parameter("The plan's key")]),
)
class PlanViewSet(ApiViewSet):
    """Action plans (frameworks) and what the meetings addressed of them."""

    serializer_class = serializers.PlanSerializer
    lookup_field = "key"
    lookup_value_regex = KEY
    http_method_names = ["get", "head", "options"]

    def get_queryset(self) -> QuerySet[Framework]:
        return Framework.objects.select_related("dialogue").order_by("-period_start", "key")

    def list(self, request: Request) -> Response:
        return self.paged(
            self.get_queryset(),
            lambda f: records.plan_summary(request, f),
            serializers.PlanSerializer,
        )

    def retrieve(self, request: Request, key: str) -> Response:
        framework = get_object_or_404(self.get_queryset(), key=key)
        return Response(serializers.PlanSerializer(records.plan_summary(request, framework)).data)

    @extend_schema(
        summary="What the meetings addressed of the plan (as /plans/<key>/coverage.json)",
        parameters=[_key_parameter("The plan's key"), *_COVERAGE_PARAMETERS],
        responses=serializers.CoverageSerializer,
    )
    @action(detail=True, methods=["get"], url_path="coverage", pagination_class=None)
    def coverage(self, request: Request, key: str) -> Response:
        framework = get_object_or_404(self.get_queryset(), key=key)
        arguments = coverage_arguments(request.query_params)
        try:
            result = plan_coverage(framework, **arguments)
        except CoverageError as error:
            raise BadRequest(str(error), error.parameter) from None
        return Response(serializers.CoverageSerializer(result.as_json()).data)


@extend_schema_view(
    list=extend_schema(summary="Outcomes (recommendations, takeaways, conclusions)"),
    create=extend_schema(
        summary="Add an outcome to a meeting (editors)",
        request=writes.OutcomeWriteSerializer,
        responses={201: serializers.OutcomeSerializer},
    ),
)
class OutcomeViewSet(ApiViewSet):
    """Recommendations, policy takeaways and conclusions of meetings, with their follow-up."""

    filterset_class = OutcomeFilterSet
    serializer_class = serializers.OutcomeSerializer
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self) -> QuerySet[Outcome]:
        return Outcome.objects.select_related("meeting").order_by(
            "meeting_id", "kind", "number", "pk"
        )

    def list(self, request: Request) -> Response:
        rows = self.filter_queryset(self.get_queryset())
        return self.paged(
            rows, lambda o: records.outcome(request, o), serializers.OutcomeSerializer
        )

    def create(self, request: Request) -> Response:
        body = writes.OutcomeWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        meeting = body.validated_data["meeting"]
        change = operations.change_outcome(
            meeting, request.user, values=body.values(), note=body.validated_data.get("note", "")
        )
        assert change is not None  # adding always changes
        outcome = Outcome.objects.select_related("meeting").get(pk=change.details["outcome"])
        return Response(
            serializers.OutcomeSerializer(records.outcome(request, outcome)).data,
            status=status.HTTP_201_CREATED,
        )


class SearchView(ClientLanguageMixin, ConditionalMixin, APIView):
    """Everything the record holds, searched as on the search page (``/search.json``)."""

    @extend_schema(
        summary="Search meetings, documents and passages",
        parameters=[
            OpenApiParameter(
                p["name"],
                p["schema"],
                OpenApiParameter.QUERY,
                required=p["name"] == "q",
                description=p["description"],
            )
            for p in query_parameters(SearchFilterSet)
        ],
        responses=serializers.SearchSerializer,
    )
    def get(self, request: Request) -> Response:
        query = SearchFilterSet.from_query(request.query_params)
        text = query.setting("q", "")
        if not text:
            raise BadRequest(_("q: give the words to search for."), "q")
        response = engine.search(
            text,
            engine.Filters(query.values),
            limit=query.setting("limit", 20),
            mode=query.setting("mode", "auto"),
        )
        return Response(serializers.SearchSerializer(response.as_json()).data)


@csrf_exempt
def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Any other address under ``/api/``: a 404 in the API's shape, not the site's page."""
    return JsonResponse(
        {"detail": _("There is no such address in the API."), "field": None}, status=404
    )
