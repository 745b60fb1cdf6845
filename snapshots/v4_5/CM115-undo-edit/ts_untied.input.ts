// A project without the Anthropic text editor keeps its own undo_edit.
switch (command) {
  case "undo_edit":
    return undo();
}
