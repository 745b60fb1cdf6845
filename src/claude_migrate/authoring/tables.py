"""A generation's model table (`models.toml` in its codemod set) and the ID forms it knows.

The schema is shared by every generation; only the data differs. This module finds model-ID
tokens in a piece of text and says what each becomes, keeping the form it was written in:
a pinned first-party ID becomes the family's pinned ID, an alias its alias, a Bedrock ID its
Bedrock ID (with the same cross-region prefix), a Bedrock Mantle ID its bare Bedrock ID, a
Vertex ID its Vertex ID. Provider prefixes such as `anthropic/` or `bedrock/` are outside the
token, so they stay as they are.
"""

# claude-migrate: skip-file (the tool's own model tables: data, not call sites)

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .data import load_toml

# One alternation, tried in this order at each position: Bedrock (with an optional
# cross-region prefix), Vertex (`@date`, or litellm's `@default`), then first-party. Boundaries keep a token from
# being cut out of a longer word; a trailing "." is allowed when a sentence ends there.
_TOKEN = re.compile(
    r"(?<![A-Za-z0-9_.\-])"
    r"(?:"
    r"(?:(?P<profile>[a-z]{2,6}(?:-gov)?)\.)?(?P<bedrock>anthropic\.claude-[a-z0-9.\-]*[a-z0-9](?::\d+)?)"
    r"|(?P<vertex>claude-[a-z0-9.\-]*[a-z0-9]@(?:\d{8}|default))"
    r"|(?P<first>claude-[a-z0-9.\-]*[a-z0-9])"
    r")"
    r"(?![A-Za-z0-9_@\-])(?!\.[A-Za-z0-9])"
)

# Any Claude model ID, known or not, old or new: used to recognise lookup tables.
ANY_CLAUDE_ID = re.compile(r"(?<![A-Za-z0-9_\-])claude-(?:[a-z]+-)*\d[a-z0-9.\-@:]*")


def status_on(on: dt.date, deprecated: str, retired: str, legacy: str = "") -> str:
    """A model's lifecycle stage on a date: retired, deprecated, legacy (a newer model in
    the family is out and Anthropic labels this one Legacy) or active."""
    if retired and on >= dt.date.fromisoformat(retired):
        return "retired"
    if deprecated and on >= dt.date.fromisoformat(deprecated):
        return "deprecated"
    if legacy and on >= dt.date.fromisoformat(legacy):
        return "legacy"
    return "active"


@dataclass(frozen=True)
class PlatformDates:
    """Where a cloud sets its own dates for a model (Anthropic's page covers the Claude API,
    Claude Platform on AWS and Foundry; Bedrock and Google Cloud set their own)."""

    platform: str  # "bedrock" | "vertex" | "foundry"
    deprecated: str
    retired: str
    source: str

    def status(self, on: dt.date) -> str:
        return status_on(on, self.deprecated, self.retired)


PLATFORM_NAMES = {"bedrock": "Amazon Bedrock", "vertex": "Google Cloud", "foundry": "Foundry"}


@dataclass(frozen=True)
class Family:
    key: str
    name: str
    dated: str
    alias: str
    bedrock: str
    bedrock_profiles: tuple[str, ...]
    vertex: str
    released: str
    retires: str  # first-party retirement date, when one is announced
    retires_source: str
    status_note: str
    max_tokens: int
    source: str
    deprecated: str = ""
    legacy: str = ""  # the date the family's successor came out and this one became Legacy
    successor: str = ""  # the model Anthropic now names instead, once there is one
    platforms: tuple[PlatformDates, ...] = ()

    def status(self, on: dt.date) -> str:
        return status_on(on, self.deprecated, self.retires, self.legacy)


@dataclass(frozen=True)
class Recommendation:
    as_of: str
    id: str
    source: str


@dataclass(frozen=True)
class Model:
    name: str
    family: str
    ids: tuple[str, ...]
    aliases: tuple[str, ...]
    bedrock: tuple[str, ...]
    vertex: tuple[str, ...]
    deprecated: str
    retired: str
    recommended: tuple[Recommendation, ...]
    source: str
    legacy: str = ""
    platforms: tuple[PlatformDates, ...] = ()
    mantle: tuple[str, ...] = ()  # IDs only Bedrock's Messages endpoint (Mantle) takes

    def status(self, on: dt.date) -> str:
        return status_on(on, self.deprecated, self.retired, self.legacy)

    def recommendation(self, on: dt.date) -> Recommendation | None:
        seen = [r for r in self.recommended if dt.date.fromisoformat(r.as_of) <= on]
        return seen[-1] if seen else None


