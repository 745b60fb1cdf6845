import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";

const client = new AnthropicBedrock({ awsRegion: "us-east-1" });

export async function ask(messages: Anthropic.Beta.BetaMessageParam[]) {
  await client.beta.messages.create({
    model: "claude-haiku-5-5", max_tokens: 1024, messages, betas: ["server-side-fallback-2026-07-01"],
  });
  await client.beta.messages.create({
    model: "global.anthropic.claude-opus-5-5", max_tokens: 1024, speed: "fast", messages, betas: ["fast-mode-2026-02-01"],
  });
}
