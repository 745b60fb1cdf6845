require "anthropic"

client = Anthropic::Client.new
message = client.messages.create(
  model: "claude-sonnet-4-5-20250929",
  max_tokens: 1024,
  messages: [{role: "user", content: "Hello"}]
)
cheap = Anthropic::Models::Model::CLAUDE_HAIKU_4_5_20251001
symbol = :"claude-opus-4-5-20251101"
PRICES = {"claude-3-opus-20240229" => 15, "claude-3-haiku-20240307" => 0.25}
old = model.start_with?("claude-3")
