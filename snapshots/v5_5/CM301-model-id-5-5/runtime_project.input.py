# snapshot-options: fact:bedrock_runtime_client
# The client is built in another file; CM306 adds the profile to the bare ID.
OPUS = "anthropic.claude-opus-5"
PREFIXED = "eu.anthropic.claude-sonnet-5"
