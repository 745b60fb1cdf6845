// snapshot-options: to=5 running=CM223
// Under --to 5 with CM223 in the run, a computer tool whose model cannot be seen is that
// set's to report (it names the versions Opus 5, Sonnet 5 and Haiku 4.5 take): no CM118
// beside it, for one tool.
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
