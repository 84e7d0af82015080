"""Generators for run files used by the import tests and the bench."""
