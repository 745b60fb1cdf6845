# snapshot-options: report_only=CM128
import anthropic

tools = [{"type": "code_execution_20250522", "name": "code_execution"}]
BETAS = {"code-execution-2025-05-22"}


def run(client: anthropic.Anthropic, msgs, model):
    r = client.beta.messages.create(model=model, max_tokens=1024, tools=tools, betas=list(BETAS), messages=msgs)
    return [b for b in r.content if b.type == "code_execution_tool_result"]
