"""Messages shown beside the field they are about (``InputError.field``).

A form registers one label per field; ``show`` puts each error under its
field (the first one per field wins), gives the field an accessible
description saying what is wrong, and moves focus to the first field in
trouble. Errors for unknown fields go to the form's general label.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from coach.core.errors import InputError
from coach.ui.shell import theme


def error_colour(widget: QWidget) -> QColor:
    """A red that stays readable on the widget's own background."""
    return QColor(theme.ERROR_INK["dark" if theme.is_dark(widget) else "light"])


def caution_colour(widget: QWidget) -> QColor:
    """An amber for "check this" that stays readable on the widget's background."""
    return QColor(theme.CAUTION_TEXT["dark" if theme.is_dark(widget) else "light"])


def make_error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error-{name}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {error_colour(label).name()};")
    label.setAccessibleName(_accessible_name(name))
    label.setVisible(False)
    return label


def _accessible_name(name: str) -> str:
    """"Problem with the distance", in the user's language, for a diary field the messages name;
    plain "Problem" for any other (its code, "steps" or "entry", is no word to read out)."""
    from coach.core.diary.fields import field_subjects
    from coach.core.i18n import _

    known = field_subjects().get(name)
    if known is None:
        return QCoreApplication.translate("FieldErrors", "Problem")
    return QCoreApplication.translate("FieldErrors", "Problem with {field}").format(field=_(known))


# The first of these a field widget has is the one that says "the user changed me".
_CHANGE_SIGNALS = ("textEdited", "dateTimeChanged", "currentIndexChanged", "valueChanged", "changed", "textChanged")


class FieldErrors:
    """The error labels of one form, by field name."""

    def __init__(self, general: QLabel):
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, field: str, widget: QWidget, *aliases: str) -> QLabel:
        """Register ``widget`` for ``field`` (and any aliases); returns its error label."""
        label = make_error_label(field)
        for name in (field, *aliases):
            self.labels[name] = label
            self.fields[name] = widget
        # Editing the field takes its message away: it described the old value.
        for signal in _CHANGE_SIGNALS:
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: self._clear_one(label, widget))
                break
        return label

    def _clear_one(self, label: QLabel, widget: QWidget) -> None:
        if label.isVisible() or label.text():
            label.clear()
            label.setVisible(False)
            widget.setAccessibleDescription("")

    def clear(self) -> None:
        for label in {id(x): x for x in (*self.labels.values(), self.general)}.values():
            label.clear()
            label.setVisible(False)
        for widget in self.fields.values():
            widget.setAccessibleDescription("")

    def show(self, errors: Iterable[InputError]) -> None:
        """Show each error beside its field; focus the first field in trouble."""
        first: QWidget | None = None
        for error in errors:
            label = self.labels.get(error.field or "", self.general)
            if not label.isHidden() and label.text():
                continue  # one message per field: the first is the one to fix
            label.setText(_sentence(str(error)))
            label.setVisible(True)
            widget = self.fields.get(error.field or "")
            if widget is not None:
                widget.setAccessibleDescription(label.text())
                first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self, field: str) -> str:
        """The message shown for ``field`` ("" when none)."""
        label = self.labels.get(field, self.general)
        return "" if label.isHidden() else label.text()


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text
