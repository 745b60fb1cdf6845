import anthropic

# The longest line sets this file's line length: this comment, 120 characters wide, is as wide as the code below may be.


def outcome(response):
    # One level in: the inserted raise fits on one line.
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return continue_from(response)
    elif response.stop_reason == "refusal":
        raise RuntimeError("Claude declined this request (stop_reason 'refusal'); see the response's stop_details")
    else:
        raise ValueError(response.stop_reason)


class Agent:
    def step(self, response):
        for block in response.content:
            # Three levels in: the same raise is too wide and wraps.
            if response.stop_reason == "end_turn":
                return block
            elif response.stop_reason == "tool_use":
                self.run(block)
            elif response.stop_reason == "refusal":
                raise RuntimeError(
                    "Claude declined this request (stop_reason 'refusal'); see the response's stop_details"
                )
            else:
                raise ValueError(response.stop_reason)
