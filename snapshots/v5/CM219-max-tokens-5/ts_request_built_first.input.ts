// A const request object and a batch's params are clamped where they are written; one also
// used elsewhere is reported instead.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

const LONG: Anthropic.MessageCreateParams = { model: "claude-opus-5", max_tokens: 200_000, messages: [] };
export const long = () => client.messages.stream(LONG);

export const nightly = () =>
  client.messages.batches.create({
    requests: [{ custom_id: "a", params: { model: "claude-haiku-4-5", max_tokens: 100000, messages: [] } }],
  });

export async function audited(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-sonnet-5", max_tokens: 200000, messages };
  audit.record(params);
  return client.messages.stream(params);
}
