import Anthropic from "@anthropic-ai/sdk"; // the file talks to Claude too
// Not a stop reason: a request parameter and an unrelated comparison.
const params = { max_tokens: 1024 };
if (field === "max_tokens") warn();
