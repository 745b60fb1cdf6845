"""The 5 set: code on the 4.5 generation (or 4.6-4.8) to Claude Opus 5 and Sonnet 5; Haiku stays on Haiku 4.5.

`--to 5` runs the 4.5 set first, so Claude 3.x code lands here in one run.
"""
