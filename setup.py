"""The one part of the build pyproject.toml cannot declare stably: the C extensions.

extract.parse._pdfwalk (extract/parse/_pdfwalk.c) is the page-object walk, the grid finder and
the character boxes and cell assignment of extract/parse/grid.py in C. It links to nothing
(pdfium's functions come from pypdfium2 at run time). extract.model._ngrams (extract/model/_ngrams.c) is the hashed n-gram counting of
extract/model/portable.py's HashedCounts in C. extract._text (extract/_text.c) answers the
whole-text questions of extract.textscan (white space, digit runs) in one pass. All are optional: where no C compiler or Python
headers are found, the install goes on and the same loops run in Python, with the same results,
slower (`python benchmarks/run_all.py` prints which ones ran; tests/test_pdfwalk.py and
tests/test_ngrams.py fail when a compiler is present and the extension was not built).
`-ffp-contract=off` keeps every a*b+c two roundings, as Python computes it, so both give the same
numbers. Everything else is in pyproject.toml.
"""

import sys

from setuptools import Extension, setup

FLAGS = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]
HEADERS = ["extract/_textview.h"]  # the text functions' shared opening and closing

setup(
    ext_modules=[
        Extension("extract.parse._pdfwalk", sources=["extract/parse/_pdfwalk.c"], depends=HEADERS,
                  extra_compile_args=FLAGS, optional=True),
        Extension("extract.model._ngrams", sources=["extract/model/_ngrams.c"], depends=HEADERS,
                  extra_compile_args=FLAGS, optional=True),
        Extension("extract._text", sources=["extract/_text.c"], depends=HEADERS, extra_compile_args=FLAGS,
                  optional=True),
    ],
)
