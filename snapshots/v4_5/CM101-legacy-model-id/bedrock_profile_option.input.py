# snapshot-options: bedrock_profile=us
BARE = "anthropic.claude-3-5-sonnet-20241022-v2:0"
KEPT = "eu.anthropic.claude-3-haiku-20240307-v1:0"
