# snapshot-options: sdk=0
import anthropic
import httpx

client = anthropic.Anthropic(http_client=httpx.Client(timeout=30))
bedrock = anthropic.AnthropicBedrock()
