"""The harness: every figure is (ours, baseline), both measured in the same run, each in its own child process.

A side of a figure is a ``Bench``: its constructor prepares (untimed), ``reset`` runs before every
repetition (untimed), ``run`` is what is timed. The parent builds the data first, then starts one child
per side, so the children's peak RSS (VmHWM) is their own and one figure cannot pollute another.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.metadata
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.data import DATA_DIR, SEED, DataSet

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results.json"
QUICK_RESULTS = Path(__file__).resolve().parent / "results-quick.json"
LIBRARIES = ("PySide6-Essentials", "openpyxl", "python-calamine", "xlwt", "reportlab", "pillow", "segno",
             "pypinyin", "sqlite-utils", "cryptography")


class Bench:
    """One side of a figure, run inside a child process."""

    def __init__(self, data: DataSet):
        self.data = data

    def reset(self) -> None:
        """Untimed, before every repetition (e.g. a fresh copy of the database to import into)."""

    def run(self) -> None:
        raise NotImplementedError

    def value(self, times: list[float]) -> float:
        """The figure's number from the repetitions: their median unless the figure says otherwise."""
        return statistics.median(times)

    def detail(self, times: list[float]) -> dict[str, Any]:
        return {}


@dataclass(frozen=True)
class Figure:
    """A row of the results table. ``ours``/``baseline`` name Bench classes as "module:Class"."""

    name: str
    title: str
    target: str
    meets: Callable[[float, float | None, float | None], bool]  # (ours_s, baseline_s, peak_rss_mb)
    ours: str | None
    baseline: str | None
    # Why a side cannot be measured yet (the feature is not on main, or its data is not generated);
    # None when it can. Checked in the parent, so a missing feature never yields a number.
    ours_missing: Callable[[DataSet], str | None] = lambda data: None
    baseline_missing: Callable[[DataSet], str | None] = lambda data: None
    prepare: Callable[[DataSet], object] = lambda data: None  # build the cached data before timing
    warmup: bool = True


@dataclass
class Result:
    name: str
    ours_s: float | None
    baseline_s: float | None
    ratio: float | None
    target: str
    meets: bool | None
    peak_rss_mb: float | None
    title: str = ""
    note: str = ""
    ours_runs_s: list[float] = field(default_factory=list)
    baseline_runs_s: list[float] = field(default_factory=list)
    baseline_peak_rss_mb: float | None = None
    detail: dict[str, Any] = field(default_factory=dict)


# ----- the child side ------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    """This process's high-water RSS, or its children's if larger (figures that time a subprocess)."""
    own = None
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                own = int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    if own is None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return round(max(own, children), 1)


def load_bench(ref: str) -> type[Bench]:
    module, _, cls = ref.partition(":")
    return getattr(importlib.import_module(module), cls)


def measure_in_process(ref: str, data: DataSet, *, repeats: int, warmup: bool) -> dict[str, Any]:
    bench = load_bench(ref)(data)
    if warmup:
        bench.reset()
        bench.run()
    times = []
    for _ in range(repeats):
        bench.reset()
        start = time.perf_counter()
        bench.run()
        times.append(time.perf_counter() - start)
    return {"value": bench.value(times), "times": times, "detail": bench.detail(times), "peak_rss_mb": peak_rss_mb()}


def child_main(argv: Sequence[str]) -> int:
    """``python -m benchmarks.child JSON``: measure one side, print one JSON object on the last line."""
    spec = json.loads(argv[0])
    data = DataSet(data_dir=Path(spec["data_dir"]), scale=spec["scale"], seed=spec["seed"])
    out = measure_in_process(spec["bench"], data, repeats=spec["repeats"], warmup=spec["warmup"])
    print(json.dumps(out))
    return 0


