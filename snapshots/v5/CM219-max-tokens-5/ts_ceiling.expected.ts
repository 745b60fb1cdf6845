await client.messages.create({ model: "claude-opus-5", max_tokens: 128_000, messages: [] });
await client.messages.stream({ model: "claude-haiku-4-5", max_tokens: 64000, messages: [] });
