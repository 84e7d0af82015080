"""Undo steps of the editor: each is the draft before and after (drafts are frozen)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from coach.core.routines.draft import RoutineDraft

MERGING = 1  # QUndoCommand.id() of edits that merge while the same field is typed in


class DraftHolder(Protocol):
    def set_draft(self, draft: RoutineDraft, selected: int) -> None: ...


class DraftEdit(QUndoCommand):
    """One change to the draft; typing on in the same field extends it rather than adding another."""

    def __init__(self, editor: DraftHolder, before: tuple[RoutineDraft, int], after: tuple[RoutineDraft, int],
                 text: str, merge_key: str = ""):  # fmt: skip
        super().__init__(text)
        self.editor = editor
        self.before, self.after = before, after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.editor.set_draft(*self.after)

    def undo(self) -> None:
        self.editor.set_draft(*self.before)

    def id(self) -> int:
        return MERGING if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, DraftEdit) or not self.merge_key or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
