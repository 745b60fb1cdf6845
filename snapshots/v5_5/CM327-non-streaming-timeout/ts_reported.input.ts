import Anthropic from "@anthropic-ai/sdk";

// The client comes from elsewhere; a per-request timeout does not stop the SDK's check.
export async function long(client: Anthropic) {
  await client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] }, { timeout: 1_800_000 });
}