@dataclass(frozen=True)
class IdMatch:
    start: int
    end: int
    token: str  # the whole matched text, including a Bedrock cross-region prefix
    form: str  # "pinned" | "alias" | "bedrock" | "mantle" | "vertex"
    model: Model
    profile: str | None  # Bedrock cross-region prefix, without the dot


@dataclass(frozen=True)
class Resolution:
    new: str | None  # None: leave the token as it is
    finding: str | None  # a message for the Bedrock-profile finding, if any


class ModelTable:
    def __init__(self, data: dict[str, Any]) -> None:
        self.version: str = data["target"]["version"]
        self.known_profiles = tuple(data["target"]["bedrock_profiles_known"])
        # The anthropic SDK release the table was last checked against (see sdk_tables).
        self.sdk_checked: str = data["target"].get("sdk_checked", "")
        self.families = {
            key: Family(
                key=key,
                bedrock_profiles=tuple(f.pop("bedrock_profiles")),
                platforms=_platforms(f.pop("platforms", {})),
                **f,
            )
            for key, f in ((k, dict(v)) for k, v in data["families"].items())
        }
        self.models = tuple(_model(row) for row in data["models"])
        # Source key ("[DEP]") -> what it is, for people reading `models`.
        self.sources: dict[str, str] = dict(data.get("sources", {}))
        # IDs the set knows and leaves alone, or only reports (see `Unmigrated`).
        self.unmigrated = tuple(Unmigrated(**row) for row in data.get("unmigrated", ()))
        self._forms: dict[tuple[str, str], Model] = {}
        for model in self.models:
            if model.family not in self.families:
                raise ValueError(f"{model.name}: unknown family {model.family!r}")
            for form, tokens in (
                ("pinned", model.ids),
                ("alias", model.aliases),
                ("bedrock", model.bedrock),
                ("mantle", model.mantle),
                ("vertex", model.vertex),
            ):
                for token in tokens:
                    key = ("first" if form in ("pinned", "alias") else form, token)
                    if key in self._forms:
                        raise ValueError(f"{token} is listed twice")
                    self._forms[key] = model
        self._aliases = {a for m in self.models for a in m.aliases}
        self._old_ids = sorted(
            {t for m in self.models for t in (*m.ids, *m.aliases, *m.bedrock, *m.mantle, *m.vertex)}
        )

    def find(self, text: str) -> Iterator[IdMatch]:
        """Every known old model ID in `text`, in order."""
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if match.group("bedrock"):
                profile = match.group("profile")
                if profile and profile not in self.known_profiles:
                    continue
                model = self._forms.get(("bedrock", match.group("bedrock")))
                form = "bedrock"
                if model is None and not profile:
                    model, form = self._forms.get(("mantle", match.group("bedrock"))), "mantle"
                if model is not None:
                    yield IdMatch(match.start(), match.end(), match.group(0), form, model, profile)
            elif kind == "vertex":
                model = self._forms.get(("vertex", match.group("vertex")))
                if model:
                    yield IdMatch(match.start(), match.end(), match.group(0), "vertex", model, None)
            else:
                token = match.group("first")
                model = self._forms.get(("first", token))
                if model:
                    form = "alias" if token in self._aliases else "pinned"
                    yield IdMatch(match.start(), match.end(), token, form, model, None)

    def resolve(self, found: IdMatch, add_profile: str | None = None) -> Resolution:
        family = self.families[found.model.family]
        if found.form == "pinned":
            return Resolution(family.dated, None)
        if found.form == "alias":
            return Resolution(family.alias, None)
        if found.form == "vertex":
            return Resolution(family.vertex, None)
        if found.form == "mantle":  # Bedrock's Messages endpoint takes the bare ID
            return Resolution(family.bedrock, None)
        profile = found.profile
        available = ", ".join(family.bedrock_profiles)
        if profile and profile not in family.bedrock_profiles:
            return Resolution(
                None,
                f"{found.token}: {family.name} has no '{profile}.' inference profile on Bedrock "
                f"(available: {available}); left unchanged",
            )
        if not profile and add_profile:
            if add_profile not in family.bedrock_profiles:
                return Resolution(
                    family.bedrock,
                    f"{family.name} has no '{add_profile}.' inference profile on Bedrock "
                    f"(available: {available}); the ID was migrated without a prefix",
                )
            profile = add_profile
        new = f"{profile}.{family.bedrock}" if profile else family.bedrock
        if profile:
            return Resolution(new, None)
        return Resolution(
            new,
            f"{family.bedrock} needs a cross-region inference profile for on-demand use "
            f"(available: {available}); add one, e.g. with --bedrock-profile {family.bedrock_profiles[0]}",
        )

    def rewrite(
        self, text: str, add_profile: str | None = None
    ) -> tuple[str, list[tuple[IdMatch, Resolution]]]:
        """Replace every known ID in `text`; return the new text and what was found."""
        pieces: list[str] = []
        done: list[tuple[IdMatch, Resolution]] = []
        last = 0
        for found in self.find(text):
            resolution = self.resolve(found, add_profile)
            done.append((found, resolution))
            if resolution.new is not None:
                pieces.append(text[last : found.start])
                pieces.append(resolution.new)
                last = found.end
        pieces.append(text[last:])
        return "".join(pieces), done

    def is_old_prefix(self, text: str) -> bool:
        """True for strings such as "claude-3" or "claude-3-5-sonnet" that start an old ID."""
        return (
            text.startswith(("claude-", "anthropic.claude-"))
            and len(text) >= len("claude-1")
            and any(old.startswith(text) for old in self._old_ids)
        )

    def targets_matching(self, text: str, test: str) -> list[Family]:
        """The target families with an ID (in any form) that `test` ("startswith",
        "endswith" or "in") with `text` accepts: a test written for old models can match new
        ones."""
        found = []
        for family in self.families.values():
            forms = (family.dated, family.alias, family.bedrock, family.vertex)
            if any(
                (test == "startswith" and form.startswith(text))
                or (test == "endswith" and form.endswith(text))
                or (test == "in" and text in form)
                for form in forms
            ):
                found.append(family)
        return found

    def family_of(self, text: str) -> Family | None:
        """The target family a model ID (old or already migrated) in `text` belongs to."""
        for found in self.find(text):
            return self.families[found.model.family]
        for family in self.families.values():
            if any(
                form in text for form in (family.dated, family.alias, family.bedrock, family.vertex)
            ):
                return family
        return None


