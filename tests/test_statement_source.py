"""The code of statements nothing changed is cut from the parsed text, never rendered: the
cut must be what rendering gives, and where it cannot be certain it is not made."""

from __future__ import annotations

import ast
import sysconfig
from pathlib import Path

import libcst as cst
import pytest

from claude_migrate import cst_codegen, lossless, statements
from claude_migrate.authoring.options import FileContext, RunOptions
from claude_migrate.registry import select
from claude_migrate.transform import transform_python

SHAPES = {
    "header and decorators": (
        "#!/usr/bin/env python\n# a header\n\n\nimport os\n# before\n\n@dec\n# between\n\n"
        "@other(1)\ndef f(): pass\n    # indented after a one-line body\n# after\n"
    ),
    "nested footers": (
        "class K:\n    def m(self):\n        pass\n        # deep\n    # mid\n\n# top\nx = 1\n"
    ),
    "statements on one line": "a = 1; b = 2\nc = 3;\nif a: b = 4; c = 5\n",
    "no final newline": "x = 1\n# last",
    "no final newline after code": "def f():\n    return 1",
    "trailing blank lines": "x = 1\n\n\n   \n",
    "windows newlines": "import os\r\n\r\n# c\r\ndef f():\r\n    return 1\r\n",
    "form feed": "x = 1\n\x0c\ndef f():\n    pass\n",
    "strings over lines": 's = """\nnot code\n# not a comment\n"""\nt = (1,\n     2)\n',
    "backslash continuation": "x = 1\n\\\ny = 2\n",
    "comments only between": "# one\nx = 1\n# two\n# three\ny = 2\n# end\n",
}


def _check(text: str) -> bool:
    """Whether the cut was made; asserts it is what rendering gives when it was. The text is
    held as the engine holds it (lossless.hold): what LibCST's round trip would lose is not
    part of what it parses."""
    text = lossless.hold(text).text
    module = cst.parse_module(text)
    cut = statements.source_parts(module, text, statements.spans(ast.parse(text)))
    if cut is None:
        return False
    header, codes, footer = cut
    assert header == [cst_codegen.render(line, module) for line in module.header]
    assert codes == [cst_codegen.render(s, module) for s in module.body]
    assert footer == [cst_codegen.render(line, module) for line in module.footer]
    return True


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_the_cut_is_what_rendering_gives(name: str) -> None:
    made = _check(SHAPES[name])
    # The mirror cases: a line break CPython does not count the same way, and blank lines
    # LibCST would drop (before a last line of spaces), are never cut.
    assert made == (name not in ("backslash continuation", "trailing blank lines"))


def test_a_lone_carriage_return_is_never_cut() -> None:
    text = "x = 1\ry = 2\n"
    module = cst.parse_module(text)
    assert statements.source_parts(module, text, [(1, 1)]) is None


def test_the_cut_holds_over_the_standard_library() -> None:
    root = Path(sysconfig.get_paths()["stdlib"])
    paths = sorted(root.glob("*.py"))[:120]
    made = 0
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        made += _check(text)
    assert made >= 0.9 * len(paths)


def test_statements_nothing_changed_are_not_rendered(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[str] = []
    real = cst_codegen.render

    def counted(node: cst.CSTNode, module: cst.Module) -> str:
        code = real(node, module)
        if isinstance(node, cst.BaseStatement):
            rendered.append(code)
        return code

    monkeypatch.setattr(cst_codegen, "render", counted)
    plain = "".join(f"X{i} = {i}\n" for i in range(40))  # simple statements: all parsed
    text = 'MODEL = "claude-3-5-sonnet-20241022"\n' + plain
    context = FileContext("m.py", RunOptions(target=(4, 5)), {})
    codemods = tuple(c.load() for c in select((4, 5)))
    outcome = transform_python(text, codemods, context)
    assert outcome.text == 'MODEL = "claude-sonnet-4-5-20250929"\n' + plain
    # Rendered: only the one that changed, as it became; not the 40 others.
    assert rendered == ['MODEL = "claude-sonnet-4-5-20250929"\n']
    # A text ending in a line of spaces, where LibCST is known to lose lines, has its end
    # rendered to check the cut.
    rendered.clear()
    transform_python(text + "\n   ", codemods, context)
    assert "X39 = 39\n" in rendered
