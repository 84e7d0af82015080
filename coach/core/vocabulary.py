"""The app's words, once: every code the diary stores with the label screens and reports show.

A screen, the report and the advice read their labels here, so the entry form
need not import the advice module to name a moment, and a new word is added in
one place. Codes are the stored strings (they are in users' diaries and exports).
"""

from __future__ import annotations

from coach.core.i18n import N_, Labels, _

# The tables keep English (marked N_); reading a label from them gives it in the active language.

MOMENTS = ("during-run", "after-run", "next-morning", "during-routine", "other")
MOMENT_LABELS = Labels({
    "during-run": N_("during a run"),
    "after-run": N_("after a run"),
    "next-morning": N_("next morning"),
    "during-routine": N_("during a routine"),
    "other": N_("other"),
})

LOCATIONS = ("front", "inside", "outside", "back", "below")
LOCATION_WORDS = Labels({
    "front": N_("front / kneecap"),
    "inside": N_("inside"),
    "outside": N_("outside"),
    "back": N_("back of the knee"),
    "below": N_("below the kneecap"),
})
# "Pain ..." + phrase: how a sentence names each part of the knee.
LOCATION_PHRASES = Labels({
    "front": N_("at the front of the knee (kneecap)"),
    "inside": N_("on the inside of the knee"),
    "outside": N_("on the outside of the knee"),
    "back": N_("behind the knee"),
    "below": N_("below the kneecap"),
})

CHARACTERS = ("aching", "sharp", "stiff", "burning")
CHARACTER_LABELS = {"aching": N_("aching"), "sharp": N_("sharp"), "stiff": N_("stiff"), "burning": N_("burning")}

FLAGS = ("swelling", "redness", "locking", "giving-way", "cannot-bear-weight")
FLAG_LABELS = Labels({  # how every screen and the report name the warning signs
    "swelling": N_("Swelling"),
    "redness": N_("Redness or heat"),
    "locking": N_("Locking"),
    "giving-way": N_("Giving way"),
    "cannot-bear-weight": N_("Cannot bear weight"),
})

SIDES = ("left", "right")

# Session statuses. "in-progress" exists only while a session runs; a row still
# in that state at the next start is turned into "interrupted".
IN_PROGRESS = "in-progress"
# "partial": played to the end with less than 80% of the work time done (see session.py).
SESSION_STATUSES = ("completed", "partial", "stopped", "stopped-for-pain", "interrupted")

# Effort: the Borg CR-10 scale as runners are asked it ("how hard was it?").
EFFORT_LABELS = Labels({
    0: N_("rest"),
    1: N_("very easy"),
    2: N_("easy"),
    3: N_("moderate"),
    4: N_("somewhat hard"),
    5: N_("hard"),
    6: N_("hard"),
    7: N_("very hard"),
    8: N_("very hard"),
    9: N_("very, very hard"),
    10: N_("maximal"),
})


def effort_label(value: int) -> str:
    """``7 · very hard``: how every screen and the report show an effort rating."""
    return f"{value} · {EFFORT_LABELS.get(value, '')}".rstrip(" ·")


def character_label(code: str) -> str:
    """How a pain character is named (``aching``, ``stechend``): the stored code is English."""
    return _(CHARACTER_LABELS.get(code, code))

# Advice headlines, strongest first: the strongest headline among the reasons that fired wins.
HEADLINES = ("see-clinician", "back-off", "hold", "progress", "start")
HEADLINE_LABELS = Labels({
    "see-clinician": N_("See a clinician"),
    "back-off": N_("Back off"),
    "hold": N_("Hold"),
    "progress": N_("Progress"),
    "start": N_("Start"),
})
