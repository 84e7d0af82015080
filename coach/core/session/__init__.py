"""A routine being played: the timeline plan, the session engine and what it announces."""
