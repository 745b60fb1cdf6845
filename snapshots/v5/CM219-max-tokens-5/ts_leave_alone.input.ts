await client.messages.create({ model: "claude-sonnet-5", max_tokens: 64000, messages: [] });
await client.messages.create({ model: modelFromConfig, max_tokens: 500000, messages: [] });
