// A request built first in a const is read as the request it is sent as: a long
// non-streaming create needs the client's timeout; the same object streamed, or a batch's
// params (answered later, not over this connection), does not.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function long(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-opus-5-5", max_tokens: 64000, messages };
  return client.messages.create(params);
}

export async function streamed(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-opus-5-5", max_tokens: 64000, messages };
  return client.messages.stream(params);
}

export const nightly = () =>
  client.messages.batches.create({
    requests: [{ custom_id: "a", params: { model: "claude-opus-5-5", max_tokens: 64000, messages: [] } }],
  });
