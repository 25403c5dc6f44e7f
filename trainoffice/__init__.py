"""TrainOffice core: the county teacher-training office's records, with no Qt in it."""

__version__ = "0.1.0"
