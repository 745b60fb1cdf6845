# snapshot-options: bedrock_profile=us
BARE = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
KEPT = "eu.anthropic.claude-haiku-4-5-20251001-v1:0"
