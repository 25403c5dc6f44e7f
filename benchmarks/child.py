"""Entry point of the child process that measures one side of one figure (started by the harness)."""

from __future__ import annotations

import sys

from benchmarks.harness import child_main

if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
