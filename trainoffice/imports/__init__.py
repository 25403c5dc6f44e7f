"""Imports (导入): teachers and rosters from the spreadsheets schools send, in undoable batches.

Reading is shared by every import (``reader``); ``layout`` finds the table and guesses the columns;
``validate`` checks rows into an ``ImportPlan``; ``batches`` writes, lists and undoes; ``report``
writes the error report. ``office.imports`` (``service.Imports``) is the entry point.
"""

from trainoffice.imports.batches import BatchRecord, ImportResult
from trainoffice.imports.layout import Column, Layout, detect_layout, guess_mapping, read_table
from trainoffice.imports.reader import SheetData, UnreadableFile, read_sheet, sheet_names
from trainoffice.imports.service import Imports
from trainoffice.imports.validate import ImportPlan, NameConflict, Problem, RowResult

__all__ = ["BatchRecord", "Column", "ImportPlan", "ImportResult", "Imports", "Layout", "NameConflict",
           "Problem", "RowResult", "SheetData", "UnreadableFile", "detect_layout", "guess_mapping", "read_sheet",
           "read_table", "sheet_names"]
