"""Writing records for people and tools: JSONL, CSV (records and mentions), the self-contained
HTML review queue, the end-of-run summary and the terminal account of `explain`."""

from extract.report.html import render_html, write_html
from extract.report.writers import (
    CsvWriter, HtmlWriter, JsonlWriter, MentionsCsvWriter, RecordWriter, Summary, format_explanation, open_writer,
    write_records,
)

__all__ = ["open_writer", "write_records", "RecordWriter", "JsonlWriter", "CsvWriter", "MentionsCsvWriter",
           "HtmlWriter", "Summary", "format_explanation", "render_html", "write_html"]
