"""Export the diary to JSON or CSV, and import either back, all or nothing.

JSON::

    {"format": "prehab-coach-diary", "version": 1,
     "sessions": [{"routine", "focus", "status", "started", "ended", "steps_done", "steps_total", "routine_hash", "effort"}],
     "runs": [{"at", "distance_km", "minutes", "shoes", "effort",
               "source", "device", "avg_hr", "elevation_m", "gear"}],
     "pain": [{"at", "moment", "left", "right", "locations", "characters", "flags", "note"}],
     "shoes": [{"name", "started", "start_km", "retired", "limit_km"}]}

Times are local ISO ``YYYY-MM-DDTHH:MM:SS``; shoes' ``started`` is a date;
distances are km; ``effort``, ``limit_km`` and where an imported run came from (``source``...)
appear only when they are set (not the default), so files from before them stay the same.
CSV is one table with a ``type`` column (session, run, pain,
shoe) and the union of those keys; lists are joined with ``;``; rows are in
time order. Export → import into an empty diary → export gives the same text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.core.diary import validate
from coach.core.diary.diary import Diary
from coach.core.diary.fields import (
    TEXT,
    Kind,
    csv_columns,
    kind_of,
    kinds,
)
from coach.core.diary.transfer_parse import JSON_NUMBERS, csv_problem, deep_line, json_lines
from coach.core.diary.transfer_values import value_readers
from coach.core.errors import InputError
from coach.core.i18n import N_, _, ngettext
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.safe_write import write_atomically
from coach.core.values import clip, quote

__all__ = ["export_csv", "export_json", "import_file", "parse_text", "read_records", "write_atomically"]

FORMAT = "prehab-coach-diary"
VERSION = 1
MAX_IMPORT_BYTES = 50 * 1024 * 1024
CELL_MAX_CHARS = 200  # any value but a note: the longest (a routine id) is 200
MESSAGE_MAX_CHARS = 300

# Keys per kind, in export order, and the CSV table: derived from the one declaration
# (coach.core.diary.fields). The session keys are a contract with the player issue.
def _kinds() -> dict[str, Kind]:
    return {kind.plural: kind for kind in kinds()}


# -- export ------------------------------------------------------------------------


def export_data(diary: Diary) -> dict[str, Any]:
    """The whole diary as plain JSON-ready data, each list in time order."""
    records: dict[str, Sequence[object]] = {"sessions": diary.sessions(), "runs": diary.runs(),
                                            "pain": diary.pain_entries(), "shoes": diary.shoes(include_runs=False)}  # fmt: skip
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for plural, kind in _kinds().items():
        data[plural] = [
            {f.key: f.exported(record) for f in kind.fields if f.in_export(record)}
            for record in records[plural]
        ]
    return data


def export_json(diary: Diary) -> str:
    """The diary as indented JSON text (ends with a newline)."""
    return json.dumps(export_data(diary), ensure_ascii=False, indent=2) + "\n"


# A text cell starting with one of these runs as a formula in a spreadsheet
# (a note "=HYPERLINK(...)"): export it behind an apostrophe, which spreadsheets
# hide and import takes off again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS + ("'",)):
        return "'" + value
    return str(value)


def _uncell(text: str) -> str:
    """The inverse of ``_cell``'s formula guard."""
    return text[1:] if text.startswith("'") and text[1:2] and text[1:].startswith(_FORMULA_STARTS + ("'",)) else text


def export_csv(diary: Diary) -> str:
    """The diary as one CSV table, rows in time order (shoes on their first day)."""
    data = export_data(diary)
    rows = []
    for order, kind in enumerate(_kinds().values()):
        row_type, items = kind.single, data[kind.plural]
        for index, item in enumerate(items):
            when = item.get("at") or item["started"]
            rows.append(((when, order, index), {"type": row_type, **{k: _cell(v) for k, v in item.items()}}))
    out = io.StringIO()
    used = {key for _, row in rows for key, cell in row.items() if cell}
    writer = csv.DictWriter(out, fieldnames=csv_columns(used), lineterminator="\n")
    writer.writeheader()
    writer.writerows(row for _, row in sorted(rows, key=lambda pair: pair[0]))
    return out.getvalue()


# -- a record from one JSON object or CSV row ---------------------------------------------


def _checks() -> dict[str, Callable[[Any, datetime], list[InputError]]]:
    return {
        "session": lambda r, now: validate.problems_session(r, now, allow_in_progress=True),
        "run": validate.problems_run,
        "pain": validate.problems_pain,
        "shoe": validate.problems_shoe,
    }


