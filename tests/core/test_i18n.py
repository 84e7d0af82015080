"""The core's language: chosen once at start-up, German complete, English untouched."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from coach.core import i18n
from coach.core.advice.advice import advise
from coach.core.diary.records import PainEntry, Run, format_distance
from coach.core.diary.validate import check_nrs
from coach.core.errors import InputError
from coach.core.i18n import _, active_language, start_up_language, system_language, use_language
from coach.core.locale_format import medium_date, number, numeric_date, short_day
from coach.core.settings import MemoryStore, Settings
from coach.core.vocabulary import HEADLINE_LABELS, MOMENT_LABELS
from tests.commands.cli_fixtures import clock, coach  # noqa: F401  (fixtures)

SYSTEM = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def system(monkeypatch):
    """Set the system's locale variables: ``system(LANG="de_DE.UTF-8")``; the rest unset."""

    def set_(**values: str) -> None:
        for name in SYSTEM:
            monkeypatch.delenv(name, raising=False)
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return set_


def test_nothing_is_translated_before_start_up_chooses_and_english_is_the_source():
    assert active_language() == "en"
    assert _("Hold") == "Hold" and HEADLINE_LABELS["hold"] == "Hold"
    assert _("") == ""  # not the catalog's header


def test_german_once_chosen(system):
    assert use_language("de") == "de" and active_language() == "de"
    assert HEADLINE_LABELS["see-clinician"] == "Abklären lassen"
    assert MOMENT_LABELS["after-run"] == "nach einem Lauf"
    assert MOMENT_LABELS.source("after-run") == "after a run"
    assert use_language("de_AT.UTF-8") == "de"


def test_none_follows_the_system(system):
    system(LANG="de_DE.UTF-8")
    assert use_language(None) == "de" and _("Hold") == "Halten"
    system(LANG="en_GB.UTF-8")
    assert use_language("") == "en" and _("Hold") == "Hold"


