"""The diary id of a record the windows show.

Everything a window lists or offers came out of the diary and so has an id; a
record without one reaching a delete, retire or resume is a bug in the caller,
not something the user can put right, so it fails loudly instead of being
passed on as ``None``.
"""

from __future__ import annotations

from typing import Protocol


class _Record(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(record: _Record) -> int:
    """``record.id``; a :class:`ValueError` naming the record when it was never saved."""
    if record.id is None:
        raise ValueError(f"{type(record).__name__} has no diary id (it was never saved): {record!r}")
    return record.id