def list_ids(ids: list[str], shown: int = 6) -> str:
    """IDs for a message, the first few of a long list and how many more (a 130-key table)."""
    if len(ids) <= shown + 1:
        return ", ".join(ids)
    return f"{', '.join(ids[:shown])} and {len(ids) - shown} more"


@dataclass(frozen=True)
class Unmigrated:
    """Model IDs a set knows and does not move: current access-restricted lines (kept) and
    retired models with no safe target (reported)."""

    name: str
    ids: list[str]
    status: str  # "active" (left alone) | "retired" (reported)
    note: str
    source: str


def _platforms(rows: dict[str, dict[str, str]]) -> tuple[PlatformDates, ...]:
    return tuple(
        PlatformDates(
            platform=name,
            deprecated=row.get("deprecated", ""),
            retired=row.get("retired", ""),
            source=row["source"],
        )
        for name, row in rows.items()
    )


def _model(row: dict[str, Any]) -> Model:
    return Model(
        name=row["name"],
        family=row["family"],
        ids=tuple(row.get("ids", ())),
        aliases=tuple(row.get("aliases", ())),
        bedrock=tuple(row.get("bedrock", ())),
        vertex=tuple(row.get("vertex", ())),
        deprecated=row.get("deprecated", ""),
        retired=row.get("retired", ""),
        recommended=tuple(Recommendation(**r) for r in row.get("recommended", ())),
        source=row["source"],
        legacy=row.get("legacy", ""),
        platforms=_platforms(row.get("platforms", {})),
        mantle=tuple(row.get("mantle", ())),
    )


@cache
def load(package: str) -> ModelTable:
    """The table of the codemod set `package`, e.g. "claude_migrate.codemods.v4_5"."""
    return ModelTable(load_toml(package, "models.toml"))
