from anthropic import Anthropic
from anthropic.types import CodeExecutionTool20260521Param
from anthropic.types.beta import BetaCodeExecutionTool20260521Param

client = Anthropic()

SANDBOX: CodeExecutionTool20260521Param = {"type": "code_execution_20260521", "name": "code_execution"}


def analyse(question: str):
    return client.messages.create(
        model="claude-opus-5",
        max_tokens=4096,
        tools=[
            SANDBOX,
            {
                "type": "web_search_20260209",
                "name": "web_search",
                # code execution may call the search tool
                "allowed_callers": ["direct", "code_execution_20260521"],
            },
        ],
        messages=[{"role": "user", "content": question}],
    )


def repl_tool() -> BetaCodeExecutionTool20260521Param:
    return {"type": "code_execution_20260521", "name": "code_execution"}
