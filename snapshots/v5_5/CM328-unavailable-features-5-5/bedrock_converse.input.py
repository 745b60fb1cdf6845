# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def ask(msgs):
    rt.converse(
        modelId="us.anthropic.claude-haiku-5-5",
        messages=msgs,
        additionalModelRequestFields={"anthropic_beta": ["server-side-fallback-2026-07-01"]},
    )
    return rt.converse(
        modelId="global.anthropic.claude-opus-5-5",
        messages=msgs,
        additionalModelRequestFields={"speed": "fast"},
    )
