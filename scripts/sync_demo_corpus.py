"""Copy the example corpus's documents into the package, for ``processus demo``.

``examples/corpus`` is not part of the installed package, so ``processus demo``
reads a copy in ``src/processus/demo_corpus``. Run this after changing the
corpus; ``--check`` exits 1 when the copy differs (the test suite runs it).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
TARGET = ROOT / "src" / "processus" / "demo_corpus"
SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}
SKIP = {"SOURCES.md", "README.md"}
INIT_DOC = "The example corpus, shipped for `processus demo` (scripts/sync_demo_corpus.py)."


def corpus_documents() -> list[Path]:
    return sorted(
        p for p in CORPUS.iterdir() if p.is_file() and p.suffix in SUFFIXES and p.name not in SKIP
    )


def differences() -> list[str]:
    wanted = {p.name: p for p in corpus_documents()}
    present = {p.name: p for p in TARGET.iterdir() if p.is_file()} if TARGET.is_dir() else {}
    present.pop("__init__.py", None)
    problems = [f"missing {name}" for name in sorted(set(wanted) - set(present))]
    problems += [f"extra {name}" for name in sorted(set(present) - set(wanted))]
    problems += [
        f"differs {name}"
        for name in sorted(set(wanted) & set(present))
        if not filecmp.cmp(wanted[name], present[name], shallow=False)
    ]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the copy")
    args = parser.parse_args()
    problems = differences()
    if args.check:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for path in TARGET.iterdir():
        if path.is_file() and path.name != "__init__.py":
            path.unlink()
    for path in corpus_documents():
        shutil.copy2(path, TARGET / path.name)
    init = TARGET / "__init__.py"
    if not init.exists():
        init.write_text(f'"""{INIT_DOC}"""\n')
    print(f"{len(corpus_documents())} documents copied to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
