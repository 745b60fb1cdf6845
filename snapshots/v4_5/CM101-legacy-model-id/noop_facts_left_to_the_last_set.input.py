# snapshot-options: to=5
# On a run to 5, the 5 set reports each of these once (CM204, CM202, CM206), naming the IDs
# only 4.5 knows too and where the whole run takes them; 4.5 stays quiet.
import anthropic

PRICES = {"claude-3-haiku-20240307": 0.25, "claude-3-opus-20240229": 15}
HINT = "claude-3-haiku-20240307 is the cheap one"


def fast(model):
    return model in ("claude-3-haiku-20240307", "claude-3-5-haiku-20241022")
