export const tools = [{ type: "code_execution_20260521", name: "code_execution" }];
