"""One place for messages to reach the user (after qutebrowser's ``message`` bridge).

Widgets call ``notifier.error(...)`` and never build message boxes themselves,
so tests swap in ``RecordingNotifier`` and assert on what the user was told.
QMessageBox is imported when a box is first shown: it is not needed for the
first frame, whose time is measured (bench/startup.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class Notifier(QObject):
    """Shows errors as dialogs, quiet information in the status bar, and confirmations
    that matter (a report saved, an import's result, sound off) in the window's message bar too."""

    status = Signal(str)  # the main window shows these in its status bar
    confirmed = Signal(str)  # and these in its message bar as well

    def __init__(self, parent_widget: QWidget | None = None):
        super().__init__()
        self.parent_widget = parent_widget

    def error(self, text: str, title: str = "Prehab Coach") -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent_widget, title, text)

    def info(self, text: str) -> None:
        self.status.emit(text)

    def confirm(self, text: str) -> None:
        """Something the user must not miss, though it needs no answer: status bar and message bar."""
        self.status.emit(text)
        self.confirmed.emit(text)

    def ask(self, question: str, title: str = "Prehab Coach", yes: str | None = None, no: str | None = None,
            default_yes: bool = True, big: bool = False) -> bool:
        """Yes or no; ``default_yes=False`` makes Enter the safe answer (e.g. "Keep going").

        ``big``: readable from the mat (:class:`BigQuestion`): Enter is "yes", Esc is "no", both named on the buttons."""
        yes, no = yes or self.tr("Yes"), no or self.tr("No")
        if big:
            return self._big(question, [yes, no], title) == 0
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.parent_widget)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def choose(self, question: str, options: list[str], title: str = "Prehab Coach", big: bool = False) -> int:
        """Ask with several answers; returns the index chosen (the last one on Esc). ``big`` as for :meth:`ask`."""
        if big:
            return self._big(question, options, title)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.parent_widget)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in options]
        box.setEscapeButton(buttons[-1])
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else len(options) - 1

    def _big(self, question: str, options: list[str], title: str) -> int:
        from coach.ui.widgets.big_question import BigQuestion

        box = BigQuestion(question, options, title, self.parent_widget)
        box.exec()
        box.deleteLater()
        return box.chosen


class RecordingNotifier(Notifier):
    """For tests: records messages and answers questions from a script."""

    def __init__(self, answers: list | None = None):
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []  # info() and confirm() alike
        self.confirmations: list[str] = []
        self.questions: list[str] = []
        self.big_questions: list[str] = []  # the ones asked readable from the mat
        self.answers = list(answers or [])

    def error(self, text: str, title: str = "Prehab Coach") -> None:
        self.errors.append(text)

    def info(self, text: str) -> None:
        self.infos.append(text)
        super().info(text)

    def confirm(self, text: str) -> None:
        self.infos.append(text)
        self.confirmations.append(text)
        super().confirm(text)

    def ask(self, question: str, title: str = "Prehab Coach", yes: str | None = None, no: str | None = None,
            default_yes: bool = True, big: bool = False) -> bool:
        self.questions.append(question)
        if big:
            self.big_questions.append(question)
        return bool(self.answers.pop(0)) if self.answers else False

    def choose(self, question: str, options: list[str], title: str = "Prehab Coach", big: bool = False) -> int:
        self.questions.append(question)
        if big:
            self.big_questions.append(question)
        return int(self.answers.pop(0)) if self.answers else len(options) - 1
