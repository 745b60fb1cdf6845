"""Bases and data that more than one set builds on: the model-ID codemod (every set declares
one subclass with its own table), what counts as stop-reason dispatch and which Bedrock
client a project uses."""
