"""Every option of `claude-migrate run`, declared once.

One `Setting` per option gives its command-line flags and help, its `[tool.claude-migrate]`
key (for the options a project may set), its type, how it is checked and its default. From
this table come the click options (`options`), the config keys and their validation
(`from_table`) and the merge (`Values.over`: the command line wins over config, config over
the default). Nothing else lists the options.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import click

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

# The anthropic SDK majors the codemods know (1.0 removed the sampling keyword arguments,
# 2.0 changed the default API version).
KNOWN_SDK_MAJORS = (0, 1, 2)
FORMAT_NAMES = ("diff", "json", "sarif", "github", "markdown")


class Kind(enum.Enum):
    FLAG = "flag"
    TEXT = "text"
    INT = "int"
    CODES = "codes"  # comma-separated codes; repeated on the command line: added up
    PATTERNS = "patterns"  # gitignore patterns; repeated: added up
    STRINGS = "strings"  # any other repeatable option

    @property
    def description(self) -> str:
        """What a config value of this kind must be."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    Kind.FLAG: "a boolean",
    Kind.TEXT: "a string",
    Kind.INT: "an integer",
    Kind.CODES: "a list of strings",
    Kind.PATTERNS: "a list of strings",
    Kind.STRINGS: "a list of strings",
}
_LISTS = (Kind.CODES, Kind.PATTERNS, Kind.STRINGS)


@dataclass(frozen=True)
class Setting(Generic[T]):
    name: str  # the Python name: click's parameter name and the key into Values
    flags: tuple[str, ...]
    kind: Kind
    help: str
    default: T
    key: str | None = None  # the [tool.claude-migrate] key; None: command line only
    metavar: str | None = None
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    count: bool = False  # -q/-v: a flag that may be given more than once
    check: Callable[[Any], str | None] | None = None  # an error message for a bad value

    def problem(self, value: Any) -> str | None:
        if self.choices and value not in self.choices:
            return f"must be one of {', '.join(self.choices)}"
        if self.minimum is not None and isinstance(value, int) and value < self.minimum:
            return f"must be at least {self.minimum}"
        return self.check(value) if self.check is not None else None


TABLE: list[Setting[Any]] = []


def _setting(
    name: str,
    flags: tuple[str, ...],
    kind: Kind,
    help: str,
    default: T,
    **extra: Any,
) -> Setting[T]:
    setting = Setting(name, flags, kind, help, default, **extra)
    TABLE.append(setting)
    return setting


def _known_sdk(value: int) -> str | None:
    if value in KNOWN_SDK_MAJORS:
        return None
    known = ", ".join(str(m) for m in KNOWN_SDK_MAJORS)
    return f"no anthropic SDK {value}.x is known (known majors: {known})"


def _report_spec(values: tuple[str, ...]) -> str | None:
    for value in values:
        fmt, equals, path = value.partition("=")
        if not equals or not path or fmt not in FORMAT_NAMES[1:]:
            return f"{value!r}: expected FORMAT=FILE, FORMAT one of {', '.join(FORMAT_NAMES[1:])}"
    return None


# What is changed and how: a project may set these in [tool.claude-migrate].
TARGET = _setting(
    "target",
    ("--to",),
    Kind.TEXT,
    "Target version (default: the newest complete set, now 5.5).",
    None,
    key="target",
    metavar="VERSION",
)
SELECT: Setting[tuple[str, ...]] = _setting(
    "select",
    ("--select",),
    Kind.CODES,
    "Run only these codemods (codes or prefixes, comma-separated; repeats add up).",
    (),
    key="select",
    metavar="CODES",
)
IGNORE: Setting[tuple[str, ...]] = _setting(
    "ignore",
    ("--ignore",),
    Kind.CODES,
    "Skip these codemods and findings (comma-separated; repeats add up).",
    (),
    key="ignore",
    metavar="CODES",
)
UNSAFE = _setting(
    "unsafe",
    ("--unsafe",),
    Kind.FLAG,
    "Also apply 'review' codemods (otherwise what they would change is reported).",
    False,
    key="unsafe",
)
PROSE = _setting(
    "prose",
    ("--prose",),
    Kind.FLAG,
    "Also rewrite comments and docs.",
    False,
    key="prose",
)
BEDROCK_PROFILE: Setting[str | None] = _setting(
    "bedrock_profile",
    ("--bedrock-profile",),
    Kind.TEXT,
    "Prefix (us, global, ...) for bare Bedrock IDs.",
    None,
    key="bedrock-profile",
    metavar="PREFIX",
)
REFUSAL_TEMPLATE: Setting[str | None] = _setting(
    "refusal_template",
    ("--refusal-template",),
    Kind.TEXT,
    "Statement(s) for an inserted refusal branch; {reason} is the dispatched expression.",
    None,
    key="refusal-template",
    metavar="CODE",
)
SDK: Setting[int | None] = _setting(
    "sdk",
    ("--sdk",),
    Kind.INT,
    "Major version of the anthropic SDK the code runs on "
    "(default: read from its pinned requirement).",
    None,
    key="sdk",
    metavar="MAJOR",
    check=_known_sdk,
)
EXCLUDE: Setting[tuple[str, ...] | None] = _setting(
    "exclude",
    ("--exclude",),
    Kind.PATTERNS,
    "Gitignore-style patterns to leave out, in place of the default folder excludes "
    "(.venv, node_modules, build, ...) and the config's `exclude` (repeats add up).",
    None,
    key="exclude",
    metavar="PATTERN",
)
EXTEND_EXCLUDE: Setting[tuple[str, ...]] = _setting(
    "extend_exclude",
    ("--extend-exclude",),
    Kind.PATTERNS,
    "Patterns to leave out as well as the excludes in force (repeats add up).",
    (),
    key="extend-exclude",
    metavar="PATTERN",
)

