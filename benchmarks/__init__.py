"""TrainOffice benchmarks: each figure measured beside a bare-library baseline (issue 6).

Run ``python -m benchmarks``; see README.md in this folder.
"""
