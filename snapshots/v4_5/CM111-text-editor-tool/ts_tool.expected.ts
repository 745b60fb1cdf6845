import Anthropic from "@anthropic-ai/sdk";

const tools: Anthropic.Messages.ToolUnion[] = [
  { type: "text_editor_20250728", name: "str_replace_based_edit_tool" },
  {
    type: 'text_editor_20250728',
    name: 'str_replace_based_edit_tool', // the pair moves together
  },
];