# How a run goes: command line only.
WRITE = _setting(
    "write",
    ("--write",),
    Kind.FLAG,
    "Apply the changes in place (default: dry run). With --check: write, then exit 1 if "
    "anything changed.",
    False,
)
CHECK = _setting(
    "check",
    ("--check",),
    Kind.FLAG,
    "Exit 1 if anything would change or any file failed.",
    False,
)
FAIL_ON_FINDINGS = _setting(
    "fail_on_findings",
    ("--fail-on-findings",),
    Kind.FLAG,
    "Exit 1 when any finding is left for review (with or without --check).",
    False,
)
FORMAT = _setting(
    "fmt",
    ("--format",),
    Kind.TEXT,
    "Output: a unified diff (default), json, sarif, github annotations or markdown.",
    "diff",
    choices=FORMAT_NAMES,
)
OUTPUT_FILE: Setting[str | None] = _setting(
    "output_file",
    ("-o", "--output-file"),
    Kind.TEXT,
    "Write the diff or report to this file instead of stdout.",
    None,
    metavar="FILE",
)
REPORTS: Setting[tuple[str, ...]] = _setting(
    "reports",
    ("--report",),
    Kind.STRINGS,
    "Also write the report in FORMAT to FILE, from the same scan (repeatable: one scan gives "
    "a CI job its SARIF, Markdown and JSON).",
    (),
    metavar="FORMAT=FILE",
    check=_report_spec,
)
PATCH_FILE: Setting[str | None] = _setting(
    "patch_file",
    ("--patch",),
    Kind.TEXT,
    "Write a patch that `git apply` accepts.",
    None,
    metavar="FILE",
)
CONFIG_FILE: Setting[str | None] = _setting(
    "config_file",
    ("--config",),
    Kind.TEXT,
    "Read [tool.claude-migrate] from this TOML file only, for every path "
    "(instead of each file's nearest pyproject.toml).",
    None,
    metavar="FILE",
)
STDIN_FILENAME: Setting[str | None] = _setting(
    "stdin_filename",
    ("--stdin-filename",),
    Kind.TEXT,
    "With the path `-` (read from stdin): the file name the text stands for (its kind, "
    "config and name in reports).",
    None,
    metavar="PATH",
)
CHANGED_SINCE: Setting[str | None] = _setting(
    "changed_since",
    ("--changed-since",),
    Kind.TEXT,
    "Only files changed against this git ref.",
    None,
    metavar="REF",
)
ALLOW_DIRTY = _setting(
    "allow_dirty",
    ("--allow-dirty",),
    Kind.FLAG,
    "Let --write run over uncommitted changes.",
    False,
)
INTERACTIVE = _setting(
    "interactive",
    ("-i", "--interactive"),
    Kind.FLAG,
    "Accept or reject each hunk; write the accepted.",
    False,
)
QUIET = _setting(
    "quiet",
    ("-q", "--quiet"),
    Kind.INT,
    "Print the diff and findings but no summary (-qq: findings neither; errors only).",
    0,
    count=True,
)
VERBOSE = _setting(
    "verbose",
    ("-v", "--verbose"),
    Kind.INT,
    "Also print the settings each group of files runs with, the run in figures and notes "
    "(cache entries ignored, ...).",
    0,
    count=True,
)
STATISTICS = _setting(
    "statistics",
    ("--statistics",),
    Kind.FLAG,
    "Print the count of changes and findings per code, with the code's summary.",
    False,
)
NO_CACHE = _setting(
    "no_cache",
    ("--no-cache",),
    Kind.FLAG,
    "Neither read nor write the content cache.",
    False,
)
CACHE_DIR: Setting[str | None] = _setting(
    "cache_dir",
    ("--cache-dir",),
    Kind.TEXT,
    "Keep the content cache here (default: the user's cache folder, one per project; "
    "CLAUDE_MIGRATE_CACHE_DIR also sets it).",
    None,
    metavar="DIR",
)
SHARD: Setting[str | None] = _setting(
    "shard",
    ("--shard",),
    Kind.TEXT,
    "Process only the K-th of N slices of the files (for CI matrices).",
    None,
    metavar="K/N",
)
MAX_MEMORY = _setting(
    "max_memory",
    ("--max-memory",),
    Kind.INT,
    "Memory cap of each worker process; files estimated not to fit are skipped.",
    1024,
    metavar="MIB",
    minimum=16,
)
JOBS: Setting[int | None] = _setting(
    "jobs",
    ("-j", "--jobs"),
    Kind.INT,
    "Worker processes (default: all cores).",
    None,
    metavar="N",
    minimum=1,
)

