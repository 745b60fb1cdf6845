"""The command line: parses options, runs the pipeline, turns results into output and an exit code.

The options of `run` are declared once, in `settings`. Exit codes: see EXIT_* below and the
README's table.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import IO, Any

import click

from . import __version__, lang, registry, runner, settings, writer
from .cache import Cache
from .discover import Problem
from .names import shown
from .pipeline import RunSettings, ScanStats, default_jobs
from .progress import Progress, session_allows_progress
from .report import Reporter, Totals, patch_bytes, review_diff
from .results import FileResult, Status
from .settings import Values
from .writer import WriteError, atomic_write

EXIT_OK = 0  # nothing left to do (or a dry run without --check)
EXIT_PENDING = 1  # --check: changes pending; --fail-on-findings: findings left; a file failed
EXIT_USAGE = 2  # a usage or config error (click's own code for usage errors)
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it
# The --format names besides diff; formats itself is imported only when one is asked for (a
# test holds this list to formats.FORMATS).
FORMAT_NAMES = tuple(n for n in settings.FORMAT_NAMES if n != "diff")


class _Main(click.Group):
    """The command group, with Ctrl-C as exit 130 rather than click's "Aborted!" and 1 (which
    means "changes pending")."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing more was written.", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claude-migrate")
def main() -> None:
    """Migrate code written for Claude 3.x models to newer Claude conventions."""


@main.command("run")
@click.argument("paths", nargs=-1, type=click.Path())
@settings.options
def run_command(paths: Sequence[str], **given: Any) -> None:
    """Migrate PATHS (files or folders; default: the current folder; `-`: stdin).

    A dry run by default: the unified diff goes to stdout, findings and the summary to
    stderr. Nothing is written without --write (or the hunks accepted with --interactive).
    Exit codes: 0 nothing left to do; 1 changes pending under --check, findings left under
    --fail-on-findings, or a file failed; 2 usage or config error; 130 interrupted.
    """
    values = settings.from_command_line(given)
    _check_usage(paths, values)
    out = _output(values)
    try:
        code = _run(tuple(paths) or (".",), values, out)
    except BaseException:
        if out is not None:
            out.discard()
        raise
    if out is not None:
        try:
            out.close()
        except WriteError as exc:
            raise click.ClickException(str(exc)) from exc
    sys.exit(code)


def _check_usage(paths: Sequence[str], values: Values) -> None:
    template = values[settings.REFUSAL_TEMPLATE]
    if template is not None:
        _check_template(template)
    fmt = values[settings.FORMAT]
    if values[settings.INTERACTIVE] and (
        values[settings.CHECK] or fmt != "diff" or values[settings.PATCH_FILE]
    ):
        raise click.UsageError("--interactive cannot be combined with --check, --format or --patch")
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("`-` (stdin) is the only path when given")
    if values.given(settings.STDIN_FILENAME) and list(paths) != ["-"]:
        raise click.UsageError("--stdin-filename needs the path `-`")
    if "-" in paths and (values[settings.INTERACTIVE] or values[settings.PATCH_FILE]):
        raise click.UsageError("stdin (`-`) cannot be combined with --interactive or --patch")


def _output(values: Values) -> writer.OutputFile | None:
    path = values[settings.OUTPUT_FILE]
    if path is None:
        return None
    try:
        return writer.OutputFile(path)
    except WriteError as exc:
        raise click.UsageError(f"--output-file {exc}") from exc


