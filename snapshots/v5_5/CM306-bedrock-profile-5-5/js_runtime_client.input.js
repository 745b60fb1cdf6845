// snapshot-options: bedrock_profile=us
const { AnthropicBedrock } = require("@anthropic-ai/bedrock-sdk");

const client = new AnthropicBedrock();
module.exports = () => client.messages.create({ model: "anthropic.claude-sonnet-5-5", max_tokens: 1024, messages: [] });
