"""`coach report -o FILE.pdf [--weeks N]`: the clinician report as a PDF.

Qt is imported inside the command only, so the rest of the command line
starts without it. With no running application, an offscreen
QGuiApplication is made: the report needs fonts, not a screen.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.core.advice.report import DEFAULT_WEEKS, MAX_WEEKS, report_from_diary
from coach.core.errors import InputError
from coach.core.i18n import _, ngettext


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report",
        help=_("a clinician-ready PDF of the last weeks"),
        description=_("Write a PDF report for a clinician: date range, today's headline and reasons, a pain chart, every "
                      "pain entry with locations and warning signs, runs per week and routines done."),
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=_("where to write the PDF"))
    parser.add_argument("--weeks", default=str(DEFAULT_WEEKS), metavar="N",
                        help=_("calendar weeks to cover, ending this week (default {weeks})").format(
                            weeks=DEFAULT_WEEKS))
    parser.set_defaults(run=run)


def parse_weeks(text: str) -> int:
    try:
        weeks = int(text.strip())
    except ValueError:
        raise InputError(_("--weeks must be a whole number of weeks, not {text!r}").format(text=text), "weeks") from None
    if not 1 <= weeks <= MAX_WEEKS:
        raise InputError(_("--weeks must be from 1 to {max_weeks}, not {weeks}").format(
                           max_weeks=MAX_WEEKS, weeks=weeks), "weeks")
    return weeks


def ensure_gui_application():
    """The running QGuiApplication, or a new offscreen one (kept for the process)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["coach", "-platform", "offscreen"])
    return app


def run(args: argparse.Namespace, context) -> int:
    weeks = parse_weeks(args.weeks)
    path = Path(args.output).expanduser()
    if path.is_dir():
        raise InputError(_("{path} is a folder; give a file name such as report.pdf").format(path=path), "output")
    if path.suffix.lower() != ".pdf":
        raise InputError(_("{path} does not end in .pdf; the report is a PDF, so name it e.g. {name}").format(
                           path=path, name=path.with_suffix('.pdf').name),
                         "output")  # fmt: skip
    from coach.core.safe_write import write_target

    path = write_target(path)  # a device, a pipe or a dangling link is refused before any work
    diary = context.diary
    units = context.settings.get("units")
    context.say_broken_routines()
    data = report_from_diary(diary, context.clock.now(), weeks, units, context.catalog)
    ensure_gui_application()
    from coach.ui.history.report_pdf import write_report_pdf

    write_report_pdf(data, path)
    context.out(_("Wrote {path} ({weeks}, {entries}, {runs}).").format(
        path=path, weeks=ngettext("{count} week", "{count} weeks", weeks).format(count=weeks),
        entries=ngettext("{count} pain entry", "{count} pain entries", len(data.pain)).format(count=len(data.pain)),
        runs=ngettext("{count} run", "{count} runs", len(data.runs)).format(count=len(data.runs))))
    return 0
