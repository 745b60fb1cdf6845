# snapshot-options: sdk=2
import anthropic

bedrock = anthropic.AnthropicBedrock(aws_region="us-east-1")
PROXY_HEADERS = {"x-api-key": "forwarded"}
