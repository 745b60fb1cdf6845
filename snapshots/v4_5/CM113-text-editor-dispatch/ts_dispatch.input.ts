// snapshot-options: fact:anthropic_text_editor
for (const block of message.content) {
  if (block.type === "tool_use" && block.name === "str_replace_editor") {
    handleEditor(block.input);
  }
  switch (block.name) {
    case "str_replace_editor":
      break;
  }
}
