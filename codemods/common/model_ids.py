"""The model-ID codemod, shared by every generation: each set declares one subclass with its
own table (`models.toml`) and codes.

Python: every string literal (and f-string part) whose text is a known old model ID, or
holds one among delimiters (`anthropic/...`, an ARN, a URL), is rewritten in its own form.
Lookup tables, prefix tests, comparisons with an ID (`model == "claude-..."`, `in (...)`,
`case "claude-...":`) and IDs split across implicit concatenation are reported and left alone:
a comparison asks which model runs, and only the author knows what it should ask after the
move. A registry (model_id_groups: an Enum, a parametrized table, a run of registration
calls, a mapping's values) whose rewrite would make two of its distinct IDs equal is left
whole and reported once; one whose IDs stay distinct migrates, as a lone constant does.
Strings with whitespace, comments and docstrings are prose (only with --prose).
Config and documentation files are handled in `model_ids_text`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import ClassVar

import libcst as cst

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Outcome,
    RunOptions,
    literal_text,
    split_string,
    tables,
    visit,
)
from claude_migrate.authoring.tables import IdMatch, ModelTable

from . import model_id_groups
from .model_lookups import stale_lookups

_WHITESPACE = re.compile(r"\s")
_PREFIX_METHODS = {"startswith", "endswith"}
_EQUALITY = (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)

FINDING_SUMMARIES = {
    "table": "lookup table, registry or lookup by Claude model ID left unchanged",
    "profile": "Bedrock model ID needs a cross-region inference profile",
    "prefix": "model check (ID prefix test or comparison with an ID) left unchanged",
    "split": "model ID split across implicitly concatenated strings",
    "prose": "model IDs in sentences left unchanged (without --prose), one summary per file",
    "lookup": "a moved default is no longer a key of the lookup table left unchanged",
    "sampling": "a config file's sampling parameter beside a moved ID its new model rejects",
}


class FindingCodes(dict[str, str]):
    """Finding code -> summary, remembering which role each code plays."""

    def __init__(self, **codes: str) -> None:
        super().__init__((code, FINDING_SUMMARIES[role]) for role, code in codes.items())
        self._by_role = dict(codes)

    def code_for(self, role: str) -> str:
        return self._by_role[role]


def model_id_findings(**codes: str) -> FindingCodes:
    """Codes for the roles of FINDING_SUMMARIES (table=, profile=, prefix=, ...)."""
    if codes.keys() != FINDING_SUMMARIES.keys():
        raise ValueError(f"finding codes for {sorted(FINDING_SUMMARIES)} expected")
    return FindingCodes(**codes)


class ModelIdCodemod(Codemod):
    table: ClassVar[ModelTable]
    finding_codes: ClassVar[FindingCodes]
    text_kinds = frozenset({"config", "docs"})
    # What the target models reject among a config file's sampling parameters beside a
    # moved ID: "pair" (temperature together with top_p) or "each" (any of them).
    sampling_rule: ClassVar[str] = "pair"
    # Every generation's table by target, so that a set can tell, on a run to a later
    # target, that a later set moves an ID it produced (and will report on the final one).
    _tables: ClassVar[dict[tuple[int, int], ModelTable]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "table" in vars(cls):
            ModelIdCodemod._tables[cls.target] = cls.table

    @classmethod
    def later_tables(cls, options: RunOptions) -> list[ModelTable]:
        """The tables of the sets after this one that a run to `options.target` also runs."""
        return [
            table
            for target, table in sorted(ModelIdCodemod._tables.items())
            if cls.target < target <= options.target
        ]

    @classmethod
    def earlier_tables(cls) -> list[ModelTable]:
        """The tables of the sets before this one, which every run to this set also runs."""
        return [
            table for target, table in sorted(ModelIdCodemod._tables.items()) if target < cls.target
        ]

    @classmethod
    def older(cls, text: str) -> list[IdMatch]:
        """The old IDs in `text` that this set or an earlier one knows, once each: what a
        finding of the last set of a run names, since an earlier set leaves its facts to it
        (see known_later)."""
        found: dict[str, IdMatch] = {}
        for table in (cls.table, *reversed(cls.earlier_tables())):
            for match in table.find(text):
                found.setdefault(match.token, match)
        return sorted(found.values(), key=lambda m: m.start)

    @classmethod
    def known_later(cls, options: RunOptions, tokens: Iterable[str]) -> bool:
        """A later set of this run will report a fact about these old IDs (a table, a
        comparison, a sentence, a split ID), which it sees as this set leaves it: it names
        every old ID an earlier set knows too (`older`) and where the whole run takes it, so
        the fact is reported once, by the last set, not once per set with near-identical
        words on one line."""
        return bool(list(tokens)) and bool(cls.later_tables(options))

    @classmethod
    def moved_later(cls, options: RunOptions, text: str) -> bool:
        """A later set of this run moves an ID in `text`: findings about it are that set's."""
        return any(next(t.find(text), None) is not None for t in cls.later_tables(options))

    @classmethod
    def transform_text(cls, text: str, fmt: str, context: FileContext) -> Outcome:
        from claude_migrate.codemods.common.model_ids_text import rewrite_text

        return rewrite_text(cls, text, fmt, context)

    @classmethod
    def reports_profile(cls, context: FileContext, found: IdMatch) -> bool:
        """Whether the Bedrock-profile finding for `found` applies in this project (a set
        may know that the project's Bedrock client takes the ID as it is)."""
        return True

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._inner_concatenations: set[cst.ConcatenatedString] = set()
        # Sentences naming old IDs, left as prose: (node, where, ID), for one summary.
        self._sentences: list[tuple[cst.CSTNode, str, str]] = []
        # The enclosing function or assignment target, innermost last: rendered only when a
        # sentence names it (rare), not at every assignment.
        self._where: list[str | cst.BaseAssignTargetExpression] = []
        # Strings of registries whose rewrite would merge two IDs: left as they are.
        self._frozen: set[cst.SimpleString] = set()

    def final_id(self, text: str) -> str:
        """`text` as the run leaves it: rewritten by each later set of the run as well."""
        for table in self.later_tables(self.context.options):
            text, _ = table.rewrite(text, self.context.options.bedrock_profile)
        return text

    def _report_stale_lookups(self, node: cst.Module) -> None:
        for stale in stale_lookups(node, self.table, self.final_id):
            effect = (
                "this lookup now misses"
                if stale.seen
                else f"a lookup of {stale.default} in it would now miss"
            )
            self.record_finding(
                stale.node,
                self.finding_codes.code_for("lookup"),
                f"{stale.default} moves from {stale.old} to {stale.new}, which is not a key of "
                f"{stale.table} (a lookup table, left unchanged): {effect}; add the new ID "
                "to the table",
            )

    # --- where a sentence is, for the summary of those left ---------------------------------

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._where.append(f"{node.name.value}()")

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        self._where.pop()
        return updated_node

    def visit_Assign(self, node: cst.Assign) -> None:
        target = node.targets[0].target
        self._where.append(target if len(node.targets) else "")

    def leave_Assign(self, original_node: cst.Assign, updated_node: cst.Assign) -> cst.Assign:
        self._where.pop()
        return updated_node

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        if self._sentences:
            places = list(dict.fromkeys(where for _, where, _ in self._sentences))
            count = len(self._sentences)
            self.record_finding(
                self._sentences[0][0],
                self.finding_codes.code_for("prose"),
                f"{count} model ID{'s' if count != 1 else ''} older than {self.table.version} "
                f"left in sentences ({', '.join(places)}): text, not a call site; review "
                "them, or run with --prose to migrate them",
            )
        return updated_node

    # --- shapes that are left alone -------------------------------------------------------

    def visit_Module(self, node: cst.Module) -> bool:
        self._report_stale_lookups(node)
        for group in model_id_groups.call_runs(node.body):
            self._guard(group)
        return True

    def visit_IndentedBlock(self, node: cst.IndentedBlock) -> bool:
        for group in model_id_groups.call_runs(node.body):
            self._guard(group)
        return True

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self._guard(model_id_groups.class_body(node))
        return True

    def visit_Dict(self, node: cst.Dict) -> bool:
        keys = [e.key for e in node.elements if isinstance(e, cst.DictElement)]
        named = _models_named(keys)
        if named:
            self._report_table(node, f"dict keyed by Claude model IDs ({_describe(named)})")
            return False
        self._guard(model_id_groups.dict_values(node))
        return True

    def visit_List(self, node: cst.List) -> bool:
        return self._visit_collection(node, "list")

    def visit_Tuple(self, node: cst.Tuple) -> bool:
        return self._visit_collection(node, "tuple")

    def visit_Set(self, node: cst.Set) -> bool:
        return self._visit_collection(node, "set")

    def visit_Subscript(self, node: cst.Subscript) -> bool:
        indexes = [e.slice.value for e in node.slice if isinstance(e.slice, cst.Index)]
        if _is_literal_type(node.value):
            named = _models_named(indexes)
            if len(named) >= 2:
                self._report_table(node, f"Literal naming {_describe(named)}")
                return False
            return True
        named = _models_named(indexes)
        if named:
            self._report_table(node, "subscript by model ID")
            return False
        return True

    def visit_Call(self, node: cst.Call) -> bool:
        self._guard(model_id_groups.call_arguments(node))
        func = node.func
        if isinstance(func, cst.Attribute) and func.attr.value in _PREFIX_METHODS:
            texts = [t for a in node.args for t in _strings_in(a.value)]
            prefixes = [t for t in texts if self.table.is_old_prefix(t)]
            if prefixes:
                shown = f"{func.attr.value}({', '.join(map(repr, prefixes))})"
                self._report_prefix(node, shown, prefixes, func.attr.value)
                return False
        return True

    def visit_Comparison(self, node: cst.Comparison) -> bool:
        for target in node.comparisons:
            if isinstance(target.operator, (cst.In, cst.NotIn)):
                text = literal_text(node.left)
                if text is not None and self.table.is_old_prefix(text):
                    self._report_prefix(node, f"{text!r} in ...", [text], "in")
                    return False
        # `model == "claude-..."`, `!=`, `is`, `in ("claude-...", ...)`: which model runs.
        compared: list[cst.BaseExpression] = []
        left = node.left
        for target in node.comparisons:
            if isinstance(target.operator, _EQUALITY):
                compared += [left, target.comparator]
            elif isinstance(target.operator, (cst.In, cst.NotIn)) and isinstance(
                target.comparator, (cst.Tuple, cst.List, cst.Set)
            ):
                compared += [e.value for e in target.comparator.elements]
            left = target.comparator
        return not self._report_check(node, compared, "a comparison with")

    def visit_MatchCase(self, node: cst.MatchCase) -> bool:
        values = [p.value for p in _match_values(node.pattern)]
        if self._report_check(node.pattern, values, "a match case on"):
            # The pattern stays; the case's body is code like any other.
            self._frozen.update(v for v in values if isinstance(v, cst.SimpleString))
        return True

    def visit_Expr(self, node: cst.Expr) -> bool:
        # A bare string statement (docstring or note) is prose.
        is_text = isinstance(
            node.value, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)
        )
        return self.context.options.prose or not is_text

    def visit_ConcatenatedString(self, node: cst.ConcatenatedString) -> bool:
        for side in (node.left, node.right):
            if isinstance(side, cst.ConcatenatedString):
                self._inner_concatenations.add(side)
        if node in self._inner_concatenations:
            return True  # its outermost concatenation was already checked
        parts = _concatenation_parts(node)
        if parts is None:
            return True
        joined = "".join(parts)
        for found in self.older(joined):
            if not any(found.token in part for part in parts) and not self.known_later(
                self.context.options, [found.token]
            ):
                self.record_finding(
                    node,
                    self.finding_codes.code_for("split"),
                    f"{found.token} is split across implicitly concatenated strings; "
                    "join it by hand so it can be migrated",
                )
        return True

    # --- rewrites ---------------------------------------------------------------------------

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        parts = split_string(updated_node)
        if parts.is_bytes or original_node in self._frozen:
            return updated_node
        body = self._rewrite(original_node, parts.body)
        return (
            updated_node if body is None else updated_node.with_changes(value=parts.with_body(body))
        )

    def leave_FormattedStringText(
        self, original_node: cst.FormattedStringText, updated_node: cst.FormattedStringText
    ) -> cst.FormattedStringText:
        body = self._rewrite(original_node, updated_node.value)
        return updated_node if body is None else updated_node.with_changes(value=body)

    def leave_Comment(self, original_node: cst.Comment, updated_node: cst.Comment) -> cst.Comment:
        if not self.context.options.prose:
            return updated_node
        body = self._rewrite(original_node, updated_node.value, prose=True)
        return updated_node if body is None else updated_node.with_changes(value=body)

    def _is_rewritten(self, text: str, prose: bool = False) -> bool:
        if "claude-" not in text:
            return False
        # A sentence, not an ID: prose.
        return prose or self.context.options.prose or not _WHITESPACE.search(text)

    def _becomes(self, text: str) -> str:
        """What the rewrite makes of a string's text (the text itself where none applies)."""
        if not self._is_rewritten(text):
            return text
        return self.table.rewrite(text, self.context.options.bedrock_profile)[0]

    def _final(self, text: str) -> str:
        """What the whole run makes of a string's text: each earlier set's rewrite, this
        set's, then each later set's of the run (an ID only an earlier set knows, left
        there, still goes where that set would take it)."""
        if not self._is_rewritten(text):
            return text
        profile = self.context.options.bedrock_profile
        for table in self.earlier_tables():
            text = table.rewrite(text, profile)[0]
        return self.final_id(self.table.rewrite(text, profile)[0])

    def _rewrite(self, node: cst.CSTNode, text: str, prose: bool = False) -> str | None:
        if "claude-" not in text:
            return None
        if not prose and not self.context.options.prose and _WHITESPACE.search(text):
            place = next((w for w in reversed(self._where) if w), "module level")
            where = place if isinstance(place, str) else cst.Module([]).code_for_node(place)
            self._sentences.extend(
                (node, where, f.token)
                for f in self.older(text)
                if not self.known_later(self.context.options, [f.token])
            )
            return None  # a sentence, not an ID: prose
        new_text, done = self.table.rewrite(text, self.context.options.bedrock_profile)
        for found, resolution in done:
            if (
                resolution.finding
                and self.reports_profile(self.context, found)
                and not (resolution.new and self.moved_later(self.context.options, resolution.new))
            ):
                self.record_finding(
                    node, self.finding_codes.code_for("profile"), resolution.finding
                )
            if resolution.new is not None:
                self.record_change(node, f"{found.token} -> {resolution.new} ({found.model.name})")
        return new_text if new_text != text else None

    # --- helpers ----------------------------------------------------------------------------

    def _guard(self, group: model_id_groups.Group) -> None:
        """Freeze a registry whose rewrite would make two of its distinct IDs equal, and
        report it once; a registry whose IDs stay distinct migrates."""
        olds_by_new: dict[str, set[str]] = defaultdict(set)
        moved: list[cst.SimpleString] = []
        for string in group.strings:
            text = literal_text(string)
            if text is None or not tables.ANY_CLAUDE_ID.search(text):
                continue
            # Where the whole run leaves it: two IDs this set keeps apart may still land on
            # one ID of a later set (claude-opus-4-1 and claude-opus-4-7 under --to 5).
            olds_by_new[self._final(text)].add(text)
            if self._becomes(text) != text:
                moved.append(string)
        merged = {new: olds for new, olds in olds_by_new.items() if len(olds) >= 2}
        if not merged or all(s in self._frozen for s in moved):
            return
        self._frozen.update(moved)
        if any(self.moved_later(self.context.options, o) for olds in merged.values() for o in olds):
            return  # a later set moves one of them too: it leaves the registry and reports it
        merges = "; ".join(
            f"{' and '.join(sorted(olds))} would {'both' if len(olds) == 2 else 'all'} become {new}"
            for new, olds in sorted(merged.items())
        )
        self.record_finding(
            group.anchor,
            self.finding_codes.code_for("table"),
            f"{group.what}: one rewrite would merge distinct models ({merges}); "
            "left unchanged so its entries stay distinct: migrate it by hand",
        )

    def _report_check(
        self, node: cst.CSTNode, compared: list[cst.BaseExpression], what: str
    ) -> bool:
        """Report a check of which model runs against an old ID; True when reported."""
        olds = []
        for value in compared:
            text = literal_text(value)
            if text is not None and self._is_rewritten(text):
                olds += [f.token for f in self.older(text)]
        if not olds:
            return False
        if self.known_later(self.context.options, olds):
            return True  # left alone here too; the later set reports it with the final IDs
        moves = ", ".join(f"{old} to {self._final(old)}" for old in dict.fromkeys(olds))
        self.record_finding(
            node,
            self.finding_codes.code_for("prefix"),
            f"{what} a model ID checks which model runs: left unchanged (the migration moves "
            f"{moves}); decide what it should test after the move",
        )
        return True

    def _visit_collection(self, node: cst.List | cst.Tuple | cst.Set, kind: str) -> bool:
        named = _models_named([e.value for e in node.elements])
        if len(named) >= 2:
            self._report_table(node, f"{kind} naming {_describe(named)}")
            return False
        group = model_id_groups.rows(node, kind)
        if group is not None:
            self._guard(group)
        return True

    def _report_prefix(self, node: cst.CSTNode, shown: str, prefixes: list[str], test: str) -> None:
        """A test by ID prefix, reported with what it matches after migration. Where it still
        a later set of the run sees it as old too, that set reports it against the final IDs
        instead: one true finding, not two that disagree."""
        still = [t for p in prefixes for t in self.table.targets_matching(p, test)]
        later = self.later_tables(self.context.options)
        if any(all(t.is_old_prefix(p) for p in prefixes) for t in later):
            return
        after = (
            "after migration it also matches "
            + ", ".join(f"{f.name} ({f.dated})" for f in dict.fromkeys(still))
            + ": check that it still means what it should"
            if still
            else "after migration no model matches it"
        )
        self.record_finding(
            node,
            self.finding_codes.code_for("prefix"),
            f"{shown} tests for a model older than {self.table.version}; {after}",
        )

    def _report_table(self, node: cst.CSTNode, what: str) -> None:
        old = [f.token for text in _strings_in(node) for f in self.older(text)]
        if old and not self.known_later(self.context.options, old):
            self.record_finding(
                node,
                self.finding_codes.code_for("table"),
                f"{what}: a lookup table, not a call site; left unchanged "
                f"(IDs older than {self.table.version}: {tables.list_ids(sorted(set(old)))})",
            )


