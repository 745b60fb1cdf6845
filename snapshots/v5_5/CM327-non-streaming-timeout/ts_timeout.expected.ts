import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({
  maxRetries: 4,
  timeout: 3600000,
});

export async function long(text: string, model: string) {
  await client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] });
  return client.messages.parse({
    model,
    max_tokens: 128000,
    messages: [{ role: "user", content: text }],
  });
}
