import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const a = (content: string) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, messages: [{ role: "user", content }] });
export const b = (content: string) =>
  client.messages.create({
    model: "claude-haiku-5-5",
    max_tokens: 2048,
    output_config: { effort: "xhigh" },
    messages: [{ role: "user", content }],
  });
