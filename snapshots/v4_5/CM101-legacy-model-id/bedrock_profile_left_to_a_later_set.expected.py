# snapshot-options: to=5
from anthropic import AnthropicBedrock

client = AnthropicBedrock()
# The 5 set moves this one on: its finding is about the final ID (CM203), not this one.
SONNET = "anthropic.claude-sonnet-4-5-20250929-v1:0"
# Haiku 4.5 stays under --to 5: the profile finding is this set's to make.
HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"
