"""Writing a file the user named: only a regular file is ever replaced, and failures in words.

An export replaced by rename over ``/dev/full`` (as root) turned the device
node into a regular file. So a target that exists must be a regular file, or a
link to one (the file it points to is written, the link kept); and an OSError
is said as "the disk is full" rather than an errno or "disk I/O error".
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.safe_read import kind_of
from coach.core.values import clip


def write_target(path: Path) -> Path:
    """The file to write for ``path``: itself, or what a link points to if that is a
    regular file. A device, a pipe, a folder (or a link to one) is refused, so an
    export never replaces ``/dev/full`` with a regular file, even as root."""
    path = Path(path)
    try:
        status = os.stat(path)  # follows links
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(_("{path} is a link to nothing; choose another file name").format(
                               path=clip(str(path))), "output") from None
        return path
    except (OSError, ValueError) as error:
        raise InputError(_("cannot write {path}: {write_problem}").format(
                           path=clip(str(path)), write_problem=write_problem(error)), "output") from None
    if not stat.S_ISREG(status.st_mode):
        kind = kind_of(status.st_mode)
        raise InputError(_("{path} is {kind}, not a regular file; choose a file name to write to").format(
                           path=clip(str(path)), kind=kind), "output")
    return Path(os.path.realpath(path))


def write_problem(error: OSError | ValueError) -> str:
    """What went wrong writing, in words: "the disk is full" rather than an errno."""
    code = getattr(error, "errno", None)
    words = {
        errno.ENOSPC: _("the disk is full"),
        errno.EDQUOT: _("the disk quota is used up"),
        errno.EROFS: _("the folder is read-only"),
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.ENAMETOOLONG: _("the file name is too long"),
        errno.ENOENT: _("the folder does not exist"),
        errno.EISDIR: _("it is a folder"),
    }
    if code in words:
        return words[code]
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that ``path`` is either the old file or the whole new one.

    Only a regular file (or a link to one, written through) is replaced; see ``write_target``."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """``write_atomically`` for bytes (a picture, a zip): the old file or the whole new one."""
    path = write_target(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as file:
            os.fchmod(file.fileno(), _mode_for(path))
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions the written file gets: the old file's, else what a plain ``open``
    would give (0o666 less the umask), as ``QSaveFile`` does. mkstemp's 0o600 made an
    exported routine, meant for a physio, unreadable to anyone else on the machine."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:  # Linux says it without changing it (os.umask would, for a moment, for every thread)
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
