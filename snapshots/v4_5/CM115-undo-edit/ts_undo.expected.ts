// snapshot-options: fact:anthropic_text_editor
type Command = "view" | "create" | "str_replace" | "insert";

export function run(command: Command, input: Input): string {
  switch (command) {
    case "view":
      return view(input);
    case "insert":
      return insert(input);
  }
  if (command === "create") {
    return create(input);
  } else if (command === "str_replace") {
    return replace(input);
  }
  return "";
}

const handlers = {
  view,
  "create": create,
};
