"""What History shows, prepared from the diary off the GUI thread (no Qt here)."""
