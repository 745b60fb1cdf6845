// snapshot-options: report_only=CM128
export const tools = [{ type: "code_execution_20250522", name: "code_execution" }];
export const headers = { "anthropic-beta": "code-execution-2025-05-22" };
