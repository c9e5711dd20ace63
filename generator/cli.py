"""docgen's commands: spec, build, check. Diagnostics are printed here, once."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.config import Service, find_config, load_services
from generator.diagnostics import Diagnostics, Location, Severity

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID
    from rich.status import Status

    from generator.sync.run import Synced


def _floor(args: argparse.Namespace) -> Severity:
    return Severity.ERROR if args.quiet else Severity.INFO if args.verbose else Severity.WARNING


def _summary(diagnostics: Diagnostics, hidden: int) -> str:
    counts = ", ".join(f"{diagnostics.count(s)} {s}s" for s in (Severity.ERROR, Severity.WARNING))
    note = f" ({hidden} info hidden; -v shows them)" if hidden else ""
    return f"docgen: {counts}{note}"


SPEC_SUFFIXES = (".yaml", ".yml", ".json")
EXAMPLES = """examples:
  docgen spec spec/pages/elb -o elb.openapi.yaml     pages (files or folders) to one OpenAPI document
  docgen build                                       every configured service's spec and package
  docgen check                                       exit 1 when the committed outputs are stale
  docgen report spec/pages/elb                       one line per page, totals per folder
  docgen diff spec/sms.openapi.yaml HEAD~1           what changed since a revision, breaking first
  docgen sync                                        pages of git-sourced services at the edition in docgen.lock
  docgen sync --update --fail-on breaking            newest edition: pages, lock, spec, package, change list
