SPLIT = "claude-3-5-" "sonnet-20241022"
WHOLE = ("claude-opus-4-5-20251101"
         "")
