"""Bases and data that more than one set builds on: the model-ID codemod (every set declares
one subclass with its own table) and what counts as stop-reason dispatch."""
