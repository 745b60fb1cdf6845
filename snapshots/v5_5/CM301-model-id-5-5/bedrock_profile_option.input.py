# snapshot-options: bedrock_profile=eu
OPUS = "anthropic.claude-opus-5"
HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"
