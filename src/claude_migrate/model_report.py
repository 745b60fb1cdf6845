"""The `models` command's content, and the warnings that follow the calendar.

Pure functions from model tables and a date to rows and lines; the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .authoring.tables import PLATFORM_NAMES, Family, Model, ModelTable, PlatformDates

_SOURCE_KEY = re.compile(r"\[[A-Za-z0-9\-]+\]")
# Row labels in `models`, which align at 14 characters.
_SHORT_PLATFORM = {"bedrock": "Bedrock", "vertex": "Google Cloud", "foundry": "Foundry"}


def family_status(family: Family, on: dt.date) -> str:
    """A target's lifecycle on `on`, with the dates that explain it."""
    status = family.status(on)
    if status == "retired":
        return f"retired on {family.retires}"
    parts = []
    if status == "deprecated":
        parts.append(f"deprecated since {family.deprecated}")
    elif status == "legacy":
        parts.append(f"Legacy since {family.legacy}")
    if family.retires:
        parts.append(f"scheduled to retire on {family.retires}")
    return "; ".join(parts) or "active"


def _platform_records(platforms: Iterable[PlatformDates], on: dt.date) -> list[dict[str, Any]]:
    return [
        {
            "platform": p.platform,
            "status": p.status(on),
            "deprecated": p.deprecated or None,
            "retired": p.retired or None,
            "source": p.source,
        }
        for p in platforms
    ]


def model_record(table: ModelTable, model: Model, on: dt.date) -> dict[str, Any]:
    family = table.families[model.family]
    current = model.recommendation(on)
    return {
        "name": model.name,
        "status": model.status(on),
        "deprecated": model.deprecated or None,
        "retired": model.retired or None,
        "legacy": model.legacy or None,
        "platforms": _platform_records(model.platforms, on),
        "ids": list(model.ids),
        "aliases": list(model.aliases),
        "bedrock": list(model.bedrock),
        "mantle": list(model.mantle),
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
        "deprecated": family.deprecated or None,
        "retires": family.retires or None,
        "legacy": family.legacy or None,
        "successor": family.successor or None,
        "platforms": _platform_records(family.platforms, on),
        "bedrock_profiles": list(family.bedrock_profiles),
        "note": family.status_note,
        "source": family.source,
    }


def models_json(tables: Sequence[tuple[str, ModelTable]], on: dt.date) -> dict[str, Any]:
    legend = _legend(tables)
    return {
        "as_of": on.isoformat(),
        "sets": [
            {
                "version": version,
                "models": [model_record(table, m, on) for m in table.models],
                "targets": [target_record(f, on) for f in table.families.values()],
                "sources": {k: legend.get(k) for k in sorted(_keys_used(table))},
            }
            for version, table in tables
        ],
    }


def _dates(deprecated: str, retired: str, legacy: str, on: dt.date) -> str:
    """ "deprecated 2026-11-23, retires 2027-01-22": the dates a row has, in words that
    follow the calendar; "" when it has none."""
    parts = []
    if legacy:
        parts.append(f"Legacy since {legacy}")
    if deprecated:
        parts.append(f"deprecated {deprecated}")
    if retired:
        past = on >= dt.date.fromisoformat(retired)
        parts.append(f"{'retired' if past else 'retires'} {retired}")
    return ", ".join(parts)


def _platform_lines(platforms: Iterable[PlatformDates], on: dt.date) -> list[str]:
    lines = []
    for p in platforms:
        dates = _dates(p.deprecated, p.retired, "", on)
        name = _SHORT_PLATFORM.get(p.platform, p.platform) + ":"
        lines.append(f"  {name:<14}{p.status(on)} ({dates}; {p.source})")
    return lines


