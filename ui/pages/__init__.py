"""The pages of the main window, one class per module; ``ui.mainwindow.PAGES`` lists them in order."""
