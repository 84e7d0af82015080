"""What the windows are handed instead of reaching for globals."""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.clock import Clock
from coach.core.diary.diary import Diary
from coach.core.paths import DataPaths
from coach.core.routines.catalog import Catalog
from coach.core.settings import Settings
from coach.ui.shell.notify import Notifier


@dataclass
class Services:
    paths: DataPaths
    clock: Clock
    catalog: Catalog
    diary: Diary
    settings: Settings
    notifier: Notifier
