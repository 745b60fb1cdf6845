const Anthropic = require("@anthropic-ai/sdk");

const client = new Anthropic();
const MODEL = "claude-sonnet-5";

module.exports.act = async (messages) =>
  client.beta.messages.create({
    model: MODEL,
    max_tokens: 1024,
    betas: ["computer-use-2025-11-24", "files-api-2025-04-14"],
    tools: [
      { type: "bash_20250124", name: "bash" },
      { type: "computer_20251124", name: "computer", display_width_px: 1280, display_height_px: 800 },
    ],
    messages,
  });