def _build(kind: str, item: dict[str, Any], now: datetime) -> tuple[object | None, list[InputError]]:
    """A record from one JSON object or CSV row, or every problem with it."""
    declared = _kinds()[kind]
    converters = value_readers()
    values, problems = {}, []
    for spec in declared.fields:
        raw = item.get(spec.key)
        if raw is None or raw == "":
            if spec.required:
                problems.append(InputError(_("is missing"), spec.key))
            values[spec.name] = spec.default
            continue
        try:
            values[spec.name] = converters[spec.kind](spec)(raw, spec.key)
        except InputError as error:
            problems.append(error)
            values[spec.name] = spec.default
    if any(spec.required and values[spec.name] is None for spec in declared.fields):
        return None, problems  # a required cell is missing or unreadable: no record to check further
    # Check the rest too, so one bad cell does not hide another in the same row;
    # a field that failed above has its default now and is not reported twice.
    failed = {p.field for p in problems}
    record = declared.record(**values)
    problems += [p for p in _checks()[declared.single](record, now) if p.field not in failed]
    return (None if problems else record), problems


# -- import ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    added: dict[str, int] = field(default_factory=dict)  # per kind: sessions, runs, pain, shoes
    skipped: int = 0  # already in the diary

    def __str__(self) -> str:
        counts = {"sessions": lambda n: ngettext("{count} session", "{count} sessions", n),
                  "runs": lambda n: ngettext("{count} run", "{count} runs", n),
                  "pain": lambda n: ngettext("{count} pain entry", "{count} pain entries", n),
                  "shoes": lambda n: ngettext("{count} pair of shoes", "{count} pairs of shoes", n)}
        parts = [counts[k](n).format(count=n) for k in counts if (n := self.added.get(k, 0))]
        if not parts:
            text = _("Nothing new to import")
            return text + "." if not self.skipped else _("{text}; skipped {skipped} already in the diary.").format(
                text=text, skipped=self.skipped)
        if self.skipped:
            return _("Imported {items}; skipped {skipped} already in the diary.").format(
                items=", ".join(parts), skipped=self.skipped)
        return _("Imported {items}.").format(items=", ".join(parts))


def _duplicate(record: object, seen: set[str]) -> list[InputError]:
    """Shoes are known by name, so a file may name each pair once."""
    name = getattr(record, "name", None)  # the declaration says which kinds are named
    if record is None or not kind_of(record).named or not isinstance(name, str):
        return []
    if name.casefold() in seen:
        return [InputError(_("shoes named {name!r} appear more than once").format(name=name), "name")]
    seen.add(name.casefold())
    return []


def _problem_error(name: str, problems: list[str]) -> InputError:
    head = ngettext("{name}: {count} problem, nothing was imported:", "{name}: {count} problems, nothing was imported:",
                    len(problems)).format(name=name, count=len(problems))
    error = InputError(head + "\n" + "\n".join(problems), "file")
    error.problems = problems  # type: ignore[attr-defined]
    return error


