"""The diary: its records, their validation, the SQLite store, migrations, backups and transfer."""
