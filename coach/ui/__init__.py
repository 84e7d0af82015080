"""Qt widgets. They call into coach.core, never the other way round."""
