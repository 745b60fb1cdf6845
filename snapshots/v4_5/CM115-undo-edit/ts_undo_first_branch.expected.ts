// snapshot-options: fact:anthropic_text_editor
if (cmd === "view") {
  view();
}
if (cmd === "undo_edit") {
  undo();
} else {
  other();
}
log("undo_edit");
