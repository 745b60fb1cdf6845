# snapshot-options: sdk=1
import anthropic

bedrock = anthropic.AnthropicBedrock(aws_region="us-east-1")
