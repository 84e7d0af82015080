"""`coach report` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="not available yet")
    parser.set_defaults(run=lambda args, context: 2)
