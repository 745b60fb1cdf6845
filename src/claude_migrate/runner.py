"""Turns a request (paths and options) into plans and file results.

Settings come from the command line first, then from the nearest `[tool.claude-migrate]`
above each file; files governed by the same settings form one group with one plan. The
command line's own module only parses options and prints.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from . import lang, registry, sdk_version, settings
from .authoring.options import RunOptions
from .config import Config, ConfigError, ConfigFinder
from .config import load as load_config
from .discover import Problem, SourceFile, discover, gitignore_spec
from .pipeline import Plan, RunSettings, ScanStats, run, shared
from .projects import ProjectRoots, covers
from .results import FileResult, Status
from .settings import Values

ALL_KINDS = frozenset({"python", "notebook", "config", "docs"}) | lang.KINDS


class RunError(Exception):
    """The request cannot run as given (exit 2): bad option, config or git state."""


@dataclass(frozen=True)
class Request:
    paths: tuple[str, ...]
    values: Values = field(default_factory=Values)  # the command line's

    @property
    def changed_since(self) -> str | None:
        return self.values[settings.CHANGED_SINCE]


@dataclass(frozen=True)
class Group:
    """The files of one project that one config governs, and how they are migrated."""

    plan: Plan
    files: tuple[SourceFile, ...]
    # Files of the same project that the command line did not name (one file named by the
    # pre-commit hook, --changed-since): read for the project's facts only, so that a file
    # is migrated as a run over its whole project would migrate it.
    fact_files: tuple[SourceFile, ...] = ()
    config: Config = field(default_factory=Config)


def plan_for(request: Request, config: Config) -> tuple[Plan, list[str]]:
    """The plan for the files `config` governs, and warnings about its settings."""
    where = f" (from {config.source})" if config.source else ""
    values = request.values.over(config.values)
    try:
        version = values[settings.TARGET]
        target = registry.parse_version(version) if version else registry.newest_version()
        select, ignore = values[settings.SELECT], values[settings.IGNORE]
        codemods = registry.select(target, select, ignore)
    except registry.SelectionError as exc:
        raise RunError(f"{exc}{where}") from exc
    warnings = [
        f"--ignore {code}: {outside}; it ignores nothing here{where}"
        for code in ignore
        if (outside := registry.outside_target(target, code))
    ]
    profile = values[settings.BEDROCK_PROFILE]
    sdk = values[settings.SDK]
    options = RunOptions(
        target=target,
        prose=values[settings.PROSE],
        bedrock_profile=profile.strip().rstrip(".") if profile else None,
        refusal_template=values[settings.REFUSAL_TEMPLATE],
        sdk=sdk if sdk is not None else sdk_version.detect(config.root or request.paths[0]),
        report_only=registry.report_only(codemods, select, values[settings.UNSAFE]),
        running=frozenset(c.code for c in codemods),
    )
    plan = Plan(
        codemods=codemods,
        options=options,
        ignore_codes=ignore,
        known_codes=registry.known_codes(),
    )
    return plan, warnings


def _fixed_config(request: Request) -> Config | None:
    path = request.values[settings.CONFIG_FILE]
    if path is None:
        return None
    if not os.path.isfile(path):
        raise RunError(f"--config {path}: no such file")
    return load_config(path, required=True)


def prepare(request: Request) -> tuple[list[Group], list[Problem]]:
    """Discover the files, group them by project and by the settings that govern them.
    Warnings about the settings come back as problems that are not fatal."""
    roots = ProjectRoots()
    problems: list[Problem] = []
    files: dict[str, tuple[SourceFile, str]] = {}  # real path -> (file, its project root)
    walked: list[str] = []  # the real folders the command line walks
    cli_exclude = _cli_excludes(request.values)
    own_exclude = not request.values.given(settings.EXCLUDE)  # --exclude replaces `exclude`
    try:
        finder = ConfigFinder(_fixed_config(request))
        for arg in request.paths:
            root_config = finder.for_path(arg) if os.path.exists(arg) else Config()
            found, arg_problems = discover(
                [arg],
                kinds=ALL_KINDS,
                default_excludes=root_config.exclude is None and own_exclude,
            )
            problems += arg_problems
            real = os.path.realpath(arg)
            walked_from = real if os.path.isdir(real) else os.path.dirname(real)
            if os.path.isdir(real):
                walked.append(real)
            for file in found:
                files.setdefault(file.real, (file, roots.of(file.real, walked_from)))
        changed = _changed(request) if request.changed_since else None
        groups: dict[tuple[Config, str], list[SourceFile]] = {}
        # discover() sorts each path's files; only several paths need a sort of the union.
        ordered = list(files.values()) if len(request.paths) == 1 else sorted(files.values())
        folder, config = None, Config()
        bucket_of: tuple[str, list[SourceFile]] = ("", [])
        for file, project in ordered:
            # Files come folder by folder: ask for the config (and hash it, to find its
            # group) once a folder and project, not once a file.
            here = file.real.rpartition(os.sep)[0]
            if here != folder:
                folder, config = here, finder.for_file(file.real)
                bucket_of = (project, groups.setdefault((config, project), []))
            elif project != bucket_of[0]:
                bucket_of = (project, groups.setdefault((config, project), []))
            if (
                config.excludes(file.real, own_exclude)
                or (cli_exclude is not None and cli_exclude(file.real))
                or (changed is not None and file.real not in changed)
            ):
                continue
            bucket_of[1].append(file)
        partial = {
            project
            for _, project in groups
            if changed is not None or not any(covers(w, project) for w in walked)
        }
        whole = _whole_projects(partial, finder, roots)
    except ConfigError as exc:
        raise RunError(str(exc)) from exc
    result = []
    for (config, project), members in groups.items():
        if not members:  # every file it governs is excluded: its settings are not needed
            continue
        plan, warnings, error = _plan_or_error(request, config)
        if plan is None:
            problems.append(_config_problem(request, config, error, members))
            continue
        problems += [
            Problem("warning", w) for w in warnings if Problem("warning", w) not in problems
        ]
        kinds = plan.kinds
        kept = tuple(f for f in members if f.kind in kinds)
        if not kept:
            continue
        named = {f.real for f in kept}
        others = tuple(f for f in whole.get(project, ()) if f.real not in named and f.kind in kinds)
        result.append(Group(plan, kept, others, config))
    return result, problems


def _whole_projects(
    projects: set[str], finder: ConfigFinder, roots: ProjectRoots
) -> dict[str, list[SourceFile]]:
    """Every file a run over each of these projects would migrate, for their facts."""
    whole: dict[str, list[SourceFile]] = {}
    for project in sorted(projects):
        config = finder.for_path(project)
        found, _ = discover([project], kinds=ALL_KINDS, default_excludes=config.exclude is None)
        whole[project] = [
            f
            for f in found
            if roots.of(f.real, project) == project and not finder.for_file(f.real).excludes(f.real)
        ]
    return whole


def _cli_excludes(values: Values) -> Callable[[str], bool] | None:
    """--exclude and --extend-exclude, matched on paths relative to the current folder."""
    patterns = [*(values[settings.EXCLUDE] or ()), *values[settings.EXTEND_EXCLUDE]]
    if not patterns:
        return None
    spec = gitignore_spec(patterns)
    cwd = os.getcwd()

    def excluded(real: str) -> bool:
        relative = os.path.relpath(real, cwd)
        return spec.match_file(relative if not relative.startswith("..") else real)

    return excluded


def migrate_stdin(data: bytes, filename: str | None, request: Request) -> tuple[FileResult, Group]:
    """The text read from stdin, migrated as the file `filename` would be (its kind and its
    config; Python when no name is given). Project-wide facts are not gathered: the text has
    no project around it."""
    from .discover import kind_of
    from .pipeline import migrate_bytes

    name = filename or "-"
    kind = (kind_of(filename) if filename else None) or "python"
    try:
        finder = ConfigFinder(_fixed_config(request))
        config = finder.for_path(os.path.abspath(filename)) if filename else finder.for_path(".")
    except ConfigError as exc:
        raise RunError(str(exc)) from exc
    if config.error is not None:  # the one file of the run: its config is the run's
        raise RunError(f"{config.source}: {config.error}")
    plan, _warnings = plan_for(Request(request.paths, request.values), config)
    group = Group(plan, (SourceFile(name, name, kind),), config=config)
    if kind not in plan.kinds:  # documentation without --prose
        return FileResult(name, Status.UNCHANGED, old_bytes=data), group
    result = migrate_bytes(data, name, plan, kind)
    return (replace(result, old_bytes=data) if result.old_bytes is None else result), group


def _plan_or_error(request: Request, config: Config) -> tuple[Plan | None, list[str], str]:
    """The plan and warnings about its settings, or why this config's settings cannot be
    used. A bad command line is still a usage error for the whole run; a bad config only
    fails the files it governs."""
    if config.error is None:
        try:
            plan, warnings = plan_for(request, config)
            return plan, warnings, ""
        except RunError as exc:
            if config.source is None:
                raise
            plan_for(request, Config())  # raises if the command line alone is wrong
            return None, [], str(exc).removesuffix(f" (from {config.source})")
    plan_for(request, Config())
    return None, [], config.error


def _config_problem(
    request: Request, config: Config, cause: str, members: Sequence[SourceFile]
) -> Problem:
    """One line for a config whose files are not migrated; fatal (exit 1) when it governs a
    file, other than itself, that this run would have read."""
    assert config.source is not None
    kinds = plan_for(request, Config())[0].kinds
    count = sum(f.kind in kinds and f.real != config.source for f in members)
    where = os.path.relpath(config.source) if _inside_cwd(config.source) else config.source
    if not count:
        return Problem(where, f"{cause}; ignored (it governs no other file this run reads)")
    files = "1 file" if count == 1 else f"{count} files"
    return Problem(where, f"{cause}; not migrated: the {files} it governs", fatal=True)


def _inside_cwd(path: str) -> bool:
    return not os.path.relpath(path).startswith("..")


def _changed(request: Request) -> set[str]:
    from . import gitutil  # with subprocess, only for the options that ask git

    since = request.changed_since
    assert since is not None
    changed: set[str] = set()
    for arg in request.paths:
        root = gitutil.repo_root(arg)
        if root is None:
            raise RunError(f"--changed-since needs a git repository; {arg} is not in one")
        try:
            changed |= gitutil.changed_since(root, since)
        except gitutil.GitError as exc:
            raise RunError(f"--changed-since {since}: {exc}") from exc
    return changed


def ensure_clean(paths: Sequence[str]) -> None:
    """--write refuses to run over uncommitted changes, so the migration is its own diff."""
    from . import gitutil

    for root in sorted({r for r in (gitutil.repo_root(p) for p in paths) if r}):
        dirty = gitutil.dirty_files(root)
        if dirty:
            shown = ", ".join(dirty[:5]) + (" ..." if len(dirty) > 5 else "")
            raise RunError(
                f"the git work tree {root} has uncommitted changes ({shown}); commit or stash "
                "them first, or pass --allow-dirty"
            )


def results(
    groups: Sequence[Group], settings: RunSettings, stats: ScanStats
) -> Iterator[FileResult]:
    """Every group's results, in path order across groups. The groups share one pool of
    workers."""
    with shared(settings) as settings:
        if len(groups) == 1:
            yield from run(groups[0].files, groups[0].plan, settings, stats, groups[0].fact_files)
            return
        collected = [r for g in groups for r in run(g.files, g.plan, settings, stats, g.fact_files)]
        yield from sorted(collected, key=lambda r: r.path)


def cache_folder(paths: Sequence[str], chosen: str | None = None) -> str:
    """The cache folder: the one chosen (--cache-dir, CLAUDE_MIGRATE_CACHE_DIR), else the
    user's cache folder for the project: the git work tree of the first path, else that
    path's folder. Never inside the tree being read, so a dry run writes nothing there."""
    if chosen:
        return chosen
    from .cache import default_folder

    first = paths[0] if paths else "."
    top = _work_tree_top(first)
    return default_folder(top or (first if os.path.isdir(first) else os.path.dirname(first) or "."))


def _work_tree_top(path: str) -> str | None:
    """The folder holding `.git` above `path`: what `git rev-parse --show-toplevel` answers
    for an ordinary checkout, without starting git on every run."""
    folder = os.path.realpath(path if os.path.isdir(path) else os.path.dirname(path) or ".")
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
