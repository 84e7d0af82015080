"""Everything that can be decided without a screen. Never imports Qt."""
