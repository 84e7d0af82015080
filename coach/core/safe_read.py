"""Reading a file someone else may have put there: only a regular file, only up to a cap.

``Path.read_bytes()`` on a FIFO waits for a writer forever, and on ``/dev/zero``
reads until memory runs out. So the file is opened without blocking, its handle
(not its name, which could be swapped in between) is checked to be a regular
file, and at most ``cap + 1`` bytes are read whatever its size claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coach.core.errors import CoachError

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


class UnreadableFile(CoachError):
    """A file that is not read: not a regular file, too big, or the system refused."""


def kind_of(mode: int) -> str:
    """What a file of this mode is, for a message ("a named pipe (FIFO)")."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count // 1024} KiB"


def read_regular(path: Path, cap: int) -> bytes:
    """The bytes of ``path``; raises UnreadableFile unless it is a regular file
    of at most ``cap`` bytes. Never blocks on a pipe, never reads more than cap + 1."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):  # before opening: opening some devices has effects
            raise UnreadableFile(f"is {kind_of(status.st_mode)}, not a regular file")
        handle = os.open(path, flags)
    except UnreadableFile:
        raise
    except (OSError, ValueError) as error:  # ValueError: a NUL byte or a surrogate in the name
        raise UnreadableFile(f"cannot read the file: {getattr(error, 'strerror', None) or error}") from None
    try:
        status = os.fstat(handle)  # the file actually opened, in case the name was swapped
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(f"is {kind_of(status.st_mode)}, not a regular file")
        if status.st_size > cap:
            raise UnreadableFile(f"is {_size(status.st_size)}; at most {_size(cap)} is read")
        chunks, total = [], 0
        while total <= cap:
            chunk = os.read(handle, min(cap + 1 - total, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > cap:  # it grew while being read
            raise UnreadableFile(f"is more than {_size(cap)}; at most {_size(cap)} is read")
        return b"".join(chunks)
    except OSError as error:
        raise UnreadableFile(f"cannot read the file: {error.strerror or error}") from None
    finally:
        os.close(handle)
