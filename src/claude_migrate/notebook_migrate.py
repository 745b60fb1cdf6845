"""Runs the codemods over a notebook's cells (see `notebook` for how the file is edited)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from . import notebook, triggers
from .authoring.codemod import Codemod, FileContext
from .results import Change, Finding, Outcome, Record
from .transform import TransformError, transform_python, transform_text

CELL_SKIPPED = "CM001"
R = TypeVar("R", bound=Record)


def migrate(
    raw: str, codemods: Sequence[type[Codemod]], context: FileContext
) -> tuple[Outcome, tuple[tuple[int, str, str], ...]]:
    """(the new raw notebook with its records, the changed cells as (number, old, new))."""
    document = notebook.read(raw)
    changes: list[Change] = []
    findings: list[Finding] = []
    new_texts: dict[int, str] = {}
    words = triggers.all_words(codemods)
    for cell in document.cells:
        code = cell.text
        # The file is a candidate for `codemods` already: a cell without any of their words,
        # weak ones included, has nothing for them.
        if not any(t.decode() in code for t in words):
            continue
        if cell.kind == "markdown":
            if not context.options.prose:
                continue
            prose_codemods = [c for c in codemods if "docs" in c.text_kinds]
            outcome = transform_text(code, "markdown", prose_codemods, context)
            new = outcome.text
        else:
            masked = notebook.mask(code)
            if masked is None:
                continue  # a %%bash, %%writefile ... cell: not Python
            try:
                if notebook.has_lone_surrogate(code):
                    raise TransformError("it holds a lone surrogate escape (\\udXXX), not text")
                outcome = transform_python(masked.text, codemods, context)
            except TransformError as exc:
                findings.append(
                    Finding(
                        notebook.raw_line(cell, 1),
                        1,
                        CELL_SKIPPED,
                        f"cell {cell.index} skipped: {exc}",
                        cell.index,
                        1,
                    )
                )
                continue
            new = notebook.unmask(outcome.text, masked)
        changes += [_in_cell(r, cell) for r in outcome.changes]
        findings += [_in_cell(r, cell) for r in outcome.findings]
        if new != code:
            new_texts[cell.index] = new
    new_raw = notebook.render(document, new_texts)
    if new_raw != raw:
        try:
            json.loads(new_raw)
        except ValueError as exc:
            raise TransformError(f"the edited notebook is not valid JSON: {exc}") from exc
    changed_cells = tuple(
        (cell.index, cell.text, new_texts[cell.index])
        for cell in document.cells
        if cell.index in new_texts
    )
    return Outcome(new_raw, tuple(sorted(changes)), tuple(sorted(findings))), changed_cells


def _in_cell(record: R, cell: notebook.Cell) -> R:
    """The record placed in the raw file, remembering its cell and line within the cell."""
    return replace(
        record, line=notebook.raw_line(cell, record.line), cell=cell.index, cell_line=record.line
    )
