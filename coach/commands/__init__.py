"""Sub-commands of ``coach``. Each module has ``register(subparsers)``.

Nothing here imports Qt at module level: ``coach routines list`` must answer
without loading a GUI toolkit.
"""
