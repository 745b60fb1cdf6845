import Anthropic from "@anthropic-ai/sdk";

const tools: Anthropic.Messages.ToolUnion[] = [
  { type: "text_editor_20250124", name: "str_replace_editor" },
  {
    type: 'text_editor_20241022',
    name: 'str_replace_editor', // the pair moves together
  },
];
