# snapshot-options: to=5
import anthropic

# The 5 set knows this header too: it reports it (CM222), this set does not.
DESCRIPTIONS = {"output-128k-2025-02-19": "long output"}
# Only this set knows it: reported here.
LEGACY = {"prompt-caching-2024-07-31": "caching"}
