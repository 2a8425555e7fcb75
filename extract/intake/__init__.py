"""The batch runner: files in, one record per document out, whatever the files hold.

    inputs  which files a scan reads            screen  one file: parse, screen, record (never raises)
    pool    worker processes and Dask, surviving a dead worker
    batch   many files, with the ledger          ledger  the SQLite record of what was screened
    record  the output contract (one JSON object per document)
"""

from extract.intake.batch import FileResult, exit_code, run_scan, scan_files
from extract.intake.inputs import iter_input_files
from extract.intake.screen import Explained, ScanConfig, explain_path, prepare, screen_document, screen_path

__all__ = ["ScanConfig", "prepare", "screen_path", "screen_document", "scan_files", "run_scan", "iter_input_files",
           "explain_path", "Explained", "FileResult", "exit_code"]
