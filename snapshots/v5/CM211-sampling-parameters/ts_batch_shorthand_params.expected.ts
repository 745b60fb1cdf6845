// A batch request written `{ custom_id, params }` sends the const named params.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function nightly(custom_id: string) {
  const params = { model: "claude-opus-5", max_tokens: 1024, messages: [] };
  return client.messages.batches.create({ requests: [{ custom_id, params }] });
}
