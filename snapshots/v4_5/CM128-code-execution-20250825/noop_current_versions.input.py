import anthropic

tools = [{"type": "code_execution_20250825", "name": "code_execution"}]


def run(client: anthropic.Anthropic, msgs):
    r = client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=1024, tools=tools, messages=msgs)
    bash = [b for b in r.content if b.type == "bash_code_execution_tool_result"]
    # The old result type is only read here, without the old tool in the file.
    return bash or [b for b in r.content if b.type == "code_execution_tool_result"]
