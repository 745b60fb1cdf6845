import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const MODEL = "claude-haiku-5-5";

export const tag = (content: string) =>
  client.messages.create({
    model: MODEL,
    max_tokens: 256,
    messages: [{ role: "user", content }],
  });
