"""Desktop integration without Qt: launcher entry, icons, MIME type (issue 15)."""
