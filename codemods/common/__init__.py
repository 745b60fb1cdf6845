"""Helpers shared by codemods of more than one set."""
