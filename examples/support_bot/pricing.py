"""Cost accounting. Prices in USD per million tokens (input, output)."""

PRICES = {
    "claude-3-opus-20240229": (15.00, 75.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-haiku-20240307": (0.25, 1.25),
}


def cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def max_output_tokens(model: str) -> int:
    if model.startswith("claude-3-5"):
        return 8192
    return 4096