"""


def _print(diagnostics: Diagnostics, args: argparse.Namespace) -> None:
    """Diagnostics, once, to stderr: compiler style or JSON; --quiet keeps errors only."""
    everything = diagnostics.sorted()
    shown = [d for d in everything if d.severity >= _floor(args)]
    if args.format == "json":
        print(json.dumps([d.as_dict() for d in shown], indent=1), file=sys.stderr)
        return
    hidden = len(everything) - len(shown)
    summary = [_summary(diagnostics, hidden)] if not args.quiet and (shown or hidden) else []
    for line in [*map(str, shown), *summary]:
        print(line, file=sys.stderr)


def _print_errors(diagnostics: Diagnostics, args: argparse.Namespace) -> None:
    """For commands whose output is not diagnostics: all of them with -v, else the errors (always shown)."""
    if args.verbose or args.format == "json":
        _print(diagnostics, args)
        return
    for line in (str(d) for d in diagnostics.sorted() if d.severity >= Severity.ERROR):
        print(line, file=sys.stderr)


def _services(args: argparse.Namespace, diagnostics: Diagnostics) -> list[Service]:
    config = Path(args.config) if args.config else find_config(Path.cwd())
    if config is None or not config.is_file():
        diagnostics.error("DG501", Location(str(args.config or "pyproject.toml")), "no pyproject.toml found")
        return []
    services = load_services(config, diagnostics)
    wanted = args.service or [s.name for s in services]
    for name in sorted(set(wanted) - {s.name for s in services}):
        diagnostics.error("DG501", Location(config.name), f"no service named {name!r} is configured")
    return [s for s in services if s.name in wanted]


def cmd_spec(args: argparse.Namespace) -> int:
    from generator.openapi.check import validate_document
    from generator.openapi.files import dump_spec
    from generator.page_cache import user_cache_directory
    from generator.pipeline import SpecRequest, build_spec
    from generator.write import write_file

    diagnostics = Diagnostics()
    output = Path(args.output)
    if output.suffix.lower() not in SPEC_SUFFIXES:
        message = f"docgen writes {', '.join(SPEC_SUFFIXES)} specs; {output.name!r} is none of them"
        diagnostics.error("DG501", Location(args.output), message)
        _print(diagnostics, args)
        return 1
    info = {"title": args.title, "version": args.version}
    cache = None if args.no_cache else user_cache_directory()
    request = SpecRequest([Path(p) for p in args.pages], info, Path.cwd(), args.strict_docs, cache=cache)
    document = build_spec(request, diagnostics)
    if not args.no_validate:
        validate_document(document, output.name, diagnostics)
    try:
        write_file(output, dump_spec(document, output).encode())
    except Exception as exc:  # an unwritable path, or a value the serializer refuses
        diagnostics.error("DG501", Location(str(output)), f"the spec could not be written: {type(exc).__name__}: {exc}")
    _print(diagnostics, args)
    return 1 if diagnostics.fails(args.strict) else 0


def _say(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(text, file=sys.stderr)


class _Progress:
    """What a build is doing, on a terminal only: a bar over the pages, then one status line per step."""

    def __init__(self, args: argparse.Namespace, label: str) -> None:
        self.enabled = sys.stderr.isatty() and not args.quiet and args.format == "text"
        self.label = label
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.status: Status | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < 20:
            return
        from rich.progress import Progress

        if self.bar is None or self.task is None:
            self.bar = Progress(transient=True)
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=total)
        self.bar.update(self.task, completed=done)
        if done == total:
            self.bar.stop()

    def phase(self, text: str) -> None:
        if not self.enabled:
            return
        if self.status is None:
            from rich.console import Console

            self.status = Console(stderr=True).status(text)
            self.status.start()
        else:
            self.status.update(text)

    def finish(self) -> None:
        if self.status is not None:
            self.status.stop()
            self.status = None


def _build_one(service: Service, args: argparse.Namespace, diagnostics: Diagnostics) -> bool:
    """Generate one service and commit its spec and package together, or keep the previous output."""
    from generator.openapi.files import keep_written
    from generator.pipeline import generate
    from generator.write import commit

    found = Diagnostics()
    cache = service.root / ".docgen-cache"
    progress = _Progress(args, f"{service.name}: reading pages")
    try:
        outputs = generate(service, found, args.strict_docs, cache, progress, progress.phase)
    finally:
        progress.finish()
    diagnostics.extend(found)
    if outputs is None or found.fails(args.strict):
        print(f"docgen: {service.name}: not written (see the errors); the previous output is kept", file=sys.stderr)
        return False
    written = cache / "written" / f"{service.name}.json"  # the spec's JSON copy, to compare the next build with
    summary = _changes_summary(service, outputs.document, written)
    journal = cache / f"{service.name}.commit"
    commit(journal, service.spec, outputs.spec_text, service.package, outputs.package_files)
    keep_written(written, outputs.spec_text, outputs.document)
    spec, package = service.spec.relative_to(service.root), service.package.relative_to(service.root)
    for line in [f"docgen: {service.name}: wrote {spec} and {package}/ ({len(outputs.package_files)} files)", *summary]:
        _say(args, line)
    return True


def _build_all(services: list[Service], args: argparse.Namespace, diagnostics: Diagnostics) -> None:
    from generator.fingerprint import build_fingerprint, is_up_to_date, remember

    for service in services:
        fingerprint = build_fingerprint(service)
        if not args.force and not args.strict_docs and is_up_to_date(service, fingerprint):
            _say(args, f"docgen: {service.name}: up to date")
            continue
        if _build_one(service, args, diagnostics) and not args.strict_docs:
            remember(service, fingerprint)


def cmd_build(args: argparse.Namespace) -> int:
    from generator.build_lock import LockTimeout, build_lock
    from generator.sync.apply import recover_sync
    from generator.sync.locked import check_pages_against_lock

    diagnostics = Diagnostics()
    services = _services(args, diagnostics)
    if services:
        cache = services[0].root / ".docgen-cache"
        try:
            with build_lock(cache, say=lambda text: _say(args, text)):  # one build at a time per project
                recover_sync(cache)
                check_pages_against_lock(services, services[0].root, diagnostics)
                _build_all(services, args, diagnostics)
        except (LockTimeout, OSError) as exc:
            diagnostics.error("DG501", Location(str(cache / "build.lock")), f"no build lock: {exc}")
    _print(diagnostics, args)
    return 1 if diagnostics.fails(args.strict) or not services else 0


def cmd_sync(args: argparse.Namespace) -> int:
    from generator.build_lock import LockTimeout, build_lock
    from generator.fingerprint import build_fingerprint, remember
    from generator.sync.apply import sync_all
    from generator.sync.run import SyncOptions

    diagnostics = Diagnostics()
    services = _services(args, diagnostics)
    if not services:
        _print(diagnostics, args)
        return 1
    root = services[0].root
    options = SyncOptions(args.update or args.to is not None, args.to, args.force, args.strict_docs)
    try:
        with build_lock(root / ".docgen-cache", say=lambda text: _say(args, text)):
            result = sync_all(services, root, options, diagnostics, lambda text: _say(args, text), not args.dry_run)
            for synced in result.synced if not args.dry_run and not diagnostics.fails() else []:
                if synced.spec_text is not None:
                    remember(synced.service, build_fingerprint(synced.service))
    except (LockTimeout, OSError) as exc:
        diagnostics.error("DG501", Location(".docgen-cache/build.lock"), f"no build lock: {exc}")
        _print(diagnostics, args)
        return 1
    if result.lines:
        print("\n".join(result.lines))
    _print_errors(diagnostics, args)
    if not args.verbose and diagnostics.count(Severity.WARNING):
        _say(args, f"docgen: {diagnostics.count(Severity.WARNING)} warning(s) about the pages; -v shows them")
    if diagnostics.fails(args.strict):
        _say(args, "docgen: sync failed (see the errors); pages, docgen.lock and outputs are unchanged")
        return 1
    _sync_footer(args, result.synced)
    return 1 if args.fail_on == "breaking" and result.breaking else 0


def _sync_footer(args: argparse.Namespace, synced: list[Synced]) -> None:
    if not synced:
        return
    if args.dry_run:
        _say(args, "docgen: dry run; nothing written")
    elif not args.update:
        _say(args, "docgen: pages and docgen.lock written; run 'docgen build' to regenerate")
    else:
        _say(args, "docgen: pages, docgen.lock, specs and packages written")


def _changes_summary(service: Service, document: dict[str, object], written: Path) -> list[str]:
    from generator.openapi.diff import diff_documents
    from generator.openapi.files import load_written

    if not service.spec.is_file():
        return [f"  {service.name}: new spec"]
    try:
        previous = load_written(service.spec, written)
        changes = diff_documents(previous, document)
    except Exception:  # an unreadable previous spec (edited by hand, damaged) is replaced, not compared
        return [f"  {service.name}: the previous spec could not be read; replaced"]
    if not changes:
        return []
    breaking = sum(c.breaking for c in changes)
    lines = [
        f"  {service.name}: {len(changes)} change(s) to the spec, {breaking} breaking (docgen diff shows them all)"
    ]
    lines += [f"    {c}" for c in sorted(changes, key=lambda c: not c.breaking)[:5]]
    return lines


def _spec_text(path: Path, revision: str | None) -> str:
    import subprocess

    if revision is None:
        return path.read_text(encoding="utf-8")
    command = ["git", "show", f"{revision}:{path.as_posix()}"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _spec_name(source: str, revision: str | None) -> str:
    """A compared spec as messages name it: its file, or the file at the revision it was read from."""
    return f"{source}@{revision}" if revision else source


def _load_for_diff(source: str, revision: str | None = None) -> dict[str, object] | None:
    """A spec file, or the file at a git revision; a message (not a traceback) when it cannot be read."""
    import subprocess

    from generator.openapi.files import load_spec

    path = Path(source)
    try:
        document = load_spec(_spec_text(path, revision), path)
    except (OSError, UnicodeDecodeError, subprocess.CalledProcessError, ValueError) as exc:
        where = _spec_name(source, revision)
        said = exc.stderr if isinstance(exc, subprocess.CalledProcessError) and exc.stderr else str(exc)
        print(f"{where}: error[DG501]: cannot read the spec: {' '.join(said.split())[:300]}", file=sys.stderr)
        return None
    except Exception as exc:  # YAML errors have many types
        print(f"{source}: error[DG501]: not a spec: {type(exc).__name__}", file=sys.stderr)
        return None
    return document if isinstance(document, dict) else None


def _why_not_compared(specs: dict[str, dict[str, object]], exc: Exception) -> None:
    """What made the comparison fail, said once: the spec that is no OpenAPI 3.1 (edited by hand, damaged), else
    docgen's own failure."""
    from generator.openapi.check import validate_document

    diagnostics = Diagnostics()
    for name, document in specs.items():
        validate_document(document, name, diagnostics)
    said = [str(item) for item in diagnostics.items]
    said = said or [f"{next(iter(specs))}: error[DG100]: the specs could not be compared: {type(exc).__name__}: {exc}"]
    print("\n".join(line[:400] for line in said), file=sys.stderr)


