"""Export the diary to JSON or CSV, and import either back, all or nothing.

JSON::

    {"format": "prehab-coach-diary", "version": 1,
     "sessions": [{"routine", "focus", "status", "started", "ended", "steps_done", "steps_total", "routine_hash"}],
     "runs": [{"at", "distance_km", "minutes", "shoes"}],
     "pain": [{"at", "moment", "left", "right", "locations", "characters", "flags", "note"}],
     "shoes": [{"name", "started", "start_km", "retired"}]}

Times are local ISO ``YYYY-MM-DDTHH:MM:SS``; shoes' ``started`` is a date;
distances are km. CSV is one table with a ``type`` column (session, run, pain,
shoe) and the union of those keys; lists are joined with ``;``; rows are in
time order. Export → import into an empty diary → export gives the same text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from coach.core.diary import text_input, validate
from coach.core.diary.diary import Diary
from coach.core.diary.records import CHARACTERS, FLAGS, LOCATIONS, PainEntry, Run, SessionRecord, Shoe
from coach.core.diary.transfer_parse import JSON_NUMBERS, csv_problem, deep_line, json_lines
from coach.core.errors import InputError
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.safe_write import write_atomically
from coach.core.values import TOO_LARGE, clip, quote

__all__ = ["export_csv", "export_json", "import_file", "parse_text", "read_records", "write_atomically"]

FORMAT = "prehab-coach-diary"
VERSION = 1
MAX_IMPORT_BYTES = 50 * 1024 * 1024
CELL_MAX_CHARS = 200  # any value but a note: the longest (a routine id) is 200
MESSAGE_MAX_CHARS = 300

# Keys per kind, in export order. The session keys are a contract with the player issue.
KEYS = {
    "sessions": ("routine", "focus", "status", "started", "ended", "steps_done", "steps_total", "routine_hash"),
    "runs": ("at", "distance_km", "minutes", "shoes"),
    "pain": ("at", "moment", "left", "right", "locations", "characters", "flags", "note"),
    "shoes": ("name", "started", "start_km", "retired"),
}
CSV_TYPES = {"session": "sessions", "run": "runs", "pain": "pain", "shoe": "shoes"}
CSV_COLUMNS = (
    "type", "at", "started", "ended", "moment", "left", "right", "locations", "characters", "flags", "note",
    "distance_km", "minutes", "shoes", "routine", "focus", "status", "steps_done", "steps_total", "routine_hash",
    "name", "start_km", "retired",
)  # fmt: skip
assert set(CSV_COLUMNS) == {"type", *(k for keys in KEYS.values() for k in keys)}


# -- export ------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def export_data(diary: Diary) -> dict:
    """The whole diary as plain JSON-ready data, each list in time order."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "sessions": [
            {"routine": s.routine_id, "focus": s.focus, "status": s.status, "started": _iso(s.started),
             "ended": _iso(s.ended), "steps_done": s.steps_done, "steps_total": s.steps_total,
             "routine_hash": s.routine_hash}  # fmt: skip
            for s in diary.sessions()
        ],
        "runs": [
            {"at": _iso(r.at), "distance_km": r.distance_km, "minutes": r.minutes, "shoes": r.shoes}
            for r in diary.runs()
        ],
        "pain": [
            {"at": _iso(p.at), "moment": p.moment, "left": p.left, "right": p.right, "locations": list(p.locations),
             "characters": list(p.characters), "flags": list(p.flags), "note": p.note}  # fmt: skip
            for p in diary.pain_entries()
        ],
        "shoes": [
            {"name": s.name, "started": s.started.isoformat(), "start_km": s.distance_km, "retired": s.retired}
            for s in diary.shoes(include_runs=False)
        ],
    }


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
    for order, (kind, items) in enumerate((k, data[k]) for k in KEYS):
        row_type = next(t for t, k in CSV_TYPES.items() if k == kind)
        for index, item in enumerate(items):
            when = item.get("at") or item["started"]
            rows.append(((when, order, index), {"type": row_type, **{k: _cell(v) for k, v in item.items()}}))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(row for _, row in sorted(rows, key=lambda pair: pair[0]))
    return out.getvalue()


# -- values from either JSON or CSV text ------------------------------------------------
# A converter takes a JSON value or CSV text and returns the record's value,
# raising InputError. Range checks are left to validate.problems_*.


def _datetime(value: object, key: str) -> datetime:
    if not isinstance(value, str):
        raise InputError(f"expected a date and time as text like 2026-11-23T18:05, not {quote(value)}", key)
    return text_input.parse_datetime(value, key)


def _date(value: object, key: str) -> date:
    if not isinstance(value, str):
        raise InputError(f"expected a date as text like 2026-11-23, not {quote(value)}", key)
    return text_input.parse_date(value, key)


def _text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"expected text, not {quote(value)}", key)
    return value


