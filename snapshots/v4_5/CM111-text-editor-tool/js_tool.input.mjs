export const tools = [{ name: "str_replace_editor", type: "text_editor_20250429" }];
