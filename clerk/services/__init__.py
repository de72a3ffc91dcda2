"""The operations a clerk performs, each one transaction; the GUI and the CLI both call these."""
