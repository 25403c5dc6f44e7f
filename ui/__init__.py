"""The Qt front end (PySide6): the only package that imports Qt. It calls the core and never runs SQL.

Start with ``ui.app.run``; pages live in ``ui.pages`` and are registered in ``ui.mainwindow.PAGES``;
long work goes through ``ui.operations.Operations``.
"""
