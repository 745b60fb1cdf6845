# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def ask(msgs):
    # The fallback header is reported for Haiku 5.5 only, fast mode for Opus 5.5 only, and
    # another vendor's model is not Claude's business.
    rt.converse(
        modelId="us.anthropic.claude-opus-5-5",
        messages=msgs,
        additionalModelRequestFields={"anthropic_beta": ["server-side-fallback-2026-07-01"]},
    )
    rt.converse(modelId="us.anthropic.claude-sonnet-5-5", messages=msgs,
                additionalModelRequestFields={"speed": "standard"})
    return rt.converse(modelId="amazon.nova-pro-v1:0", messages=msgs,
                       additionalModelRequestFields={"speed": "fast"})
