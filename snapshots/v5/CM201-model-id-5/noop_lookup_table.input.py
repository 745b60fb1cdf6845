PRICES = {"claude-sonnet-4-5-20250929": (3, 15), "claude-opus-4-5-20251101": (5, 25)}
