"""Settings, read from the environment with sensible defaults."""

import os
from dataclasses import dataclass

DEFAULT_MODEL = "claude-3-5-sonnet-20241022"
SUMMARY_MODEL = os.environ.get("SUMMARY_MODEL", "claude-3-haiku-20240307")


@dataclass(frozen=True)
class Settings:
    model: str = os.environ.get("CLAUDE_MODEL", DEFAULT_MODEL)
    escalation_model: str = "claude-3-opus-latest"
    bedrock_model_id: str = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
    max_tokens: int = 4096
    temperature: float = 0.3
