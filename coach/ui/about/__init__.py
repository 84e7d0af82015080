"""About/Help and app-icon helpers (issue 15)."""
