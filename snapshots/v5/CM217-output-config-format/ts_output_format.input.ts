import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const schema = { type: "object", properties: { answer: { type: "string" } }, required: ["answer"] };

export const ask = (content: string) =>
  client.beta.messages.create({
    model: "claude-sonnet-5",
    max_tokens: 1024,
    output_format: { type: "json_schema", schema },
    messages: [{ role: "user", content }],
  });

export const effort = (content: string) =>
  client.beta.messages.create({
    model: "claude-opus-5",
    max_tokens: 1024,
    output_format: { type: "json_schema", schema },
    output_config: {
      effort: "medium",
    },
    messages: [{ role: "user", content }],
  });

export const count = (content: string) =>
  client.beta.messages.countTokens({ model: "claude-opus-5", "output_format": { type: "json_schema", schema }, output_config: { effort: "low" }, messages: [{ role: "user", content }] });