def _number(value: object, key: str) -> float:
    if isinstance(value, str):
        return text_input.parse_number(value, key, "number")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"expected a number, not {quote(value)}", key)
    try:
        number = float(value)
    except OverflowError:  # an int of 309+ digits
        raise InputError(f"expected a number, not {TOO_LARGE}", key) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InputError(f"expected a number, not {quote(value)}", key)
    return number


def _minutes(value: object, key: str) -> float | None:
    return text_input.parse_minutes(value, key) if isinstance(value, str) else _number(value, key)


def _nrs(value: object, key: str) -> int | None:
    return text_input.parse_nrs(value, key) if isinstance(value, str) else validate.check_nrs(value, key)


def _count(value: object, key: str) -> int:
    if isinstance(value, str):
        return text_input.parse_int(value, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"expected a whole number, not {quote(value)}", key)
    return value


def _flag(value: object, key: str) -> bool:
    if isinstance(value, str):
        return text_input.parse_bool(value, key)
    if not isinstance(value, bool):
        raise InputError(f"expected true or false, not {quote(value)}", key)
    return value


def _choices(allowed: tuple[str, ...]) -> Callable[[object, str], tuple[str, ...]]:
    def convert(value: object, key: str) -> tuple[str, ...]:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ";".join(value)
        if not isinstance(value, str):
            raise InputError(f"expected a list of names, not {quote(value)}", key)
        return text_input.parse_list(value, allowed, key)

    return convert


_Spec = tuple[str, Callable[[object, str], object], bool, object]  # key, converter, required, default
_SPECS: dict[str, tuple[type, str, tuple[_Spec, ...]]] = {
    "sessions": (SessionRecord, "sessions", (
        ("routine", _text, True, None), ("focus", _text, False, ""), ("status", _text, True, None),
        ("started", _datetime, True, None), ("ended", _datetime, False, None), ("steps_done", _count, False, 0),
        ("steps_total", _count, False, 0), ("routine_hash", _text, False, ""))),
    "runs": (Run, "runs", (
        ("at", _datetime, True, None), ("distance_km", _number, True, None), ("minutes", _minutes, False, None),
        ("shoes", _text, False, None))),
    "pain": (PainEntry, "pain", (
        ("at", _datetime, True, None), ("moment", _text, True, None), ("left", _nrs, False, None),
        ("right", _nrs, False, None), ("locations", _choices(LOCATIONS), False, ()),
        ("characters", _choices(CHARACTERS), False, ()), ("flags", _choices(FLAGS), False, ()),
        ("note", _text, False, ""))),
    "shoes": (Shoe, "shoes", (
        ("name", _text, True, None), ("started", _date, True, None), ("start_km", _number, False, 0.0),
        ("retired", _flag, False, False))),
}  # fmt: skip
_ATTRIBUTES = {"routine": "routine_id", "start_km": "distance_km"}
_CHECKS = {
    SessionRecord: lambda r, now: validate.problems_session(r, now, allow_in_progress=True),
    Run: validate.problems_run,
    PainEntry: validate.problems_pain,
    Shoe: validate.problems_shoe,
}


def _build(kind: str, item: dict, now: datetime) -> tuple[object | None, list[InputError]]:
    """A record from one JSON object or CSV row, or every problem with it."""
    cls, _, specs = _SPECS[kind]
    values, problems = {}, []
    for key, convert, required, default in specs:
        raw = item.get(key)
        if raw is None or raw == "":
            if required:
                problems.append(InputError("is missing", key))
            values[_ATTRIBUTES.get(key, key)] = default
            continue
        try:
            values[_ATTRIBUTES.get(key, key)] = convert(raw, key)
        except InputError as error:
            problems.append(error)
            values[_ATTRIBUTES.get(key, key)] = default
    if any(required and values[_ATTRIBUTES.get(key, key)] is None for key, _, required, _ in specs):
        return None, problems  # a required cell is missing or unreadable: no record to check further
    # Check the rest too, so one bad cell does not hide another in the same row;
    # a field that failed above has its default now and is not reported twice.
    failed = {p.field for p in problems}
    record = cls(**values)
    problems += [p for p in _CHECKS[cls](record, now) if p.field not in failed]
    return (None if problems else record), problems


# -- import ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    added: dict[str, int] = field(default_factory=dict)  # per kind: sessions, runs, pain, shoes
    skipped: int = 0  # already in the diary

    def __str__(self) -> str:
        names = {"sessions": ("session", "sessions"), "runs": ("run", "runs"),
                 "pain": ("pain entry", "pain entries"), "shoes": ("pair of shoes", "pairs of shoes")}  # fmt: skip
        parts = [f"{n} {names[k][n != 1]}" for k in names if (n := self.added.get(k, 0))]
        text = f"Imported {', '.join(parts)}" if parts else "Nothing new to import"
        if self.skipped:
            text += f"; skipped {self.skipped} already in the diary"
        return text + "."


def _duplicate(record: object, seen: set[str]) -> list[InputError]:
    """Shoes are known by name, so a file may name each pair once."""
    if not isinstance(record, Shoe):
        return []
    name = record.name.casefold()
    if name in seen:
        return [InputError(f"shoes named {record.name!r} appear more than once", "name")]
    seen.add(name)
    return []


