"""`coach install-desktop` / `uninstall-desktop`: the freedesktop launcher, icons and routine MIME type."""
from __future__ import annotations

import argparse
import shutil
import subprocess

from coach.core.i18n import _


def register(commands: argparse._SubParsersAction) -> None:
    install = commands.add_parser("install-desktop", help=_("add Prehab Coach to the desktop's app menu"),
                                  description=_("Write a launcher, icons and the *.routine.yaml and *.routine.zip file "
                                                "types into $XDG_DATA_HOME (default ~/.local/share)."))
    install.set_defaults(run=run_install)
    remove = commands.add_parser("uninstall-desktop", help=_("remove what install-desktop wrote"))
    remove.set_defaults(run=run_uninstall)


def _refresh(data_home) -> None:
    """Let the desktop notice the new MIME type; harmless when the tool is absent."""
    tool = shutil.which("update-mime-database")
    if tool and (data_home / "mime").is_dir():
        subprocess.run([tool, str(data_home / "mime")], capture_output=True, check=False)


def run_install(args: argparse.Namespace, context) -> int:
    from coach.core.paths import assets_dir
    from coach.desktop.install import Layout, data_home, exec_command, install

    home = data_home()
    for path in install(Layout(home), assets_dir() / "icons", exec_command()):
        print(_("wrote {path}").format(path=path))
    _refresh(home)
    return 0


def run_uninstall(args: argparse.Namespace, context) -> int:
    from coach.desktop.install import Layout, data_home, uninstall

    home = data_home()
    removed = uninstall(Layout(home))
    for path in removed:
        print(_("removed {path}").format(path=path))
    if not removed:
        print(_("nothing to remove: install-desktop has not written anything here"))
    _refresh(home)
    return 0
