"""The command-line tests' fixtures, from cli_fixtures (importable by the few
core tests that also drive the CLI)."""

from tests.commands.cli_fixtures import clock, coach  # noqa: F401  (fixtures offered to every module here)