def _problem_error(name: str, problems: list[str]) -> InputError:
    noun = "problem" if len(problems) == 1 else "problems"
    error = InputError(f"{name}: {len(problems)} {noun}, nothing was imported:\n" + "\n".join(problems), "file")
    error.problems = problems  # type: ignore[attr-defined]
    return error


def _csv_records(text: str, now: datetime) -> tuple[list[object], list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as error:
        return [], [f"line 1: row: {csv_problem(error)}"]
    if not header or "type" not in header:
        return [], ["line 1: type: no 'type' column; expected a Prehab Coach CSV export"]
    header = [h.strip() for h in header]
    problems = [f"line 1: {h}: unknown column" for h in header if h not in CSV_COLUMNS]
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
            problems.append(f"line {start}: row: {csv_problem(error)}")
            if "field limit" not in str(error):
                break  # an open quote took the rest of the file: nothing after it can be read as rows
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(f"line {start}: row: expected {len(header)} fields, found {len(row)}")
            continue
        if too_long := _too_long(dict(zip(header, row))):
            problems += [f"line {start}: {problem}" for problem in too_long]
            continue
        cells = {name: _uncell(cell) for name, cell in zip(header, row)}
        kind = CSV_TYPES.get(cells["type"].strip().lower())
        if kind is None:
            problems.append(f"line {start}: type: unknown type {cells['type']!r}; allowed: {', '.join(CSV_TYPES)}")
            continue
        stray = [k for k, v in cells.items() if v.strip() and k != "type" and k not in KEYS[kind]]
        problems += [f"line {start}: {k}: not used in {cells['type'].strip()} rows" for k in stray]
        record, found = _build(kind, cells, now)
        found += _duplicate(record, seen)
        problems += [f"line {start}: {e.field}: {e}" for e in found]
        if record is not None and not found and not stray:
            records.append(record)
    return records, problems


def _too_long(item: dict) -> list[str]:
    """Cells longer than any value of theirs can be, refused before a parser quotes
    them back (a note's own limit is checked with the note)."""
    return [f"{key}: is {len(value):,} characters long; the limit is {CELL_MAX_CHARS}"
            for key, value in item.items() if key != "note" and isinstance(value, str) and len(value) > CELL_MAX_CHARS]  # fmt: skip


def _json_records(text: str, now: datetime) -> tuple[list[object], list[str]]:
    try:
        data = json.loads(text, **JSON_NUMBERS)
    except json.JSONDecodeError as error:
        return [], [f"line {error.lineno}: file: not valid JSON ({error.msg}, column {error.colno})"]
    except RecursionError:
        return [], [f"line {deep_line(text)}: file: nested too deeply to be a diary export"]
    if not isinstance(data, dict):
        return [], ["line 1: file: expected a JSON object with lists 'sessions', 'runs', 'pain', 'shoes'"]
    problems = []
    if data.get("format", FORMAT) != FORMAT:
        problems.append(f"format: expected {FORMAT!r}, not {quote(data['format'])}")
    version = data.get("version", VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version > VERSION:
        problems.append(f"version: this app reads version {VERSION} files, not {quote(version)}")
    problems += [f"{k}: unknown key" for k in data if k not in ("format", "version", *KEYS)]
    if problems:
        return [], problems
    try:
        lines = json_lines(text, KEYS)
    except RecursionError:
        lines = {}
    records: list[object] = []
    seen: set[str] = set()
    for kind in KEYS:
        items = data.get(kind, [])
        if not isinstance(items, list):
            problems.append(f"{kind}: expected a list")
            continue
        starts = lines.get(kind, [])
        for index, item in enumerate(items):
            where = f"{kind}[{index + 1}]"
            if len(starts) == len(items):
                where = f"line {starts[index]}: {where}"
            if not isinstance(item, dict):
                problems.append(f"{where}: item: expected an object")
                continue
            unknown = [k for k in item if k not in KEYS[kind]]
            problems += [f"{where}: {k}: unknown key" for k in unknown]
            if too_long := _too_long(item):
                problems += [f"{where}: {problem}" for problem in too_long]
                continue
            record, found = _build(kind, {k: v for k, v in item.items() if k in KEYS[kind]}, now)
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
        raise InputError(f"{shown}: {error} — nothing was imported", "file") from None
    except UnicodeDecodeError:
        raise InputError(f"{shown} is not UTF-8 text; save it as UTF-8 and try again", "file") from None
    return parse_text(text, now, path.name)


def import_file(path: Path, diary: Diary) -> ImportSummary:
    """Import an export into ``diary``: everything or, if any row is bad, nothing.

    Entries equal to ones already in the diary are skipped, so importing the
    same file twice adds nothing the second time.
    """
    records = read_records(path, diary.clock.now())
    added, skipped = diary.add_many(records, skip_existing=True)
    return ImportSummary(dict(added), skipped)
