// A request built first in a const moves its computer tool with its header; one also used
// where it is not a request's argument is reported instead, the tool and header alike.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function act(messages: Anthropic.Beta.BetaMessageParam[]) {
  const params: Anthropic.Beta.MessageCreateParams = {
    model: "claude-sonnet-5",
    max_tokens: 1024,
    betas: ["computer-use-2025-01-24"],
    tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages,
  };
  return client.beta.messages.create(params);
}

export async function watched(messages: Anthropic.Beta.BetaMessageParam[]) {
  const params = {
    model: "claude-sonnet-5",
    max_tokens: 1024,
    betas: ["computer-use-2025-01-24"],
    tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages,
  };
  monitor.watch(params);
  return client.beta.messages.create(params);
}
