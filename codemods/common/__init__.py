"""Bases and data that more than one set builds on: the model-ID codemod (every set declares
one subclass with its own table), what counts as stop-reason dispatch, which Bedrock client
a project uses, and which platforms a module's clients reach."""
