"""What a run asks of its codemods, in a module that does not import LibCST: the runner and
the scan pass need these before (and often without) any file being parsed."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


class Safety(str, enum.Enum):
    SAFE = "safe"  # runs by default
    REVIEW = "review"  # applied only when selected by code or with --unsafe; else reported
    REPORT = "report"  # never rewrites; emits findings only


@dataclass(frozen=True)
class RunOptions:
    """Options that change what codemods do (not which files are read)."""

    target: tuple[int, int]
    prose: bool = False  # also rewrite comments, docstrings and documentation text
    bedrock_profile: str | None = None  # cross-region prefix to add to bare Bedrock IDs
    refusal_template: str | None = None  # statements inserted where a refusal is handled
    sdk: int | None = None  # major version of the anthropic SDK the code runs on, if known
    # REVIEW codemods that run without applying: what they would change is reported instead.
    report_only: frozenset[str] = frozenset()
    # The codes of every codemod in the run (after --select and --ignore), so that one can
    # leave a shape to another that handles it instead of reporting it twice.
    running: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FileContext:
    path: str
    options: RunOptions
    # Project-wide facts gathered in a cheap first pass, as plain data.
    facts: Mapping[str, bool] = field(default_factory=dict)
    # What the file's codemods learn of its tree and share, so that it is computed once a
    # file, not once a codemod: name -> (the module it was computed on, the value). It goes
    # with the file (one context a file), so no tree outlives its file here.
    memo: dict[str, tuple[object, object]] = field(default_factory=dict, compare=False, repr=False)

    def module_code(self, module: object, render: Callable[[], str]) -> str:
        """The code of `module` (a LibCST module): what the engine has of it (it keeps each
        statement's code), else `render()`."""
        held = self.memo.get(MODULE_CODE)
        if held is not None and held[0] is module and callable(held[1]):
            code = held[1]()
            assert isinstance(code, str)
            return code
        return render()


# The memo entry under which the engine offers the code of the module a codemod is given:
# (module, a function of no arguments that returns its code).
MODULE_CODE = "module code"
