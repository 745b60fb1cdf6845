"""Trees for bench/monorepo_bench.py's standard-library suite (issue 18).

Three kinds of tree, all written under one folder and sharing files by hard link (a module
copied twice is read twice, but stored once):

  stdlib      the running Python's own standard library (every module that compiles, tests
              included: realistic top-level code, realistic strings and prose), copied over
              and over to `files` files, `share` of them Claude 3.x application modules (or
              library modules with Claude code appended)
  multi       request code for other providers (OpenAI, Groq, Mistral, Cohere, Together,
              Gemini, Ollama, plain HTTP), full of temperature, top_p, max_tokens, assistant
              and the like, with a few files that talk to Anthropic

A file "holds an Anthropic marker" when MARKER (the engine's definition, written out here so
that the benchmark measures any version of the engine alike) finds one in it.
"""

from __future__ import annotations

import functools
import os
import random
import re
import shutil
import sysconfig
import warnings
from collections.abc import Iterator
from pathlib import Path

MARKER = re.compile(
    rb"anthropic|claude"
    rb"|messages(?:\(\))?\.(?:create|stream|parse|count_?tokens|new)\b"
    rb"|stop_?reason",
    re.IGNORECASE,
)

# Claude 3.x code, as an application of the time wrote it; one is appended to a Claude file.
CLAUDE_CODE = (
    """

import anthropic

_client_{i} = anthropic.Anthropic()
MODEL_{i} = "claude-3-5-sonnet-20241022"


def ask_{i}(prompt: str) -> str:
    response = _client_{i}.messages.create(
        model=MODEL_{i},
        max_tokens=1024,
        temperature=0.3,
        top_p=0.9,
        messages=[{{"role": "user", "content": prompt}}],
    )
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return response.content[0].text + "..."
    raise RuntimeError(response.stop_reason)
""",
    """

from anthropic import Anthropic

EDITOR_{i} = {{"type": "text_editor_20250124", "name": "str_replace_editor"}}


def edit_{i}(prompt: str, files: dict[str, str]) -> list[str]:
    response = Anthropic().messages.create(
        model="claude-3-7-sonnet-20250219",
        max_tokens=4096,
        tools=[EDITOR_{i}],
        messages=[{{"role": "user", "content": prompt}}],
    )
    done = []
    for block in response.content:
        if block.type == "tool_use" and block.name == "str_replace_editor":
            if block.input["command"] == "undo_edit":
                done.append("undo " + block.input["path"])
            else:
                done.append(block.input["command"])
    return done
""",
    """

import anthropic

HAIKU_{i} = "claude-3-haiku-20240307"


def summarise_{i}(text: str) -> str:
    client = anthropic.Anthropic()
    message = client.messages.create(
        model=HAIKU_{i},
        max_tokens=512,
        system="Summarise in one sentence.",
        messages=[
            {{"role": "user", "content": text}},
            {{"role": "assistant", "content": "Summary:"}},
        ],
    )
    return message.content[0].text
""",
)

