await client.messages.create({
  model: "claude-opus-5",
  max_tokens: 32000,
  thinking: { type: "adaptive" },
  messages: [],
});
await client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 32000, thinking: { type: "adaptive", display: "summarized" }, messages: [] });
