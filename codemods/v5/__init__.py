"""The 5 set: code on the 4.5 generation (or 4.6-4.8) to Claude Opus 5 and Sonnet 5; Haiku stays on Haiku 4.5.

`--to 5` runs the 4.5 set first, so Claude 3.x code lands here in one run.
"""

# Not yet complete (see the README): runs only when asked for with --to 5, and is not the
# default target until this flag goes.
PREVIEW = True
