SPLIT = "claude-3-5-" "sonnet-20241022"
WHOLE = ("claude-3-opus-20240229"
         "")
