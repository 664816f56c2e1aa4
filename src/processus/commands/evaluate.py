"""``processus evaluate``: run the extraction engine on the evaluation corpus and score it.

The corpus is a directory of documents plus ``gold.jsonl`` (see ``docs/extraction-contract.md``).
Every document file in it is extracted, each record's ``source`` is set to the file's path
relative to the corpus, and the records are compared with the gold records. Pure: no Django.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from processus.commands import add_reference_date_argument

HELP = "Score the extraction engine against the gold records of an evaluation corpus."

#: File types that are documents; anything else in the corpus directory is support material.
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})
#: Support files that have a document suffix but are not part of the corpus.
NOT_DOCUMENTS = frozenset({"SOURCES.md", "README.md"})
GOLD_NAME = "gold.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path("examples/corpus"),
        help="corpus directory holding the documents and gold.jsonl (default: examples/corpus)",
    )
    add_reference_date_argument(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--show-errors", action="store_true", help="list every disagreement, document by document"
    )


def corpus_documents(corpus: Path) -> list[Path]:
    """Document files of ``corpus``, sorted, skipping hidden files and support files."""
    documents = []
    for path in sorted(corpus.rglob("*")):
        relative = path.relative_to(corpus)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in DOCUMENT_SUFFIXES and path.name not in NOT_DOCUMENTS:
            documents.append(path)
    return documents


def run(args: argparse.Namespace) -> int:
    from processus.extraction.evaluation import evaluate, format_report, load_gold

    corpus: Path = args.corpus
    gold_path = corpus / GOLD_NAME
    if not corpus.is_dir():
        print(f"processus evaluate: corpus directory not found: {corpus}", file=sys.stderr)
        return 1
    if not gold_path.is_file():
        print(f"processus evaluate: no {GOLD_NAME} in {corpus}", file=sys.stderr)
        return 1
    try:
        gold = load_gold(gold_path)
    except ValueError as exc:
        print(f"processus evaluate: {exc}", file=sys.stderr)
        return 1
    try:
        from processus.extraction import DocumentError, extract_document
    except ImportError as exc:
        print(f"processus evaluate: the extraction engine is not available: {exc}", file=sys.stderr)
        return 1

    documents = corpus_documents(corpus)
    names = {path.relative_to(corpus).as_posix() for path in documents}
    for source in sorted({str(r.get("source")) for r in gold} - names):
        print(f"processus evaluate: gold source not in corpus: {source}", file=sys.stderr)

    predicted: list[dict[str, Any]] = []
    failed: list[str] = []
    for path in documents:
        source = path.relative_to(corpus).as_posix()
        try:
            result = extract_document(path, reference_date=args.reference_date)
        except DocumentError as exc:
            failed.append(source)
            print(f"processus evaluate: {source}: {exc}", file=sys.stderr)
            continue
        for record in result.records:
            data = dict(record.to_dict())
            data["source"] = source
            predicted.append(data)

    report = evaluate(predicted, gold, sorted(names - set(failed)))
    if args.format == "json":
        payload = report.to_dict()
        payload["failed_documents"] = failed
        if not args.show_errors:
            payload.pop("mismatches")
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, show_errors=args.show_errors))
        if failed:
            print(f"\n{len(failed)} document(s) could not be read: {', '.join(failed)}")
    return 0
