// A Haiku 5.5 request built first in a const, and one in a batch.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

const QUICK = { model: "claude-haiku-5-5", max_tokens: 1024, temperature: 0.3, messages: [] } satisfies Anthropic.MessageCreateParams;
export const quick = () => client.messages.create(QUICK);

export const nightly = () =>
  client.messages.batches.create({
    requests: [{ custom_id: "a", params: { model: "claude-haiku-5-5", max_tokens: 1024, top_p: 0.8, messages: [] } }],
  });