def _run(paths: tuple[str, ...], values: Values, out: IO[str] | None) -> int:
    fmt = values[settings.FORMAT]
    check, interactive = values[settings.CHECK], values[settings.INTERACTIVE]
    write = values[settings.WRITE] and paths != ("-",)
    patch_file = values[settings.PATCH_FILE]
    quiet, verbose = values[settings.QUIET], values[settings.VERBOSE]
    reports = [
        (spec.partition("=")[0], spec.partition("=")[2]) for spec in values[settings.REPORTS]
    ]
    kept = fmt != "diff" or bool(reports)  # results kept for a format
    markdown = fmt == "markdown" or any(f == "markdown" for f, _ in reports)
    request = runner.Request(paths=paths, values=values)
    try:
        if write and not values[settings.ALLOW_DIRTY]:
            runner.ensure_clean(request.paths)
        groups: list[runner.Group]
        problems: list[Problem]
        stdin_result: FileResult | None
        stdin_group: runner.Group | None
        if paths == ("-",):
            groups, problems = [], []
            stdin_result, stdin_group = runner.migrate_stdin(
                sys.stdin.buffer.read(), values[settings.STDIN_FILENAME], request
            )
        else:
            groups, problems = runner.prepare(request)
            stdin_result = stdin_group = None
    except runner.RunError as exc:
        raise click.UsageError(str(exc)) from exc

    reporter = Reporter(stdout=out)
    progress = (
        Progress(reporter.err)
        if fmt == "diff"
        and not quiet
        and reporter.err_is_terminal
        and session_allows_progress(interactive)
        else None
    )
    run_settings = RunSettings(
        jobs=values[settings.JOBS] or default_jobs(),
        cache=None
        if values[settings.NO_CACHE]
        else Cache(
            runner.cache_folder(
                request.paths,
                values[settings.CACHE_DIR] or os.environ.get("CLAUDE_MIGRATE_CACHE_DIR"),
            )
        ),
        shard=_shard(values[settings.SHARD]),
        max_memory=values[settings.MAX_MEMORY] * 1024 * 1024,
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
    # Said before anything else on stderr; machine formats keep stderr quiet and carry them.
    calendar_warnings = _calendar_warnings(groups, request.paths)
    if fmt == "diff" and not quiet:
        for warning in calendar_warnings:
            reporter.warning(warning)
    if fmt == "diff" and quiet < 2:
        for problem in problems:
            reporter.problem(str(problem))
    if verbose:
        for group in groups:
            reporter.lines_err(_group_description(group))
    if stdin_result is not None:
        assert stdin_group is not None
        groups = [stdin_group]
        stats.scanned = 1
        results: Any = iter([stdin_result])
    else:
        results = runner.results(groups, run_settings, stats)
    for result in results:
        if result.status is Status.CHANGED:
            patch = patch_bytes(result)
            added += [
                line for line in patch.splitlines() if line.startswith(b"+") and b"claude-" in line
            ]
            if patch_file:
                patches.append(patch)
            if markdown:
                reviews.append(review_diff(result))
            if session is not None:
                result = session.review(result)
            elif fmt == "diff" and stdin_result is None and not patch_file and not write:
                reporter.diff(result, patch)
            if write or (session is not None and result.status is Status.CHANGED):
                result = _write(result)
        if fmt == "diff" and stdin_result is not None:
            reporter.text(result)
        if fmt == "diff" and quiet < 2:
            reporter.file_messages(result)
        elif fmt == "diff" and result.status is Status.FAILED:
            reporter.problem(f"{result.path}: {result.error}")
        totals.add(result)
        if kept:
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
    wrote = write or session is not None
    if verbose and run_settings.cache is not None:
        for note in dict.fromkeys(run_settings.cache.notes):  # each once, in order
            reporter.note(note)
    landing_warnings = _landing_warnings(groups, added)
    if fmt == "diff":
        if values[settings.STATISTICS]:
            reporter.code_statistics(totals)
        if not quiet:
            for warning in landing_warnings:
                reporter.warning(warning)
            reporter.summary(totals, stats.scanned, stats.prefiltered_out, wrote=wrote, check=check)
        if verbose:
            reporter.statistics(stats, totals, time.perf_counter() - started)
    if kept:
        from . import formats

        # Reports carry names as people read them: a name that is not UTF-8, or holds a
        # control character, cannot be written into JSON, SARIF or an annotation as it is.
        run_summary = formats.Run(
            results=[replace(r, path=shown(r.path)) for r in collected],
            problems=[replace(p, path=shown(p.path)) for p in problems],
            target=target,
            scanned=stats.scanned,
            prefiltered=stats.prefiltered_out,
            wrote=wrote,
            patches=reviews,
            findings_fail=values[settings.FAIL_ON_FINDINGS],
            warnings=[*calendar_warnings, *landing_warnings],
        )
        if fmt != "diff":
            reporter.stdout.write(formats.FORMATS[fmt](run_summary))
        for report_format, report_path in reports:
            try:
                text = formats.FORMATS[report_format](run_summary)
                writer.write_file(report_path, text.encode("utf-8"))
            except WriteError as exc:
                raise click.UsageError(f"--report {exc}") from exc
    failed = totals.failed or any(p.fatal for p in problems)
    pending = check and totals.changed
    findings_left = values[settings.FAIL_ON_FINDINGS] and totals.findings.total() > 0
    return EXIT_PENDING if failed or pending or findings_left else EXIT_OK


def _group_description(group: runner.Group) -> list[str]:
    options = group.plan.options
    source = group.config.source or "no config"
    codes = ",".join(c.code for c in group.plan.codemods)
    sdk = "unknown" if options.sdk is None else str(options.sdk)
    return [
        f"settings ({source}): target {registry.version_label(options.target)}, "
        f"{len(group.files)} file{'' if len(group.files) == 1 else 's'}, SDK {sdk}, codemods {codes}"
    ]


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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text, or json: one object per codemod with its findings.",
)
def list_command(to_version: str | None, fmt: str) -> None:
    """List the codemods with code, target, safety and a one-line summary."""
    try:
        target = registry.parse_version(to_version) if to_version else registry.newest_version()
        codemods = registry.codemods_up_to(target)
    except registry.SelectionError as exc:
        raise click.UsageError(str(exc)) from exc
    if fmt == "json":
        entries = [
            {
                "code": codemod.code,
                "slug": codemod.slug,
                "target": registry.version_label(codemod.target),
                "safety": codemod.safety.value,
                "summary": codemod.summary(),
                "languages": ["Python", *lang.languages_of(codemod.code)],
                "findings": [
                    {"code": code, "summary": summary}
                    for code, summary in codemod.finding_codes.items()
                ],
            }
            for codemod in codemods
        ]
        click.echo(json.dumps(entries, indent=2))
        return
    lines = []
    for codemod in codemods:
        version = registry.version_label(codemod.target)
        lines.append(
            f"{codemod.code}  {version:<5} {codemod.safety.value:<7} {codemod.slug:<28} {codemod.summary()}"
        )
        lines.append(f"  languages: {', '.join(('Python', *lang.languages_of(codemod.code)))}")
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
    languages = ", ".join(("Python", *lang.languages_of(owner.code)))
    header.append(f"Languages: {languages} (see the README for what each covers)")
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
