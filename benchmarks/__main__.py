"""``python -m benchmarks [--only NAME] [--quick]``: see benchmarks/README.md."""

from __future__ import annotations

import sys

from benchmarks.harness import main

sys.exit(main())
