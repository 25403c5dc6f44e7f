"""The core must never import Qt: import every trainoffice module with PySide6 blocked."""

import pkgutil
import subprocess
import sys

import trainoffice


def test_every_core_module_imports_without_qt():
    modules = [m.name for m in pkgutil.walk_packages(trainoffice.__path__, "trainoffice.")]
    assert len(modules) > 5
    code = (
        "import sys, importlib\n"
        "sys.modules['PySide6'] = None\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith(('PySide6', 'ui')) for m in sys.modules if sys.modules[m] is not None)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
