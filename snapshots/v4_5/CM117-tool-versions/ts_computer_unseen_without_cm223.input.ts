// snapshot-options: to=5
// Under --to 5 without CM223 in the run (--select CM117), the tools whose model cannot
// be seen are reported by this set, as under --to 4.5.
import Anthropic from "@anthropic-ai/sdk";

export const COMPUTER = { type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 };

export const act = (client: Anthropic, model: string) =>
  client.beta.messages.create({
    model,
    max_tokens: 1024,
    betas: ["computer-use-2024-10-22"],
    tools: [{ type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [],
  });
