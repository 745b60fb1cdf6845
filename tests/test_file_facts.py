"""What several codemods read of a file's tree is found once a file, not once a codemod."""

from __future__ import annotations

import pytest
from claude_migrate.codemods.common import platforms

from claude_migrate import registry
from claude_migrate.authoring.options import FileContext, RunOptions
from claude_migrate.transform import transform_python

SOURCE = (
    "import anthropic\n"
    "client = anthropic.AnthropicBedrock(timeout=30)\n"
    "def ask(m):\n"
    '    return client.messages.create(model=m, max_tokens=100, speed="fast", messages=[])\n'
)


def test_the_clients_of_a_module_are_found_once_for_its_codemods(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walks: list[object] = []
    real = platforms.visit

    def counted(node: object, visitor: object) -> None:
        walks.append(node)
        real(node, visitor)  # type: ignore[arg-type]

    monkeypatch.setattr(platforms, "visit", counted)
    asked: list[object] = []
    real_clients = platforms._clients

    def spy(module: object, context: object) -> object:
        asked.append(module)
        return real_clients(module, context)  # type: ignore[arg-type]

    monkeypatch.setattr(platforms, "_clients", spy)
    codemods = tuple(c.load() for c in registry.select((5, 5)))
    context = FileContext("app.py", RunOptions(target=(5, 5)), {})
    outcome = transform_python(SOURCE, codemods, context)
    assert outcome.text == SOURCE  # nothing rebuilt the module between the codemods
    assert len(asked) >= 2
    assert len(walks) == 1
