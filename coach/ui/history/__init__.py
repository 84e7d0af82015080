"""History: the table, the charts and the clinician PDF report."""
