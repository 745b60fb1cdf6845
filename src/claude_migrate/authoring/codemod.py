"""The base every codemod is declared on.

A codemod is a `libcst.CSTTransformer` (measured: about 2.7x faster per file than LibCST's
`VisitorBasedCodemodCommand`, which deep-copies the tree; the engine walks it with cst_walk,
which calls its hooks through `hooks_for`) that also states, once, everything
the registry, `list`, `explain`, the prefilter and the tests need: its permanent code, slug,
target version, safety level, prefilter triggers (strong and weak) and the finding codes it may emit.

Rewrites and findings are recorded against the *original* nodes; their line numbers are
resolved afterwards, and only when something was recorded, so a file a codemod leaves alone
never pays for position metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import libcst as cst

from .options import FileContext, RunOptions, Safety
from .records import Outcome

__all__ = ["Codemod", "FileContext", "Pending", "RunOptions", "Safety", "Scope"]


@dataclass(frozen=True)
class Scope:
    """What of a module a codemod walks: one setting in place of the engine's narrowing.

    By default, only the top-level statements that hold one of its triggers, or one of the
    `around` words (what it needs to see beside them: CM124 reads where a response was
    created); the engine may then leave the other statements out of the parse. `reads`:
    words of statements one of its module-wide analyses reads (names assigned from a stop
    reason anywhere, a tool of the project's own) without walking them: they are parsed.
    `whole_module=True`: every statement is parsed and walked.

    The snapshot harness runs every case again with all narrowing off and asserts the same
    output, so a scope can never silently see less than the codemod needs.
    """

    around: tuple[bytes, ...] = ()
    reads: tuple[bytes, ...] = ()
    whole_module: bool = False


@dataclass(frozen=True)
class Pending:
    """A change or finding recorded against a node whose position is not yet known."""

    node: cst.CSTNode
    code: str
    message: str
    is_finding: bool


def _own(cls: type, name: str) -> Any:
    """The hook `name` as a codemod defines it; None where only LibCST's do-nothing stub
    (CSTTransformer has one for every node type) would be found, so it is never called."""
    hook = getattr(cls, name, None)
    return None if hook is getattr(cst.CSTTransformer, name, None) else hook


_ATTRIBUTE_HOOK = re.compile(r"^(visit|leave)_[A-Z][A-Za-z]*_[a-z_]+$")


class Codemod(cst.CSTTransformer):
    code: ClassVar[str]  # permanent, never reused, e.g. "CM101"
    slug: ClassVar[str]  # e.g. "legacy-model-id"
    target: ClassVar[tuple[int, int]]  # the version set it belongs to
    safety: ClassVar[Safety]
    triggers: ClassVar[tuple[bytes, ...]]  # any of these in a file's bytes makes it a candidate
    # Words that also occur in prose and in other providers' code (`top_p`, `thinking`): one
    # makes a file a candidate only beside an Anthropic marker, and a plain identifier only
    # as a keyword, key, string or builder call (`top_p=`, `"top_p"`, `top_p:`); see
    # claude_migrate/triggers.py.
    weak_triggers: ClassVar[tuple[bytes, ...]] = ()
    # Finding codes this codemod may emit, with a one-line summary each.
    finding_codes: ClassVar[Mapping[str, str]] = {}
    # Text file kinds ("config", "docs") this codemod also handles, through transform_text.
    text_kinds: ClassVar[frozenset[str]] = frozenset()
    # What of a module the codemod walks (see Scope).
    scope: ClassVar[Scope] = Scope()

    def __init__(self, context: FileContext) -> None:
        super().__init__()
        self.context = context
        self.pending: list[Pending] = []

    # LibCST looks up `visit_<Node>`, `leave_<Node>` and the per-attribute hooks by name with
    # getattr at every node; with dozens of codemods per file that lookup was a third of the
    # walking time. The hooks are looked up once per class and node type (cst_walk calls
    # them directly through hooks_for), and per-attribute hooks (`visit_Call_func`) are not
    # supported (__init_subclass__ refuses them).
    _hooks: ClassVar[dict[type[cst.CSTNode], tuple[Any, Any]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._hooks = {}
        retired = [n for n in ("local", "context_triggers", "module_context") if n in vars(cls)]
        if retired:
            raise TypeError(f"{cls.__name__}: {retired} are replaced by scope = Scope(...)")
        attribute_hooks = [n for n in vars(cls) if _ATTRIBUTE_HOOK.match(n)]
        if attribute_hooks:
            raise TypeError(f"{cls.__name__}: per-attribute hooks are not run: {attribute_hooks}")

    @classmethod
    def hooks_for(cls, kind: type[cst.CSTNode]) -> tuple[Any, Any]:
        hooks = cls._hooks.get(kind)
        if hooks is None:
            name = kind.__name__
            hooks = (_own(cls, f"visit_{name}"), _own(cls, f"leave_{name}"))
            cls._hooks[kind] = hooks
        return hooks

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""

    @classmethod
    def description(cls) -> str:
        return (cls.__doc__ or "").strip()

    # The facts a file contributes to the project (OR-ed over all candidate files): a bytes
    # search, run in the cheap first pass before any file is parsed, so that a codemod can
    # ask, for example, whether the project defines the Anthropic text editor anywhere. Set
    # it to staticmethod(f) with f in a module that does not import LibCST: the scan pass
    # calls it through the manifest without importing the codemod.
    facts_function: ClassVar[Callable[[bytes], Mapping[str, bool]] | None] = None

    @classmethod
    def project_facts(cls, data: bytes) -> Mapping[str, bool]:
        return cls.facts_function(data) if cls.facts_function is not None else {}

    @classmethod
    def transform_text(cls, text: str, fmt: str, context: FileContext) -> Outcome:
        """Rewrite a config or documentation file of format `fmt` (see textfiles)."""
        raise NotImplementedError(f"{cls.code} declares no text kinds")

    def record_change(self, node: cst.CSTNode, message: str) -> None:
        self.pending.append(Pending(node, self.code, message, is_finding=False))

    def rename_name(
        self, original_node: cst.Name, updated_node: cst.Name, table: Mapping[str, str]
    ) -> cst.Name:
        """The name renamed by `table` (an SDK class that moved, say), recorded; else as is."""
        new = table.get(updated_node.value)
        if new is None:
            return updated_node
        self.record_change(original_node, f"{updated_node.value} -> {new}")
        return updated_node.with_changes(value=new)

    def record_finding(self, node: cst.CSTNode, code: str, message: str) -> None:
        # A REPORT codemod's findings carry its own code.
        if code not in self.finding_codes and code != self.code:
            raise ValueError(f"{type(self).__name__} emits undeclared finding code {code}")
        self.pending.append(Pending(node, code, message, is_finding=True))