def _strings_in(node: cst.CSTNode) -> list[str]:
    """The bodies of the plain string literals in `node`, in source order."""
    found: list[str] = []

    class Collect(cst.CSTVisitor):
        def visit_SimpleString(self, string: cst.SimpleString) -> None:
            text = literal_text(string)
            if text is not None:
                found.append(text)

    visit(node, Collect())
    return found


def _models_named(nodes: list[cst.BaseExpression]) -> set[str]:
    """Distinct Claude model IDs that the given expressions are string literals of."""
    named = set()
    for node in nodes:
        text = literal_text(node)
        if text is not None and tables.ANY_CLAUDE_ID.search(text):
            named.add(text)
    return named


def _describe(named: set[str]) -> str:
    return f"{len(named)} model{'s' if len(named) != 1 else ''}"


def _match_values(pattern: cst.MatchPattern) -> list[cst.MatchValue]:
    if isinstance(pattern, cst.MatchValue):
        return [pattern]
    if isinstance(pattern, cst.MatchOr):
        return [p for element in pattern.patterns for p in _match_values(element.pattern)]
    if isinstance(pattern, cst.MatchAs) and pattern.pattern is not None:
        return _match_values(pattern.pattern)
    return []


def _is_literal_type(node: cst.BaseExpression) -> bool:
    return (isinstance(node, cst.Name) and node.value == "Literal") or (
        isinstance(node, cst.Attribute) and node.attr.value == "Literal"
    )


def _concatenation_parts(node: cst.ConcatenatedString) -> list[str] | None:
    parts: list[str] = []
    for side in (node.left, node.right):
        if isinstance(side, cst.ConcatenatedString):
            inner = _concatenation_parts(side)
            if inner is None:
                return None
            parts.extend(inner)
        else:
            text = literal_text(side)
            if text is None:
                return None
            parts.append(text)
    return parts
