async def handle(stream):
    async for event in stream:
        if event.type == "message_delta":
            match event.delta.stop_reason:
                case "end_turn" | "stop_sequence":
                    return "done"
                case "max_tokens":
                    return "cut"
                case "refusal":
                    raise RuntimeError("Claude declined this request (stop_reason 'refusal'); see the response's stop_details")
                case _:
                    return "other"
