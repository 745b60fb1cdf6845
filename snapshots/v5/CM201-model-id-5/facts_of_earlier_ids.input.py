# IDs only the 4.5 set knows are named too, with where the whole run takes them.
import anthropic

PRICES = {"claude-3-haiku-20240307": 0.25, "claude-3-opus-20240229": 15}
HINT = "claude-3-haiku-20240307 is the cheap one"


def fast(model):
    return model in ("claude-3-haiku-20240307", "claude-3-5-haiku-20241022")
