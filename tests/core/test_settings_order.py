"""The settings added for the Settings dialog, the get-ready override, and the order keys 1–9 follow."""

from dataclasses import replace

from coach.core.routines.catalog import load_catalog
from coach.core.session.plan import build_plan, with_get_ready
from coach.core.settings import MemoryStore, Settings
from tests.ui.conftest import TINY_ROUTINE

BUILTIN_IDS = ["pre-run-warm-up", "post-run-cool-down", "knee-strength", "sore-knee-care"]


def test_get_ready_and_voice_settings_round_trip_and_refuse_odd_values():
    store = MemoryStore()
    settings = Settings(store)
    assert settings.get("get_ready_s") == 0 and settings.get("voice_name") == ""
    settings.set("get_ready_s", 12)
    settings.set("voice_name", "Alba")
    assert settings.get("get_ready_s") == 12 and settings.get("voice_name") == "Alba"
    for odd in ("-4", "2", "31", "ten"):
        store.values["get_ready_s"] = odd
        assert settings.get("get_ready_s") == 0, odd


def test_the_users_get_ready_replaces_the_routines_own_but_never_adds_one(tmp_path):
    routine = load_catalog(tmp_path).get("knee-strength")
    assert routine.get_ready_s == 10
    plan = build_plan(with_get_ready(routine, 4))
    assert plan.segments[0].duration_s == 4
    assert len(plan.segments) == len(build_plan(routine).segments)  # a resumed position still fits
    assert with_get_ready(routine, 0) is routine
    none = replace(routine, get_ready_s=0)
    assert with_get_ready(none, 8) is none


def _write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_builtins_come_first_in_a_fixed_order_then_the_users_by_title(tmp_path):
    user = tmp_path / "routines"
    assert list(load_catalog(user).routines) == BUILTIN_IDS
    _write(user, "z.yaml", TINY_ROUTINE.replace("title: Tiny test", "title: Zebra").replace("id: tiny-test", "id: aaa"))
    _write(user, "a.yaml", TINY_ROUTINE.replace("focus: strength", "focus: warm-up").replace("title: Tiny test", "title: Alpha"))
    assert list(load_catalog(user).routines) == BUILTIN_IDS + ["tiny-test", "aaa"]


def test_a_user_file_replacing_a_builtin_keeps_its_place(tmp_path):
    user = tmp_path / "routines"
    replacement = TINY_ROUTINE.replace("id: tiny-test", "id: pre-run-warm-up").replace("focus: strength", "focus: care")
    _write(user, "mine.yaml", replacement.replace("title: Tiny test", "title: Zzz my warm-up"))
    catalog = load_catalog(user)
    assert list(catalog.routines) == BUILTIN_IDS
    assert catalog.get("pre-run-warm-up").title == "Zzz my warm-up"
