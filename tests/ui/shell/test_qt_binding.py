"""The Qt binding must not leak or steal references: PySide6 6.12.0 under
Python 3.11 took one reference from None on every void call and one from True
on every signal emit, and the app aborted after a minute of playing."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(int)


def test_void_calls_and_emits_keep_none_and_true_counts(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(1000):
        label.setText("x")
        emitter.changed.emit(number)
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
