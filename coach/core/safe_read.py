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
from coach.core.i18n import N_, _

_KINDS = (
    (stat.S_ISDIR, N_("a folder")),
    (stat.S_ISFIFO, N_("a named pipe (FIFO)")),
    (stat.S_ISCHR, N_("a device")),
    (stat.S_ISBLK, N_("a device")),
    (stat.S_ISSOCK, N_("a socket")),
)


class UnreadableFile(CoachError):
    """A file that is not read: not a regular file, too big, or the system refused.

    ``says_what_it_is``: the message is a predicate ("is a folder, not a regular
    file") that a caller may put after the file's name, in any language."""

    def __init__(self, message: str, says_what_it_is: bool = False):
        super().__init__(message)
        self.says_what_it_is = says_what_it_is


def kind_of(mode: int) -> str:
    """What a file of this mode is, for a message ("a named pipe (FIFO)")."""
    return next((_(name) for test, name in _KINDS if test(mode)), _("not a regular file"))


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count // 1024} KiB"


def read_regular(path: Path, cap: int) -> bytes:
    """The bytes of ``path``; raises UnreadableFile unless it is a regular file
    of at most ``cap`` bytes. Never blocks on a pipe, never reads more than cap + 1."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):  # before opening: opening some devices has effects
            raise UnreadableFile(_("is {kind_of}, not a regular file").format(kind_of=kind_of(status.st_mode)), True)
        handle = os.open(path, flags)
    except UnreadableFile:
        raise
    except (OSError, ValueError) as error:  # ValueError: a NUL byte or a surrogate in the name
        raise UnreadableFile(_("cannot read the file: {getattr}").format(
                               getattr=getattr(error, 'strerror', None) or error)) from None
    try:
        status = os.fstat(handle)  # the file actually opened, in case the name was swapped
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(_("is {kind_of}, not a regular file").format(kind_of=kind_of(status.st_mode)), True)
        if status.st_size > cap:
            raise UnreadableFile(_("is {size}; at most {size2} is read").format(size=_size(status.st_size), size2=_size(cap)),
                                 True)
        chunks, total = [], 0
        while total <= cap:
            chunk = os.read(handle, min(cap + 1 - total, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > cap:  # it grew while being read
            raise UnreadableFile(_("is more than {size}; at most {size} is read").format(size=_size(cap)), True)
        return b"".join(chunks)
    except OSError as error:
        raise UnreadableFile(_("cannot read the file: {strerror}").format(strerror=error.strerror or error)) from None
    finally:
        os.close(handle)
