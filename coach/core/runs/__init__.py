"""Runs from files: FIT, GPX, TCX and the Strava archive, read without Qt."""
