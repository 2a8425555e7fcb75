/*
 * The opening and closing of the C text functions of extract's extensions (extract/_text.c,
 * extract/model/_ngrams.c, extract/parse/_pdfwalk.c): each takes one str, reads its code points
 * where CPython keeps them (1, 2 or 4 bytes each) and, when it makes text, builds the result from
 * a buffer of the same width. Kept in one header so the three modules check their argument and
 * build their result the same way.
 */
#ifndef EXTRACT_TEXTVIEW_H
#define EXTRACT_TEXTVIEW_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    Py_ssize_t n;     /* code points */
    int kind;         /* bytes per code point */
    const void *data; /* PyUnicode_DATA */
} TextView;

/* `text` as a TextView; -1 with TypeError when it is not a str (`name` is the function's). */
static int text_view(PyObject *text, const char *name, TextView *v)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "%s() expects a str", name);
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return -1;
#endif
    v->n = PyUnicode_GET_LENGTH(text);
    v->kind = PyUnicode_KIND(text);
    v->data = PyUnicode_DATA(text);
    return 0;
}

/* A buffer for at most v->n code points of v's width (NULL with MemoryError). */
static char *text_buffer(const TextView *v)
{
    char *buf = PyMem_Malloc(v->n ? (size_t)v->n * (size_t)v->kind : 1);
    if (buf == NULL)
        PyErr_NoMemory();
    return buf;
}

/* `text` as a TextView and a buffer for its width (text_view, then text_buffer); NULL with the
   exception set when either fails. */
static char *text_open(PyObject *text, const char *name, TextView *v)
{
    return text_view(text, name, v) < 0 ? NULL : text_buffer(v);
}

/* The str of the first `len` code points of `buf` (narrowed to its widest character, as str.join
   makes its result); frees `buf`. */
static PyObject *text_result(int kind, char *buf, Py_ssize_t len)
{
    PyObject *r = PyUnicode_FromKindAndData(kind, buf, len);
    PyMem_Free(buf);
    return r;
}

#endif
