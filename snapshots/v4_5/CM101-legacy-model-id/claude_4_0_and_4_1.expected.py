SONNET_4 = "claude-sonnet-4-5-20250929"
SONNET_4_ALT = "claude-sonnet-4-5-20250929"
OPUS_4 = "claude-opus-4-5-20251101"
OPUS_41 = "claude-opus-4-5-20251101"
