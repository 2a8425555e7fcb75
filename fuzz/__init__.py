"""Fuzzing of the whole screening path (parse -> mentions -> classify -> record); see README.md.

A folder of scripts rather than part of `extract`: nothing here ships, and none of it may be
imported by the tool itself.
"""
