import { Gateway } from "./gateway";

// Another library with a messages API of the same shape: not Anthropic's SDK.
const claude = new Gateway();
export const long = () => claude.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] });
