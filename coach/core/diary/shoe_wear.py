"""How worn a pair of shoes is, in one wording for the home screen, the Shoes window and the report.

Each pair has its own limit (800 km unless the user set another): replace them
past it, check their cushioning past 60% of it (480 of 800 km). A rule of
thumb, not a study. With the default limit a runner counting in miles sees the
round 300 / 500 mi; a limit of their own is converted as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.diary.records import SHOE_LIMIT_KM, Shoe, in_units
from coach.core.i18n import _
from coach.core.locale_format import decimal_sign

CHECK_SHARE = 0.6  # check the cushioning at this share of the limit
ROUND_LIMITS = {"km": (480, 800), "mi": (300, 500)}  # the default limit as runners say it
OK, CHECK, REPLACE, RETIRED = "ok", "check", "replace", "retired"


@dataclass(frozen=True)
class Wear:
    level: str  # ok, check, replace or retired
    distance: float  # in the user's units
    check: float
    limit: float
    units: str

    @property
    def advice(self) -> str:
        """``past 800 km, time to replace them``; empty while they are fine."""
        if self.level == REPLACE:
            return _("past {limit} {units}, time to replace them").format(limit=_g(self.limit), units=self.units)
        if self.level == CHECK:
            return _("past {check} {units}, check their cushioning").format(check=_g(self.check), units=self.units)
        return ""

    @property
    def status(self) -> str:
        """The Shoes window's status cell."""
        if self.level == RETIRED:
            return _("Retired")
        return self.advice[:1].upper() + self.advice[1:] if self.advice else _("In use")


def _g(value: float) -> str:
    """``800`` or ``482.8``, with the language's decimal sign (what ``:g`` gave in English)."""
    return f"{value:g}".replace(".", decimal_sign())


def limits(shoe: Shoe, units: str) -> tuple[float, float]:
    """(check their cushioning past, replace them past) in ``units``."""
    if shoe.limit_km == SHOE_LIMIT_KM:
        check, limit = ROUND_LIMITS[units]
        return float(check), float(limit)
    limit = round(in_units(shoe.limit_km, units))
    return float(round(limit * CHECK_SHARE)), float(limit)


def wear(shoe: Shoe, units: str) -> Wear:
    """How worn ``shoe`` is (its ``distance_km`` including the runs logged in it)."""
    check, limit = limits(shoe, units)
    distance = round(in_units(shoe.distance_km, units), 2)  # 300 mi logged in miles must not read as 300.0000001
    if shoe.retired:
        level = RETIRED
    elif distance > limit:
        level = REPLACE
    elif distance > check:
        level = CHECK
    else:
        level = OK
    return Wear(level, distance, check, limit, units)
