"""claude-migrate: codemods from Claude 3.x-era code to newer Claude conventions."""

# The one place the version is written: pyproject.toml reads it from here (hatch's dynamic
# version), so no run pays for importlib.metadata.
__version__ = "0.1.0"
