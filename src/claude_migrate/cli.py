"""The command line: parses options, runs the pipeline, turns results into output and an exit code.

Exit codes: 0 nothing left to do; 1 changes pending under --check, or a file failed;
2 usage error.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import replace

import click

from . import __version__, registry, runner, writer
from .cache import Cache
from .names import shown
from .pipeline import RunSettings, ScanStats, default_jobs
from .progress import Progress, session_allows_progress
from .report import Reporter, Totals, patch_bytes, review_diff
from .results import FileResult, Status
from .writer import WriteError, atomic_write

EXIT_OK, EXIT_PENDING = 0, 1  # usage errors exit 2 through click
# The --format names; formats itself is imported only when one is asked for (a test holds
# this list to formats.FORMATS).
FORMAT_NAMES = ("json", "sarif", "github", "markdown")


def _codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in (value or "").split(",") if c.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claude-migrate")
def main() -> None:
    """Migrate code written for Claude 3.x models to newer Claude conventions."""


@main.command("run")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--write", is_flag=True, help="Apply the changes in place (default: dry run).")
@click.option("--check", is_flag=True, help="Exit 1 if anything would change or any file failed.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["diff", *FORMAT_NAMES]),
    default="diff",
    help="Output: a unified diff (default), json, sarif, github annotations or markdown.",
)
@click.option(
    "--patch",
    "patch_file",
    type=click.Path(dir_okay=False),
    help="Write a patch that `git apply` accepts.",
)
@click.option(
    "--to",
    "to_version",
    metavar="VERSION",
    help="Target version (default: the newest complete set, now 5.5).",
)
@click.option("--select", metavar="CODES", help="Run only these codemods (codes or prefixes).")
@click.option("--ignore", metavar="CODES", help="Skip these codemods and findings.")
@click.option(
    "--unsafe",
    is_flag=True,
    default=None,
    help="Also apply 'review' codemods (otherwise what they would change is reported).",
)
@click.option("--prose", is_flag=True, default=None, help="Also rewrite comments and docs.")
@click.option(
    "--bedrock-profile", metavar="PREFIX", help="Prefix (us, global, ...) for bare Bedrock IDs."
)
@click.option(
    "--refusal-template",
    metavar="CODE",
    help="Statement(s) for an inserted refusal branch; {reason} is the dispatched expression.",
)
@click.option(
    "--sdk",
    type=click.IntRange(min=0),
    metavar="MAJOR",
    help="Major version of the anthropic SDK the code runs on (default: read from its pinned requirement).",
)
@click.option("--changed-since", metavar="REF", help="Only files changed against this git ref.")
@click.option("--allow-dirty", is_flag=True, help="Let --write run over uncommitted changes.")
@click.option(
    "--interactive", "-i", is_flag=True, help="Accept or reject each hunk; write the accepted."
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the content cache.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="CLAUDE_MIGRATE_CACHE_DIR",
    help="Keep the content cache here (default: the user's cache folder, one per project).",
)
@click.option("-v", "--verbose", is_flag=True, help="Also print notes, e.g. cache entries ignored.")
@click.option(
    "--shard",
    metavar="K/N",
    help="Process only the K-th of N slices of the files (for CI matrices).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=16),
    default=1024,
    show_default=True,
    metavar="MIB",
    help="Memory cap of each worker process; files estimated not to fit are skipped.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores)."
)
def run_command(
    paths: Sequence[str],
    write: bool,
    check: bool,
    fmt: str,
    patch_file: str | None,
    to_version: str | None,
    select: str | None,
    ignore: str | None,
    unsafe: bool | None,
    prose: bool | None,
    bedrock_profile: str | None,
    refusal_template: str | None,
    sdk: int | None,
    changed_since: str | None,
    allow_dirty: bool,
    interactive: bool,
    no_cache: bool,
    cache_dir: str | None,
    verbose: bool,
    shard: str | None,
    max_memory: int,
    jobs: int | None,
) -> None:
    """Migrate PATHS (files or folders; default: the current folder).

    A dry run by default: the unified diff goes to stdout, findings and the summary to
    stderr. Nothing is written without --write (or the hunks accepted with --interactive).
    """
    if refusal_template is not None:
        _check_template(refusal_template)
    if interactive and (check or fmt != "diff" or patch_file):
        raise click.UsageError("--interactive cannot be combined with --check, --format or --patch")
    request = runner.Request(
        paths=tuple(paths) or (".",),
        to_version=to_version,
        select=_codes(select) if select is not None else None,
        ignore=_codes(ignore) if ignore is not None else None,
        unsafe=unsafe,
        prose=prose,
        bedrock_profile=bedrock_profile,
        refusal_template=refusal_template,
        changed_since=changed_since,
        sdk=sdk,
    )
    writing = write and not check
    try:
        if writing and not allow_dirty:
            runner.ensure_clean(request.paths)
        groups, problems = runner.prepare(request)
    except runner.RunError as exc:
        raise click.UsageError(str(exc)) from exc

    reporter = Reporter()
    progress = (
        Progress(reporter.err)
        if fmt == "diff" and reporter.err_is_terminal and session_allows_progress(interactive)
        else None
    )
    settings = RunSettings(
        jobs=jobs or default_jobs(),
        cache=None if no_cache else Cache(runner.cache_folder(request.paths, cache_dir)),
        shard=_shard(shard),
        max_memory=max_memory * 1024 * 1024,
        on_progress=progress.update if progress else None,
    )
    started = time.perf_counter()
    stats = ScanStats()
    totals = Totals()
    collected: list[FileResult] = []
    patches: list[bytes] = []  # only for --patch
    reviews: list[bytes] = []  # only for --format markdown: what people read (per notebook cell)
    added: list[bytes] = []  # added lines that name a model, for the retirement warning
    session = None
    if interactive:
        from .interactive import InteractiveSession

        session = InteractiveSession(reporter)
    if fmt == "diff":  # machine formats keep stderr quiet
        for warning in _calendar_warnings(groups, request.paths):
            reporter.warning(warning)
        for problem in problems:
            reporter.problem(str(problem))
    for result in runner.results(groups, settings, stats):
        if result.status is Status.CHANGED:
            patch = patch_bytes(result)
            added += [
                line for line in patch.splitlines() if line.startswith(b"+") and b"claude-" in line
            ]
            if patch_file:
                patches.append(patch)
            if fmt == "markdown":
                reviews.append(review_diff(result))
            if session is not None:
                result = session.review(result)
            elif fmt == "diff" and not patch_file and not writing:
                reporter.diff(result, patch)
            if writing or (session is not None and result.status is Status.CHANGED):
                result = _write(result)
        if fmt == "diff":
            reporter.file_messages(result)
        totals.add(result)
        if fmt != "diff":
            collected.append(result)
    if patch_file:
        try:
            writer.write_file(patch_file, b"".join(patches))
        except writer.WriteError as exc:
            raise click.ClickException(str(exc)) from exc
    target = (
        ", ".join(sorted({registry.version_label(g.plan.options.target) for g in groups})) or "-"
    )
    if progress is not None:
        progress.stop()
    if verbose and settings.cache is not None:
        for note in dict.fromkeys(settings.cache.notes):  # each once, in order
            reporter.note(note)
    if fmt == "diff":
        for warning in _landing_warnings(groups, added):
            reporter.warning(warning)
        reporter.summary(totals, stats.scanned, stats.prefiltered_out, wrote=writing, check=check)
        reporter.statistics(stats, totals, time.perf_counter() - started)
    else:
        from . import formats

        # Reports carry names as people read them: a name that is not UTF-8, or holds a
        # control character, cannot be written into JSON, SARIF or an annotation as it is.
        run_summary = formats.Run(
            results=[replace(r, path=shown(r.path)) for r in collected],
            problems=[replace(p, path=shown(p.path)) for p in problems],
            target=target,
            scanned=stats.scanned,
            prefiltered=stats.prefiltered_out,
            wrote=writing,
            patches=reviews,
        )
        click.echo(formats.FORMATS[fmt](run_summary), nl=False)
    failed = totals.failed or any(p.fatal for p in problems)
    pending = check and totals.changed
    sys.exit(EXIT_PENDING if failed or pending else EXIT_OK)


def _calendar_warnings(groups: Sequence[runner.Group], paths: Sequence[str]) -> list[str]:
    """Said once, before anything else: a target set that is no longer the newest (with what
    its models are today), and a project SDK that knows models the tables do not."""
    from . import sdk_tables

    warnings = []
    newest = registry.newest_version()
    today = dt.date.today()
    for target in sorted({g.plan.options.target for g in groups}):
        if target < newest:
            from . import model_report

            landing = {
                k: f for _, t in registry.model_tables(target) for k, f in t.families.items()
            }
            warnings.append(
                model_report.stale_target_warning(
                    target,
                    registry.version_label(target),
                    registry.version_label(newest),
                    landing.values(),
                    today,
                )
            )
    sdk = sdk_tables.find(paths[0]) if paths else None
    if sdk is not None:
        line = sdk_tables.stale_line(sdk, (t for _, t in registry.model_tables(newest)))
        if line:
            warnings.append(line)
    return warnings


def _landing_warnings(groups: Sequence[runner.Group], added: Sequence[bytes]) -> list[str]:
    """Warn when the migrated code names a model that is deprecated, retired or listed to
    retire, on the platforms whose IDs it names: the patches' added lines are the migrated
    code."""
    if not groups or not added:
        return []
    from . import model_report  # with the model tables, only when code names a model

    target = max(g.plan.options.target for g in groups)
    return model_report.landing_warnings(
        (table for _, table in registry.model_tables(target)),
        added,
        dt.date.today(),
        registry.later_version(target),
    )


def _shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise click.UsageError(f"--shard takes K/N, e.g. 2/4; got {value!r}") from None
    if not 1 <= k <= n:
        raise click.UsageError(f"--shard {value}: K must be between 1 and N")
    return k, n


def _check_template(template: str) -> None:
    import libcst  # only when a template is given: LibCST costs 0.2 s to import

    try:
        body = libcst.parse_module(template.replace("{reason}", "reason") + "\n").body
    except libcst.ParserSyntaxError as exc:
        raise click.UsageError(f"--refusal-template is not Python: {exc.message}") from exc
    if not body:
        raise click.UsageError("--refusal-template is empty")


def _write(result: FileResult) -> FileResult:
    assert result.old_bytes is not None and result.new_bytes is not None
    try:
        atomic_write(result.real_path, result.old_bytes, result.new_bytes)
    except WriteError as exc:
        return FileResult(result.path, Status.FAILED, findings=result.findings, error=str(exc))
    return result


@main.command("list")
@click.option("--to", "to_version", metavar="VERSION", help="Show the sets up to this version.")
def list_command(to_version: str | None) -> None:
    """List the codemods with code, target, safety and a one-line summary."""
    try:
        target = registry.parse_version(to_version) if to_version else registry.newest_version()
        codemods = registry.codemods_up_to(target)
    except registry.SelectionError as exc:
        raise click.UsageError(str(exc)) from exc
    lines = []
    for codemod in codemods:
        version = registry.version_label(codemod.target)
        lines.append(
            f"{codemod.code}  {version:<5} {codemod.safety.value:<7} {codemod.slug:<28} {codemod.summary()}"
        )
        for code, summary in codemod.finding_codes.items():
            lines.append(f"  {code}  finding: {summary}")
    Reporter().lines(lines)


@main.command("explain")
@click.argument("code")
def explain_command(code: str) -> None:
    """Show what a codemod or finding code does, why, and its source."""
    engine = registry.engine_code(code.upper())
    if engine is not None:
        slug, description = engine
        Reporter().lines([f"{code.upper()} {slug} (reported by the engine)", "", description])
        return
    owner = registry.finding_owner(code.upper())
    if owner is None:
        raise click.UsageError(f"unknown code {code!r}; see `claude-migrate list`")
    header = [
        f"{owner.code} {owner.slug} (target {registry.version_label(owner.target)}, {owner.safety.value})"
    ]
    if code.upper() != owner.code:
        header.insert(
            0, f"{code.upper()}: {owner.finding_codes[code.upper()]} (a finding of {owner.code})"
        )
        header.insert(1, "")
    Reporter().lines([*header, "", *owner.description().splitlines()])


@main.command("models")
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Show each model's status on this date (default: today).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--to", "to_version", metavar="VERSION", help="Show the tables up to this version.")
def models_command(as_of: dt.datetime | None, fmt: str, to_version: str | None) -> None:
    """The model table: status, dates, replacement, recommendation and source."""
    from . import model_report

    try:
        target = registry.parse_version(to_version) if to_version else registry.newest_version()
        registry.codemods_up_to(target)
    except registry.SelectionError as exc:
        raise click.UsageError(str(exc)) from exc
    on = as_of.date() if as_of else dt.date.today()
    tables = registry.model_tables(target)
    if fmt == "json":
        click.echo(json.dumps(model_report.models_json(tables, on), indent=2))
    else:
        Reporter().lines(model_report.models_lines(tables, on))
