// Left alone: a batch of another provider, a params object that is not a batch request's,
// and a batch's own fields (its requests array is not a request).
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const client = new Anthropic();
const openai = new OpenAI();

await openai.batches.create({
  requests: [{ custom_id: "a", params: { model: "gpt-4o", temperature: 0.5, messages: [] } }],
});

const job = { name: "nightly", params: { temperature: 0.5 } };
schedule(job);

await client.messages.batches.create({ requests: [], temperature: 0.5 });
