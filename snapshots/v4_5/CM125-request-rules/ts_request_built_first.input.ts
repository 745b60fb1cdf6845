// A request built first, typed as the SDK's params: the 4.5 models reject temperature with
// top_p; one also handed to another function is reported instead.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function ask(messages: Anthropic.MessageParam[]) {
  const params: Anthropic.MessageCreateParams = {
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    temperature: 0.5,
    top_p: 0.9,
    messages,
  };
  return client.messages.create(params);
}

export async function traced(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-sonnet-4-5", max_tokens: 1024, temperature: 0.5, top_p: 0.9, messages };
  return trace(params, () => client.messages.create(params));
}
