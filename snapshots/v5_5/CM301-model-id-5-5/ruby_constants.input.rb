require "anthropic"

# Sonnet 5.5 has a constant in every SDK; Haiku 5.5's is not seen in the Ruby SDK's material.
SONNET = Anthropic::Models::Model::CLAUDE_SONNET_5
HAIKU = Anthropic::Models::Model::CLAUDE_HAIKU_4_5
