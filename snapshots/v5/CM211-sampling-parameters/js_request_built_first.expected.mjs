// JavaScript: a request built first in a const is edited where it is declared; one held in
// a var is reported instead.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function ask(messages) {
  const params = { model: "claude-opus-5", max_tokens: 1024, messages };
  return client.messages.create(params);
}

export async function legacy(messages) {
  var params = { model: "claude-opus-5", max_tokens: 1024, top_p: 0.9, messages };
  return client.messages.create(params);
}
