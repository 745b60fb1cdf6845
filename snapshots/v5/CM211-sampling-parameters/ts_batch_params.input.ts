// Each params object of a Message Batch is a request (beta.messages.batches too), written
// in place or in a const whose every use is a batch request's params.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

const NIGHTLY = { model: "claude-opus-5", max_tokens: 1024, temperature: 0.2, messages: [] };

await client.messages.batches.create({
  requests: [
    { custom_id: "a", params: { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, top_p: 0.9, messages: [] } },
    { custom_id: "b", params: NIGHTLY },
  ],
});

await client.beta.messages.batches.create({
  requests: [{ custom_id: "c", params: { model: "claude-sonnet-5", max_tokens: 1024, top_k: 5, messages: [] } }],
  betas: ["message-batches-2024-09-24"],
});
