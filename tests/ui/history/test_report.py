"""The clinician report: from the tool bar and from `coach report`."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from coach.cli import main
from coach.core.advice.report import report_from_diary
from coach.core.diary.records import NOTE_MAX_CHARS, PainEntry
from coach.ui.history.report_pdf import write_report_pdf
from tests.ui.diary_fixtures import actions_of, days_ago, fill_weeks

LEFT = Qt.MouseButton.LeftButton


def pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def pdf_text(path) -> str:
    return "\n".join(page_text for page_text, _, _ in pdf_pages(path))


def test_tool_bar_asks_for_a_file_and_writes_the_pdf(qtbot, diary, fake_clock, make_window, tmp_path, monkeypatch):
    fill_weeks(diary, fake_clock.now())
    window = make_window()
    target = tmp_path / "for-the-physio"
    asked = []

    def fake_dialog(parent, caption, suggested, filters):
        asked.append((caption, suggested, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    qtbot.mouseClick(window.toolbar.widgetForAction(actions_of(window).actions["report"]), LEFT)
    written = tmp_path / "for-the-physio.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert asked[0][0] == "Save the clinician report" and asked[0][1].endswith("knee-report-2026-11-23.pdf")
    assert window.services.notifier.infos[-1] == f"Saved the clinician report to {written}."


def test_report_to_an_unwritable_place_is_an_error_not_a_crash(window, tmp_path):
    assert not actions_of(window).save_report(tmp_path / "no" / "such" / "folder.pdf")
    assert window.services.notifier.errors[-1].startswith("The report could not be saved: cannot write")


def pdf_pages(path) -> list[tuple[str, float, float]]:
    """Per page: its text, the lowest point of what is above the footer, and the footer's top (points)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    found = []
    for page in range(document.pageCount()):
        text = document.getAllText(page).text()
        footer = "Prehab Coach knee diary report"  # painted first on every page, so it leads the page's text
        assert text.startswith(footer), text[:80]
        after = len(footer) + len(f"Page {page + 1}") + 2
        footer_top = document.getSelectionAtIndex(page, 0, len(footer)).boundingRectangle().top()
        body = document.getSelectionAtIndex(page, after, len(text) - after).boundingRectangle()
        found.append((text, body.bottom(), footer_top))
    document.close()
    return found


def test_a_note_at_the_limit_flows_onto_the_next_page_every_word_kept(qapp, diary, fake_clock, tmp_path):
    words = [f"word{n:03d}" for n in range(400)]
    note = " ".join(words)[:NOTE_MAX_CHARS]
    kept = note.split()
    assert len(note) == NOTE_MAX_CHARS and len(kept) >= 220
    now = fake_clock.now()
    for day in (1, 2):
        diary.add_pain(PainEntry(days_ago(now, day, 19), "after-run", left=3, right=1, note=note))
    path = tmp_path / "long-note.pdf"
    write_report_pdf(report_from_diary(diary, now, weeks=2), path)
    found = pdf_pages(path)
    assert len(found) >= 3  # each note is longer than a page of its column
    text = "".join(page_text for page_text, _, _ in found).replace("\u200b", "")
    missing = [word for word in kept if word not in text]
    assert missing == [], f"{len(missing)} words lost, from {missing[:3]}"
    for number, (_, body_bottom, footer_top) in enumerate(found, 1):
        where = f"page {number}: text at {body_bottom:.0f} pt runs into the footer at {footer_top:.0f} pt"
        assert body_bottom < footer_top, where


def test_long_reports_continue_on_more_pages(qapp, diary, fake_clock, tmp_path):
    now = fake_clock.now()
    for day in range(1, 60):
        for hour, moment in ((7, "next-morning"), (19, "after-run")):
            diary.add_pain(PainEntry(days_ago(now, day, hour), moment, left=day % 4, right=2,
                                     locations=("front", "below"), note="felt it on the stairs " * 3))  # fmt: skip
    path = tmp_path / "long.pdf"
    write_report_pdf(report_from_diary(diary, now, weeks=8), path)
    assert pages(path) >= 3