def cmd_diff(args: argparse.Namespace) -> int:
    from generator.openapi.diff import diff_documents

    if Path(args.new).exists():
        sources: tuple[tuple[str, str | None], ...] = ((args.old, None), (args.new, None))
    else:  # docgen diff SPEC REVISION: that revision's spec against the file
        sources = ((args.old, args.new), (args.old, None))
    old, new = (_load_for_diff(source, revision) for source, revision in sources)
    if old is None or new is None:
        return 2
    try:
        changes = diff_documents(old, new)
    except Exception as exc:  # a spec docgen did not write as it is: a message, never a traceback
        _why_not_compared({_spec_name(*source): spec for source, spec in zip(sources, (old, new), strict=True)}, exc)
        return 2
    breaking = [c for c in changes if c.breaking]
    if args.json:
        print(json.dumps([c.as_dict() for c in changes], indent=2))
    else:
        listed = [] if args.quiet else list(map(str, changes))
        print("\n".join([*listed, f"{len(changes)} change(s), {len(breaking)} breaking"]))
    fails = {"any": changes, "breaking": breaking, "never": []}[args.fail_on]
    return 1 if fails else 0


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import generate
    from generator.write import differences

    diagnostics = Diagnostics()
    stale: list[str] = []
    services = _services(args, diagnostics)
    for service in services:
        # the caches reuse only what is proven identical: page reads by content and code, blocks by hash
        outputs = generate(service, diagnostics, cache=service.root / ".docgen-cache")
        found = differences(service.spec, outputs.spec_text, service.package, outputs.package_files) if outputs else []
        for path, how in found:
            stale.append(path.relative_to(service.root).as_posix())
            print(f"{stale[-1]}: {how}; run 'docgen build'", file=sys.stderr)
    _print_errors(diagnostics, args)
    failed = bool(stale) or diagnostics.fails() or not services
    if failed:
        errors = diagnostics.count(Severity.ERROR)
        print(f"docgen: check failed: {len(stale)} stale file(s), {errors} error(s)", file=sys.stderr)
    else:
        print("docgen: generated files are up to date", file=sys.stderr)
    return 1 if failed else 0


