export const tools = [{ type: "code_execution_20250825", name: "code_execution" }];
