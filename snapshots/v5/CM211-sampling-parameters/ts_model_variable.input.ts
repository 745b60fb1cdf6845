import Anthropic from "@anthropic-ai/sdk";

// The model is not a constant bound once in this file: the request's model is not in sight.
let MODEL = "claude-opus-5";
if (process.env.CHEAP) MODEL = "claude-haiku-4-5";
const client = new Anthropic();

export const ask = (content: string) =>
  client.messages.create({ model: MODEL, max_tokens: 1024, temperature: 0.2, messages: [{ role: "user", content }] });

export function withModel(model: string, content: string) {
  return client.messages.create({ model, max_tokens: 512, top_p: 0.8, messages: [{ role: "user", content }] });
}

export function local(content: string) {
  const model = "claude-opus-5"; // another function's model: not this request's
  return model;
}
