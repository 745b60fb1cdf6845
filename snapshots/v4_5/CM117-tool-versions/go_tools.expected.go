package worker

var tools = []map[string]any{{"type": "bash_20250124", "name": "bash"}}
