"""The one part of the build pyproject.toml cannot declare stably: the C extension.

extract.parse._pdfwalk (extract/parse/_pdfwalk.c) is the page-object walk and the character
boxes of extract/parse/grid.py in C. It links to nothing (pdfium's functions come from pypdfium2
at run time) and it is optional: where no C compiler or Python headers are found, the install
goes on and grid.py runs the same loops in Python, with the same results, slower
(`python benchmarks/run_all.py` prints which one ran; tests/test_pdfwalk.py fails when a
compiler is present and the extension was not built). `-ffp-contract=off` keeps every a*b+c two
roundings, as Python computes it, so both give the same numbers. Everything else is in
pyproject.toml.
"""

import sys

from setuptools import Extension, setup

FLAGS = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]

setup(
    ext_modules=[
        Extension("extract.parse._pdfwalk", sources=["extract/parse/_pdfwalk.c"], extra_compile_args=FLAGS,
                  optional=True),
    ],
)
