"""``processus report``: a stocktaking or chairmanship report of an action plan, HTML or PDF."""

from __future__ import annotations

import argparse
import sys
from datetime import date

HELP = "Write a stocktaking (period) or chairmanship report of an action plan as HTML or PDF."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plan", required=True, metavar="KEY", help="the plan's key")
    parser.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period"
    )
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day of the period")
    parser.add_argument(
        "--chairmanship",
        metavar="ACTOR",
        help="the periods this country chaired the plan's dialogue (name, key or ISO code)",
    )
    parser.add_argument("--format", choices=("html", "pdf"), default="pdf")
    parser.add_argument(
        "--language", choices=("en", "fr"), help="the report's language (default: the site's)"
    )
    parser.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="the site's address, to link each meeting to its page (no links without it)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write")


def _date(option: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{option}: not a date in YYYY-MM-DD form: {value!r}") from None


def run(args: argparse.Namespace) -> int:
    try:
        start, end = _date("--from", args.start), _date("--to", args.end)
    except ValueError as exc:
        print(f"processus report: {exc}", file=sys.stderr)
        return 2
    if args.chairmanship and (start or end):
        print("processus report: give --from/--to or --chairmanship, not both", file=sys.stderr)
        return 2
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.conf import settings
    from django.db import DatabaseError

    from processus.reports.figures import ReportError, report_facts
    from processus.reports.rendering import PdfUnavailable, make_report, render_report

    language = args.language or settings.LANGUAGE_CODE
    try:
        report = make_report(
            args.plan, start=start, end=end, chairmanship=args.chairmanship, language=language
        )
        data = render_report(report, args.format, args.base_url)
    except ReportError as exc:
        print(f"processus report: {exc}", file=sys.stderr)
        return 2
    except PdfUnavailable as exc:
        print(f"processus report: {exc}; --format html works without it", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus report: {database_error_message(exc)}", file=sys.stderr)
        return 1
    try:
        with open(args.output, "wb") as out:
            out.write(data)
    except OSError as exc:
        print(f"processus report: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    facts = report_facts(report)
    print(
        f"{args.output}: {report.title}, {facts['period_start']} to {facts['period_end']}: "
        f"{facts['meetings']} meetings; {facts['objectives_addressed']} of "
        f"{facts['objectives_total']} objectives ({facts['objectives_confirmed']} confirmed) and "
        f"{facts['actions_addressed']} of {facts['actions_total']} actions "
        f"({facts['actions_confirmed']} confirmed) addressed; {facts['outcomes']} outcomes"
    )
    return 0
