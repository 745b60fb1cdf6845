// snapshot-options: to=5
import Anthropic from "@anthropic-ai/sdk";

// A run to 5: the 5 set's rules own the ceiling (128,000 for Opus 5) and the sampling pair (CM212).
export const ask = (content: string) =>
  new Anthropic().messages.create({ model: "claude-opus-4-5", max_tokens: 100000, temperature: opts.t, top_p: 0.9, messages: [{ role: "user", content }] });
declare const opts: { t: number };
