import pytest

from trainoffice.errors import Cancelled
from trainoffice.jobs import Steps


def test_steps_report_every_n_and_the_last_one():
    seen = []
    steps = Steps(5, progress=lambda f, m: seen.append((f, m)), cancel=None, cancelled="已取消", every=2)
    for n in range(5):
        steps(f"第 {n + 1} 步")
    assert seen == [(0.4, "第 2 步"), (0.8, "第 4 步"), (1.0, "第 5 步")]


def test_steps_stop_at_once_when_the_user_cancels():
    asked = []
    steps = Steps(100, progress=None, cancel=lambda: len(asked) >= 3, cancelled="已取消，没有写入任何文件。",
                  every=50)
    with pytest.raises(Cancelled, match="没有写入"):
        for _ in range(100):
            asked.append(1)
            steps("")
    assert len(asked) == 3
