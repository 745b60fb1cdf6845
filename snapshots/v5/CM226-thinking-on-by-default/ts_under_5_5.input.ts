// snapshot-options: to=5.5
import Anthropic from "@anthropic-ai/sdk";

// A run to the 5.5 set: that set gives its own advice (CM312).
export const ask = (content: string) =>
  new Anthropic().messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [{ role: "user", content }] });
