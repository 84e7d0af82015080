"""Small reusable widgets: the message bar, big questions, the 0-10 row, the knee map."""
