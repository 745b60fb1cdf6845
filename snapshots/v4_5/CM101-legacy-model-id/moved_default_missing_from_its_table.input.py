import anthropic

DEFAULT_MODEL = "claude-3-7-sonnet-20250219"
OUTPUT_LIMIT = {"claude-3-7-sonnet-20250219": 64000, "claude-3-5-sonnet-20241022": 8192}
limit = OUTPUT_LIMIT.get(DEFAULT_MODEL, 4096)

FALLBACK = "claude-3-5-sonnet-20241022"
PRICES = {"claude-3-5-sonnet-20241022": 3, "claude-3-opus-20240229": 15}


def price():
    # Not looked for inside a function: the default is reported instead.
    return PRICES[FALLBACK]
