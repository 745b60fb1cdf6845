import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const json = (content) =>
  client.messages.create({
    model: "claude-opus-5",
    max_tokens: 1024,
    messages: [{ role: "user", content }, { role: "assistant", content: "[" }],
  });

// The response's own content sent back (pause_turn): not a prefill.
export const resume = (content, response) =>
  client.messages.create({ model: "claude-opus-5", max_tokens: 1024, messages: [{ role: "user", content }, { role: "assistant", content: response.content }] });