# Other providers' request code: the words the 4.5, 5 and 5.5 sets look for, none for Claude.
PROVIDER_CODE = (
    """
from openai import OpenAI

client = OpenAI(http_client=None)


def chat_{i}(messages, cfg):
    response = client.chat.completions.create(
        model=cfg.model or "gpt-4o-mini",
        messages=messages,
        temperature=cfg.temperature,
        top_p=cfg.top_p,
        max_tokens=cfg.max_tokens,
        tools=cfg.tools,
        tool_choice="auto",
        service_tier="default",
    )
    choice = response.choices[0]
    if choice.finish_reason == "length":
        raise ValueError("max_tokens reached")
    return {{"role": "assistant", "content": choice.message.content}}


def models_{i}():
    return [m.id for m in client.models.list()]


def raw_{i}(messages):
    return client.chat.completions.with_raw_response.create(model="gpt-4o", messages=messages)
""",
    """
from groq import Groq


def complete_{i}(prompt: str, temperature: float = 0.2, top_p: float = 0.95) -> str:
    client = Groq()
    out = client.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{{"role": "system", "content": "Be brief."}}, {{"role": "user", "content": prompt}}],
        temperature=temperature,
        top_p=top_p,
        max_tokens=1024,
        stream=False,
    )
    return out.choices[0].message.content
""",
    """
from mistralai import Mistral

PARAMS_{i} = {{"temperature": 0.7, "top_p": 1.0, "max_tokens": 2048, "safe_prompt": False}}


def run_{i}(history: list[dict[str, str]], api_key: str) -> str:
    client = Mistral(api_key=api_key)
    history = [*history, {{"role": "assistant", "content": "", "prefix": True}}]
    res = client.chat.complete(model="mistral-large-latest", messages=history, **PARAMS_{i})
    return res.choices[0].message.content
""",
    """
import cohere


def generate_{i}(prompt, max_tokens=300, temperature=0.3, k=0, p=0.75):
    co = cohere.ClientV2()
    response = co.chat(
        model="command-r-plus",
        messages=[{{"role": "user", "content": prompt}}],
        max_tokens=max_tokens,
        temperature=temperature,
        k=k,
        p=p,
    )
    for item in response.message.content:
        if item.type == "text":
            return item.text
    return ""
""",
    """
import requests

TOGETHER_{i} = "https://api.together.xyz/v1/chat/completions"


def together_{i}(messages, token, thinking=False):
    body = {{
        "model": "deepseek-ai/DeepSeek-R1",
        "messages": messages,
        "temperature": 0.6,
        "top_p": 0.95,
        "top_k": 50,
        "max_tokens": 4096,
        "stop": ["</s>"],
    }}
    headers = {{"x-api-key": token, "content-type": "application/json"}}
    reply = requests.post(TOGETHER_{i}, json=body, headers=headers, timeout=60).json()
    text = reply["choices"][0]["message"]["content"]
    if not thinking and "</think>" in text:
        text = text.split("</think>", 1)[1]  # drop the model's thinking
    return {{"role": "assistant", "content": text}}
""",
    """
from google import genai
from google.genai import types


def gemini_{i}(prompt: str, budget: int = 1024) -> str:
    client = genai.Client()
    config = types.GenerateContentConfig(
        temperature=0.4,
        top_p=0.9,
        top_k=40,
        max_output_tokens=2048,
        thinking_config=types.ThinkingConfig(thinking_budget=budget),
        response_mime_type="application/json",
    )
    result = client.models.generate_content(model="gemini-2.5-flash", contents=prompt, config=config)
    return result.text


def tokens_{i}(prompt: str) -> int:
    return genai.Client().models.count_tokens(model="gemini-2.5-flash", contents=prompt).total_tokens
""",
    """
import ollama


def local_{i}(messages, options=None):
    options = {{"temperature": 0.8, "top_k": 40, "top_p": 0.9, "num_predict": 256, **(options or {{}})}}
    reply = ollama.chat(model="llama3.2", messages=messages, options=options, think=True)
    thinking = reply.message.thinking or ""
    return {{"role": "assistant", "content": reply.message.content, "thinking": thinking}}
""",
    """
import tiktoken
from dataclasses import dataclass


@dataclass
class Settings{i}:
    temperature: float = 0.7
    top_p: float = 1.0
    max_tokens: int = 512
    output_format: str = "markdown"
    speed: str = "normal"


def count_tokens(text: str, encoding: str = "cl100k_base") -> int:
    return len(tiktoken.get_encoding(encoding).encode(text))


def trim_{i}(messages, settings: Settings{i}):
    while sum(count_tokens(m["content"]) for m in messages) > settings.max_tokens:
        messages = [m for m in messages[1:] if m["role"] != "assistant"] or messages[-1:]
    return messages
""",
)
# A file that holds an Anthropic marker without talking to Claude: a provider table.
ROUTER_CODE = """
PROVIDERS_{i} = {{
    "openai": {{"env": "OPENAI_API_KEY", "supports": ["temperature", "top_p", "max_tokens"]}},
    "anthropic": {{"env": "ANTHROPIC_API_KEY", "supports": ["temperature", "max_tokens"]}},
    "mistral": {{"env": "MISTRAL_API_KEY", "supports": ["temperature", "top_p", "max_tokens"]}},
}}


def supports_{i}(provider: str, parameter: str) -> bool:
    return parameter in PROVIDERS_{i}.get(provider, {{}}).get("supports", ())
"""
PADDING = '''

def helper_{i}_{j}(values: list[float], temperature: float = 1.0) -> list[float]:
    """Softmax with a temperature, step {j}: plain numerics, no provider involved."""
    top = max(values)
    scaled = [(v - top) / temperature for v in values]
    return scaled
'''


