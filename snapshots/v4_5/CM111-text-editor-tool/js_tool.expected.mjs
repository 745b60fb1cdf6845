export const tools = [{ name: "str_replace_based_edit_tool", type: "text_editor_20250728" }];
