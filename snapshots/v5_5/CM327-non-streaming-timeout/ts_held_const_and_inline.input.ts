// A request const that is also logged is held (its own object is not edited), but the
// timeout a long non-streaming request needs goes into the client, not the object: it is
// added, once for both requests.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function logged(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-opus-5-5", max_tokens: 64000, messages };
  console.log(params);
  return client.messages.create(params);
}

export const inline = (messages: Anthropic.MessageParam[]) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages });
