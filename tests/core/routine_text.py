"""Small routine documents for tests."""

TINY = """\
id: tiny
title: Tiny routine
focus: strength
when: In tests
summary: Two quick exercises.
get_ready_s: 5
switch_s: 5
steps:
  - exercise: hold-it
    name: Wall sit
    duration_s: 30
    sides: each
    sets: 2
    rest_s: 15
    cues: [Back flat on the wall, Knees over ankles]
  - exercise: raise-them
    name: Calf raises
    reps: 10
    tempo_s: 2
    cues: [Rise slowly]
"""

# Variants and a 4-week progression for TINY (TINY + BLOCKS is a routine with a programme).
BLOCKS = """\
variants:
  - exercise: raise-one
    of: raise-them
    name: Single-leg calf raises
    sides: each
    cues: [One foot, Fingertips on a wall]
    image: single-leg-calf-raises.svg
progression:
  - week: 2
    note: More
    changes:
      - exercise: raise-them
        reps: 12
      - exercise: hold-it
        duration_s: 40
  - week: 3
    changes:
      - exercise: raise-them
        swap: raise-one
        reps: 8
  - week: 4
    changes:
      - exercise: raise-one
        reps: 10
        sets: 2
        rest_s: 20
"""
