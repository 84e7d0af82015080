"""Today's headline, big, with every reason and its source underneath."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from coach.core.advice.advice import Advice, ClinicianQuestions, disclaimer
from coach.core.vocabulary import HEADLINE_LABELS
from coach.ui.shell import theme


class AdvicePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advice-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        theme.set_font(self.headline, 2.2, bold=True)
        # The three lists below always start with a tag (<ul>, <b>), so QLabel's
        # default AutoText shows them as rich text without naming Qt.TextFormat,
        # which would build the whole Qt namespace before the first frame.
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        theme.set_font(self.reasons, 1.1)
        self.notes = QLabel()
        self.notes.setObjectName("advice-notes")
        self.notes.setWordWrap(True)
        theme.set_font(self.notes, 1.1)
        self.questions = QLabel()  # questions to ask a clinician, see show_questions
        self.questions.setObjectName("clinician-questions")
        self.questions.setWordWrap(True)
        self.questions.setVisible(False)
        self.disclaimer = QLabel(disclaimer())  # in the user's language, as `coach advice` says it
        self.disclaimer.setWordWrap(True)
        theme.set_font(self.disclaimer, 0.9)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.reasons, self.notes, self.questions, self.disclaimer):
            layout.addWidget(widget)
        self.setAccessibleName(self.tr("Today's advice"))
        self._headline = ""  # the advice's headline code, coloured for the window's scheme

    def _colour_headline(self) -> None:
        colour = theme.headline_colour(self._headline, theme.is_dark(self))
        self.headline.setStyleSheet(f"color: {colour.name()};")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._headline:
            self._colour_headline()  # light or dark chosen in Settings while home shows

    def show_advice(self, advice: Advice) -> None:
        self._headline = advice.headline
        self.headline.setText(HEADLINE_LABELS.get(advice.headline, advice.headline))
        self._colour_headline()
        self.reasons.setText(_bullets((r.text, r.source) for r in advice.reasons))
        notes = _bullets((n.text, n.source) for n in advice.notes)
        self.notes.setText("<b>" + self.tr("Also worth knowing") + "</b>" + notes if notes else "")
        self.notes.setVisible(bool(advice.notes))
        self.setAccessibleDescription(self.headline.text())
        self.show_questions(advice.questions)

    def show_questions(self, questions: Sequence[ClinicianQuestions]) -> None:
        """For "see a clinician": what to ask about each painful part of the knee (the advice's own)."""
        parts = [
            "<p style='margin: 6px 0 0 0'>" + self.tr("About the pain {where}:").format(where=escape(group.phrase)) + "</p>"
            "<ul style='margin-left: -20px; margin-top: 2px'>"
            + "".join(f"<li>{escape(q)}</li>" for q in group.questions) + "</ul>"
            for group in questions
            if group.questions
        ]
        heading = "<b>" + self.tr("Questions you could ask a clinician") + "</b>"
        self.questions.setText(heading + "".join(parts) if parts else "")
        self.questions.setVisible(bool(parts))


def escape(text: str) -> str:
    """Text for rich-text element content. (``html.escape`` would do, but importing
    ``html`` loads its 2,000-entry entity table: 2 ms of every start.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bullets(items: Iterable[tuple[str, str]]) -> str:
    rows = []
    for text, source in items:
        cite = f" <span style='color: gray'>({escape(source)})</span>" if source else ""
        rows.append(f"<li>{escape(text)}{cite}</li>")
    return f"<ul style='margin-left: -20px'>{''.join(rows)}</ul>" if rows else ""
