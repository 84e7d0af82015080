"""The plan on screen: the today line, the week strip, the tray, the plan settings."""
