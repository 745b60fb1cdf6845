UNKNOWN = "xx.anthropic.claude-opus-4-7"
HAIKU = "apac.anthropic.claude-haiku-4-5-20251001-v1:0"
ALREADY = "us-gov.anthropic.claude-sonnet-5"
VERTEX = "claude-opus-5@default"
