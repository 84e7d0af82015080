"""The home page: routines to play and today's advice."""
