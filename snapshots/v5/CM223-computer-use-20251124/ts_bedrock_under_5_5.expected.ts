// snapshot-options: to=5.5
import { AnthropicBedrock } from "@anthropic-ai/bedrock-sdk";

const client = new AnthropicBedrock({ awsRegion: "us-east-1" });

// Bedrock keeps the beta computer tool for the 5.5 models.
export const act = (content: string) =>
  client.beta.messages.create({
    model: "global.anthropic.claude-opus-5",
    max_tokens: 1024,
    betas: ["computer-use-2025-11-24"],
    tools: [{ type: "computer_20251124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });
