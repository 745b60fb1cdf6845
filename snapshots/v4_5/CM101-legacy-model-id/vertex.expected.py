from anthropic import AnthropicVertex

client = AnthropicVertex(region="us-east5", project_id="my-project")
client.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=100, messages=[])
OLDER = "claude-sonnet-4-5@20250929"
HAIKU = "claude-haiku-4-5@20251001"
SONNET_4 = "claude-sonnet-4-5@20250929"
URL = "https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-opus-4-5@20251101:streamRawPredict"
