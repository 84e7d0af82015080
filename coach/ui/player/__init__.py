"""The player: the session page, its view, the cues it sounds and speaks, the session log."""
