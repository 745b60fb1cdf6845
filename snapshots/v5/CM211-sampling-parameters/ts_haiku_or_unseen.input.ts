await client.messages.create({ model: "claude-haiku-4-5", max_tokens: 1024, temperature: 0.2, messages: [] });
await client.messages.create({ model: pick(), max_tokens: 1024, top_p: 0.9, messages: [] });
const temperature = 0.2; // a variable of that name is not a request parameter
