import anthropic
from anthropic.types.beta import BetaCodeExecutionTool20250825Param

tools: list[BetaCodeExecutionTool20250825Param] = [{"type": "code_execution_20250825", "name": "code_execution"}]
BETAS = {"code-execution-2025-08-25"}


def run(client: anthropic.Anthropic, msgs, model):
    r = client.beta.messages.create(model=model, max_tokens=1024, tools=tools, betas=list(BETAS), messages=msgs)
    return [b for b in r.content if b.type == "code_execution_tool_result"]


def raw(client: anthropic.Anthropic, msgs):
    return client.messages.create(
        model="claude-sonnet-4-5-20250929",
        max_tokens=1024,
        tools=tools,
        messages=msgs,
        extra_headers={"anthropic-beta": "files-api-2025-04-14, code-execution-2025-08-25"},
    )
