const EDITOR_NAME = process.env.EDITOR_NAME;
const tools = [{ type: "text_editor_20250124", name: EDITOR_NAME }];
const current = [{ type: "text_editor_20250728", name: "str_replace_based_edit_tool" }];
