import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
await client.messages.create({
  model: "claude-sonnet-5",
  max_tokens: 1024,
  temperature: 0.2,
  top_k: 40,
  messages: [],
});
await client.messages.create({ model: "claude-opus-5", max_tokens: 1024, temperature: 0, messages: [] });
