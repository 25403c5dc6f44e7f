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
from trainoffice.errors import DatabaseNotFound, TrainOfficeError
from trainoffice.paths import default_database, redact, setup_logging

log = logging.getLogger(__name__)


def _database(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_database()


def _open(args: argparse.Namespace, *, lock: bool = True):
    """The database --db names, which must exist: a typo in the path must not quietly start a new, empty one.

    ``lock=False`` for a command that only reads (a dry run, a list, a report, a backup): it runs while the
    app has the file open, as SQLite's WAL lets a reader work beside the writer. A command that writes takes
    the writer lock, and is refused while the app is open."""
    from trainoffice.office import Office

    path = _database(args)
    if not path.exists():
        raise DatabaseNotFound(f"找不到数据库文件 {path}：请检查路径（新建数据库请打开程序或用 trainoffice demo）")
    return Office(path, lock=lock)


def cmd_demo(args: argparse.Namespace) -> int:
    import datetime as dt

    from trainoffice.demo import DemoSize, build_demo
    from trainoffice.office import Office

    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        print(f"--today {args.today} 不是日期：请写成 2026-06-10 这样的日期。", file=sys.stderr)
        return 2
    path = _database(args)
    if path.exists() and path.stat().st_size:
        if not args.force:
            print(f"{path} 已存在。加 --force 覆盖为演示数据库。", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Office(path) as office:
        build_demo(office, seed=args.seed, size=DemoSize(schools=args.schools, teachers=args.teachers), today=today)
        counts = office.registry.counts()
    print(f"演示数据库已建立：{path}（{counts['schools']} 所学校，{counts['teachers_all']} 名教师）")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """backup [--out FILE|FOLDER]: works while the app has the database open (it only reads)."""
    import datetime as dt

    from trainoffice.backups import backup_file_name, daily_backup, database_file
    from trainoffice.files import WriteError

    with _open(args, lock=False) as office:
        if args.out is None:
            out = daily_backup(office.database)
        else:
            out = Path(args.out).expanduser()
            if args.out.endswith(("/", "\\")) and not out.is_dir():  # meant as a folder: not one to make a file of
                raise WriteError(f"文件夹 {out} 不存在：请先建立它，或检查U盘是否插好")
            if out.is_dir():  # today's dated copy in that folder; a second run the same day refreshes it
                out = out / backup_file_name(office.settings.get("county_name"), dt.date.today())
            else:
                out = database_file(out)
                # A named file may be an older backup or another office's database: never replace it unasked.
                if out.exists():
                    raise WriteError(f"{out} 已存在：请换一个文件名，或先移走它")
            out = office.database.backup_to(out)
    print(f"已备份：{out}（{out.stat().st_size / 1e6:.1f} MB）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """restore FILE: the one command that may create the database file (restoring onto a new PC)."""
    from trainoffice.backups import restore_backup

    restored = restore_backup(_database(args), Path(args.file))
    info = restored.info
    print(f"已从备份恢复：{info.path} → {_database(args)}（{info.office_name or '未设置单位名称'}，"
          f"学校 {info.schools} 所，教师 {info.teachers} 人）")
    if restored.kept:
        print(f"恢复前的数据库已另存为：{restored.kept}")
    return 0


def cmd_export_teachers(args: argparse.Namespace) -> int:
    from trainoffice.registry import TeacherQuery
    from trainoffice.reports import export_teachers

    with _open(args, lock=False) as office:
        query = TeacherQuery(text=args.search or "", status="" if args.all else "在职")
        out = export_teachers(office, query, Path(args.out), masked=not args.unmasked)
    print(f"已导出：{out}")
    return 0


def _warn(warnings) -> None:
    for warning in warnings:
        if warning:
            print(f"注意：{warning}", file=sys.stderr)


def _progress(fraction: float, message: str) -> None:
    print(f"\r[{fraction * 100:5.1f}%] {message}"[:78].ljust(78), end="", file=sys.stderr, flush=True)


def _warn_outdated(office, project, *, doing: str) -> None:
    from trainoffice.certificates import outdated_message

    outdated = office.certificates.outdated(project.id)
    if outdated:
        _warn([outdated_message(office.projects.project(project.id), outdated, doing=doing)])


def _reissue(office, project, *, occasion: str) -> None:
    """作废并重发 the certificates that no longer match (``certificates --reissue``, ``project close --reissue``)."""
    done = office.certificates.reissue(project.id, occasion=occasion)
    if done.revoked:
        print(f"作废并重发：作废 {len(done.revoked)} 本（编号保留），重发 {done.reissued} 本")
        for line in done.lines():
            print(f"  {line}")
    else:
        print("没有与考核结果或学时档案不符的证书，无需重发。")


def cmd_certificates(args: argparse.Namespace) -> int:
    with _open(args) as office:
        project = office.projects.by_code(args.project)
        if args.reissue:
            _reissue(office, project, occasion="更正后")
        if project.status == "归档":  # its certificates were issued before archiving: only reprinted now
            valid = sum(not c.revoked for c in office.certificates.find(project_ids=[project.id]))
            print(f"项目已归档：不再发证，有效证书 {valid} 本")
        else:
            issued = office.certificates.issue(project_id=project.id)
            outdated = len(office.certificates.outdated(project.id))
            print(f"发证：新发 {len(issued.issued)} 本，已持有 {issued.already} 本，未发 {len(issued.skipped)} 人"
                  + (f"；另有 {outdated} 本证书与学时档案不符，待作废重发（--reissue）" if outdated else ""))
            for skipped in issued.skipped:
                print(f"  未发：{skipped.name}（{skipped.reason}）")
        if args.out or args.per_person:  # nothing asked for: nothing printed, no print logged
            result = office.certificates.print_pdf(
                out=Path(args.out) if args.out else None, project_id=project.id,
                per_person_dir=Path(args.per_person) if args.per_person else None)
            _warn(result.warnings)
            if args.out:
                print(f"已生成：{args.out}（{result.pages} 页）")
            if args.per_person:
                print(f"已生成 {len(result.files)} 个单人文件：{args.per_person}")
        else:
            _warn_outdated(office, project, doing="不能打印")
        if args.register:
            office.certificates.export_register(project_id=project.id, out=Path(args.register))
            print(f"证书发放登记表：{args.register}")
    return 0


def cmd_certificate_verify(args: argparse.Namespace) -> int:
    from trainoffice.certificates import verify_text
    from trainoffice.signing import parse_public_key

    if args.key:
        checked = verify_text(args.text, parse_public_key(args.key))
    else:  # the office's own key, and its register: a revoked certificate is not valid
        with _open(args, lock=False) as office:
            if not office.signer.exists():
                print("trainoffice: 该数据库还没有签名密钥；请用 --key 指定发证单位的公钥。", file=sys.stderr)
                return 1
            checked = office.certificates.verify(args.text)
    if checked.payload:
        p = checked.payload
        print(f"证书编号：{p.number}\n姓名：{p.name}\n培训项目：{p.project}\n学时：{p.hours:g}\n发证日期：{p.issued_on}")
    if not checked.valid:
        print(f"核验失败：{checked.problem}", file=sys.stderr)
        return 1
    print("签名有效：证书内容与发证单位的签名一致。")
    if not args.key:
        print("本单位登记：" + ("有效" if checked.registered else "未找到此编号（可能来自另一个数据库）"))
    return 0


def cmd_certificate_revoke(args: argparse.Namespace) -> int:
    with _open(args) as office:
        cert = office.certificates.by_number(args.number)
        office.certificates.revoke(cert.id, reason=args.reason)
    print(f"证书 {args.number} 已作废（编号保留，不再使用）。")
    return 0


def cmd_key_show(args: argparse.Namespace) -> int:
    """key show: once the key exists it only reads, so it runs beside the app; creating the key writes."""
    office = _open(args, lock=False)
    if not office.signer.exists():  # creating it writes: only then the writer lock
        office.close()
        office = _open(args)
    with office:
        office.signer.ensure()
        print(f"公钥 public_key: {office.signer.public_key_text}")
        print(f"指纹 fingerprint: {office.signer.fingerprint}")
        print(f"核验时写成 --key={office.signer.public_key_text}（带等号：公钥可能以 - 开头）")
    return 0


def cmd_print_signin(args: argparse.Namespace) -> int:
    with _open(args, lock=False) as office:
        project = office.projects.by_code(args.project)
        result = office.forms.print_signin(project_id=project.id, out=Path(args.out), per=args.per,
                                           masked=not args.unmasked)
    _warn(result.warnings)
    print(f"已生成签到表：{args.out}（{result.pages} 页）")
    return 0


def cmd_print_ledger_card(args: argparse.Namespace) -> int:
    from trainoffice.errors import NotFound

    with _open(args, lock=False) as office:
        teacher_id = office.registry.teacher_id_by_number(args.teacher)
        if teacher_id is None:
            raise NotFound(f"身份证号 {args.teacher[:3]}… 不在教师信息库中，请核对号码。")
        result = office.forms.print_ledger_card(teacher_id=teacher_id, out=Path(args.out), year=args.year,
                                                masked=not args.unmasked)
    _warn(result.warnings)
    print(f"已生成学时登记卡：{args.out}")
    return 0


def cmd_packet_export(args: argparse.Namespace) -> int:
    with _open(args) as office:
        project_id = office.projects.by_code(args.project).id if args.project else None
        result = office.packets.export(out_dir=Path(args.out), project_id=project_id, year=args.year,
                                       masked=False if args.unmasked else None,
                                       progress=_progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _warn(result.warnings)
    print(f"提交包已生成并核验：{result.path}")
    print(f"SHA-256：{result.sha256}")
    print(f"单位公钥指纹：{result.fingerprint}")
    return 0


def cmd_packet_verify(args: argparse.Namespace) -> int:
    from trainoffice.packet import verify_packet
    from trainoffice.signing import parse_public_key

    report = verify_packet(Path(args.file), public_key=parse_public_key(args.key) if args.key else None)
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.checked:
            print(f"已检查：{line}")
        for problem in report.problems:
            print(f"问题：{problem}")
        if report.fingerprint:
            print(f"提交包的公钥指纹：{report.fingerprint}"
                  + ("" if report.given_fingerprint else "（请与发出单位报备的指纹核对）"))
        if report.given_fingerprint:
            same = report.given_fingerprint == report.fingerprint
            print(f"指定的公钥指纹：{report.given_fingerprint}（{'与提交包的一致' if same else '与提交包的不一致'}）")
        print("核验通过。" if report.ok else "核验未通过。")
    return 0 if report.ok else 1
def cmd_import(args: argparse.Namespace) -> int:
    """import teachers|roster FILE: exit 0 once the file was read and something imported (in a dry run: would
    be); 1 if it cannot be read, has nobody in it, every row is refused, or the --report cannot be written
    (then nothing is imported)."""
    with _open(args, lock=not args.dry_run) as office:
        project_id = office.imports.project_id(args.project) if args.kind == "roster" else None
        plan = office.imports.prepare(args.file, kind=args.kind, sheet=args.sheet, project_id=project_id,
                                      create_schools=args.create_schools)
        if args.report:  # first: the report is known before the import, and exit 1 then means nothing was written
            try:
                office.imports.export_report(plan, Path(args.report))
            except TrainOfficeError as exc:
                print(f"trainoffice: {exc}问题清单没有写成，因此没有导入任何数据：请换一个保存位置后重新运行。",
                      file=sys.stderr)
                return 1
        result = office.imports.summarise(plan) if args.dry_run else office.imports.apply(plan)
    refused = not plan.accepted  # every row refused: no batch is (or would be) made
    if args.json:
        print_json(result.as_json())
        return 1 if refused else 0
    c = result.counts
    head = ("试导入（未写入）" if args.dry_run else "没有可导入的行，未写入任何数据" if refused
            else f"已导入，批次 #{result.batch_id}")
    print(f"{head}：{Path(args.file).name}  新增 {c['created']}，更新 {c['updated']}，未变 {c['unchanged']}，"
          f"未导入 {c['rejected']} 行，提醒 {len(result.warnings)} 条")
    if result.skipped:
        print("  不导入：" + "，".join(f"第 {row} 行（{why}）" for row, why in result.skipped))
    for label, problems in (("未导入", result.errors), ("提醒", result.warnings), ("说明", result.notes)):
        for p in problems:
            print(f"  {label} 第{p.row}行{' ' + p.column if p.column else ''}：{p.message}")
    if args.report:
        print(f"问题清单：{args.report}")
    return 1 if refused else 0


def cmd_import_history(args: argparse.Namespace) -> int:
    from trainoffice.imports.validate import KIND_LABELS

    with _open(args, lock=False) as office:
        records = office.imports.history()
    if args.json:
        print_json([vars(r) for r in records])
        return 0
    for r in records:
        c = r.counts
        state = f"已撤销 {r.undone_at}" if r.undone_at else ""
        kind = KIND_LABELS.get(r.kind, r.kind) + (f"（{r.project}）" if r.project else "")
        print(f"#{r.id}  {r.imported_at}  {r.imported_by}  {kind}  {r.file_name}  新增 {c.get('created', 0)} "
              f"更新 {c.get('updated', 0)} 未变 {c.get('unchanged', 0)} 未导入 {c.get('rejected', 0)}  {state}")
    if not records:
        print("还没有导入记录")
    return 0


def cmd_import_undo(args: argparse.Namespace) -> int:
    with _open(args) as office:
        record = office.imports.undo(args.batch_id)
    print(f"已撤销导入 #{record.id}（{record.file_name}）")
    return 0


def cmd_import_plan(args: argparse.Namespace) -> int:
    """import plan FILE --year Y: the city's annual plan table; rows it cannot place are listed."""
    from trainoffice.plan import import_plan_file

    with _open(args, lock=not args.dry_run) as office:
        report = import_plan_file(office, args.file, year=args.year, sheet=args.sheet, dry_run=args.dry_run,
                                  import_rest=not args.all_or_nothing)
    if args.json:
        print_json(report.as_dict())
        return 0
    head = "试导入（未写入）" if args.dry_run else "已导入"
    print(f"{head}：{Path(args.file).name}  项目 {report.projects} 个，阶段 {report.stages} 个，"
          f"培训人数合计 {report.participants}，表中培训总人次 {report.declared_total or '（无）'}")
    for e in report.errors:
        print(f"  未导入 第{e.row}行：{e.message}")
    for w in report.warnings:
        print(f"  提醒 {w}")
    return 0


def cmd_import_signin(args: argparse.Namespace) -> int:
    """import signin FILE --project CODE: sign-in export rows (name or ID + time) become 出勤 marks."""
    from trainoffice.imports.reader import read_sheet

    data = read_sheet(args.file, args.sheet)
    with _open(args, lock=not args.dry_run) as office:
        project = office.projects.by_code(args.project)
        plan = office.attendance.plan_sign_in(project.id, data.rows, file_name=Path(args.file).name)
        for p in plan.problems:
            print(f"  无法对应 第{p.row}行：{p.message}")
        if plan.problems and args.all_or_nothing:
            print("有无法对应的行，按要求未导入任何考勤。")
            return 0
        changed = 0 if args.dry_run else office.attendance.apply_sign_in(plan)
    print(f"签到记录 {len(plan.placed)} 行已对应到课时，{len(plan.problems)} 行无法对应；"
          f"{'试导入，未写入' if args.dry_run else f'考勤更新 {changed} 格'}")
    return 0


def cmd_report_compliance(args: argparse.Namespace) -> int:
    with _open(args, lock=False) as office:
        if args.xlsx:
            out = office.compliance.export(args.year, Path(args.xlsx), masked=not args.unmasked)
            print(f"已导出：{out}")
            return 0
        annual = office.compliance.annual(args.year)
        cycle = office.compliance.cycle(args.year)
        if args.json:
            print_json({**annual.as_dict(), "cycle": cycle.as_dict()})
            return 0
        print(annual.headline)
        flagged = annual.flagged_schools
        print(f"未达标教师占 20% 及以上的学校：{len(flagged)} 所")
        for school in flagged:
            print(f"  {school.township}  {school.school}  {school.under}/{school.teachers}（{school.share_under:.1%}）")
        print(cycle.headline)
    return 0


def cmd_report_roster(args: argparse.Namespace) -> int:
    with _open(args, lock=False) as office:
        project = office.projects.by_code(args.project)
        out = office.roster.export(project.id, Path(args.xlsx), masked=False if args.unmasked else None)
    print(f"已导出：{out}")
    return 0


def cmd_project_list(args: argparse.Namespace) -> int:
    with _open(args, lock=False) as office:
        if args.xlsx:
            out = office.projects.export(Path(args.xlsx), year=args.year, status=args.status or "",
                                         text=args.search or "")
            print(f"已导出：{out}")
            return 0
        rows = office.projects.rows(year=args.year, status=args.status or "", text=args.search or "")
        if args.json:
            print_json([{"code": r.project.code, "name": r.project.name, "year": r.project.year,
                         "status": r.project.status, "level": r.project.level, "places": r.project.places,
                         "enrolled": r.enrolled, "sessions": r.sessions, "hours": r.hours,
                         "start_date": r.project.start_date, "end_date": r.project.end_date} for r in rows])
            return 0
        for r in rows:
            p = r.project
            print(f"{p.code}\t{p.status}\t{p.name}\t{r.enrolled}/{p.places} 人\t{r.hours:g} 学时\t"
                  f"{p.start_date or ''}—{p.end_date or ''}")
    return 0


def cmd_project_status(args: argparse.Namespace) -> int:
    with _open(args) as office:
        project = office.projects.by_code(args.code)
        if args.action == "open":
            office.projects.open(project.id)
        elif args.action == "close":
            report = office.projects.close(project.id)
            print(f"已登记学时 {report.posted} 条，冲销 {report.reversed} 条，未变 {report.unchanged} 条")
            for correction in report.corrections:
                print(f"  更正：{correction}")
            if args.reissue:
                from trainoffice.certificates import AFTER_REOPEN

                _reissue(office, project, occasion=AFTER_REOPEN)
            else:
                _warn_outdated(office, project, doing="已不能打印，也不能放入提交包")
        elif args.action == "reopen":
            office.projects.reopen(project.id, reason=args.reason)
        else:
            office.projects.archive(project.id)
        print(f"{project.code} {project.name}：{office.projects.project(project.id).status}")
    return 0


def no_display() -> bool:
    """On Linux a window needs X11 or Wayland (or an explicit Qt platform such as offscreen)."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_gui(args: argparse.Namespace) -> int:
    if no_display():
        print("trainoffice: 这台电脑没有图形界面（DISPLAY 未设置），无法打开窗口。请在桌面环境中运行，"
              "或用 xvfb-run trainoffice。命令行功能（导入、报表、证书、提交包）可直接使用：trainoffice --help\n"
              "No display: run TrainOffice from a desktop session (or under xvfb-run).", file=sys.stderr)
        return 1
    # Qt is imported only here, by name, so the core never imports it.
    app = importlib.import_module("ui.app")
    return app.run(db=args.db)


def output_file(suffix: str) -> Callable[[str], str]:
    """An --out argument that must name a ``suffix`` file: Excel written into list.csv opens as garbage."""
    def check(value: str) -> str:
        if not value.lower().endswith(suffix):
            raise argparse.ArgumentTypeError(f"“{value}”应是 {suffix} 文件，例如 名单{suffix}")
        return value

    return check


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
    p.add_argument("--today", help="演示县的“今天”（默认今天的日期）：演示当年和上一年的培训，此前的项目已结业，此后的在计划中")

    p = command("backup", cmd_backup, "备份数据库（程序打开时也可以；不要直接复制 .sqlite3 文件）")
    p.add_argument("--out", help="备份文件，或保存到的文件夹（如 U 盘）；省略时存入数据文件夹的 backups")
    p = command("restore", cmd_restore, "从备份恢复（先检查备份；当前数据库另存后再替换；程序须先关闭）")
    p.add_argument("file", help="备份文件 (.sqlite3)")

    export = sub.add_parser("export", help="导出 Excel").add_subparsers(metavar="WHAT", required=True)
    p = export.add_parser("teachers", help="教师名单")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--out", required=True, type=output_file(".xlsx"), help="输出的 .xlsx 文件")
    p.add_argument("--search", help="与窗口中的搜索框相同")
    p.add_argument("--all", action="store_true", help="包括退休、调出教师")
    p.add_argument("--unmasked", action="store_true", help="不遮盖身份证号和电话")
    p.set_defaults(func=cmd_export_teachers)

    p = command("certificates", cmd_certificates, "为已结业项目发证并打印结业证书")
    p.add_argument("--project", required=True, help="项目代码")
    p.add_argument("--out", type=output_file(".pdf"), help="合并的 PDF 文件")
    p.add_argument("--per-person", help="每人一个 PDF，写入此文件夹")
    p.add_argument("--register", type=output_file(".xlsx"), help="同时导出证书发放登记表 (.xlsx)")
    p.add_argument("--reissue", action="store_true",
                   help="先作废与考核结果或学时档案不符的证书（编号保留，原因自动填写），再为仍合格的学员重新发证")

    cert = sub.add_parser("certificate", help="证书核验、作废").add_subparsers(metavar="WHAT", required=True)
    p = cert.add_parser("verify", help="核验证书二维码内容")
    p.add_argument("text", help="扫描二维码得到的文字")
    p.add_argument("--key", help="发证单位的公钥（base64url，或保存公钥的文件），写成 --key=公钥；省略时用 --db 的单位密钥")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_certificate_verify)
    p = cert.add_parser("revoke", help="作废一本证书（编号保留）")
    p.add_argument("number", help="证书编号")
    p.add_argument("--reason", required=True, help="作废原因")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_certificate_revoke)

    key = sub.add_parser("key", help="单位签名密钥").add_subparsers(metavar="WHAT", required=True)
    p = key.add_parser("show", help="显示单位公钥和指纹（私钥不导出）")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_key_show)

    printing = sub.add_parser("print", help="打印签到表、学时登记卡 (PDF)").add_subparsers(metavar="WHAT", required=True)
    p = printing.add_parser("signin", help="签到表")
    p.add_argument("--project", required=True, help="项目代码")
    p.add_argument("--out", required=True, type=output_file(".pdf"), help="输出的 PDF 文件")
    p.add_argument("--per", choices=("session", "day"), default="session", help="每课次一张（默认）或每天一张")
    p.add_argument("--unmasked", action="store_true", help="不遮盖电话")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_print_signin)
    p = printing.add_parser("ledger-card", help="教师学时登记卡")
    p.add_argument("--teacher", required=True, help="教师身份证号")
    p.add_argument("--out", required=True, type=output_file(".pdf"), help="输出的 PDF 文件")
    p.add_argument("--year", type=int, help="打印含该年度的五年周期（默认今年）")
    p.add_argument("--unmasked", action="store_true", help="不遮盖身份证号")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_print_ledger_card)

    packet = sub.add_parser("packet", help="提交包：生成与核验").add_subparsers(metavar="WHAT", required=True)
    p = packet.add_parser("export", help="生成项目或年度提交包 (.zip)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--project", help="项目代码")
    which.add_argument("--year", type=int, help="年度")
    p.add_argument("--out", required=True, help="保存到的文件夹（如 U 盘）")
    p.add_argument("--unmasked", action="store_true",
                   help="汇总表和提交报告中完整显示身份证号和电话（签到表仍按设置遮盖）")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_packet_export)
    p = packet.add_parser("verify", help="核验提交包")
    p.add_argument("file", help="提交包 .zip")
    p.add_argument("--key", help="应有的单位公钥（可选），写成 --key=公钥")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_packet_verify)
    imports = sub.add_parser("import", help="导入教师信息或参培学员名单").add_subparsers(metavar="WHAT", required=True)
    for kind, help_text in (("teachers", "教师信息（Excel/WPS/CSV）"), ("roster", "参培学员名单，导入到一个项目")):
        p = imports.add_parser(kind, help=help_text)
        p.add_argument("file", help=".xlsx / .xls / .et / .ods / .csv / .txt")
        p.add_argument("--db", default=argparse.SUPPRESS)
        if kind == "roster":
            p.add_argument("--project", required=True, help="项目编号")
        p.add_argument("--sheet", help="工作表名称（默认第一个有名单的）")
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
    p = imports.add_parser("plan", help="年度培训计划表（市里下发的 Excel）")
    p.add_argument("file")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--year", type=int, required=True, help="计划年度")
    p.add_argument("--sheet", help="工作表名称（默认第一个）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.add_argument("--all-or-nothing", action="store_true", help="有无法导入的行时，一个项目也不导入")
    p.set_defaults(func=cmd_import_plan)
    p = imports.add_parser("signin", help="签到记录（姓名或身份证号 + 签到时间）导入考勤")
    p.add_argument("file")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--project", required=True, help="项目编号")
    p.add_argument("--sheet", help="工作表名称（默认第一个）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument("--all-or-nothing", action="store_true", help="有无法对应的行时，一条也不导入")
    p.set_defaults(func=cmd_import_signin)

    report = sub.add_parser("report", help="统计报表").add_subparsers(metavar="WHAT", required=True)
    p = report.add_parser("compliance", help="学分达标情况（年度、学校 20%% 标记、五年周期）")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--year", type=int, required=True)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="以 JSON 输出")
    fmt.add_argument("--xlsx", metavar="OUT", type=output_file(".xlsx"), help="导出 Excel 文件")
    p.add_argument("--unmasked", action="store_true", help="不遮盖身份证号")
    p.set_defaults(func=cmd_report_compliance)
    p = report.add_parser("roster", help="参培学员名单汇总表")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--project", required=True, help="项目编号")
    p.add_argument("--xlsx", metavar="OUT", type=output_file(".xlsx"), required=True)
    p.add_argument("--unmasked", action="store_true", help="不遮盖身份证号和电话")
    p.set_defaults(func=cmd_report_roster)

    project = sub.add_parser("project", help="培训项目").add_subparsers(metavar="ACTION", required=True)
    p = project.add_parser("list", help="项目列表")
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--year", type=int)
    p.add_argument("--status", choices=("计划", "开班", "结业", "归档"))
    p.add_argument("--search", help="与窗口中的搜索框相同（名称、编号、承办单位）")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--xlsx", metavar="OUT", type=output_file(".xlsx"), help="导出培训项目一览表（Excel）")
    p.set_defaults(func=cmd_project_list)
    for action, text in (("open", "开班"), ("close", "结业（登记学时）"), ("archive", "归档"), ("reopen", "重新打开")):
        p = project.add_parser(action, help=text)
        p.add_argument("--db", default=argparse.SUPPRESS)
        p.add_argument("code", help="项目编号")
        if action == "reopen":
            p.add_argument("--reason", required=True, help="重新打开的原因")
        if action == "close":
            p.add_argument("--reissue", action="store_true",
                           help="结业后作废学时或考核结果已改变的证书，并为仍合格的学员重新发证")
        p.set_defaults(func=cmd_project_status, action=action)
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
    except BrokenPipeError:  # the output went to a program that stopped reading (… | head): nothing went wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # and nothing more to say at exit
        return 0
    except Exception as exc:  # noqa: BLE001 - the top level: log it, say it short, no traceback to the user
        log.exception("unexpected error in %s", redact(" ".join(argv or sys.argv[1:])))
        print(f"trainoffice: 出现意外错误（{type(exc).__name__}），详情已记入日志 "
              f"{os.fspath(setup_logging())}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
