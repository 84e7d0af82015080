"""The run import preview, the watched folder offer."""