# ----- the parent side -----------------------------------------------------------------------------
def measure_in_child(ref: str, data: DataSet, *, repeats: int, warmup: bool) -> dict[str, Any]:
    spec = {"bench": ref, "data_dir": str(data.data_dir), "scale": data.scale, "seed": data.seed,
            "repeats": repeats, "warmup": warmup}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.run([sys.executable, "-m", "benchmarks.child", json.dumps(spec)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{ref} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_figure(figure: Figure, data: DataSet, *, repeats: int, quick: bool,
               say: Callable[[str], None] = print) -> Result:
    result = Result(figure.name, None, None, None, figure.target, None, None, title=figure.title)
    ours_missing = figure.ours_missing(data)
    if figure.ours is None and not ours_missing:
        ours_missing = "the feature is on main; its benchmark side is not written yet"
    base_missing = figure.baseline_missing(data) if figure.baseline else None
    if figure.ours and not ours_missing or figure.baseline and not base_missing:
        figure.prepare(data)
    warmup = figure.warmup and not quick
    if figure.baseline and not base_missing:
        say(f"  {figure.name}: baseline ...")
        base = measure_in_child(figure.baseline, data, repeats=repeats, warmup=warmup)
        result.baseline_s, result.baseline_runs_s = base["value"], base["times"]
        result.baseline_peak_rss_mb = base["peak_rss_mb"]
        result.detail.update({f"baseline_{k}": v for k, v in base["detail"].items()})
    if figure.ours and not ours_missing:
        say(f"  {figure.name}: ours ...")
        ours = measure_in_child(figure.ours, data, repeats=repeats, warmup=warmup)
        result.ours_s, result.ours_runs_s, result.peak_rss_mb = ours["value"], ours["times"], ours["peak_rss_mb"]
        result.detail.update(ours["detail"])
        if result.baseline_s:
            result.ratio = round(result.ours_s / result.baseline_s, 3)
        if not figure.baseline or result.baseline_s:  # a ratio target needs its baseline measured
            result.meets = bool(figure.meets(result.ours_s, result.baseline_s, result.peak_rss_mb))
    notes = []
    if ours_missing:
        notes.append(f"not measurable yet: {ours_missing}")
    if base_missing:
        notes.append(f"baseline not measurable yet: {base_missing}")
    result.note = "; ".join(notes)
    return result


def machine_facts() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = None
    mem = None
    try:
        mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cores": os.cpu_count(), "cpu": cpu, "memory_gb": mem,
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(), "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "libraries": versions, "commit": commit,
    }


def _fmt_s(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(results: list[Result]) -> str:
    header = ("figure", "ours", "baseline", "ratio", "target", "meets", "peak RSS")
    rows = [header]
    for r in results:
        rows.append((r.name, _fmt_s(r.ours_s), _fmt_s(r.baseline_s), "—" if r.ratio is None else f"{r.ratio:.2f}",
                     r.target, "—" if r.meets is None else ("yes" if r.meets else "NO"),
                     "—" if r.peak_rss_mb is None else f"{r.peak_rss_mb:.0f} MB"))
    widths = [max(_w(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell + " " * (widths[i] - _w(cell)) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        extra = [f"{k}={v}" for k, v in r.detail.items() if not isinstance(v, list | dict)]
        if r.note or extra:
            lines.append(f"  {r.name}: " + "; ".join(filter(None, [r.note, ", ".join(extra)])))
    return "\n".join(lines)


def _w(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from benchmarks.figures import FIGURES

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", help="comma-separated figure names (see --list)")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    parser.add_argument("--quick", action="store_true",
                        help="3 repetitions, no warm-up, data at --scale 0.1: for trying changes, not for targets")
    parser.add_argument("--repeats", type=int, help="repetitions per side (default 5; 3 with --quick)")
    parser.add_argument("--scale", type=float, help="shrink every data size by this factor (default 1; 0.1 with --quick)")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="where generated data is cached")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, help="results file (default benchmarks/results.json, "
                                                  "benchmarks/results-quick.json with --quick)")
    args = parser.parse_args(argv)
    if args.list:
        for f in FIGURES:
            print(f"{f.name:28} {f.target:32} {f.title}")
        return 0
    figures = list(FIGURES)
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(wanted) - {f.name for f in FIGURES})
        if unknown:
            parser.error(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(f.name for f in FIGURES)}")
        figures = [f for f in FIGURES if f.name in wanted]
    repeats = args.repeats or (3 if args.quick else 5)
    scale = args.scale or (0.1 if args.quick else 1.0)
    data = DataSet(data_dir=args.data_dir, scale=scale, seed=args.seed)
    out = args.out or (QUICK_RESULTS if args.quick else RESULTS)
    facts = machine_facts()
    print(f"TrainOffice benchmarks: {facts['cores']} cores, {facts['cpu']}, Python {facts['python']}, "
          f"SQLite {facts['sqlite']}, scale {scale:g}, {repeats} repetitions", flush=True)
    results = []
    for figure in figures:
        print(f"{figure.name} — {figure.title}", flush=True)
        results.append(run_figure(figure, data, repeats=repeats, quick=args.quick,
                                  say=lambda text: print(text, flush=True)))
    print()
    print(table(results))
    report = {"machine": facts, "quick": args.quick, "scale": scale, "repeats": repeats, "seed": args.seed,
              "figures": [asdict(r) for r in results]}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {out}")
    return 0
