await client.beta.messages.create({
  model: "claude-sonnet-4-5",
  max_tokens: 1024,
  betas: ["code-execution-2025-05-22"],
  messages: [],
});
await client.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [] });
const client = new Anthropic({ defaultHeaders: { "anthropic-beta": "mcp-client-2025-04-04" } });
