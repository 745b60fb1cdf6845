"""`--to 5.5`: a Claude 3.x / 4.x / 5 application lands on Opus, Sonnet and Haiku 5.5 in one run,
and every request left is one the 5.5 models accept, or what is not is named by a finding."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).parent / "fixtures" / "claude5_app" / "assistant.py"

# What the 5.5 models accept, from reference/claude-5-5-facts.md (sections 2.1-2.9), as the
# acceptance test's own table: deliberately not read from the codemods' data.
TARGETS = {"claude-opus-5-5": "opus", "claude-sonnet-5-5": "sonnet", "claude-haiku-5-5": "haiku"}
THINKING = {
    "opus": {"adaptive"},
    "sonnet": {"adaptive", "between_tools"},
    "haiku": {"adaptive", "disabled"},
}
CEILING = 128_000
NON_STREAMING_LIMIT = 21_333
GA_BETAS = {
    "prompt-caching-2024-07-31",
    "pdfs-2024-09-25",
    "token-counting-2024-11-01",
    "token-efficient-tools-2025-02-19",
    "extended-cache-ttl-2025-04-11",
    "cache-diagnosis-2026-04-07",
    "message-batches-2024-09-24",
    "interleaved-thinking-2025-05-14",
    "effort-2025-11-24",
}
ADVISOR_REJECTED_WITH_SONNET = {
    "claude-opus-4-8",
    "claude-opus-4-7",
    "claude-sonnet-5",
    "claude-haiku-5-5",
}


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", "run", "--no-cache", *args, "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )


def _value(node: ast.expr, constants: dict[str, object]) -> object:
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def violations(text: str) -> list[tuple[int, str, set[str]]]:
    """(line, what a 5.5 model or the SDK would reject, codes that may report it)."""
    found: list[tuple[int, str, set[str]]] = []
    module = ast.parse(text)
    constants = {
        t.id: n.value.value
        for n in module.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    compacting = "compaction=" in text
    for node in ast.walk(module):
        if (
            compacting
            and isinstance(node, ast.If)
            and "stop_reason" in ast.unparse(node.test)
            and '"compaction"' not in ast.unparse(node)
        ):
            found.append((node.lineno, "no compaction branch", {"CM326"}))
        if not isinstance(node, ast.Call):
            continue
        func = ast.unparse(node.func)
        if not func.endswith(("messages.create", "messages.stream", "messages.count_tokens")):
            continue
        args = {k.arg: k.value for k in node.keywords if k.arg}
        model = _value(args["model"], constants)
        family = TARGETS.get(str(model))
        if family is None:
            found.append((node.lineno, f"model {model}", set()))
            continue
        if func.endswith("count_tokens"):
            continue
        for name in {"temperature", "top_p", "top_k"} & args.keys():
            found.append((node.lineno, name, set()))
        max_tokens = _value(args["max_tokens"], constants)
        assert isinstance(max_tokens, int)
        if max_tokens > CEILING:
            found.append((node.lineno, "max_tokens", set()))
        if (
            func.endswith("create")
            and max_tokens > NON_STREAMING_LIMIT
            and not {"stream", "timeout"} & args.keys()
        ):
            found.append((node.lineno, "non-streaming max_tokens", {"CM327"}))
        thinking = _value(args["thinking"], constants) if "thinking" in args else None
        if isinstance(thinking, dict) and thinking["type"] not in THINKING[family]:
            found.append((node.lineno, f"thinking {thinking['type']}", {"CM311"}))
        choice = _value(args["tool_choice"], constants) if "tool_choice" in args else None
        if isinstance(choice, dict) and choice["type"] in ("any", "tool") and family != "haiku":
            found.append((node.lineno, "forced tool_choice", {"CM313"}))
        messages = args["messages"]
        last = messages.elts[-1] if isinstance(messages, ast.List) and messages.elts else None
        if isinstance(last, ast.Dict) and any(
            isinstance(v, ast.Constant) and v.value == "assistant" for v in last.values
        ):
            found.append((node.lineno, "prefill", {"CM215"}))
        for beta in _value(args["betas"], constants) if "betas" in args else ():  # type: ignore[union-attr]
            if beta in GA_BETAS:
                found.append((node.lineno, beta, set()))
        tools = args.get("tools")
        for tool in tools.elts if isinstance(tools, ast.List) else ():
            spec = _value(tool, constants)
            if not isinstance(spec, dict) or "type" not in spec:
                continue
            if spec["type"].startswith("computer_"):  # the Claude API: the toolset only
                found.append((node.lineno, spec["type"], {"CM316"}))
            if (
                spec["type"].startswith("advisor_")
                and family == "sonnet"
                and spec.get("model") in ADVISOR_REJECTED_WITH_SONNET
            ):
                found.append((node.lineno, f"advisor {spec['model']}", {"CM317"}))
    return found


def test_a_claude_3_4_5_application_sends_only_what_the_5_5_models_accept(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP.read_text())
    result = run(tmp_path, "--to", "5.5", "--sdk", "2", "--write", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    findings = report["files"][0]["findings"]
    reported = {f["code"] for f in findings}
    text = (tmp_path / "app.py").read_text()
    left = violations(text)
    unreported = [(line, what) for line, what, codes in left if not codes & reported]
    assert not unreported, unreported
    # The fixture has one of each, so each kind of leftover must really be there.
    assert {what for _, what, _ in left} >= {
        "forced tool_choice",
        "prefill",
        "computer_20250124",
        "advisor claude-haiku-5-5",
        "non-streaming max_tokens",
        "no compaction branch",
    }
    # And the REPORT-only rules are named where they apply.
    assert {"CM312", "CM314", "CM315", "CM319", "CM321"} <= reported
    # Haiku 4.5 and 3.5 requests moved on; the 5 set's Haiku advice is not given for them.
    assert "extra_body" not in text
    assert not [f for f in findings if f["code"] in ("CM212", "CM226")]


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP.read_text())
    assert run(tmp_path, "--to", "5.5", "--sdk", "2", "--write").returncode == 0
    again = run(tmp_path, "--to", "5.5", "--sdk", "2", "--format", "json")
    assert json.loads(again.stdout)["files"][0]["changes"] == []


def test_the_request_rules_need_a_5_5_model(tmp_path: Path) -> None:
    """--to 5 leaves the same application on the 5 generation, untouched by the 5.5 rules."""
    (tmp_path / "app.py").write_text(APP.read_text())
    result = run(tmp_path, "--to", "5", "--sdk", "2", "--format", "json")
    codes = {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert not {c for c in codes if c.startswith("CM3")}
