"""The ``trainoffice`` command: with no sub-command it opens the app; sub-commands run headless jobs.

Exit codes: 0 done, 1 the input or the database needs the user's attention (message on stderr),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from trainoffice import __version__
from trainoffice.errors import TrainOfficeError
from trainoffice.paths import default_database, redact, setup_logging

log = logging.getLogger(__name__)


def _open(args: argparse.Namespace):
    from trainoffice.office import Office

    return Office(args.db or default_database())


def cmd_demo(args: argparse.Namespace) -> int:
    from trainoffice.demo import DemoSize, build_demo
    from trainoffice.office import Office

    path = Path(args.db or default_database())
    if path.exists() and path.stat().st_size:
        if not args.force:
            print(f"{path} 已存在。加 --force 覆盖为演示数据库。", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Office(path) as office:
        build_demo(office, seed=args.seed, size=DemoSize(schools=args.schools, teachers=args.teachers))
        counts = office.registry.counts()
    print(f"演示数据库已建立：{path}（{counts['schools']} 所学校，{counts['teachers_all']} 名教师）")
    return 0


def cmd_export_teachers(args: argparse.Namespace) -> int:
    from trainoffice.registry import TeacherQuery
    from trainoffice.reports import export_teachers

    with _open(args) as office:
        query = TeacherQuery(text=args.search or "", status="" if args.all else "在职")
        out = export_teachers(office, query, Path(args.out), masked=not args.unmasked)
    print(f"已导出：{out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """import teachers|roster FILE: exit 0 once the file was read, whatever its rows; 1 if it cannot be read."""
    from trainoffice.imports.batches import summarise

    with _open(args) as office:
        project_id = office.imports.project_id(args.project) if args.kind == "roster" else None
        plan = office.imports.prepare(args.file, kind=args.kind, sheet=args.sheet, project_id=project_id,
                                      create_schools=args.create_schools)
        result = summarise(plan) if args.dry_run else office.imports.apply(plan)
        if args.report:
            office.imports.export_report(plan, Path(args.report))
    if args.json:
        print_json(result.as_json())
        return 0
    c = result.counts
    head = "试导入（未写入）" if args.dry_run else f"已导入，批次 #{result.batch_id}"
    print(f"{head}：{Path(args.file).name}  新增 {c['created']}，更新 {c['updated']}，未变 {c['unchanged']}，"
          f"未导入 {c['rejected']} 行，提醒 {len(result.warnings)} 条")
    for label, problems in (("未导入", result.errors), ("提醒", result.warnings)):
        for p in problems:
            print(f"  {label} 第{p.row}行 {p.column}：{p.message}")
    if args.report:
        print(f"问题清单：{args.report}")
    return 0


def cmd_import_history(args: argparse.Namespace) -> int:
    with _open(args) as office:
        records = office.imports.history()
    if args.json:
        print_json([vars(r) for r in records])
        return 0
    for r in records:
        c = r.counts
        state = f"已撤销 {r.undone_at}" if r.undone_at else ""
        print(f"#{r.id}  {r.imported_at}  {r.imported_by}  {r.kind}  {r.file_name}  新增 {c.get('created', 0)} "
              f"更新 {c.get('updated', 0)} 未变 {c.get('unchanged', 0)} 未导入 {c.get('rejected', 0)}  {state}")
    if not records:
        print("还没有导入记录")
    return 0


def cmd_import_undo(args: argparse.Namespace) -> int:
    with _open(args) as office:
        record = office.imports.undo(args.batch_id)
    print(f"已撤销导入 #{record.id}（{record.file_name}）")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt is imported only here, by name, so the core never imports it.
    app = importlib.import_module("ui.app")
    return app.run(db=args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainoffice", description="TrainOffice 县级教师培训管理")
    parser.add_argument("--version", action="version", version=f"TrainOffice {__version__}")
    parser.add_argument("--db", help="数据库文件（默认在用户数据文件夹中）")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件")
        p.set_defaults(func=func)
        return p

    command("gui", cmd_gui, "打开 TrainOffice 窗口（默认）")

    p = command("demo", cmd_demo, "建立演示数据库")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--schools", type=int, default=60)
    p.add_argument("--teachers", type=int, default=3000)
    p.add_argument("--force", action="store_true", help="覆盖已有文件")

    export = sub.add_parser("export", help="导出 Excel").add_subparsers(metavar="WHAT")
    p = export.add_parser("teachers", help="教师名单")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--out", required=True, help="输出的 .xlsx 文件")
    p.add_argument("--search", help="与窗口中的搜索框相同")
    p.add_argument("--all", action="store_true", help="包括退休、调出教师")
    p.add_argument("--unmasked", action="store_true", help="不遮盖身份证号和电话")
    p.set_defaults(func=cmd_export_teachers)

    imports = sub.add_parser("import", help="导入教师信息或参培学员名单").add_subparsers(metavar="WHAT")
    for kind, help_text in (("teachers", "教师信息（Excel/WPS/CSV）"), ("roster", "参培学员名单，导入到一个项目")):
        p = imports.add_parser(kind, help=help_text)
        p.add_argument("file", help=".xlsx / .xls / .ods / .csv / .txt")
        p.add_argument("--db", default=argparse.SUPPRESS)
        if kind == "roster":
            p.add_argument("--project", required=True, help="项目编号")
        p.add_argument("--sheet", help="工作表名称（默认第一个）")
        p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
        p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
        p.add_argument("--create-schools", action="store_true", help="新建表中出现、学校名单中没有的学校")
        p.add_argument("--report", help="把未导入和有提醒的行导出为 .xlsx 问题清单")
        p.set_defaults(func=cmd_import, kind=kind)
    p = imports.add_parser("history", help="导入记录")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_history)
    p = imports.add_parser("undo", help="撤销一次导入")
    p.add_argument("batch_id", type=int)
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_import_undo)
    return parser


def print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.func is not cmd_gui:
        setup_logging()
    try:
        return args.func(args)
    except TrainOfficeError as exc:
        print(f"trainoffice: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("trainoffice: 已取消", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the top level: log it, say it short, no traceback to the user
        log.exception("unexpected error in %s", redact(" ".join(argv or sys.argv[1:])))
        print(f"trainoffice: 出现意外错误（{type(exc).__name__}），详情已记入日志 "
              f"{os.fspath(setup_logging())}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
