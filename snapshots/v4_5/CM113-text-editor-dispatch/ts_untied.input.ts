// No file of this project defines the Anthropic text editor.
if (block.name === "str_replace_editor") run(block);
