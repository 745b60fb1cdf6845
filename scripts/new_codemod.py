"""Start a codemod: its module in a set's folder, and its snapshot folder with one case of
each kind to fill in; then the generated files are brought up to date.

    .venv/bin/python scripts/new_codemod.py v5_5 CM340 tool-choice-forced --safety report

The new module imports only `claude_migrate.authoring`. The tests fail until the cases say
what the codemod does: edit the module, the inputs and the expected file, then run
`.venv/bin/pytest tests/test_snapshots.py -k CM340 --snapshot-update` and read the diff.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import generate

ROOT = Path(__file__).resolve().parent.parent
SAFETIES = {"safe": "SAFE", "review": "REVIEW", "report": "REPORT"}

MODULE = '''from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety


class {name}(Codemod):
    """{summary}

    Say what it reads, what it leaves alone and why (a judgement call: which way, and why).

    Before:  client.messages.create(model=MODEL, {trigger}=...)
    After:   what the request becomes (or the finding it gets)

    Source: the facts file and section this rule comes from.
    """

    code = "{code}"
    slug = "{slug}"
    target = {target}
    safety = Safety.{safety}
    # A file holding none of these is never parsed. Strong triggers count anywhere (a model
    # ID, a dated tool type); weak ones, words other code uses too, only beside an Anthropic
    # marker and as a keyword, key or string (see triggers.py in the engine).
    triggers = ()
    weak_triggers = (b"{trigger}",)
    finding_codes: dict[str, str] = {{}}  # other codes it may report, with a summary each

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        for arg in original_node.args:
            if arg.keyword is not None and arg.keyword.value == "{trigger}":
                self.record_finding(arg, self.code, "say what a person must do here")
        return updated_node
'''
CHANGE_CASE = 'client.messages.create(model="claude-opus-5-5", {trigger}=1)\n'
LEAVE_ALONE_CASE = "# the mirror image: the same shape where nothing must change\n{trigger} = 1\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="the set's folder under codemods/, e.g. v5_5")
    parser.add_argument("code", help="a code not used before, e.g. CM340")
    parser.add_argument("slug", help="a few words joined by hyphens, e.g. tool-choice-forced")
    parser.add_argument("--safety", choices=sorted(SAFETIES), default="report")
    parser.add_argument("--trigger", default="tool_choice", help="a word the codemod looks for")
    args = parser.parse_args(argv)

    version = re.fullmatch(r"v(\d+)(?:_(\d+))?", args.set)
    if not version or not (ROOT / "codemods" / args.set / "__init__.py").exists():
        parser.error(f"no set folder codemods/{args.set}")
    if not re.fullmatch(r"CM\d{3}", args.code) or not re.fullmatch(
        r"[a-z0-9]+(-[a-z0-9]+)*", args.slug
    ):
        parser.error("the code is CM and three digits; the slug is lowercase words and hyphens")
    module = ROOT / "codemods" / args.set / f"{args.code.lower()}_{args.slug.replace('-', '_')}.py"
    cases = ROOT / "snapshots" / args.set / f"{args.code}-{args.slug}"
    if module.exists() or cases.exists():
        parser.error(f"{module.name} or {cases.name} exists already")

    target = (int(version.group(1)), int(version.group(2) or 0))
    name = "".join(word.capitalize() for word in args.slug.split("-"))
    module.write_text(
        MODULE.format(
            name=name,
            summary="One line: what it changes or reports.",
            code=args.code,
            slug=args.slug,
            target=target,
            safety=SAFETIES[args.safety],
            trigger=args.trigger,
        ),
        encoding="utf-8",
    )
    cases.mkdir(parents=True)
    (cases / "change.input.py").write_text(CHANGE_CASE.format(trigger=args.trigger), "utf-8")
    if args.safety != "report":
        (cases / "change.expected.py").write_text(CHANGE_CASE.format(trigger=args.trigger), "utf-8")
    (cases / "noop_mirror.input.py").write_text(
        LEAVE_ALONE_CASE.format(trigger=args.trigger), "utf-8"
    )
    print(f"wrote {module.relative_to(ROOT)} and {cases.relative_to(ROOT)}/")
    return generate.main([])


if __name__ == "__main__":
    sys.exit(main())
