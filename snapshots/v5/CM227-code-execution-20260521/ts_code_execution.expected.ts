export const tools = [
  { type: "code_execution_20260521", name: "code_execution" },
  { type: "web_search_20260209", name: "web_search", allowed_callers: ["code_execution_20260521"] },
  { type: "code_execution_20250522", name: "code_execution" },
];