def _csv_records(text: str, now: datetime) -> tuple[list[object], list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as error:
        return [], [_("line 1: row: {csv_problem}").format(csv_problem=csv_problem(error))]
    if not header or "type" not in header:
        return [], [_("line 1: type: no 'type' column; expected a Prehab Coach CSV export")]
    header = [h.strip() for h in header]
    columns, types = csv_columns(), {kind.single: kind for kind in kinds()}
    problems = [_("line 1: {h}: unknown column").format(h=h) for h in header if h not in columns]
    if problems:
        return [], problems
    records: list[object] = []
    seen: set[str] = set()
    line = reader.line_num + 1
    while True:
        start = line
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(_("line {start}: row: {csv_problem}").format(start=start, csv_problem=csv_problem(error)))
            if "field limit" not in str(error):
                break  # an open quote took the rest of the file: nothing after it can be read as rows
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(_("line {start}: row: expected {header_count} fields, found {row_count}").format(
                              start=start, header_count=len(header), row_count=len(row)))
            continue
        if too_long := _too_long(dict(zip(header, row, strict=False))):
            problems += [f"line {start}: {problem}" for problem in too_long]
            continue
        cells = {name: _uncell(cell) for name, cell in zip(header, row, strict=False)}
        declared = types.get(cells["type"].strip().lower())
        if declared is None:
            problems.append(_("line {start}: type: unknown type {cells!r}; allowed: {items}").format(
                              start=start, cells=cells['type'], items=', '.join(types)))
            continue
        kind = declared.plural
        stray = [k for k, v in cells.items() if v.strip() and k != "type" and k not in declared.keys]
        problems += [_("line {start}: {k}: not used in {strip} rows").format(
                       start=start, k=k, strip=cells['type'].strip()) for k in stray]
        record, found = _build(kind, cells, now)
        found += _duplicate(record, seen)
        problems += [f"line {start}: {e.field}: {e}" for e in found]
        if record is not None and not found and not stray:
            records.append(record)
    return records, problems


def _too_long(item: dict[str, Any]) -> list[str]:
    """Cells longer than any value of theirs can be, refused before a parser quotes
    them back (a text declared longer, a note or a path, is checked with its own limit)."""
    longer = {f.key for kind in kinds() for f in kind.fields if f.kind == TEXT and (f.high or 0) > CELL_MAX_CHARS}
    return [_("{key}: is {count:,} characters long; the limit is {cell_max_chars}").format(
              key=key, count=len(value), cell_max_chars=CELL_MAX_CHARS)
            for key, value in item.items() if key not in longer and isinstance(value, str) and len(value) > CELL_MAX_CHARS]


def _json_why(msg: str) -> str:
    """json's reason in plain words: its own ("Unterminated string starting at") expects a
    position after it and is English whatever the user's language."""
    known = {
        "Unterminated string starting at": N_("a text in quotes is not closed"),
        "Expecting value": N_("a value is missing"),
        "Expecting ',' delimiter": N_("a comma is missing"),
        "Expecting ':' delimiter": N_("a colon is missing"),
        "Expecting property name enclosed in double quotes": N_("a name is not in double quotes"),
        "Extra data": N_("there is more after the end of the data"),
        "Invalid control character at": N_("a text holds a control character"),
        "Invalid \\escape": N_("a text holds an unknown \\ escape"),
    }
    return _(known[msg]) if msg in known else msg.removesuffix(" at")


def _json_records(text: str, now: datetime) -> tuple[list[object], list[str]]:
    try:
        data = json.loads(text, **JSON_NUMBERS)
    except json.JSONDecodeError as error:
        return [], [_("line {lineno}: file: not valid JSON at column {colno}: {why}").format(
                      lineno=error.lineno, colno=error.colno, why=_json_why(error.msg))]
    except RecursionError:
        return [], [_("line {deep_line}: file: nested too deeply to be a diary export").format(deep_line=deep_line(text))]
    if not isinstance(data, dict):
        return [], [_("line 1: file: expected a JSON object with lists 'sessions', 'runs', 'pain', 'shoes'")]
    problems = []
    if data.get("format", FORMAT) != FORMAT:
        problems.append(_("format: expected {format!r}, not {data}").format(format=FORMAT, data=quote(data['format'])))
    version = data.get("version", VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version > VERSION:
        problems.append(_("version: this app reads version {version} files, not {version2}").format(
                          version=VERSION, version2=quote(version)))
    keys = {plural: kind.keys for plural, kind in _kinds().items()}
    problems += [_("{k}: unknown key").format(k=k) for k in data if k not in ("format", "version", *keys)]
    if problems:
        return [], problems
    try:
        lines = json_lines(text, keys)
    except RecursionError:
        lines = {}
    records: list[object] = []
    seen: set[str] = set()
    for kind in keys:
        items = data.get(kind, [])
        if not isinstance(items, list):
            problems.append(_("{kind}: expected a list").format(kind=kind))
            continue
        starts = lines.get(kind, [])
        for index, item in enumerate(items):
            where = f"{kind}[{index + 1}]"
            if len(starts) == len(items):
                where = f"line {starts[index]}: {where}"
            if not isinstance(item, dict):
                problems.append(_("{where}: item: expected an object").format(where=where))
                continue
            unknown = [k for k in item if k not in keys[kind]]
            problems += [_("{where}: {k}: unknown key").format(where=where, k=k) for k in unknown]
            if too_long := _too_long(item):
                problems += [f"{where}: {problem}" for problem in too_long]
                continue
            record, found = _build(kind, {k: v for k, v in item.items() if k in keys[kind]}, now)
            found += _duplicate(record, seen)
            problems += [f"{where}: {e.field}: {e}" for e in found]
            if record is not None and not found and not unknown:
                records.append(record)
    problems.sort(key=lambda p: int(p[5 : p.index(":")]) if p.startswith("line ") else 0)  # file order
    return records, problems


def parse_text(text: str, now: datetime, name: str = "file") -> list[object]:
    """Every record in an export (JSON or CSV, detected), or InputError listing every problem."""
    text = text.removeprefix("\ufeff")
    reader = _json_records if text.lstrip().startswith(("{", "[")) else _csv_records
    records, problems = reader(text, now)
    if problems:
        raise _problem_error(clip(name), [clip(p, MESSAGE_MAX_CHARS) for p in problems])
    return records


def read_records(path: Path, now: datetime) -> list[object]:
    """Every record in an export file, or InputError listing every problem."""
    path = Path(path)
    shown = clip(str(path))
    try:
        text = read_regular(path, MAX_IMPORT_BYTES).decode("utf-8-sig")  # a FIFO or /dev/zero is refused, not read
    except UnreadableFile as error:
        raise InputError(_("{shown}: {error} — nothing was imported").format(shown=shown, error=error), "file") from None
    except UnicodeDecodeError:
        raise InputError(_("{shown} is not UTF-8 text; save it as UTF-8 and try again").format(shown=shown), "file") from None
    return parse_text(text, now, path.name)


def import_file(path: Path, diary: Diary) -> ImportSummary:
    """Import an export into ``diary``: everything or, if any row is bad, nothing.

    Entries equal to ones already in the diary are skipped, so importing the
    same file twice adds nothing the second time.
    """
    records = read_records(path, diary.clock.now())
    added, skipped = diary.add_many(records, skip_existing=True)
    return ImportSummary(dict(added), skipped)