def models_lines(tables: Sequence[tuple[str, ModelTable]], on: dt.date) -> list[str]:
    legend = _legend(tables)
    lines = [f"Claude models as of {on.isoformat()}"]
    for version, table in tables:
        lines += ["", f"== Set {version}: models older than {version} and where they move =="]
        for model in table.models:
            record = model_record(table, model, on)
            dates = _dates(model.deprecated, model.retired, model.legacy, on)
            forms = [", ".join(model.ids)]
            if model.aliases:
                forms.append("aliases " + ", ".join(model.aliases))
            if model.bedrock:
                forms.append("Bedrock " + ", ".join(model.bedrock))
            if model.mantle:
                forms.append("Bedrock Mantle " + ", ".join(model.mantle))
            if model.vertex:
                forms.append("Vertex " + ", ".join(model.vertex))
            target = record["migrates_to"]
            lines += [
                "",
                f"{model.name}: {record['status']}" + (f" ({dates})" if dates else ""),
                f"  IDs:          {'; '.join(forms)}",
                *_platform_lines(model.platforms, on),
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
            lines += ["  " + line for line in _platform_lines(family.platforms, on)]
            lines.append(f"    Bedrock profiles: {', '.join(family.bedrock_profiles)}")
        lines += ["", f"Sources of set {version}:"]
        for key in sorted(_keys_used(table)):
            lines.append(f"  {key:<10} {legend.get(key, 'not described in the table')}")
    return lines


def _keys_used(table: ModelTable) -> set[str]:
    texts = [m.source for m in table.models]
    texts += [r.source for m in table.models for r in m.recommended]
    texts += [p.source for m in table.models for p in m.platforms]
    texts += [f.source + f.status_note + f.retires_source for f in table.families.values()]
    texts += [p.source for f in table.families.values() for p in f.platforms]
    return {key for text in texts for key in _SOURCE_KEY.findall(text)}


def _legend(tables: Sequence[tuple[str, ModelTable]]) -> dict[str, str]:
    """Source key -> description; a later set's description of a shared key wins."""
    legend: dict[str, str] = {}
    for _, table in tables:
        legend.update(table.sources)
    return legend


def missing_legend(tables: Sequence[tuple[str, ModelTable]]) -> dict[str, set[str]]:
    """Source keys each set's rows cite that no table up to it describes (for the tests)."""
    missing = {}
    for index, (version, table) in enumerate(tables):
        legend = _legend(tables[: index + 1])
        unknown = _keys_used(table) - set(legend)
        if unknown:
            missing[version] = unknown
    return missing


def stale_target_warning(
    target: tuple[int, int], label: str, newest: str, families: Iterable[Family], on: dt.date
) -> str:
    """One line for a run whose target set is not the newest: what its targets are today."""
    by_status: dict[str, list[str]] = {}
    for family in families:
        by_status.setdefault(family.status(on), []).append(family.name)
    words = {"retired": "retired", "deprecated": "deprecated", "legacy": "Legacy"}
    named = [
        f"{', '.join(by_status[s])} {words[s]}"
        for s in ("retired", "deprecated", "legacy")
        if s in by_status
    ]
    kinds = [words[s] for s in ("retired", "deprecated", "legacy") if s in by_status]
    if not kinds:
        return f"--to {label} is not the newest set; --to {newest} is available"
    joined = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
    return f"--to {label} lands on {joined} models ({'; '.join(named)}); --to {newest} is available"


def landing_warnings(
    tables: Iterable[ModelTable], texts: Iterable[bytes], on: dt.date, later: str | None
) -> list[str]:
    """A warning for each target ID the migrated text names that is deprecated, retired or
    scheduled to retire, with its date, per platform where the platform's date differs."""
    families = {f.name: f for t in tables for f in t.families.values()}
    wanted = [f for f in families.values() if f.deprecated or f.retires or f.platforms]
    joined = b"\n".join(texts)
    warnings = []
    for family in wanted:
        platforms = {p.platform: p for p in family.platforms}
        first_party = [t for t in dict.fromkeys((family.dated, family.alias)) if _names(joined, t)]
        if first_party and (family.deprecated or family.retires):
            warnings.append(
                _landing(
                    first_party[0],
                    family,
                    family.deprecated,
                    family.retires,
                    family.retires_source,
                    "on the Claude API" if platforms else "",
                    on,
                )
            )
        for platform, token in (("bedrock", family.bedrock), ("vertex", family.vertex)):
            if token in (family.dated, family.alias) or not _names(joined, token):
                continue
            dates = platforms.get(platform)
            if dates is not None:
                deprecated, retired, source = dates.deprecated, dates.retired, dates.source
            else:
                deprecated, retired, source = (
                    family.deprecated,
                    family.retires,
                    family.retires_source,
                )
            if deprecated or retired:
                where = f"on {PLATFORM_NAMES[platform]}"
                warnings.append(_landing(token, family, deprecated, retired, source, where, on))
    suffix = f"; consider --to {later}" if later else ""
    return [w + suffix for w in warnings]


def _names(text: bytes, token: str) -> bool:
    """Whether `text` names `token` as a whole ID (not `claude-opus-5` inside `claude-opus-5-5`)."""
    pattern = rb"(?<![A-Za-z0-9_\-])" + re.escape(token.encode()) + rb"(?![A-Za-z0-9_@\-])"
    return re.search(pattern, text) is not None


def _landing(
    token: str,
    family: Family,
    deprecated: str,
    retired: str,
    source: str,
    where: str,
    on: dt.date,
) -> str:
    events = []
    if deprecated:
        past = on >= dt.date.fromisoformat(deprecated)
        events.append(f"{'was deprecated' if past else 'is to be deprecated'} on {deprecated}")
    if retired:
        past = on >= dt.date.fromisoformat(retired)
        events.append(f"{'retired' if past else 'is listed to retire'} on {retired}")
    place = f" {where}" if where else ""
    cited = f" ({source})" if source else ""
    return f"the migrated code now names {token} ({family.name}), which {' and '.join(events)}{place}{cited}"
