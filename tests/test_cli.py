"""The command line itself: every command explains itself, and a command group without its action says so."""

from __future__ import annotations

import argparse

import pytest

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
