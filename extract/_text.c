/*
 * extract._text: questions the stages ask of every page's whole text, answered in one C pass.
 *
 * Why: each answer is a substring test or a regex search in Python, which is C already, but the
 * normaliser asked 25 substring tests of every page (which white space characters occur) and
 * then whether any two of them stand together; the clause markers searched each page with a
 * piece for a run of eight white space characters; the CPV code finder searched every page with
 * a regex that tries every digit. One pass over the code points answers each question for a page
 * in about a nanosecond per character instead of ten to twenty-five (2026-12-06, this machine).
 *
 * Both questions use Python's own character predicates (Py_UNICODE_ISSPACE is what str.isspace()
 * and re's \s ask; Py_UNICODE_ISDECIMAL what re's \d asks of a str pattern). The module is
 * optional (setup.py): where it was not built, extract.textscan answers the same questions in
 * Python, and tests/test_textscan.py holds the two to the same answers.
 */
#include "_textview.h" /* Python.h first, as CPython asks */
#include <string.h>

static unsigned char space_low[256], digit_low[256];

static int is_space(Py_UCS4 c)
{
    return c < 256 ? space_low[c] : Py_UNICODE_ISSPACE(c) != 0;
}

static int is_decimal(Py_UCS4 c)
{
    return c < 256 ? digit_low[c] : Py_UNICODE_ISDECIMAL(c) != 0;
}

PyDoc_STRVAR(spaces_doc,
"spaces(text) -> (str, int)\n\n"
"The white space characters of text other than the plain space, each once, in code point order,\n"
"and the length of its longest run of white space characters (str.isspace()).");

static PyObject *spaces(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    if (text_view(text, "spaces", &v) < 0)
        return NULL;
    Py_ssize_t run = 0, longest = 0;
    /* white space lies below U+3001 (the tests check it): a bitmap of those seen */
    static unsigned char seen[0x3001 / 8 + 1];
    memset(seen, 0, sizeof seen);
    int any = 0;
    for (Py_ssize_t i = 0; i < v.n; i++) {
        Py_UCS4 c = PyUnicode_READ(v.kind, v.data, i);
        if (!is_space(c)) {
            run = 0;
            continue;
        }
        if (++run > longest)
            longest = run;
        if (c != ' ' && c <= 0x3000) {
            seen[c >> 3] |= (unsigned char)(1u << (c & 7));
            any = 1;
        }
    }
    Py_UCS4 found[64];
    Py_ssize_t count = 0;
    /* read the bitmap a byte at a time: most of its 385 bytes are empty (a page's other white
       space is mostly "\n"), so the 12,289 code points are not each tested */
    for (size_t b = 0; any && b < sizeof seen && count < 64; b++) {
        if (seen[b] == 0)
            continue;
        for (unsigned bit = 0; bit < 8 && count < 64; bit++)
            if (seen[b] & (1u << bit))
                found[count++] = (Py_UCS4)(b * 8 + bit);
    }
    PyObject *present = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, found, count);
    if (present == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", present, longest);
}

PyDoc_STRVAR(longest_digit_run_doc,
"longest_digit_run(text) -> int\n\n"
"The length of the longest run of decimal digits in text (str.isdecimal(), re's \\d).");

static PyObject *longest_digit_run(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    if (text_view(text, "longest_digit_run", &v) < 0)
        return NULL;
    Py_ssize_t run = 0, longest = 0;
    for (Py_ssize_t i = 0; i < v.n; i++) {
        if (is_decimal(PyUnicode_READ(v.kind, v.data, i))) {
            if (++run > longest)
                longest = run;
        } else {
            run = 0;
        }
    }
    return PyLong_FromSsize_t(longest);
}

static PyMethodDef methods[] = {
    {"spaces", spaces, METH_O, spaces_doc},
    {"longest_digit_run", longest_digit_run, METH_O, longest_digit_run_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_text", "Whole-text questions of extract.textscan, in C.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__text(void)
{
    for (Py_UCS4 c = 0; c < 256; c++) {
        space_low[c] = Py_UNICODE_ISSPACE(c) != 0;
        digit_low[c] = Py_UNICODE_ISDECIMAL(c) != 0;
    }
    return PyModule_Create(&module);
}
