"""A report as a standalone HTML document or a PDF (WeasyPrint), in English or French.

The page on the site, the HTML file and the PDF share one body template and one
stylesheet, so they show the same figures and charts. The HTML file carries its
stylesheet inside (it is opened from disk, not served); the PDF adds page rules:
page numbers in the footer and a table of contents whose page numbers WeasyPrint
fills in (``target-counter``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from processus.reports.charts import column_chart, row_chart
from processus.reports.figures import Report, build_report

STATIC = Path(__file__).resolve().parent / "static" / "reports"
FORMATS = ("html", "pdf")


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here (not installed, or the system's pango is missing)."""


def report_charts(report: Report) -> dict[str, Any]:
    return {
        "per_year": column_chart(report.per_year),
        "per_kind": row_chart(report.per_kind),
        "per_area": row_chart(report.per_area),
    }


def report_context(report: Report, base_url: str = "") -> dict[str, Any]:
    """What the body template needs; meetings link to the site only when its address is known."""
    return {
        "report": report,
        "charts": report_charts(report),
        "base_url": base_url.rstrip("/"),
        "link_meetings": bool(base_url),
    }


def _stylesheet(*names: str) -> str:
    return "\n".join((STATIC / name).read_text(encoding="utf-8") for name in names)


def render_document(report: Report, base_url: str = "") -> str:
    """The report as one HTML document with its stylesheet inside (the HTML format)."""
    with translation.override(report.language):
        context = report_context(report, base_url)
        context["css"] = mark_safe(_stylesheet("report.css", "print.css"))  # our own file
        return render_to_string("reports/document.html", context)


def render_pdf(report: Report, base_url: str = "") -> bytes:
    """The report as a PDF: the same document laid out on A4 pages by WeasyPrint."""
    try:  # imported here: pages that never make a PDF do not load pango
        import weasyprint
    except (ImportError, OSError) as exc:
        raise PdfUnavailable(
            "PDF reports need WeasyPrint and the system's pango library "
            f"(scripts/ensure_weasyprint.sh installs them): {exc}"
        ) from exc
    document = render_document(report, base_url)
    pdf = weasyprint.HTML(string=document, base_url=str(STATIC)).write_pdf()
    assert pdf is not None  # write_pdf returns the bytes when given no target
    return bytes(pdf)


def make_report(
    plan_key: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    chairmanship: str | None = None,
    language: str = "en",
) -> Report:
    """:func:`build_report` under the report's language, so its labels are in that language."""
    with translation.override(language):
        return build_report(
            plan_key, start=start, end=end, chairmanship=chairmanship, language=language
        )


def render_report(report: Report, fmt: str, base_url: str = "") -> bytes:
    """The report in ``fmt`` (``html`` or ``pdf``) as bytes, ready to be written or served."""
    if fmt == "pdf":
        return render_pdf(report, base_url)
    return render_document(report, base_url).encode("utf-8")
