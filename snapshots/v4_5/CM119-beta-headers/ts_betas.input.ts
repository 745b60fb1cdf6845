await client.beta.messages.create({
  model: "claude-sonnet-4-5",
  max_tokens: 1024,
  betas: ["token-efficient-tools-2025-02-19", "code-execution-2025-05-22"],
  messages: [],
});
await client.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, betas: ["output-128k-2025-02-19"], messages: [] });
const client = new Anthropic({ defaultHeaders: { "anthropic-beta": "prompt-caching-2024-07-31,mcp-client-2025-04-04" } });
