"""What the windows are handed instead of reaching for globals: the one
:class:`~coach.core.context.CoachContext` plus the Qt-side notifier."""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.clock import Clock
from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.core.paths import DataPaths
from coach.core.routines.catalog import Catalog
from coach.core.settings import Settings
from coach.ui.shell.notify import Notifier


@dataclass
class Services:
    context: CoachContext
    notifier: Notifier

    @property
    def paths(self) -> DataPaths:
        return self.context.paths

    @property
    def clock(self) -> Clock:
        return self.context.clock

    @property
    def diary(self) -> Diary:
        return self.context.diary

    @diary.setter
    def diary(self, diary: Diary) -> None:  # a test may wrap the diary (counting its reads)
        self.context.diary = diary

    @property
    def settings(self) -> Settings:
        return self.context.settings

    @property
    def catalog(self) -> Catalog:
        return self.context.catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        self.context.catalog = catalog
