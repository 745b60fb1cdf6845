import anthropic


class Agent:
    def step(self, response):
        for block in response.content:
            if response.stop_reason == "end_turn":
                return block
            # This header would pass the file's longest line with the new entry: it wraps.
            elif self.last_response_of_the_conversation.stop_reason == "max_tokens":
                self.run(block)
            elif response.stop_reason in ("tool_use", "pause_turn", "stop_sequence", "max_tokens"):
                self.run(block)


def short(response):
    # Fits with the new entry: stays on one line.
    return response.stop_reason == "max_tokens"


def cut_short(response, other_condition_that_is_long):
    truncated = response.stop_reason == "max_tokens" and other_condition_that_is_long(response)
    return truncated
