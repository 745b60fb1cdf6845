await client.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, betas: ["context-1m-2025-08-07"], messages: [] });
const notes = ["token-efficient-tools-2025-02-19 was dropped last year"];
