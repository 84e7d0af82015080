"""The settings dialog and its voice list."""
