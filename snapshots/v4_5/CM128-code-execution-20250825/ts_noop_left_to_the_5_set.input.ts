// snapshot-options: to=5 report_only=CM128 running=CM227
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// A run to 5: CM227 reports the legacy tool (CM228) with the version Opus 5 takes.
export const reply = await client.beta.messages.create({
  model: "claude-opus-5",
  max_tokens: 1000,
  tools: [{ type: "code_execution_20250522", name: "code_execution" }],
  betas: ["code-execution-2025-05-22"],
  messages: [],
});
