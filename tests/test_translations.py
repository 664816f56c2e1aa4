"""Every label and message in French: missing translations counted, and the count must be 0.

Two sources of strings, as ``makemessages`` would find them, without writing anything
in the tree: the ``.po`` catalogues themselves (an empty ``msgstr`` or a ``fuzzy`` entry
is missing; a ``.mo`` that lacks a translation its ``.po`` has was not compiled), and the
code (templates through Django's ``templatize``, then ``xgettext`` with Django's keywords
over those and every Python module) checked against the French catalogue Django
actually serves (the project's, each app's and Django's own merged).
"""

from __future__ import annotations

import gettext as gnu_gettext
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import trans_real
from django.utils.translation.template import templatize

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "processus"
#: The keywords ``makemessages`` gives xgettext for Python sources (Django's own list).
KEYWORDS = (
    "gettext_noop",
    "gettext_lazy",
    "ngettext_lazy:1,2",
    "pgettext:1c,2",
    "npgettext:1c,2,3",
    "pgettext_lazy:1c,2",
    "npgettext_lazy:1c,2,3",
)
TEMPLATE_SUFFIXES = (".html", ".txt", ".xml", ".ics", ".md")


@dataclass
class Entry:
    """One message of a catalogue: its id, context, plural, translations and flags."""

    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    references: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The key Python's gettext files it under: ``context\\x04msgid``."""
        return f"{self.msgctxt}\x04{self.msgid}" if self.msgctxt is not None else self.msgid

    @property
    def missing(self) -> bool:
        return "fuzzy" in self.flags or not all(self.msgstr) or not self.msgstr


_FIELD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")\s*$')


def _unquote(literal: str) -> str:
    body = literal.strip()[1:-1]
    return re.sub(
        r'\\(["\\ntr])',
        lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
        body,
    )


def parse_po(text: str) -> list[Entry]:
    """The live entries of a ``.po``/``.pot`` text (header and obsolete ``#~`` entries left out).

    An entry ends at a blank line or where the next one begins (a comment, ``msgctxt`` or
    ``msgid`` after a ``msgstr``): msgfmt accepts catalogues without blank lines between.
    """
    entries: list[Entry] = []
    entry, last = Entry(), None
    for line in [*text.splitlines(), ""]:
        starts_next = not line.strip() or line.startswith(("#", "msgctxt", "msgid "))
        if starts_next and entry.msgstr:
            if entry.msgid:
                entries.append(entry)
            entry, last = Entry(), None
        if line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#:"):
            entry.references.extend(line[2:].split())
        elif line.startswith('"') and last is not None:
            _append(entry, last, _unquote(line))
        elif match := _FIELD.match(line):
            last = match.group(1)
            if last.startswith("msgstr"):
                entry.msgstr.append("")
            _append(entry, last, _unquote(match.group(2)))
    return entries


def _append(entry: Entry, name: str, text: str) -> None:
    if name == "msgid":
        entry.msgid += text
    elif name == "msgctxt":
        entry.msgctxt = (entry.msgctxt or "") + text
    elif name == "msgid_plural":
        entry.msgid_plural = (entry.msgid_plural or "") + text
    else:
        entry.msgstr[-1] += text


def catalogues() -> list[Path]:
    return sorted(PACKAGE.rglob("locale/fr/LC_MESSAGES/django.po"))


def missing_in_catalogue(po: Path) -> list[str]:
    """A French ``.po``'s entries untranslated (empty or fuzzy) or missing from its ``.mo``."""
    entries = parse_po(po.read_text(encoding="utf-8"))
    name = po.relative_to(PACKAGE) if po.is_relative_to(PACKAGE) else po
    problems = [f"{name}: untranslated or fuzzy: {e.msgid!r}" for e in entries if e.missing]
    mo = po.with_suffix(".mo")
    if not mo.is_file():
        return [*problems, f"{mo}: not compiled (django-admin compilemessages)"]
    with mo.open("rb") as handle:
        compiled = gnu_gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    keys = {key if isinstance(key, str) else key[0] for key in compiled}
    stale = [e for e in entries if not e.missing and e.key not in keys]
    return [*problems, *(f"{name}: not compiled into the .mo: {e.msgid!r}" for e in stale)]


def source_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if "migrations" in path.parts or "locale" in path.parts or not path.is_file():
            continue
        if path.suffix == ".py" or ("templates" in path.parts and path.suffix in TEMPLATE_SUFFIXES):
            yield path


def strings_in_code(files: Iterable[Path], workdir: Path) -> list[Entry]:
    """The messages ``makemessages`` would extract from these files (xgettext on a copy)."""
    xgettext = shutil.which("xgettext")
    if xgettext is None:
        pytest.skip("xgettext (GNU gettext) is not installed")
    inputs, originals = [], {}
    for number, path in enumerate(files):
        if path.suffix == ".py":
            inputs.append(str(path))
            continue
        copy = workdir / f"{number:04d}-{path.stem}.py"
        copy.write_text(templatize(path.read_text(encoding="utf-8"), origin=str(path)))
        inputs.append(str(copy))
        originals[str(copy)] = str(path)
    pot = workdir / "messages.pot"
    subprocess.run(
        [
            xgettext,
            "--language=Python",
            "--from-code=UTF-8",
            "--no-wrap",
            "--add-location",
            *(f"--keyword={keyword}" for keyword in KEYWORDS),
            f"--output={pot}",
            *inputs,
        ],
        check=True,
        capture_output=True,
    )
    entries = parse_po(pot.read_text(encoding="utf-8")) if pot.exists() else []
    for entry in entries:  # name the template, not its temporary copy
        entry.references = [
            originals.get(file, file) + ":" + line
            for file, _, line in (ref.rpartition(":") for ref in entry.references)
        ]
    return entries


def untranslated(entries: Iterable[Entry], language: str = "fr") -> list[Entry]:
    """The entries Django's merged catalogue for ``language`` does not translate."""
    with translation.override(language):
        catalog = trans_real.translation(language)._catalog  # type: ignore[attr-defined]
    return [
        entry
        for entry in entries
        if entry.msgid.strip()
        and (entry.key if entry.msgid_plural is None else (entry.key, 0)) not in catalog
    ]


def test_every_catalogue_is_translated_and_compiled() -> None:
    found = catalogues()
    assert PACKAGE / "locale" / "fr" / "LC_MESSAGES" / "django.po" in found
    problems = [problem for po in found for problem in missing_in_catalogue(po)]
    assert not problems, f"{len(problems)} missing translations:\n" + "\n".join(problems)


def test_every_string_of_the_templates_and_code_is_in_french(tmp_path) -> None:
    entries = strings_in_code(source_files(PACKAGE), tmp_path)
    assert len(entries) > 500, "xgettext found the site's strings"
    listed = [
        f"{Path(e.references[0]).relative_to(PACKAGE) if e.references else '?'}: {e.msgid!r}"
        for e in untranslated(entries)
    ]
    assert not listed, f"{len(listed)} strings without French:\n" + "\n".join(listed)


# The counters can fail: a catalogue and a template with what is missing are reported.

PO_WITH_GAPS = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: web/templates/a.html:1
msgid "Meetings"
msgstr "Réunions"

#, fuzzy
msgid "Border management"
msgstr "Gestion"

msgctxt "report"
msgid "Hosted"
msgstr ""

msgid "%(n)s meeting"
msgid_plural "%(n)s meetings"
msgstr[0] "%(n)s réunion"
msgstr[1] ""

#~ msgid "Old"
#~ msgstr ""
msgid "Right after the last one"
msgstr "Juste après la précédente"
"""


def test_the_parser_counts_empty_fuzzy_and_plural_gaps() -> None:
    entries = parse_po(PO_WITH_GAPS)
    assert [e.msgid for e in entries] == [
        "Meetings",
        "Border management",
        "Hosted",
        "%(n)s meeting",
        "Right after the last one",
    ]
    assert entries[-1].msgstr == ["Juste après la précédente"]
    assert [e.msgid for e in entries if e.missing] == [
        "Border management",
        "Hosted",
        "%(n)s meeting",
    ]
    assert entries[2].key == "report\x04Hosted"
    assert entries[0].references == ["web/templates/a.html:1"]


def test_a_catalogue_not_compiled_is_reported(tmp_path) -> None:
    po = tmp_path / "django.po"
    po.write_text(PO_WITH_GAPS.split("#, fuzzy")[0], encoding="utf-8")
    assert missing_in_catalogue(po) == [
        f"{po.with_suffix('.mo')}: not compiled (django-admin compilemessages)"
    ]


def test_a_new_template_string_without_french_is_found(tmp_path) -> None:
    templates = tmp_path / "app" / "templates"
    templates.mkdir(parents=True)
    page = templates / "page.html"
    page.write_text(
        "{% load i18n %}<h1>{% translate 'Meetings' %}</h1>"
        "<p>{% translate 'A sentence nobody translated yet' %}</p>"
        "{% blocktranslate count counter=n %}{{ counter }} meeting{% plural %}"
        "{{ counter }} meetings{% endblocktranslate %}",
        encoding="utf-8",
    )
    work = tmp_path / "work"
    work.mkdir()
    entries = strings_in_code(source_files(tmp_path), work)
    assert [e.msgid for e in entries] == [
        "Meetings",
        "A sentence nobody translated yet",
        "%(counter)s meeting",
    ]
    assert [e.msgid for e in untranslated(entries)] == ["A sentence nobody translated yet"]
