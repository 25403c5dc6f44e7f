"""The command line itself: every command explains itself, and a command group without its action says so."""

from __future__ import annotations

import argparse

import chenzhou_plan
import pytest

from conftest import make_course
from trainoffice.cli import build_parser, main


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*path, name))
    return found


COMMANDS = _commands(build_parser())
GROUPS = sorted({c[:-1] for c in COMMANDS if len(c) > 1} - {()})


def test_every_command_is_listed():
    assert ("report", "compliance") in COMMANDS and ("import", "roster") in COMMANDS and len(GROUPS) >= 8


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_prints_its_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    assert "usage: trainoffice" in capsys.readouterr().out


@pytest.mark.parametrize("group", GROUPS, ids=" ".join)
def test_a_group_without_its_action_shows_usage_and_fails(group, capsys):
    """`trainoffice report` must not fall through to opening the window."""
    with pytest.raises(SystemExit) as done:
        main(list(group))
    assert done.value.code == 2
    assert "usage: trainoffice" in capsys.readouterr().err


def test_an_output_file_of_the_wrong_kind_is_refused_before_anything_runs(tmp_path, capsys):
    out = tmp_path / "教师名单.csv"
    with pytest.raises(SystemExit) as done:
        main(["export", "teachers", "--db", str(tmp_path / "x.sqlite3"), "--out", str(out)])
    assert done.value.code == 2 and not out.exists()
    assert "应是 .xlsx 文件" in capsys.readouterr().err


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path):
    """`trainoffice project list | head -1` said 出现意外错误（BrokenPipeError）."""
    import subprocess
    import sys

    db = tmp_path / "x.sqlite3"
    script = ("import sys; from trainoffice import cli\n"
              "def flood(args):\n    for n in range(200000): print('第', n, '行')\n    return 0\n"
              "cli.cmd_project_list = flood\nsys.exit(cli.main(['project', 'list', '--db', sys.argv[1]]))")
    done = subprocess.run(f'"{sys.executable}" -c "{script}" "{db}" | head -1', shell=True, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == "第 0 行" and "意外" not in done.stderr and "Traceback" not in done.stderr


def test_commands_that_only_read_run_while_the_app_is_open(office, tmp_path, capsys):
    """Review G-11: with the app open, even a dry run or the import history was refused as “正被另一个 TrainOffice 使用”."""
    code = office.projects.project(make_course(office)).code  # the app is open: it holds the writer lock
    fang = next(t for t in office.roster.roster(office.projects.by_code(code).id) if t.name == "王芳")
    id_number = office.registry.teacher(fang.teacher_id).id_number
    teachers = tmp_path / "教师.csv"
    teachers.write_text(f"姓名,身份证号,工作单位\n王芳,{id_number},安仁县城关中学\n", encoding="utf-8")
    signin = tmp_path / "签到.csv"
    signin.write_text("姓名,签到时间\n王芳,2026-05-06 08:05\n", encoding="utf-8")
    plan = chenzhou_plan.write_xlsx(tmp_path / "计划.xlsx")
    reading = [
        ["import", "teachers", str(teachers), "--dry-run"],
        ["import", "roster", str(teachers), "--project", code, "--dry-run"],
        ["import", "plan", str(plan), "--year", "2018", "--dry-run"],
        ["import", "signin", str(signin), "--project", code, "--dry-run"],
        ["import", "history"],
        ["project", "list", "--xlsx", str(tmp_path / "项目.xlsx")],
        ["report", "compliance", "--year", "2026"],
        ["report", "roster", "--project", code, "--xlsx", str(tmp_path / "名单.xlsx")],
        ["export", "teachers", "--out", str(tmp_path / "教师.xlsx")],
        ["print", "signin", "--project", code, "--out", str(tmp_path / "签到表.pdf")],
        ["print", "ledger-card", "--teacher", id_number, "--out", str(tmp_path / "登记卡.pdf")],
        ["key", "show"],  # review j-7: refused, though it only reads once the key exists
    ]
    assert main(["--db", str(office.path), "key", "show"]) == 1  # no key yet: creating it is a write
    assert "正被另一个 TrainOffice 使用" in capsys.readouterr().err
    office.signer.ensure()
    changes = office.database.conn.execute("PRAGMA data_version").fetchone()[0]
    for command in reading:
        assert main(["--db", str(office.path), *command]) == 0, (command, capsys.readouterr().err)
    capsys.readouterr()
    assert main(["--db", str(office.path), "certificate", "verify", "不是证书"]) == 1
    assert "核验失败" in capsys.readouterr().err  # checked with the office's key, not refused
    assert office.database.conn.execute("PRAGMA data_version").fetchone()[0] == changes  # nothing was written
    assert main(["--db", str(office.path), "import", "teachers", str(teachers)]) == 1  # a write is still refused
    assert "正被另一个 TrainOffice 使用" in capsys.readouterr().err
