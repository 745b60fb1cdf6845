TOOLS = [{"type": "code_execution_20260521", "name": "code_execution"}]

# Versions we support: code_execution_20250825 was the first with bash.
HELP = "Upgrade from code_execution_20250825 to a newer version when you can."
