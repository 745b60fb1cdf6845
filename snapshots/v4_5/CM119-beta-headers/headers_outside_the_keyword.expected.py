import anthropic

LONG_OUTPUT = []
TOOLS_BETAS = ("code-execution-2025-05-22",)
CACHE_BETAS = {"mcp-client-2025-04-04"}

req = {"model": "claude-3-7-sonnet-20250219", "max_tokens": 4000}
anthropic.Anthropic().beta.messages.create(**req)

opts = {"model": "claude-3-7-sonnet-20250219", "max_tokens": 4000}
opts["betas"] = LONG_OUTPUT


class Agent:
    BETAS = ["code-execution-2025-05-22", "files-api-2025-04-14"]

    def params(self):
        params = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": []}
        params["betas"] = [*TOOLS_BETAS, "files-api-2025-04-14"]
        return {**params, "betas": list(CACHE_BETAS) + self.BETAS}


# Not followed to a request: reported, not changed.
KNOWN_HEADERS = {"output-128k-2025-02-19": "long output"}
