"""`--to 5`: Claude 3.x code lands on the 5 generation in one run (the 4.5 set, then the 5 set)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claude_migrate import sdk_version

APP = """\
import anthropic

client = anthropic.Anthropic()


def answer(question):
    response = client.messages.create(
        model="claude-3-opus-20240229",
        max_tokens=200000,
        temperature=0.7,
        top_p=0.9,
        thinking={"type": "enabled", "budget_tokens": 4000},
        messages=[{"role": "user", "content": question}],
    )
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return response.content[0].text + "..."
    raise RuntimeError(response.stop_reason)


def summary(text):
    return client.beta.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1024,
        messages=[{"role": "user", "content": text}, {"role": "assistant", "content": "Summary:"}],
        betas=["token-efficient-tools-2025-02-19"],
        output_format={"type": "json_schema", "schema": {"type": "object"}},
    )


def cheap(text):
    return client.messages.create(model="claude-3-haiku-20240307", max_tokens=512, temperature=0.2, messages=[])
"""


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", "run", "--no-cache", *args, "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )


def requests(text: str) -> list[dict[str, ast.expr]]:
    calls = [
        n
        for n in ast.walk(ast.parse(text))
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "create"
    ]
    return [{k.arg: k.value for k in c.keywords if k.arg} for c in calls]


def test_a_3x_app_lands_on_5_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    result = run(tmp_path, "--to", "5", "--sdk", "2", "--write")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "app.py").read_text()
    models = {ast.literal_eval(r["model"]) for r in requests(text)}
    assert models == {"claude-opus-5", "claude-sonnet-5", "claude-haiku-4-5-20251001"}
    # 200,000 lands on Opus 5's own ceiling, not on the 4.5 set's 64,000 on the way.
    assert "max_tokens=128000," in text
    for request in requests(text):
        model = ast.literal_eval(request["model"])
        if model != "claude-haiku-4-5-20251001":
            assert not {"temperature", "top_p", "top_k"} & request.keys(), model
            assert ast.literal_eval(request["max_tokens"]) <= 128000
            if "thinking" in request:
                assert ast.literal_eval(request["thinking"]) == {"type": "adaptive"}
        else:
            assert ast.literal_eval(request["max_tokens"]) <= 64000
        assert "output_format" not in request and "betas" not in request
    assert 'elif response.stop_reason == "refusal":' in text
    assert "model_context_window_exceeded" in text
    # What could not be changed safely is listed with its code.
    for code in ("CM212", "CM214", "CM215"):
        assert code in result.stderr, code


def test_5_and_4_5_stay_reachable(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    to_5 = run(tmp_path, "--to", "5").stdout
    assert '"claude-opus-5"' in to_5 and "claude-opus-5-5" not in to_5
    to_4_5 = run(tmp_path, "--to", "4.5").stdout
    assert "claude-opus-4-5-20251101" in to_4_5 and "claude-opus-5" not in to_4_5


def test_models_and_list_cover_the_5_set(tmp_path: Path) -> None:
    models = subprocess.run(
        [sys.executable, "-m", "claude_migrate", "models", "--to", "5"],
        capture_output=True,
        text=True,
    )
    assert "== Set 5:" in models.stdout and "claude-opus-5" in models.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "claude_migrate", "list", "--to", "5"],
        capture_output=True,
        text=True,
    )
    assert "CM201  5" in listed.stdout and "CM211" in listed.stdout


@pytest.mark.parametrize(
    "name, text, major",
    [
        ("pyproject.toml", '[project]\ndependencies = ["anthropic>=1.4,<2", "rich"]\n', 1),
        ("requirements.txt", "anthropic[bedrock]==2.12.0\n", 2),
        ("requirements-dev.txt", "anthropic ~= 0.75\n", 0),
        ("requirements.txt", "anthropic\nanthropic-tools==3.0\n", None),
    ],
)
def test_sdk_version_is_read_from_the_pinned_requirement(
    tmp_path: Path, name: str, text: str, major: int | None
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / name).write_text(text)
    (tmp_path / "pkg").mkdir()
    assert sdk_version.detect(str(tmp_path / "pkg")) == major


# What the 5 generation accepts, from reference/claude-5-facts.md (sections 2.1-2.8), as the
# acceptance test's own table: deliberately not read from the codemods' data.
TARGETS = {
    "claude-opus-5": "opus",
    "claude-sonnet-5": "sonnet",
    "claude-haiku-4-5-20251001": "haiku",
}
CEILING = {"opus": 128_000, "sonnet": 128_000, "haiku": 64_000}
TOOL_TYPES = {
    "text_editor_20250728",
    "bash_20250124",
    "code_execution_20250825",
    "code_execution_20260120",
    "code_execution_20260521",
    "computer_20251124",
    "web_search_20250305",
    "web_fetch_20250910",
}
KEPT_BETAS = {"computer-use-2025-11-24"}


def violations(text: str) -> list[tuple[int, str, set[str]]]:
    """(line, what a 5-generation model or SDK 2.x would reject, codes that may report it)."""
    found: list[tuple[int, str, set[str]]] = []
    module = ast.parse(text)
    constants = {
        t.id: n.value.value
        for n in module.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    for call in (n for n in ast.walk(module) if isinstance(n, ast.Call)):
        func = ast.unparse(call.func)
        if func.endswith("completions.create"):
            found.append((call.lineno, "text completions", {"CM231"}))
            continue
        if not func.endswith("messages.create"):
            continue
        args = {k.arg: k.value for k in call.keywords if k.arg}
        model_node = args["model"]
        model = (
            constants.get(model_node.id)
            if isinstance(model_node, ast.Name)
            else ast.literal_eval(model_node)
        )
        family = TARGETS.get(model)
        if family is None:
            found.append((call.lineno, f"model {model}", set()))
            continue
        for name in {"temperature", "top_p", "top_k"} & args.keys():
            found.append((call.lineno, name, {"CM212"} if family == "haiku" else set()))
        if ast.literal_eval(args["max_tokens"]) > CEILING[family]:
            found.append((call.lineno, "max_tokens", set()))
        if "thinking" in args:
            kind = ast.literal_eval(args["thinking"])["type"]
            if (kind == "enabled") != (family == "haiku"):
                found.append((call.lineno, f"thinking {kind}", {"CM214"}))
        if "output_format" in args:
            found.append((call.lineno, "output_format", {"CM218"}))
        last = args["messages"].elts[-1] if args["messages"].elts else None
        roles = (
            {ast.literal_eval(k): v for k, v in zip(last.keys, last.values, strict=True)}
            if last
            else {}
        )
        if (
            family != "haiku"
            and ast.literal_eval(roles.get("role", ast.Constant(""))) == "assistant"
        ):
            found.append((call.lineno, "prefill", {"CM215"}))
        for beta in ast.literal_eval(args.get("betas", ast.List([]))):
            if beta not in KEPT_BETAS:
                found.append((call.lineno, beta, {"CM222", "CM223"}))
        tools = args.get("tools")
        for tool in tools.elts if isinstance(tools, ast.List) else ():
            spec = (
                ast.literal_eval(tool)
                if isinstance(tool, ast.Dict)
                else ast.literal_eval(
                    next(
                        n.value
                        for n in module.body
                        if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == tool.id
                    )
                )
            )
            if spec["type"] not in TOOL_TYPES:
                found.append((call.lineno, spec["type"], {"CM223", "CM228"}))
            elif spec["type"].startswith("web_fetch") and family == "opus":
                found.append((call.lineno, "web fetch on Opus 5", {"CM229"}))
            if spec["type"] == "text_editor_20250728":
                assert spec["name"] == "str_replace_based_edit_tool"
    return found


def test_a_3x_application_sends_only_what_the_5_generation_accepts(tmp_path: Path) -> None:
    """The issue's acceptance: after `--to 5 --write` every request is one the 5 generation
    and SDK 2.x accept, or what is not is listed with a code that names it."""
    app = Path(__file__).parent / "fixtures" / "claude3_app" / "assistant.py"
    (tmp_path / "app.py").write_text(app.read_text())
    result = run(tmp_path, "--to", "5", "--sdk", "2", "--write", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    reported = {f["code"] for f in report["files"][0]["findings"]}
    left = violations((tmp_path / "app.py").read_text())
    unreported = [(line, what) for line, what, codes in left if not codes & reported]
    assert not unreported, unreported
    # The fixture has one of each, so each kind of leftover must really be there.
    assert {what for _, what, _ in left} >= {
        "text completions",
        "temperature",
        "prefill",
        "computer_20250124",
        "web fetch on Opus 5",
    }


DESK = (
    "import anthropic\n"
    "client = anthropic.Anthropic()\n"
    'client.beta.messages.create(model="claude-sonnet-5", max_tokens=1024, messages=[],\n'
    '    tools=[{"type": "computer_20241022", "name": "computer", "display_width_px": 1024,'
    ' "display_height_px": 768}],\n'
    '    betas=["computer-use-2024-10-22"])\n'
)


def test_a_computer_tool_lands_on_its_final_version_or_stays_and_is_reported(
    tmp_path: Path,
) -> None:
    """Never computer_20250124 beside a visible claude-sonnet-5 (a version the 5 set's own
    findings call wrong), and never "the model cannot be seen" beside a literal model."""
    (tmp_path / "app.py").write_text(DESK)
    dry = run(tmp_path, "--to", "5", "--format", "json")
    (entry,) = json.loads(dry.stdout)["files"]
    assert entry["changes"] == []  # the original stays...
    codes = {f["code"] for f in entry["findings"]}
    assert "CM223" in codes  # ...and is reported, the header by CM223 alone
    assert "CM222" not in codes
    assert not codes & {"CM118", "CM120"}
    unsafe = run(tmp_path, "--to", "5", "--unsafe")
    assert '"computer_20251124"' in unsafe.stdout and '"computer-use-2025-11-24"' in unsafe.stdout
    assert "20250124" not in unsafe.stdout and "2025-01-24" not in unsafe.stdout
