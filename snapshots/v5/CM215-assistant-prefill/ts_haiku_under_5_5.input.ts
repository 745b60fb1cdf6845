// snapshot-options: to=5.5
import Anthropic from "@anthropic-ai/sdk";

// A run to the 5.5 set moves Haiku on too, and Haiku 5.5 rejects prefill.
export const small = (content: string) =>
  new Anthropic().messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content }, { role: "assistant", content: "{" }],
  });
