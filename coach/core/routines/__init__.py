"""Routines: the file format, its rules, the loader, the parse cache and the catalog of routines."""
