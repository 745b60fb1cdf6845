await client.messages.create({
  model: "claude-opus-5",
  max_tokens: 32000,
  thinking: { type: "enabled", budget_tokens: 10000 },
  messages: [],
});
await client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 32000, thinking: { type: "enabled", budget_tokens: 4000, display: "summarized" }, messages: [] });
