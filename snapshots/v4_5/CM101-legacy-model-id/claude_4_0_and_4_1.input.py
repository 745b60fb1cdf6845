SONNET_4 = "claude-sonnet-4-20250514"
SONNET_4_ALT = "claude-4-sonnet-20250514"
OPUS_4 = "claude-opus-4-20250514"
OPUS_41 = "claude-opus-4-1-20250805"
