import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const ADVISOR = { type: "advisor_20260301", name: "advisor", model: "claude-haiku-5-5" } as const;
const TOOLS = [ADVISOR];

export async function plan(messages: Anthropic.Beta.BetaMessageParam[], model: string) {
  await client.beta.messages.create({ model: "claude-sonnet-5-5", max_tokens: 4096, tools: TOOLS, messages });
  await client.beta.messages.create({
    model,
    max_tokens: 4096,
    tools: [{ type: "advisor_20260301", name: "advisor", model: "claude-opus-4-7" }],
    messages,
  });
}
