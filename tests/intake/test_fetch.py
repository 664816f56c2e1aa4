"""``processus ingest URL``: pages and files fetched from a local server, within bounds."""

from __future__ import annotations

import pytest

from processus.cli import main
from processus.intake.fetch import FetchError, FetchLimits, fetch, is_url
from processus.kb.models import Document
from tests.intake.conftest import ANNOUNCEMENT, WORKSHOP
from tests.intake.server import Route

PAGE = (
    "<html><head><title>News</title></head><body>"
    "<nav>Home | About | Contact</nav>"
    f"<main><h1>Thematic meeting</h1><p>{ANNOUNCEMENT}</p></main>"
    "<footer>Copyright the secretariat</footer></body></html>"
).encode()


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _limits(**overrides) -> FetchLimits:
    values = {"max_bytes": 1024 * 1024, "read_seconds": 1.0, "connect_seconds": 1.0}
    values.update(overrides)
    return FetchLimits(**values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("https://x.org/a", True), ("ftp://x.org/a", True), ("docs/a.txt", False), ("C:\\a", False)],
)
def test_is_url(text, expected):
    assert is_url(text) is expected


def test_a_page_is_fetched_with_its_name_and_type(server):
    server.routes["/news/thematic-meeting"] = Route(PAGE)
    fetched = fetch(server.url("/news/thematic-meeting"), _limits())
    assert fetched.name == "thematic-meeting.html"
    assert fetched.content_type == "text/html"
    assert fetched.data == PAGE


def test_a_redirect_is_followed_and_a_loop_is_refused(server):
    server.routes["/old"] = Route(status=301, headers={"Location": "/new.txt"})
    server.routes["/new.txt"] = Route(b"text", content_type="text/plain")
    assert fetch(server.url("/old"), _limits()).final_url == server.url("/new.txt")
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match=r"^more than 5 redirects$"):
        fetch(server.url("/loop"), _limits())
    assert server.hits.count("/loop") == 6


def test_a_redirect_to_another_scheme_is_refused(server):
    server.routes["/away"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="only http and https URLs are fetched, not file"):
        fetch(server.url("/away"), _limits())


def test_a_huge_response_is_cut_off_at_the_size_limit(server):
    server.routes["/huge.txt"] = Route(content_type="text/plain", stream_bytes=50 * 1024 * 1024)
    with pytest.raises(FetchError, match=r"^file is too large \(more than 1 MB\)$"):
        fetch(server.url("/huge.txt"), _limits())
    server.routes["/declared.txt"] = Route(
        content_type="text/plain", headers={"Content-Length": str(3 * 1024 * 1024)}
    )
    with pytest.raises(FetchError, match=r"^file is too large \(3 MB > 1 MB\)$"):
        fetch(server.url("/declared.txt"), _limits())


def test_a_slow_server_times_out(server):
    server.routes["/slow"] = Route(PAGE, delay=2.0)
    with pytest.raises(FetchError, match=r"^timed out \(no answer within 0.5 s\)$"):
        fetch(server.url("/slow"), _limits(read_seconds=0.5))


@pytest.mark.parametrize(
    ("content_type", "path", "accepted"),
    [
        ("image/png", "/photo", False),
        ("application/octet-stream", "/file.bin", False),
        ("application/octet-stream", "/report.pdf", True),
        ("text/plain; charset=latin-1", "/note", True),
    ],
)
def test_the_content_type_must_be_one_the_loaders_read(server, content_type, path, accepted):
    server.routes[path] = Route(b"%PDF-1.4", content_type=content_type)
    if accepted:
        assert fetch(server.url(path), _limits()).data == b"%PDF-1.4"
    else:
        with pytest.raises(FetchError, match="is not one ingestion reads"):
            fetch(server.url(path), _limits())


def test_an_http_error_and_a_closed_port_are_named(server):
    with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$"):
        fetch(server.url("/missing"), _limits())
    with pytest.raises(FetchError, match=r"^cannot connect"):
        fetch("http://127.0.0.1:9/", _limits())
    with pytest.raises(FetchError, match="only http and https URLs are fetched, not ftp"):
        fetch("ftp://example.org/a.txt", _limits())


@pytest.mark.django_db
def test_ingest_mixes_urls_and_paths_and_keeps_the_url(server, tmp_path, capsys):
    server.routes["/news/thematic-meeting"] = Route(PAGE)
    server.routes["/docs/workshop.pdf"] = Route(_pdf(WORKSHOP), content_type="application/pdf")
    server.routes["/photo"] = Route(b"\x89PNG", content_type="image/png")
    local = tmp_path / "local.txt"
    local.write_text(WORKSHOP.replace("Abidjan", "Accra").replace("Côte d'Ivoire", "Ghana"))
    page, pdf, photo = (
        server.url(p) for p in ("/news/thematic-meeting", "/docs/workshop.pdf", "/photo")
    )
    code = main(["ingest", "-q", page, str(local), pdf, photo])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"processus: {photo}: content type image/png is not one ingestion reads" in err
    assert f"{page}: stored, document" in out
    assert f"{pdf}: stored, document" in out
    assert "documents: 1 read, 1 new" in out
    from_page = Document.objects.get(source_url=page)
    assert "Dakar" in from_page.text
    assert "Copyright" not in from_page.text  # the page's main content, as the html loader takes
    assert from_page.mentions.get().meeting.city == "Dakar"
    assert Document.objects.get(source_url=pdf).media_type == "application/pdf"
    assert Document.objects.filter(source_url="").count() == 1


@pytest.mark.django_db
def test_ingest_of_urls_only_succeeds_with_exit_0(server, capsys):
    server.routes["/a.txt"] = Route(ANNOUNCEMENT.encode(), content_type="text/plain")
    assert main(["ingest", "-q", server.url("/a.txt")]) == 0
    assert Document.objects.get().source_url == server.url("/a.txt")
    assert "stored" in capsys.readouterr().out
