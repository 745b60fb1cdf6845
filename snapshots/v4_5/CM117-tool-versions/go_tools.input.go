package worker

var tools = []map[string]any{{"type": "bash_20241022", "name": "bash"}}
