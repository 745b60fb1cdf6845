import Anthropic from "@anthropic-ai/sdk";
import { betaZodOutputFormat } from "@anthropic-ai/sdk/helpers/beta/zod";
import { z } from "zod";

const client = new Anthropic();
const Answer = z.object({ answer: z.string() });

// The SDK's helper builds the format for parse: left alone.
export const parsed = (content: string) =>
  client.beta.messages.parse({ model: "claude-sonnet-5", max_tokens: 1024, output_format: betaZodOutputFormat(Answer), messages: [{ role: "user", content }] });

// Not an object written here, or an output_config that is not one: reported.
export const passed = (content: string, format: Anthropic.Beta.BetaJSONOutputFormat, config: Anthropic.Beta.BetaOutputConfig) => [
  client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, output_format: format, messages: [{ role: "user", content }] }),
  client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, output_format: { type: "json_schema", schema: {} }, output_config: config, messages: [{ role: "user", content }] }),
];

// Already in output_config: nothing to do; another library's output_format is not a request.
export const current = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, output_config: { format: { type: "json_schema", schema: {} } }, messages: [{ role: "user", content }] });
export const other = (render: (o: object) => string) => render({ output_format: { type: "json_schema" } });
