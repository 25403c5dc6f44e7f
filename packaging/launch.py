"""Entry point frozen by PyInstaller: the same ``trainoffice`` command as the installed script."""

import sys

from trainoffice.cli import main

if __name__ == "__main__":
    sys.exit(main())
