"""The 5.5 set: code on the 5 generation (or older, through the 4.5 and 5 sets) to Claude Opus 5.5, Sonnet 5.5 and Haiku 5.5."""
