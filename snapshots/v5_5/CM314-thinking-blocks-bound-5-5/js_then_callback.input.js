import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// The callback is part of ask(), as a lambda is part of its function in Python.
export function ask(history) {
  return client.messages
    .create({ model: "claude-opus-5-5", max_tokens: 1024, messages: history.slice(-8) })
    .then((reply) => history.push({ role: "assistant", content: reply.content }));
}
