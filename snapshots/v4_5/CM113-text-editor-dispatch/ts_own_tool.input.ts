// snapshot-options: fact:anthropic_text_editor
// A tool of the project's own by that name: its dispatch is not the Anthropic tool's.
const tools = [{ name: "str_replace_editor", description: "ours", input_schema: { type: "object" } }];
if (block.name === "str_replace_editor") run(block);