CONFIG_KEYS: dict[str, Setting[Any]] = {s.key: s for s in TABLE if s.key is not None}


class Values:
    """Settings by name, as given; one that is not given takes its default. Hashable, so
    that files governed by the same settings form one group."""

    def __init__(self, given: Mapping[str, Any] | None = None) -> None:
        self._given = {k: v for k, v in (given or {}).items() if v is not None}

    def __getitem__(self, setting: Setting[T]) -> T:
        return cast(T, self._given.get(setting.name, setting.default))

    def given(self, setting: Setting[Any]) -> bool:
        return setting.name in self._given

    def over(self, other: Values) -> Values:
        """These values, and `other`'s where these give none (the command line over config)."""
        return Values({**other._given, **self._given})

    def without(self, *settings: Setting[Any]) -> Values:
        return Values({k: v for k, v in self._given.items() if k not in {s.name for s in settings}})

    def _key(self) -> tuple[tuple[str, Any], ...]:
        return tuple(sorted(self._given.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Values) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Values({self._given!r})"


def split_codes(values: Iterable[str]) -> tuple[str, ...]:
    """`CM101,CM102` and repeats, added up and upper-cased."""
    return tuple(c.strip().upper() for value in values for c in value.split(",") if c.strip())


class TableError(ValueError):
    """A [tool.claude-migrate] key that is unknown, or a value of the wrong type."""


def from_table(table: Mapping[str, Any], section: str) -> Values:
    """The settings of one [tool.claude-migrate] table, checked against the table above."""
    given: dict[str, Any] = {}
    for key, value in table.items():
        setting = CONFIG_KEYS.get(key)
        if setting is None:
            known = ", ".join(sorted(CONFIG_KEYS))
            raise TableError(f"unknown key {key!r} in [tool.{section}] (known: {known})")
        if not _of_kind(value, setting.kind):
            raise TableError(f"[tool.{section}] {key} must be {setting.kind.description}")
        if setting.kind is Kind.CODES:
            value = split_codes(value)
        elif setting.kind in _LISTS:
            value = tuple(value)
        problem = setting.problem(value)
        if problem is not None:
            raise TableError(f"[tool.{section}] {key}: {problem}")
        given[setting.name] = value
    return Values(given)


def _of_kind(value: Any, kind: Kind) -> bool:
    if kind in _LISTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind is Kind.FLAG:
        return isinstance(value, bool)
    if kind is Kind.INT:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def from_command_line(given: Mapping[str, Any]) -> Values:
    """click's keyword arguments for the table's options, as Values (an option left out,
    or a repeated option never given, is not given)."""
    values: dict[str, Any] = {}
    for setting in TABLE:
        value: Any = given.get(setting.name)
        if setting.kind in _LISTS:
            repeated = tuple(value or ())
            value = (split_codes(repeated) if setting.kind is Kind.CODES else repeated) or None
        elif setting.count:
            value = value or None
        values[setting.name] = value
    return Values(values)


def options(command: F) -> F:
    """Add every setting of the table to a click command, as an option."""
    for setting in reversed(TABLE):
        command = click.option(*setting.flags, setting.name, **_click_arguments(setting))(command)
    return command


def _click_arguments(setting: Setting[Any]) -> dict[str, Any]:
    arguments: dict[str, Any] = {"help": setting.help}
    if setting.metavar:
        arguments["metavar"] = setting.metavar
    if setting.count:
        return {**arguments, "count": True}
    if setting.kind is Kind.FLAG:
        # A project's config may set it: "not given" must differ from "off".
        return {**arguments, "is_flag": True, "default": None}
    if setting.kind in _LISTS:
        return {**arguments, "multiple": True, "callback": _checked(setting)}
    if setting.choices:
        arguments["type"] = click.Choice(setting.choices)
        if setting.default is not None:
            arguments["default"] = setting.default
            arguments["show_default"] = True
        return arguments
    if setting.kind is Kind.INT:
        arguments["type"] = click.INT
        if setting.default is not None:
            arguments["default"] = setting.default
            arguments["show_default"] = True
        arguments["callback"] = _checked(setting)
    return arguments


def _checked(setting: Setting[Any]) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(_ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None and value != ():
            problem = setting.problem(value)
            if problem is not None:
                raise click.BadParameter(problem)
        return value

    return callback