def test_the_pdf_says_what_the_home_screen_says(qapp, diary, fake_clock, tmp_path):
    now = fake_clock.now()
    diary.add_pain(PainEntry(now - timedelta(hours=2), "after-run", left=7, right=2, locations=("back",),
                             flags=("swelling",), note="downhill"))  # fmt: skip
    path = tmp_path / "r.pdf"
    write_report_pdf(report_from_diary(diary, now), path)
    text = pdf_text(path)
    for expected in ("Knee diary report", "Mon 19 Oct 2026 to Mon 23 Nov 2026", "not a diagnosis", "See a clinician",
                     "Swelling logged today", "Questions to ask about the pain behind the knee", "Runs and routines",
                     "Pain entries", "back of the knee", "swelling", "downhill", "Routines done"):  # fmt: skip
        assert expected in text, expected


def test_coach_report_writes_a_pdf(qapp, diary, fake_clock, data_dir, tmp_path, capsys):
    fill_weeks(diary, fake_clock.now())
    target = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_dir), "report", "-o", str(target), "--weeks", "4"]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.startswith(f"Wrote {target} (4 weeks,")


def test_coach_report_refuses_an_unwritable_path_and_bad_weeks(qapp, data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "report", "-o", str(tmp_path / "nope" / "r.pdf")]) == 1
    assert "coach: cannot write" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "report", "-o", str(tmp_path), "--weeks", "2"]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "report", "-o", str(tmp_path / "r.pdf"), "--weeks", "0"]) == 1
    assert "--weeks must be from 1 to 520, not 0" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_coach_report_refuses_a_name_that_is_not_a_pdf(qapp, data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "report", "-o", str(tmp_path / "x.txt")]) == 1
    assert "does not end in .pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.txt").exists() and not (tmp_path / "x.pdf").exists()


def test_coach_report_needs_an_output(data_dir):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "report"])
    assert exit_.value.code == 2


def test_the_report_prints_the_weekly_load_of_rated_runs_and_routines(qapp, diary, fake_clock, tmp_path):
    from coach.core.diary.records import Run, SessionRecord

    now = fake_clock.now()
    diary.add_run(Run(days_ago(now, 1, 18), 8.0, 40.0, effort=6))
    begun = days_ago(now, 1, 8)
    ended = begun + timedelta(minutes=20)
    diary.add_session(SessionRecord("knee-strength", "strength", begun, "completed", 5, 5, ended, effort=5))
    path = tmp_path / "load.pdf"
    write_report_pdf(report_from_diary(diary, now, weeks=2), path)
    text = pdf_text(path)
    assert "Load (min ×\r\neffort)" in text or "Load (min × effort)" in text
    assert "not met 340" in text  # the week's run (40 × 6) and strength routine (20 × 5)


def test_the_report_has_the_strength_programme_with_each_change(qapp, diary, fake_clock, tmp_path):
    from coach.core.plan import programme
    from coach.core.plan.programme import Change, Decision, ProgrammeState

    now = fake_clock.now()  # Mon 23 Nov 2026; the report's 6 weeks start Mon 19 Oct
    fill_weeks(diary, now)
    moves = [(ProgrammeState(2), Change((now - timedelta(days=60)).date(), "advance", 1, 2, "long ago")),
             (ProgrammeState(3), Change((now - timedelta(days=14)).date(), "advance", 2, 3,
                                        "week 2 complete (2 sessions) with low pain and progress advice")),
             (ProgrammeState(2), Change((now - timedelta(days=3)).date(), "step-back", 3, 2,
                                        "today's advice is to back off"))]  # fmt: skip
    for state, change in moves:
        programme.save(diary, Decision(state, "plan", change.reason, change))
    data = report_from_diary(diary, now)
    assert data.programme is not None and data.programme.current() == "Week 2 of 8"
    assert [(c.from_week, c.to_week, c.reason) for c in data.programme.changes] == [
        (2, 3, "week 2 complete (2 sessions) with low pain and progress advice"), (3, 2, "today's advice is to back off")]
    assert data.programme.earlier == 1
    path = tmp_path / "r.pdf"
    write_report_pdf(data, path)
    text = " ".join(pdf_text(path).split())
    for expected in ("Strength programme", "Knee strength, now at week 2 of 8.", "Mon 09 Nov 2026", "moved up", "week 2 → 3",
                     "stepped back", "today's advice is to back off", "Silbernagel et al. 2007",
                     "1 earlier change before this period not shown."):  # fmt: skip
        assert expected in text, expected
    assert "long ago" not in text
