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
