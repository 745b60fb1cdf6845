# snapshot-options: bedrock_profile=eu
OPUS = "eu.anthropic.claude-opus-5-5"
HAIKU = "eu.anthropic.claude-haiku-5-5"
