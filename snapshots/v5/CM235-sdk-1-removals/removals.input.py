import anthropic
import httpx
from anthropic import Anthropic, ProxiesTypes, Stream

client = Anthropic(http_client=httpx.Client(timeout=30))
bedrock = anthropic.AnthropicBedrock()


def answer(question, Answer):
    return client.messages.parse(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        output_format=Answer,
        stream=True,
        messages=[{"role": "user", "content": question}],
    )


def run_tools(tools, messages):
    runner = client.beta.messages.tool_runner(
        model="claude-sonnet-4-5",
        max_tokens=4096,
        tools=tools,
        messages=messages,
        compaction_control={"enabled": True, "context_token_threshold": 100_000},
    )
    return runner.until_done()


def raw_text(messages):
    response = client.messages.with_raw_response.create(model="claude-sonnet-4-5", max_tokens=64, messages=messages)
    return response.text


def is_stream(value):
    return isinstance(value, (anthropic.Stream, anthropic.AsyncStream))


def transport() -> anthropic.Transport:
    raise NotImplementedError
