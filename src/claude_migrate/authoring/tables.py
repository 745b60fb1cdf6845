"""A generation's model table (`models.toml` in its codemod set) and the ID forms it knows.

The schema is shared by every generation; only the data differs. This module finds model-ID
tokens in a piece of text and says what each becomes, keeping the form it was written in:
a pinned first-party ID becomes the family's pinned ID, an alias its alias, a Bedrock ID its
Bedrock ID (with the same cross-region prefix), a Vertex ID its Vertex ID. Provider prefixes
such as `anthropic/` or `bedrock/` are outside the token, so they stay as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .data import load_toml

# One alternation, tried in this order at each position: Bedrock (with an optional
# cross-region prefix), Vertex (`@date`), then first-party. Boundaries keep a token from
# being cut out of a longer word; a trailing "." is allowed when a sentence ends there.
_TOKEN = re.compile(
    r"(?<![A-Za-z0-9_.\-])"
    r"(?:"
    r"(?:(?P<profile>[a-z]{2,6}(?:-gov)?)\.)?(?P<bedrock>anthropic\.claude-[a-z0-9.\-]*[a-z0-9](?::\d+)?)"
    r"|(?P<vertex>claude-[a-z0-9.\-]*[a-z0-9]@\d{8})"
    r"|(?P<first>claude-[a-z0-9.\-]*[a-z0-9])"
    r")"
    r"(?![A-Za-z0-9_@\-])(?!\.[A-Za-z0-9])"
)

# Any Claude model ID, known or not, old or new: used to recognise lookup tables.
ANY_CLAUDE_ID = re.compile(r"(?<![A-Za-z0-9_\-])claude-(?:[a-z]+-)*\d[a-z0-9.\-@:]*")


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
    retires: str
    retires_source: str
    status_note: str
    max_tokens: int
    source: str


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

    def status(self, on: dt.date) -> str:
        if self.retired and on >= dt.date.fromisoformat(self.retired):
            return "retired"
        if self.deprecated and on >= dt.date.fromisoformat(self.deprecated):
            return "deprecated"
        return "active"

    def recommendation(self, on: dt.date) -> Recommendation | None:
        seen = [r for r in self.recommended if dt.date.fromisoformat(r.as_of) <= on]
        return seen[-1] if seen else None


@dataclass(frozen=True)
class IdMatch:
    start: int
    end: int
    token: str  # the whole matched text, including a Bedrock cross-region prefix
    form: str  # "pinned" | "alias" | "bedrock" | "vertex"
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
        self.families = {
            key: Family(key=key, bedrock_profiles=tuple(f.pop("bedrock_profiles")), **f)
            for key, f in ((k, dict(v)) for k, v in data["families"].items())
        }
        self.models = tuple(_model(row) for row in data["models"])
        self._forms: dict[tuple[str, str], Model] = {}
        for model in self.models:
            if model.family not in self.families:
                raise ValueError(f"{model.name}: unknown family {model.family!r}")
            for form, tokens in (
                ("pinned", model.ids),
                ("alias", model.aliases),
                ("bedrock", model.bedrock),
                ("vertex", model.vertex),
            ):
                for token in tokens:
                    key = ("first" if form in ("pinned", "alias") else form, token)
                    if key in self._forms:
                        raise ValueError(f"{token} is listed twice")
                    self._forms[key] = model
        self._aliases = {a for m in self.models for a in m.aliases}
        self._old_ids = sorted(
            {t for m in self.models for t in (*m.ids, *m.aliases, *m.bedrock, *m.vertex)}
        )

    def find(self, text: str) -> Iterator[IdMatch]:
        """Every known old model ID in `text`, in order."""
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if match.group("bedrock"):
                model = self._forms.get(("bedrock", match.group("bedrock")))
                profile = match.group("profile")
                if model is None or (profile and profile not in self.known_profiles):
                    continue
                yield IdMatch(match.start(), match.end(), match.group(0), "bedrock", model, profile)
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
        profile = found.profile
        if "*" in family.bedrock_profiles:
            return self._resolve_undocumented_profiles(family, profile or add_profile)
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

    @staticmethod
    def _resolve_undocumented_profiles(family: Family, profile: str | None) -> Resolution:
        """Anthropic documents no cross-region profiles for this family: keep the prefix the
        code has (or was asked to add), and say that it needs checking."""
        if profile:
            new = f"{profile}.{family.bedrock}"
            return Resolution(
                new,
                f"{new}: Anthropic documents no cross-region inference profiles for {family.name}; "
                "check that this profile exists in your region (aws bedrock list-inference-profiles)",
            )
        return Resolution(
            family.bedrock,
            f"{family.bedrock} is the ID on Bedrock's Messages endpoint (AnthropicBedrockMantle); "
            "through InvokeModel or Converse it may need an inference profile",
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
    )


@cache
def load(package: str) -> ModelTable:
    """The table of the codemod set `package`, e.g. "claude_migrate.codemods.v4_5"."""
    return ModelTable(load_toml(package, "models.toml"))
