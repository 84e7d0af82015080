"""Geometry, not pixels: is every visible button inside its window, uncut and not overlapped?

Shared by the in-process tests (test_geometry.py) and the probe that runs at other
QT_SCALE_FACTORs in a subprocess (geometry_probe.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget


def visible_buttons(window: QWidget) -> list[tuple[QAbstractButton, QRect]]:
    """The buttons the user can see in ``window`` (not those of other windows), in window coordinates."""
    buttons = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.width() > 0 and button.window() is window:
            top_left = button.mapTo(window, button.rect().topLeft())
            buttons.append((button, QRect(top_left, button.size())))
    return buttons


def scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(button: QAbstractButton) -> str:
    return repr(button.objectName() or button.text() or button.accessibleName())


def button_problems(window: QWidget) -> list[str]:
    """Every way a visible button of ``window`` does not fit; empty when all is well."""
    QApplication.processEvents()
    buttons = visible_buttons(window)
    if not buttons:
        return [f"{window.objectName()!r} shows no buttons at all"]
    problems = []
    inside = window.rect()
    for button, rect in buttons:
        if scrolled(button):  # reachable by scrolling up and down, never sideways
            if not (inside.left() <= rect.left() and rect.right() <= inside.right()):
                problems.append(f"{_name(button)} is off to the side")
            continue
        if not inside.contains(rect):
            problems.append(f"{_name(button)} at {rect.getRect()} is outside {inside.getRect()}")
        text_width = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        if rect.width() < text_width:
            problems.append(f"{_name(button)} is cut: {rect.width()} < {text_width}")
    for i, (first, a) in enumerate(buttons):
        for second, b in buttons[i + 1:]:
            if first.parent() is second or second.parent() is first or scrolled(first) != scrolled(second):
                continue
            if a.intersects(b):
                problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems


def assert_every_button_fits(window: QWidget) -> None:
    problems = button_problems(window)
    assert problems == [], problems
