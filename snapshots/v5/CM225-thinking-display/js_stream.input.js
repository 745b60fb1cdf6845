const Anthropic = require("@anthropic-ai/sdk");

const client = new Anthropic();

module.exports.think = async (content) => {
  const stream = client.messages.stream({ model: "claude-sonnet-5", max_tokens: 4096, messages: [{ role: "user", content }] });
  stream.on("thinking", (delta) => process.stdout.write(delta));
  const message = await stream.finalMessage();
  return message.content.find((b) => b.type === "text")?.text ?? "";
};
