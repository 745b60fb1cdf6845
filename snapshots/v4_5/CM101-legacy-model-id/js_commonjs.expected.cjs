const Anthropic = require("@anthropic-ai/sdk");
const client = new Anthropic();
module.exports = async (prompt) =>
  client.messages.create({ model: process.env.MODEL || "claude-haiku-4-5-20251001", max_tokens: 512, messages: [{ role: "user", content: prompt }] });
