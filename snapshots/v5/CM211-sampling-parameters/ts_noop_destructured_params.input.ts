// The params sent here are destructured from cfg or caught, not the module's const, which
// is never sent: no request of this file.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const params = { model: "claude-opus-5", max_tokens: 1024, temperature: 0.2, messages: [] };

export async function send(cfg: { params: Anthropic.MessageCreateParamsNonStreaming }) {
  const { params } = cfg;
  return client.messages.create(params);
}

export async function retry(cfg: { params: Anthropic.MessageCreateParamsNonStreaming }) {
  try {
    return await client.messages.create(cfg.params);
  } catch (params) {
    return client.messages.create(params as Anthropic.MessageCreateParamsNonStreaming);
  }
}
