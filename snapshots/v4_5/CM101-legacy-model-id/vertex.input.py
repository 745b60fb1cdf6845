from anthropic import AnthropicVertex

client = AnthropicVertex(region="us-east5", project_id="my-project")
client.messages.create(model="claude-3-5-sonnet-v2@20241022", max_tokens=100, messages=[])
OLDER = "claude-3-5-sonnet@20240620"
HAIKU = "claude-3-haiku@20240307"
SONNET_4 = "claude-sonnet-4@20250514"
URL = "https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-3-opus@20240229:streamRawPredict"
