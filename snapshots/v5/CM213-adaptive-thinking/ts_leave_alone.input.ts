await client.messages.create({ model: "claude-haiku-4-5", max_tokens: 8000, thinking: { type: "enabled", budget_tokens: 2000 }, messages: [] });
await client.messages.create({ model: "claude-sonnet-5", max_tokens: 8000, thinking: { type: "adaptive" }, messages: [] });
