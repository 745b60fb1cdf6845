const Anthropic = require("@anthropic-ai/sdk");
const client = new Anthropic();
module.exports = async (prompt) =>
  client.messages.create({ model: process.env.MODEL || "claude-3-haiku-20240307", max_tokens: 512, messages: [{ role: "user", content: prompt }] });
