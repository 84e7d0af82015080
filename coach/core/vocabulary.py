"""The app's words, once: every code the diary stores with the label screens and reports show.

A screen, the report and the advice read their labels here, so the entry form
need not import the advice module to name a moment, and a new word is added in
one place. Codes are the stored strings (they are in users' diaries and exports).
"""

from __future__ import annotations

MOMENTS = ("during-run", "after-run", "next-morning", "during-routine", "other")
MOMENT_LABELS = {
    "during-run": "during a run",
    "after-run": "after a run",
    "next-morning": "next morning",
    "during-routine": "during a routine",
    "other": "other",
}

LOCATIONS = ("front", "inside", "outside", "back", "below")
LOCATION_WORDS = {
    "front": "front / kneecap",
    "inside": "inside",
    "outside": "outside",
    "back": "back of the knee",
    "below": "below the kneecap",
}
# "Pain ..." + phrase: how a sentence names each part of the knee.
LOCATION_PHRASES = {
    "front": "at the front of the knee (kneecap)",
    "inside": "on the inside of the knee",
    "outside": "on the outside of the knee",
    "back": "behind the knee",
    "below": "below the kneecap",
}

CHARACTERS = ("aching", "sharp", "stiff", "burning")

FLAGS = ("swelling", "redness", "locking", "giving-way", "cannot-bear-weight")
FLAG_LABELS = {  # how every screen and the report name the warning signs
    "swelling": "Swelling",
    "redness": "Redness or heat",
    "locking": "Locking",
    "giving-way": "Giving way",
    "cannot-bear-weight": "Cannot bear weight",
}

SIDES = ("left", "right")

# Session statuses. "in-progress" exists only while a session runs; a row still
# in that state at the next start is turned into "interrupted".
IN_PROGRESS = "in-progress"
# "partial": played to the end with less than 80% of the work time done (see session.py).
SESSION_STATUSES = ("completed", "partial", "stopped", "stopped-for-pain", "interrupted")

# Effort: the Borg CR-10 scale as runners are asked it ("how hard was it?").
EFFORT_LABELS = {
    0: "rest",
    1: "very easy",
    2: "easy",
    3: "moderate",
    4: "somewhat hard",
    5: "hard",
    6: "hard",
    7: "very hard",
    8: "very hard",
    9: "very, very hard",
    10: "maximal",
}


def effort_label(value: int) -> str:
    """``7 · very hard``: how every screen and the report show an effort rating."""
    return f"{value} · {EFFORT_LABELS.get(value, '')}".rstrip(" ·")

# Advice headlines, strongest first: the strongest headline among the reasons that fired wins.
HEADLINES = ("see-clinician", "back-off", "hold", "progress", "start")
HEADLINE_LABELS = {
    "see-clinician": "See a clinician",
    "back-off": "Back off",
    "hold": "Hold",
    "progress": "Progress",
    "start": "Start",
}
