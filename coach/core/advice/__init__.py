"""Advice: the rules that turn the diary into today's headline, and the clinician report's summaries."""