def cmd_report(args: argparse.Namespace) -> int:
    from generator.page_cache import user_cache_directory
    from generator.report import folder_totals, report

    cache = None if args.no_cache else user_cache_directory()
    lines, diagnostics = report([Path(p) for p in args.pages], Path.cwd(), args.strict_docs, cache)
    for line in lines:
        print(line)
    for folder in folder_totals(lines):
        print(folder)
    total = (
        f"total: {len(lines)} pages, {sum(line.operations for line in lines)} operations, "
        f"{sum(line.tables for line in lines)} tables, {sum(line.objects for line in lines)} objects, "
        f"{sum(line.examples for line in lines)} examples; {diagnostics.count(Severity.ERROR)} errors, "
        f"{diagnostics.count(Severity.WARNING)} warnings, {diagnostics.count(Severity.INFO)} info"
    )
    print(total)
    _print_errors(diagnostics, args)
    failed = diagnostics.fails(args.strict)
    if failed:
        print(f"docgen: report failed: {diagnostics.count(Severity.ERROR)} error(s) (shown above)", file=sys.stderr)
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    from generator import __version__

    top = argparse.ArgumentParser(
        prog="docgen", description=__doc__, epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    top.add_argument("--version", action="version", version=f"docgen {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("-v", "--verbose", action="store_true", help="also print info diagnostics")
        sub.add_argument("-q", "--quiet", action="store_true", help="print errors only")
        sub.add_argument("--format", choices=["text", "json"], default="text", help="diagnostics format")
        sub.add_argument("--strict", action="store_true", help="warnings fail too")
        sub.add_argument(
            "--strict-docs", action="store_true", help="the tables' word only: examples never change a schema"
        )

    spec = commands.add_parser("spec", help="pages → one OpenAPI 3.1 document")
    spec.add_argument("pages", nargs="+", help="page files or directories of pages")
    spec.add_argument("-o", "--output", required=True, help="spec file to write (.yaml, .yml or .json)")
    spec.add_argument("--title", default="API", help="info.title of the document")
    spec.add_argument("--version", default="1", help="info.version of the document")
    spec.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator")
    no_cache_help = "read every page again (default: reuse reads kept in $DOCGEN_CACHE or ~/.cache/docgen)"
    spec.add_argument("--no-cache", action="store_true", help=no_cache_help)
    common(spec)
    spec.set_defaults(run=cmd_spec)
    diff = commands.add_parser(
        "diff",
        help="what changed between two specs, and what breaks clients",
        usage="docgen diff OLD.yaml NEW.yaml | docgen diff SPEC.yaml GIT_REVISION  [--json] [--fail-on ...] [-q]",
    )
    diff.add_argument("-q", "--quiet", action="store_true", help="print the summary line only")
    diff.add_argument("old", help="the old spec file (or the spec, when NEW is a git revision)")
    diff.add_argument("new", help="the new spec file, or a git revision to compare the spec file against")
    diff.add_argument("--json", action="store_true", help="machine-readable output")
    diff.add_argument(
        "--fail-on",
        choices=["breaking", "any", "never"],
        default="never",
        help="exit 1 when there are breaking changes (or any)",
    )
    diff.set_defaults(run=cmd_diff)
    report = commands.add_parser("report", help="one line per page: what was read, what went wrong")
    report.add_argument("pages", nargs="+", help="page files or directories of pages")
    report.add_argument("--no-cache", action="store_true", help=no_cache_help)
    common(report)
    report.set_defaults(run=cmd_report)
    for name, run, text in (
        ("build", cmd_build, "write every configured service's spec and package"),
        ("check", cmd_check, "exit 1 when committed outputs differ from a build"),
        ("sync", cmd_sync, "fetch each service's pages from its git source and record them in docgen.lock"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--config", help="pyproject.toml to use (default: nearest upward)")
        sub.add_argument("--service", action="append", help="only this service (repeatable)")
        common(sub)
        if name == "build":
            sub.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
        if name == "sync":
            _sync_arguments(sub)
        sub.set_defaults(run=run)
    return top


def _sync_arguments(sync: argparse.ArgumentParser) -> None:
    sync.add_argument(
        "--update", action="store_true", help="move to the newest commit of the ref, rebuild, print what changed"
    )
    sync.add_argument("--to", metavar="REV", help="move to this commit, tag or branch instead (implies --update)")
    sync.add_argument("--force", action="store_true", help="replace pages that were edited by hand")
    sync.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    sync.add_argument(
        "--fail-on", choices=["breaking", "never"], default="never", help="exit 1 when the update breaks clients"
    )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("docgen: interrupted; outputs are unchanged", file=sys.stderr)
        return 130
    except OSError as exc:  # an unwritable output or a vanished input: a message, not a traceback
        print(f"{exc.filename or 'docgen'}: error[DG501]: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
