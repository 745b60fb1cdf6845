const Anthropic = require("@anthropic-ai/sdk");

const client = new Anthropic();

async function once(messages) {
  const response = await client.beta.messages.create({
    model: "claude-sonnet-5-5", max_tokens: 4096, messages, compaction: { type: "summarize" },
  });
  switch (response.stop_reason) {
    case "end_turn":
      return response;
    case "tool_use":
      return null;
  }
  throw new Error(response.stop_reason);
}

module.exports = { once };
