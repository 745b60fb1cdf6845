TOOLS = [{"type": "code_execution_20250522", "name": "code_execution"}]


def outputs(response):
    return [b.content for b in response.content if b.type == "code_execution_tool_result"]
