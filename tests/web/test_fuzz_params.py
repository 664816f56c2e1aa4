"""Every GET route of the site, walked with random query parameters: never an answer >= 500.

The routes come from the URLconf itself (a new page is walked without touching this
file), their path arguments from the objects of the ``world`` fixture. Parameter
values are what a hostile or careless visitor sends: huge and negative integers,
text where a number is expected, unicode, NUL and control characters, 10 KB values,
the same parameter repeated. Each route gets :data:`EXAMPLES` examples.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from processus.kb.models import Outcome

from .conftest import World

pytestmark = pytest.mark.django_db

#: Examples per route; ``PROCESSUS_FUZZ_EXAMPLES=300`` (and ``PROCESSUS_FUZZ_RANDOM=1`` for
#: new examples on each run rather than the same ones) makes a longer walk.
EXAMPLES = int(os.environ.get("PROCESSUS_FUZZ_EXAMPLES", "30"))
RANDOM = os.environ.get("PROCESSUS_FUZZ_RANDOM") == "1"
#: Every parameter name a page reads, and a few it does not.
PARAMETER_NAMES = (
    "q",
    "dialogue",
    "year",
    "kind",
    "country",
    "host",
    "chair",
    "organiser",
    "area",
    "objective",
    "format",
    "status",
    "sort",
    "all",
    "page",
    "language",
    "limit",
    "mode",
    "from",
    "to",
    "next",
    "utm_source",
)

HUGE = ["99999999999999999999", str(2**63), str(2**63 - 1), str(2**31), "1" * 400, "-1", "0"]
HOSTILE = [
    "\x00",
    "a\x00b",
    "\x01\x1f\x7f",
    "1e309",
    "NaN",
    "-0",
    " 12 ",
    "٣",
    "½",
    "²",
    "0x10",
    "2024-13-45",
    "x" * 10_240,
    "é" * 5_000,
    "\ud7ff\ue000\U0010ffff",
    "' OR 1=1 --",
    '"',
    "%",
    "\\",
    "<script>",
]

values = st.one_of(
    st.sampled_from(HUGE + HOSTILE),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12),
)
names = st.one_of(st.sampled_from(PARAMETER_NAMES), st.text(min_size=1, max_size=8))
queries = st.lists(st.tuples(names, values), max_size=6).flatmap(
    # The same parameter twice, with different values, half the time.
    lambda pairs: st.sampled_from([pairs, pairs + [(n, v + "1") for n, v in pairs[:2]]])
)


def _patterns(
    patterns: list[URLPattern | URLResolver], prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, URLPattern]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or namespace
            # The language prefix is walked in the default language (no prefix).
            own = "" if isinstance(pattern.pattern, LocalePrefixPattern) else str(pattern.pattern)
            yield from _patterns(pattern.url_patterns, prefix + own, inner)
        elif namespace == "web":
            yield prefix + str(pattern.pattern), pattern


def web_routes() -> list[str]:
    """The routes of the site (not the admin), as written in the URLconf."""
    return sorted({route for route, _ in _patterns(get_resolver().url_patterns)})


def _fill(route: str, world: World, outcome: Outcome) -> list[str]:
    """Concrete paths for ``route``: its arguments taken from real objects."""
    arguments = {
        "pk": str(world.som.pk),
        "outcome_pk": str(outcome.pk),
        "key": "cadiz-action-plan" if route.startswith("plans/") else world.morocco.key,
    }
    path = route.removeprefix("^").removesuffix("$").replace("\\.", ".")
    if "(?P<fmt>" in path:
        return [re.sub(r"\(\?P<fmt>[^)]*\)", fmt, path) for fmt in ("csv", "json")]
    # An argument this test does not know yet gets a meeting's id: the route is walked
    # all the same (a 404 is an answer, not a failure).
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: arguments.get(m.group(1), str(world.som.pk)), path)
    if "documents/" in path and str(world.som.pk) in path:
        path = path.replace(str(world.som.pk), str(world.announcement.pk))
    return [path]


def test_every_route_of_the_urlconf_is_walked() -> None:
    routes = web_routes()
    assert len(routes) >= 19
    for expected in ("meetings/", "search", "search.json", "plans/<slug:key>/coverage/"):
        assert expected in routes


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.slow
@pytest.mark.parametrize("route", web_routes())
def test_random_parameters_never_give_a_server_error(
    world: World, editor_client: Client, route: str
) -> None:
    outcome = Outcome.objects.create(meeting=world.som, kind="recommendation", text="Share data")
    paths = _fill(route, world, outcome)
    # The editing pages answer anonymous visitors with a redirect: walk them as staff.
    client = editor_client if route.startswith("meetings/<int:pk>/") else Client()
    client.raise_request_exception = False

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not RANDOM,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(path=st.sampled_from(paths), pairs=queries)
    def walk(path: str, pairs: list[tuple[str, str]]) -> None:
        address = f"/{path}?{urlencode(pairs)}"
        response = client.get(address)
        body = _body(response)
        assert response.status_code < 500, (address[:300], response.status_code)
        if response.status_code == 400 and path.endswith(".json"):
            assert json.loads(body)["parameters"], address[:300]

    walk()
