"""The app's frame: platform checks, single instance, window places, theme, notices, workers."""
