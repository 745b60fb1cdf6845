"""The 4.5 set: Claude 3.x-era code to Claude 4.5 conventions (Sonnet, Haiku and Opus 4.5)."""
