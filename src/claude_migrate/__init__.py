"""claude-migrate: codemods from Claude 3.x-era code to newer Claude conventions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claude-migrate")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0+unknown"
