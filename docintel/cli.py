"""Command line: ``docintel check``, ``audit``, ``export`` and ``langid``."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from tqdm import tqdm

from . import __version__
from .config import Limits, Settings, default_cache_dir, default_jobs
from .errors import MissingDependencyError
from .models import Report, ToolInfo

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="docintel", description=__doc__)
    p.add_argument("--version", action="version", version=f"docintel {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("check", help="analyse attachments (PDF, PNG, JPEG, TIFF, or folders of them)")
    c.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    c.add_argument("--format", choices=["json", "text", "html"], default=None,
                   help="json: the report contract; text: a readable summary (default on a terminal); "
                        "html: one self-contained page with the pages and boxes drawn (for -o report.html)")
    c.add_argument("-o", "--output", type=Path, help="write the report here instead of standard output")
    c.add_argument("--jobs", type=int, default=default_jobs(), help="worker processes (default: cores)")
    c.add_argument("--lang", choices=["zh", "en"], default="zh",
                   help="language of the text summary's findings (default zh; JSON carries both)")
    _common(c)
    c.add_argument("--evidence", type=Path, metavar="DIR",
                   help="write a cropped PNG of every seal and signature here, named in the report")

    a = sub.add_parser("audit", help="audit a round of applications (one folder or ZIP each) into a database")
    a.add_argument("root", type=Path, metavar="ROOT",
                   help="folder holding one folder or ZIP per application, and optionally applications.csv/.xlsx")
    a.add_argument("--db", type=Path, required=True, help="SQLite database to write (made if absent; a re-run resumes)")
    a.add_argument("--jobs", type=int, default=default_jobs(), help="worker processes on this machine (default: cores)")
    a.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster, e.g. tcp://host:8786")
    a.add_argument("--rulebook", type=Path, help="use this rulebook instead of the one shipped")
    a.add_argument("--memory-mb", type=int, default=Limits().worker_memory_bytes // 2**20,
                   help="address space each worker process may use")
    _common(a)

    e = sub.add_parser("export", help="write an audit database as XLSX, CSV or JSON")
    e.add_argument("--db", type=Path, required=True)
    e.add_argument("-o", "--output", type=Path, required=True, help="results.xlsx, results.csv or results.json")
    e.add_argument("--application", action="append", metavar="ID", help="only this application (repeatable)")
    e.add_argument("--severity", choices=["error", "warning", "info"], default="info",
                   help="only findings at least this grave (default: all)")
    e.add_argument("--incomplete", action="store_true", help="only applications that are not complete")

    w = sub.add_parser("serve", help="the web page where applicants pre-check their attachments")
    w.add_argument("--host", default="127.0.0.1")
    w.add_argument("--port", type=int, default=8000)
    w.add_argument("--data-dir", type=Path, default=None, help="where uploads and results are kept")
    w.add_argument("--retention-hours", type=float, default=24.0, help="delete uploads this long after upload")
    w.add_argument("--jobs", type=int, default=default_jobs(), help="worker processes per analysis")
    w.add_argument("--reviewer-token", default=None, help="turn the reviewer view on (or $DOCINTEL_REVIEWER_TOKEN)")

    sub.add_parser("langid", help="read lines on standard input, print one ISO 639-1 code per line")
    return p


def _common(c: argparse.ArgumentParser) -> None:
    """Options that ``check`` and ``audit`` share."""
    c.add_argument("--no-cache", action="store_true", help="neither read nor write the page cache")
    c.add_argument("--cache-dir", type=Path, default=None,
                   help=f"page cache folder (default {default_cache_dir()}, or $DOCINTEL_CACHE_DIR)")
    c.add_argument("--dpi", type=int, default=300, help="resolution for rendering pages to OCR")
    c.add_argument("--timeout", type=float, default=Limits().document_timeout_s,
                   help="seconds allowed per document")
    c.add_argument("--max-pages", type=int, default=Limits().max_pages)
    c.add_argument("--max-file-mb", type=float, default=Limits().max_file_bytes / 2**20)
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    c.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="check dates as of this day (default today): a later signing date is a finding")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "langid":
            return _langid()
        if args.command == "audit":
            return _audit(args)
        if args.command == "export":
            return _export(args)
        if args.command == "serve":
            return _serve(args)
        return _check(args)
    except MissingDependencyError as exc:
        print(f"docintel: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _settings(args: argparse.Namespace) -> Settings | None:
    """Settings from the options ``check`` and ``audit`` share; None (after saying
    why) when one is out of range. Checks Tesseract first, with set-up advice."""
    memory_mb = getattr(args, "memory_mb", Limits().worker_memory_bytes // 2**20)
    if args.jobs < 1 or args.dpi < 50 or args.dpi > 1200 or args.timeout <= 0 or args.max_pages < 1 \
            or args.max_file_mb <= 0 or memory_mb < 256:
        print(
            "docintel: --jobs and --max-pages must be at least 1, --dpi between 50 and 1200, "
            "--timeout and --max-file-mb positive, --memory-mb at least 256",
            file=sys.stderr,
        )
        return None
    rulebook = getattr(args, "rulebook", None)
    if rulebook is not None:
        from pydantic import ValidationError

        from .judge.rulebook import load_rulebook

        try:
            load_rulebook(rulebook)
        except (OSError, ValueError, ValidationError) as exc:
            print(f"docintel: the rulebook {rulebook} cannot be used: {exc}", file=sys.stderr)
            return None
    limits = Limits(
        max_pages=args.max_pages, document_timeout_s=args.timeout,
        max_file_bytes=int(args.max_file_mb * 2**20), worker_memory_bytes=memory_mb * 2**20,
    )
    from .text.tesseract import installed_languages

    installed_languages()  # fail early, with set-up advice, if Tesseract is missing
    return Settings(
        jobs=args.jobs, limits=limits, ocr_dpi=args.dpi, rulebook=rulebook,
        cache_dir=None if args.no_cache else (args.cache_dir or default_cache_dir()),
        **({"as_of": args.as_of} if args.as_of else {}),
    )


def _audit(args: argparse.Namespace) -> int:
    from .audit.applications import ManifestError
    from .audit.run import run_audit

    if not args.root.is_dir():
        print(f"docintel: no such folder: {args.root}", file=sys.stderr)
        return EXIT_USAGE
    if not args.db.parent.resolve().is_dir():
        print(f"docintel: cannot write {args.db}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    settings = _settings(args)
    if settings is None:
        return EXIT_USAGE
    scheduler = args.scheduler
    if scheduler:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise MissingDependencyError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
    say = (lambda msg: print(msg, file=sys.stderr)) if not args.quiet else None
    try:
        result = run_audit(args.root, args.db, settings, scheduler=scheduler,
                           progress=not args.quiet and sys.stderr.isatty(), say=say)
    except ManifestError as exc:
        print(f"docintel: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in result.loose:
        print(f"docintel: {path.name} is neither a folder nor a ZIP: not part of any application", file=sys.stderr)
    v = result.verdicts
    print(f"{result.applications} applications, {v.complete} complete; {result.documents} documents "
          f"({result.analysed} read now, {result.reused} from earlier runs); findings: "
          + ", ".join(f"{v.severities.get(s, 0)} {s}" for s in ("error", "warning", "info")))
    print(f"results in {args.db}; spreadsheet: docintel export --db {args.db} -o results.xlsx")
    return EXIT_OK if v.complete == v.applications else EXIT_FINDINGS


def _export(args: argparse.Namespace) -> int:
    from .audit.export import Filters, export
    from .store import Store

    if not args.db.is_file():
        print(f"docintel: no such database: {args.db}", file=sys.stderr)
        return EXIT_USAGE
    if args.output.suffix.lower() not in (".xlsx", ".csv", ".json"):
        print("docintel: the output must end in .xlsx, .csv or .json", file=sys.stderr)
        return EXIT_USAGE
    if not args.output.parent.resolve().is_dir():
        print(f"docintel: cannot write {args.output}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    filters = Filters(applications=set(args.application) if args.application else None,
                      min_severity=args.severity, incomplete_only=args.incomplete)
    with Store(args.db) as store:
        written = export(store, args.output, filters)
    print("\n".join(str(p) for p in written))
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from .web.app import create_app
    from .web.config import WebConfig

    from .text.tesseract import installed_languages

    installed_languages()
    config = WebConfig(retention_hours=args.retention_hours, jobs=max(1, args.jobs),
                       reviewer_token=args.reviewer_token or os.environ.get("DOCINTEL_REVIEWER_TOKEN") or None,
                       cache_dir=default_cache_dir(), **({"data_dir": args.data_dir} if args.data_dir else {}))
    print(f"docintel: serving on http://{args.host}:{args.port}/ (data in {config.data_dir})", file=sys.stderr)
    uvicorn.run(create_app(config), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def _langid() -> int:
    from .lang.identify import identify

    for line in sys.stdin:
        guess = identify(line.rstrip("\n"))
        print(guess.code or "und", flush=False)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from .pipeline import analyze_paths
    from .evidence import write_evidence
    from .summary import describe, totals

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"docintel: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    settings = _settings(args)
    if settings is None:
        return EXIT_USAGE
    if args.output is not None and not args.output.parent.resolve().is_dir():
        print(f"docintel: cannot write {args.output}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or ("text" if sys.stdout.isatty() else "json")
    limits = settings.limits

    bar = tqdm(total=0, unit="page", disable=args.quiet or not sys.stderr.isatty(), file=sys.stderr)

    def grow(n: int) -> None:
        bar.total += n
        bar.refresh()

    started = time.monotonic()
    analyses = []
    out = sys.stdout if args.output is None else None
    for analysis in analyze_paths(args.paths, settings, on_page=lambda: bar.update(1), on_document_start=grow):
        if args.evidence is not None:
            write_evidence(analysis, args.evidence, limits)
        analyses.append(analysis)
        if fmt == "text" and out is not None:
            bar.clear()
            print(describe(analysis, args.lang) + "\n", file=out, flush=True)
    bar.close()
    if not analyses:
        print("docintel: no PDF, PNG, JPEG or TIFF files found", file=sys.stderr)

    if fmt == "json":
        report = Report(tool=ToolInfo(version=__version__), documents=[a.report for a in analyses])
        text = report.model_dump_json(by_alias=True, indent=2)
    elif fmt == "html":
        from .judge.rulebook import load_rulebook
        from .report_html import render_html

        text = render_html(analyses, limits, load_rulebook(settings.rulebook) if settings.rulebook else None)
    else:
        text = "\n\n".join(describe(a, args.lang) for a in analyses) + "\n\n" + totals(analyses, time.monotonic() - started)
    if args.output is not None:
        try:
            args.output.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            sys.stdout.write(text + "\n")  # nothing is lost: the report goes to standard output
            print(f"docintel: cannot write {args.output} ({exc.strerror}); report written to standard output", file=sys.stderr)
            return EXIT_USAGE
    elif fmt in ("json", "html"):
        sys.stdout.write(text + "\n")
    else:
        print(totals(analyses, time.monotonic() - started))
    failed = any(
        a.report.status == "error" or any(f.severity == "error" for f in a.report.findings) for a in analyses
    )
    return EXIT_FINDINGS if failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
