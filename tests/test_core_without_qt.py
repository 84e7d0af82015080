"""Every coach/core module imports with Qt out of reach.

The core is what the CLI, the benches and a future non-Qt front end share; a
Qt import slipping into it would only show on a machine without PySide6. The
modules are discovered, so a new one is covered the day it is added.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import coach.core

BLOCKER = """
import importlib, importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is blocked for coach.core: {name}")
        return None

sys.meta_path.insert(0, NoQt())
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception as error:  # every failure, not only the first
        failed.append(f"{name}: {error!r}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def core_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(coach.core.__path__, "coach.core."))


def test_discovery_finds_the_capability_packages():
    names = core_modules()
    for package in ("diary", "advice", "routines", "session", "runs", "plan"):
        assert any(name.startswith(f"coach.core.{package}.") for name in names), package


def test_every_core_module_imports_with_qt_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCKER, *core_modules()], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_blocker_would_catch_a_qt_import():
    result = subprocess.run([sys.executable, "-c", BLOCKER, "coach.ui.widgets.nrs_row"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and "Qt is blocked" in result.stdout
