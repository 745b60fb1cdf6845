require "anthropic"

client = Anthropic::Client.new
message = client.messages.create(
  model: "claude-3-5-sonnet-20241022",
  max_tokens: 1024,
  messages: [{role: "user", content: "Hello"}]
)
cheap = Anthropic::Models::Model::CLAUDE_3_HAIKU_20240307
symbol = :"claude-3-opus-20240229"
PRICES = {"claude-3-opus-20240229" => 15, "claude-3-haiku-20240307" => 0.25}
old = model.start_with?("claude-3")
