"""The strength programme's line in History, a label of its own: it says where the
programme stands and why it last moved in one sentence that a screen reader reaches
with Tab, while the chart only marks each move (◆ on its day).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coach.core.i18n import in_sentence
from coach.core.plan.changes_view import ProgrammeView, action_words, weeks_text
from coach.ui.shell.translations import date_text


class ProgrammeLine(QLabel):
    """Today's week and the last change's reason, its first sentence in bold."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("history-programme")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it with Tab
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)  # fmt: skip
        self.changes: tuple = ()

    def show_programme(self, plan: ProgrammeView) -> None:
        """Today's week and why it last moved (the chart marks every move, ◆ on its day)."""
        last = plan.last
        said = self.tr("Strength programme: {current}.").format(current=in_sentence(plan.current()))
        if last is None:
            said += " " + self.tr("No changes yet.")
        else:
            said += " " + self.tr("Last change {day}: {change}, {weeks} — {reason}.").format(
                day=date_text(last.on, "ddd d MMM"), change=action_words(last), weeks=weeks_text(last), reason=last.reason)
        head, _, rest = said.partition(". ")
        self.setText(f"<b>{html.escape(head)}.</b> {html.escape(rest)}" if rest else html.escape(said))
        self.setToolTip(self.tr("Source: {source}").format(source=last.source) if last else "")
        self.setAccessibleName(said)
        self.changes = plan.changes
