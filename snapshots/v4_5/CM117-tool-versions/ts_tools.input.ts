import Anthropic from "@anthropic-ai/sdk";

export const tools: Anthropic.Beta.BetaToolUnion[] = [
  { type: "bash_20241022", name: "bash" },
  { type: 'computer_20241022', name: "computer", display_width_px: 1024, display_height_px: 768 },
];
