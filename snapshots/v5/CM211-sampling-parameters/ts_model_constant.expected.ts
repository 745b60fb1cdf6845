import Anthropic from "@anthropic-ai/sdk";

const MODEL = "claude-opus-5";
const client = new Anthropic();

export const ask = (content: string) =>
  client.messages.create({
    model: MODEL,
    max_tokens: 1024,
    messages: [{ role: "user", content }],
  });

export function again(content: string) {
  const model = "claude-sonnet-5";
  return client.messages.create({ model, max_tokens: 512, messages: [{ role: "user", content }] });
}