@functools.cache
def stdlib_modules() -> list[Path]:
    """Every module of the running Python's standard library that compiles (tests included),
    in a stable order."""
    root = Path(sysconfig.get_paths()["stdlib"])
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if "site-packages" in relative.parts or "dist-packages" in relative.parts:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "is" with a literal, in the grammar tests
                compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeDecodeError, OSError):
            continue  # test data meant not to compile, or not UTF-8
        found.append(path)
    return found


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _stdlib_names(count: int, modules: list[Path], root: Path) -> Iterator[tuple[Path, Path]]:
    """(source module, place in the tree) for `count` files: the library over and over."""
    for n in range(count):
        source = modules[n % len(modules)]
        copy = n // len(modules)
        yield source, Path(f"copy{copy}") / source.relative_to(root)


def build_stdlib_tree(
    base: Path, files: int, share: float, appended: bool = False, seed: int = 18
) -> tuple[Path, int]:
    """The library copied to `files` files under base/stdlib-<share>, `share` of them
    (chosen by `seed`) Claude 3.x application modules in the library module's place, or with
    `appended`, the library module with Claude code appended (a big module that is a
    candidate is parsed much longer than a small one). The other files are hard links to one
    shared copy. Returns the tree and its number of Claude files."""
    modules = stdlib_modules()
    library = Path(sysconfig.get_paths()["stdlib"])
    pristine = base / "stdlib-pristine"
    tree = base / (f"stdlib-{share:g}-appended" if appended else f"stdlib-{share:g}")
    rng = random.Random(seed)
    claude = set(rng.sample(range(files), round(files * share)))
    if tree.exists():
        return tree, len(claude)
    for n, (source, place) in enumerate(_stdlib_names(files, modules, library)):
        shared = pristine / source.relative_to(library)
        if not shared.exists():
            shared.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, shared)
        target = tree / place
        if n in claude:
            target.parent.mkdir(parents=True, exist_ok=True)
            code = CLAUDE_CODE[n % len(CLAUDE_CODE)].format(i=n).encode()
            head = shared.read_bytes() if appended else f'"""Claude calls, {n}."""\n'.encode()
            target.write_bytes(head + code)
        else:
            _link_or_copy(shared, target)
    return tree, len(claude)


def build_multi_tree(
    base: Path, files: int, anthropic_share: float, seed: int = 18
) -> tuple[Path, int]:
    """`files` request modules for other providers under base/multi; `anthropic_share` of
    them talk to Claude instead, and as many again are provider tables naming Anthropic.
    Returns the tree and its number of Claude files."""
    tree = base / "multi"
    rng = random.Random(seed)
    rolls = [rng.random() for _ in range(files)]
    claude = sum(roll < anthropic_share for roll in rolls)
    if tree.exists():
        return tree, claude
    for n, roll in enumerate(rolls):
        if roll < anthropic_share:
            body = CLAUDE_CODE[n % len(CLAUDE_CODE)].format(i=n)
        elif roll < 2 * anthropic_share:
            body = ROUTER_CODE.format(i=n)
        else:
            body = PROVIDER_CODE[n % len(PROVIDER_CODE)].format(i=n)
        padding = "".join(PADDING.format(i=n, j=j) for j in range(2 + n % 10))
        target = tree / f"service{n % 37}" / f"provider_{n}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f'"""Provider module {n}."""\n{body}{padding}')
    return tree, claude


def holds_marker(path: Path) -> bool:
    return MARKER.search(path.read_bytes()) is not None


def python_files(tree: Path) -> list[Path]:
    return sorted(tree.rglob("*.py"))
