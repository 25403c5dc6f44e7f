"""Set up TrainOffice on a fresh machine and run it: the README's two commands.

    python3 bootstrap.py app     install everything, build the demo database, open the app on it
    python3 bootstrap.py test    install everything, run the whole test suite headless

On Debian/Ubuntu it installs the system libraries Qt and the PDFs need (as root, or through sudo).
On Windows use ``py bootstrap.py app``. Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# Offscreen Qt, Chinese text (a TrueType CJK font reportlab can embed), and the xcb platform for a window.
DEBIAN_BASE = ["libglib2.0-0", "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1",
               "libxkbcommon0", "fonts-wqy-zenhei"]
# The tests render PDFs to PNG and decode the certificates' QR codes, as a person with a scanner would.
# fonts-droid-fallback: a Chinese font without Latin digits, which the printouts must refuse.
DEBIAN_TEST = ["poppler-utils", "poppler-data", "zbar-tools", "fonts-droid-fallback"]
DEBIAN_WINDOW = ["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
                 "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0"]


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def debian_packages(names: list[str]) -> None:
    """apt-get install what is missing; nothing to do on other systems."""
    if sys.platform != "linux" or not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return
    missing = [n for n in names if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", n], capture_output=True, text=True).stdout.strip()
        != "install ok installed"]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def python_env() -> Path:
    """A virtual environment in .venv with the project and its test tools; reinstalled when pyproject changes."""
    python = venv_python()
    if not python.exists():
        say(f"creating {VENV}")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception:  # Debian's python3 without python3-venv
            shutil.rmtree(VENV, ignore_errors=True)
            debian_packages(["python3-venv"])
            venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        say("installing TrainOffice and its libraries into .venv")
        subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "-e", f"{ROOT}[test]"], check=True)
        stamp.write_text(digest)
    return python


def run_tests(python: Path, extra: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([python, "-m", "pytest", *extra], cwd=ROOT, env=env).returncode


def run_app(python: Path, extra: list[str]) -> int:
    demo = ROOT / ".demo" / "demo.sqlite3"
    if not demo.exists():
        demo.parent.mkdir(exist_ok=True)
        subprocess.run([python, "-m", "trainoffice.cli", "demo", "--db", str(demo)], check=True)
    return subprocess.run([python, "-m", "trainoffice.cli", "--db", str(demo), *extra]).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    what, extra = argv[0], argv[1:]
    debian_packages(DEBIAN_BASE + (DEBIAN_WINDOW if what == "app" else DEBIAN_TEST))
    python = python_env()
    return run_tests(python, extra) if what == "test" else run_app(python, extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
