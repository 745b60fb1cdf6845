"""Issue-level check: a 3.x chat app handles both new stop reasons after one run."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

from pinned_target import RUN, RUN_PINNED

APP = """\
import anthropic

client = anthropic.Anthropic()
FINISH = {"end_turn": "stop", "max_tokens": "length", "tool_use": "tool_calls"}


def chat(messages):
    while True:
        response = client.messages.create(
            model="claude-3-5-sonnet-20241022", max_tokens=8192, temperature=0.7, top_p=0.9, messages=messages
        )
        if response.stop_reason == "end_turn":
            return response.content[0].text
        elif response.stop_reason == "max_tokens":
            messages.append({"role": "assistant", "content": response.content})
        elif response.stop_reason == "tool_use":
            messages.append(run_tools(response))
        else:
            raise RuntimeError(response.stop_reason)


def stream_reply(messages):
    with client.messages.stream(model="claude-3-opus-20240229", max_tokens=100_000, messages=messages) as stream:
        for event in stream:
            if event.type == "message_delta":
                match event.delta.stop_reason:
                    case "end_turn":
                        return "done"
                    case "max_tokens":
                        return "cut"
"""


def test_chat_app_handles_both_new_stop_reasons(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    result = subprocess.run(
        [*RUN_PINNED, "--write", "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "app.py").read_text()
    tree = ast.parse(text)
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    # Both new reasons appear in the chain, the match and the map.
    assert literals.count("model_context_window_exceeded") == 3
    assert 'elif response.stop_reason == "refusal":' in text
    # The streamed match maps to values of its own, inside the stream: reported, no raise.
    assert 'case "refusal":' not in text
    assert "CM123" in result.stderr
    assert '"refusal": "content_filter"' in text
    # No request sends a combination the 4.5 models reject.
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") in ("create", "stream")
    ]
    for call in calls:
        keywords = {k.arg: k.value for k in call.keywords}
        assert not ("temperature" in keywords and "top_p" in keywords)
        max_tokens = keywords["max_tokens"]
        assert isinstance(max_tokens, ast.Constant) and max_tokens.value <= 64000
    # Every insertion is visible to the reviewer.
    listed = subprocess.run(
        [*RUN_PINNED, "--check", "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, "a second run finds nothing more to do"


def test_refusal_template_must_be_python(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    bad = subprocess.run(
        [*RUN_PINNED, "--refusal-template", "raise (", "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "--refusal-template is not Python" in bad.stderr
    good = subprocess.run(
        [*RUN, "--refusal-template", "return handle_refusal({reason})", "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert "+            return handle_refusal(response.stop_reason)" in good.stdout
