import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const record = (content: string) =>
  client.messages.create({
    model: "claude-sonnet-5-5",
    max_tokens: 1024,
    tools,
    tool_choice: { type: "tool", name: "record" },
    messages: [{ role: "user", content }],
  });
// Haiku 5.5 accepts it; "auto" is fine everywhere.
export const tagged = (content: string) =>
  client.messages.create({ model: "claude-haiku-5-5", max_tokens: 1024, tools, tool_choice: { type: "any" }, messages: [{ role: "user", content }] });
export const free = (content: string) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, tools, tool_choice: { type: "auto" }, messages: [{ role: "user", content }] });
