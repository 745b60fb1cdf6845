import anthropic

OPUS = "claude-opus-5-5"
SONNET = "us.anthropic.claude-sonnet-5-5"
HAIKU = "claude-haiku-5-5"
VERTEX = "claude-opus-5-5@default"
FABLE = "claude-fable-5-2"
MYTHOS = "claude-mythos-5-1"
PREVIEW = "claude-mythos-preview"
LITELLM_DATED = "claude-opus-4-6-20260205"
UNKNOWN_PREFIX = "xx.anthropic.claude-opus-5"
NOTE = "we moved off claude-opus-5 last week"
BYTES = b"claude-opus-5"
# claude-sonnet-5 is Legacy now
