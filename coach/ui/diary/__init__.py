"""Writing to the diary: the entry form, quick pain, the morning prompt, shoes, import/export."""