def test_the_system_variables_in_gettexts_order(system):
    assert system_language({"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"}) == "de"
    assert system_language({"LANGUAGE": "fr", "LC_ALL": "de_DE.UTF-8"}) == "de"  # nothing shipped: the locale decides
    assert system_language({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert system_language({"LC_MESSAGES": "de_CH", "LANG": "en_US"}) == "de"
    assert system_language({}) == "en"


def test_an_unknown_language_is_english(system):
    assert use_language("fr") == "en" and _("Hold") == "Hold"
    system(LANG="fr_FR.UTF-8")
    assert use_language(None) == "en"
    assert use_language("xx_YY") == "en"


def test_start_up_prefers_coach_lang_then_the_setting():
    assert start_up_language("de", {"COACH_LANG": "en"}) == "en"
    assert start_up_language("de", {}) == "de"
    assert start_up_language("", {}) is None


def test_the_language_setting_refuses_odd_values():
    store = MemoryStore()
    settings = Settings(store)
    assert settings.get("language") == ""
    settings.set("language", "de")
    assert settings.get("language") == "de"
    store.values["language"] = "klingon"
    assert settings.get("language") == ""


def test_numbers_and_dates_in_the_languages_format():
    day = date(2026, 12, 3)
    assert (format_distance(11.5, "km"), number(6.25, 2), medium_date(day), numeric_date(day)) == (
        "11.5 km", "6.25", "3 Dec 2026", "2026-12-03")
    use_language("de")
    assert (format_distance(11.5, "km"), number(6.25, 2), medium_date(day), numeric_date(day)) == (
        "11,5 km", "6,25", "3. Dez. 2026", "03.12.2026")
    assert short_day(date(2026, 11, 16)) == "Mo., 16. Nov."


def test_advice_in_german_with_a_decimal_comma():
    today = date(2026, 11, 23)
    runs = [Run(datetime(2026, 11, d, 8), 10.0) for d in (2, 9, 16)] + [Run(datetime(2026, 11, 21, 8), 12.5)]
    pain = [PainEntry(datetime(2026, 11, 22, 19), "after-run", left=4)]
    use_language("de")
    advice = advise(pain, runs, [], [], today)
    texts = " ".join(r.text for r in advice.reasons)
    assert advice.label == "Halten"
    assert "Schmerz von 4/10 in deinem linken Knie gestern nach einem Lauf" in texts
    assert "Dein Lauf über 12,5 km (Sa., 21. Nov.)" in texts and "25 % länger" in texts


def test_a_validation_error_in_german():
    use_language("de")
    with pytest.raises(InputError, match="muss eine ganze Zahl von 0 bis 10 sein"):
        check_nrs(11.5, "left")


def test_coach_advice_speaks_german_and_its_json_stays_english(coach, monkeypatch):  # noqa: F811
    assert coach("diary", "add", "pain", "--moment", "after-run", "--left", "4")[0] == 0
    english_json = coach("advice", "--json")[1]
    monkeypatch.setenv("COACH_LANG", "de")
    code, out, err = coach("advice")
    assert (code, err) == (0, "")
    assert out.startswith("Halten\n- Schmerz von 4/10 in deinem linken Knie heute nach einem Lauf")
    assert "Trainingsempfehlung, keine Diagnose" in out
    german_json = coach("advice", "--json")[1]
    assert german_json == english_json
    assert json.loads(german_json)["reasons"][0]["text"].startswith("Pain of 4/10 in your left knee")
    assert active_language() == "de"  # the JSON's English was only borrowed


def test_a_cli_error_in_german(coach, monkeypatch):  # noqa: F811
    monkeypatch.setenv("COACH_LANG", "de")
    code, out, err = coach("diary", "add", "pain", "--moment", "after-run", "--left", "14")
    assert code == 1 and out == ""
    assert err == "coach: der Schmerz im linken Knie muss zwischen 0 und 10 liegen, nicht 14\n"


def test_a_logged_run_in_german_uses_a_comma(coach, monkeypatch):  # noqa: F811
    monkeypatch.setenv("COACH_LANG", "de")
    code, out, _err = coach("diary", "add", "run", "--km", "11.5", "--minutes", "62")
    assert (code, out) == (0, "Lauf eingetragen: 11,5 km in 62 min, 23.11.2026 18:05\n")


def test_the_cli_reads_the_language_setting_without_coach_lang(coach, monkeypatch, data_dir, clock, system):  # noqa: F811
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths

    system(LANG="en_US.UTF-8")
    monkeypatch.delenv("COACH_LANG")
    assert coach("advice")[1].startswith("Start\n")  # creates the diary in English
    with Diary.open(DataPaths(data_dir), clock) as diary:
        Settings(diary).set("language", "de")
    assert coach("advice")[1].startswith("Loslegen\n")


def test_the_catalog_lives_inside_the_package():
    assert (i18n.locale_dir() / "de" / "LC_MESSAGES" / "coach.mo").is_file()


def test_a_label_table_with_a_context_keeps_two_meanings_apart():
    from coach.commands.routines import SEGMENT_WORDS
    from coach.core.vocabulary import EFFORT_LABELS

    use_language("de")
    assert (SEGMENT_WORDS["rest"], EFFORT_LABELS[0]) == ("Pause", "Ruhe")
    use_language("en")
    assert (SEGMENT_WORDS["rest"], EFFORT_LABELS[0]) == ("rest", "rest")


def test_the_commands_help_is_worded_in_the_language_chosen_before_parsing(monkeypatch, capsys):
    from coach import cli

    monkeypatch.setenv("COACH_LANG", "de")
    with pytest.raises(SystemExit):
        cli.main(["diary", "add", "pain", "--help"])
    out = capsys.readouterr().out
    assert "linkes Knie, Schmerzskala 0–10" in out and "bis zu 2000 Zeichen" in out


def test_the_data_dir_is_found_before_the_parser():
    from coach.cli import _data_dir_in

    assert _data_dir_in(["--data-dir", "/x", "advice"]) == "/x"
    assert _data_dir_in(["--data-dir=/y", "advice"]) == "/y"
    assert _data_dir_in(["diary", "--data-dir", "/z"]) is None  # after the command: not the top-level option


def test_labels_inside_a_sentence_keep_german_capitals(system):
    from coach.core.i18n import in_sentence, sentence_start

    assert in_sentence(HEADLINE_LABELS["back-off"]) == "back off"
    assert sentence_start(MOMENT_LABELS["after-run"]) == "After a run"
    use_language("de")
    assert in_sentence("Woche 1 von 8") == "Woche 1 von 8"  # str.lower gave "woche 1 von 8"
    assert sentence_start(MOMENT_LABELS["after-run"]) == "Nach einem Lauf"  # str.capitalize gave "Nach einem lauf"


def test_whole_numbers_take_the_languages_thousands_sign(system):
    from coach.core.locale_format import count

    assert count(2000) == "2,000"
    use_language("de")
    assert count(2000) == "2.000" and count(12) == "12"  # the note's counter: "0 / 2.000"
