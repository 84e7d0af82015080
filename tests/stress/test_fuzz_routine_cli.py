"""`coach routines list/check/show` on a folder of hostile routine files, in-process.

Any field gets a hostile value: an integer of any size (past 4,300 digits,
where Python refuses to turn it into text), a float including inf and nan, any
Unicode text including lone surrogates, control characters and ANSI escapes,
nesting of any depth. Every command must end with exit 0 or 1, print only
text any terminal can encode, and still list the good file beside the bad ones.
"""

from __future__ import annotations

import io
import json
import math
import os
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.cli import main
from tests.core.routine_text import TINY

SCALE = int(os.environ.get("COACH_FUZZ_SCALE", "1"))

FIELDS = {  # field -> its line in TINY
    "id": "id: tiny", "title": "title: Tiny routine", "focus": "focus: strength", "when": "when: In tests",
    "summary": "summary: Two quick exercises.", "get_ready_s": "get_ready_s: 5", "switch_s": "switch_s: 5",
    "exercise": "exercise: hold-it", "name": "name: Wall sit", "duration_s": "duration_s: 30", "sides": "sides: each",
    "sets": "sets: 2", "rest_s": "rest_s: 15", "reps": "reps: 10", "tempo_s": "tempo_s: 2", "cues": "cues: [Rise slowly]",
}  # fmt: skip


def _float(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    return repr(value)


# Each is the YAML text of one value.
HOSTILE = st.one_of(
    st.integers().map(str),
    st.integers(300, 6000).map(lambda n: "9" * n),
    st.integers(300, 6000).map(lambda n: "-1" + "0" * n),
    st.floats().map(_float),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda f: f"{f!r}e+999" if "e" not in repr(f) else "1.0e+999"),
    st.text(st.characters(codec=None), max_size=40).map(json.dumps),  # escapes: surrogates, controls
    st.text(st.sampled_from("\u200b\u200c\u200d\u2060\ufeff \u3164\u202e\x1b[]31m"), max_size=10).map(json.dumps),
    st.integers(1, 60).map(lambda depth: "[" * depth + "1" + "]" * depth),
    st.integers(1, 30).map(lambda depth: "{a: " * depth + "1" + "}" * depth),
)


@st.composite
def hostile_file(draw) -> str:
    field = draw(st.sampled_from(sorted(FIELDS)))
    value = draw(HOSTILE)
    if field == "cues" and draw(st.booleans()):
        value = f"[{value}]"
    key = FIELDS[field].split(":")[0]
    return TINY.replace(FIELDS[field], f"{key}: {value}", 1).replace("id: tiny", f"id: bad-{draw(st.integers(0, 99))}")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    for text in (out.getvalue(), err.getvalue()):
        text.encode("utf-8")  # a lone surrogate here would crash a real terminal's stdout
        assert "\x1b" not in text and "Traceback" not in text
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_file(), min_size=1, max_size=3))
def test_hostile_files_never_stop_the_commands_or_the_good_file(files):
    with tempfile.TemporaryDirectory() as folder:
        routines = Path(folder) / "routines"
        routines.mkdir()
        paths = []
        for index, text in enumerate(files):
            path = routines / f"bad-{index}.yaml"
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            paths.append(path)
        good = routines / "good.yaml"
        good.write_text(TINY.replace("id: tiny", "id: good-one"))
        for _ in range(2):  # the second time from the cache
            code, out, err = run("--data-dir", folder, "routines", "list")
            assert code == 0 and "good-one" in out and "pre-run-warm-up" in out
        code, out, err = run("--data-dir", folder, "routines", "check", *map(str, paths), str(good))
        assert code in (0, 1)
        assert f"{good}: ok (good-one" in out
        for path in paths:  # each file either ok or refused on a line of its own
            assert (f"{path}: ok" in out) != (f"{path}:" in err), (out, err)
        code, out, err = run("--data-dir", folder, "routines", "show", "good-one")
        assert code == 0 and out.startswith("Tiny routine (good-one)")
        listed = [line.split()[0] for line in run("--data-dir", folder, "routines", "list")[1].splitlines()]
        for routine_id in [i for i in listed if i.startswith("bad-")] + ["bad-100"]:
            code, out, _ = run("--data-dir", folder, "routines", "show", routine_id)
            assert code == (1 if routine_id == "bad-100" else 0)
