"""The `models` command's content, and the warning about targets that retire themselves.

Pure functions from model tables to rows; the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from .authoring.tables import Family, Model, ModelTable


def family_status(family: Family, on: dt.date) -> str:
    if family.retires and on >= dt.date.fromisoformat(family.retires):
        return "retired"
    if family.retires:
        return f"scheduled to retire on {family.retires}"
    return "active"


def model_record(table: ModelTable, model: Model, on: dt.date) -> dict[str, Any]:
    family = table.families[model.family]
    current = model.recommendation(on)
    return {
        "name": model.name,
        "status": model.status(on),
        "deprecated": model.deprecated or None,
        "retired": model.retired or None,
        "ids": list(model.ids),
        "aliases": list(model.aliases),
        "bedrock": list(model.bedrock),
        "vertex": list(model.vertex),
        "migrates_to": {
            "name": family.name,
            "id": family.dated,
            "alias": family.alias,
            "bedrock": family.bedrock,
            "vertex": family.vertex,
        },
        "recommended": (
            {"id": current.id, "as_of": current.as_of, "source": current.source}
            if current
            else None
        ),
        "recommendation_history": [
            {"id": r.id, "as_of": r.as_of, "source": r.source} for r in model.recommended
        ],
        "source": model.source,
    }


def target_record(family: Family, on: dt.date) -> dict[str, Any]:
    return {
        "name": family.name,
        "id": family.dated,
        "alias": family.alias,
        "status": family_status(family, on),
        "note": family.status_note,
        "source": family.source,
    }


def models_json(tables: Sequence[tuple[str, ModelTable]], on: dt.date) -> dict[str, Any]:
    return {
        "as_of": on.isoformat(),
        "sets": [
            {
                "version": version,
                "models": [model_record(table, m, on) for m in table.models],
                "targets": [target_record(f, on) for f in table.families.values()],
            }
            for version, table in tables
        ],
    }


def models_lines(tables: Sequence[tuple[str, ModelTable]], on: dt.date) -> list[str]:
    lines = [f"Claude models as of {on.isoformat()}"]
    for version, table in tables:
        lines += ["", f"== Set {version}: models older than {version} and where they move =="]
        for model in table.models:
            record = model_record(table, model, on)
            dates = ", ".join(
                f"{label} {value}"
                for label, value in (("deprecated", model.deprecated), ("retired", model.retired))
                if value
            )
            forms = [", ".join(model.ids)]
            if model.aliases:
                forms.append("aliases " + ", ".join(model.aliases))
            if model.bedrock:
                forms.append("Bedrock " + ", ".join(model.bedrock))
            if model.vertex:
                forms.append("Vertex " + ", ".join(model.vertex))
            target = record["migrates_to"]
            lines += [
                "",
                f"{model.name}: {record['status']} ({dates})",
                f"  IDs:          {'; '.join(forms)}",
                f"  Migrates to:  {target['id']} ({target['name']})",
            ]
            current = model.recommendation(on)
            if current:
                lines.append(
                    f"  Recommended:  {current.id} (Anthropic's table as of {current.as_of}, {current.source})"
                )
            earlier = [
                r
                for r in model.recommended
                if current and r.id != current.id and r.as_of <= on.isoformat()
            ]
            if earlier:
                history = ", ".join(f"{r.id} ({r.as_of})" for r in earlier)
                lines.append(f"  Earlier:      {history}")
            lines.append(f"  Source:       {model.source}")
        lines += ["", f"Targets of set {version}:"]
        for family in table.families.values():
            lines.append(
                f"  {family.name} ({family.dated}): {family_status(family, on)}. {family.status_note}"
            )
    return lines


def retiring_targets(
    tables: Iterable[ModelTable], texts: Iterable[bytes], on: dt.date, later: str | None
) -> list[str]:
    """Warnings for target models that the migrated text names and that retire themselves."""
    families = [f for t in tables for f in t.families.values() if f.retires]
    named: dict[str, Family] = {}
    for text in texts:
        for family in families:
            if family.name not in named and any(
                token.encode() in text
                for token in (family.dated, family.alias, family.bedrock, family.vertex)
            ):
                named[family.name] = family
    warnings = []
    for family in named.values():
        when = "retired on" if family_status(family, on) == "retired" else "is listed to retire on"
        warnings.append(
            f"the migrated code now names {family.dated} ({family.name}), which {when} "
            f"{family.retires} ({family.retires_source})"
            + (f"; consider --to {later}" if later else "")
        )
    return warnings
