"""Prehab Coach: guided knee-care routines and a pain diary for runners."""

__version__ = "0.1.0"
