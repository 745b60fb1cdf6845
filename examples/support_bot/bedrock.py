"""Fallback to Amazon Bedrock when the first-party API is unavailable."""

from anthropic import AnthropicBedrock

from .config import Settings

bedrock = AnthropicBedrock(aws_region="us-east-1")


def reply_via_bedrock(history: list[dict]) -> str:
    response = bedrock.messages.create(
        model=Settings().bedrock_model_id,
        max_tokens=1024,
        messages=history,
    )
    return response.content[0].text


def cheap_reply(history: list[dict]) -> str:
    response = bedrock.messages.create(
        model="anthropic.claude-3-haiku-20240307-v1:0",
        max_tokens=512,
        messages=history,
    )
    return response.content[0].text
