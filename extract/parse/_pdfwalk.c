/*
 * extract.parse._pdfwalk: the two loops of extract/parse/grid.py that call pdfium once per page
 * object, path segment or character, in C.
 *
 * Why: through ctypes each of those calls costs about 0.5-0.8 us on the Python side and almost
 * nothing on pdfium's; the corpus PDFs under 100 pages need 1.15 million of them, which made
 * the object walk and the character boxes about a sixth of a whole scan (benchmarks/RESULTS.md).
 * Here each call is a plain C call through the same pdfium functions pypdfium2 loaded: this
 * module links to nothing. extract/parse/grid.py hands it the functions' addresses (read from
 * pypdfium2.raw) and keeps its own Python loops as the reference: tests/test_pdfwalk.py checks that
 * both give the same rules, in the same order, and the same boxes on every page they read.
 *
 * The arithmetic is grid.py's, in the same order, in doubles, with floating-point contraction off
 * (setup flags), so the results are the same numbers, not merely close ones.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <limits.h>
#include <stdint.h>

typedef void *H;
typedef struct { float a, b, c, d, e, f; } FSMatrix;

/* pdfium's functions, in the order of FUNCTIONS in grid.py */
typedef int (*count_fn)(H);
typedef H (*page_object_fn)(H, int);
typedef H (*form_object_fn)(H, unsigned long);
typedef int (*type_fn)(H);
typedef int (*bounds_fn)(H, float *, float *, float *, float *);
typedef int (*matrix_fn)(H, FSMatrix *);
typedef H (*segment_fn)(H, int);
typedef int (*point_fn)(H, float *, float *);
typedef int (*char_box_fn)(H, int, double *, double *, double *, double *);

typedef struct {
    count_fn page_count;
    page_object_fn page_object;
    count_fn form_count;
    form_object_fn form_object;
    type_fn object_type;
    bounds_fn object_bounds;
    matrix_fn object_matrix;
    count_fn path_segments;
    segment_fn path_segment;
    type_fn segment_type;
    point_fn segment_point;
    type_fn segment_close;
} Api;

typedef struct {
    double *v;
    Py_ssize_t n, cap;
} Spans; /* (pos, lo, hi) triples */

typedef struct {
    Api api;
    Spans hs, vs;
    long max_objects, max_segments;
    int path_kind, form_kind, lineto, moveto;
    double thin, min_length;
    int failed;
} Walk;

static void push(Walk *w, Spans *s, double pos, double lo, double hi)
{
    if (w->failed)
        return;
    if (s->n + 3 > s->cap) {
        Py_ssize_t cap = s->cap ? 2 * s->cap : 96;
        double *v = PyMem_Realloc(s->v, (size_t)cap * sizeof(double));
        if (v == NULL) {
            w->failed = 1;
            return;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = pos;
    s->v[s->n++] = lo;
    s->v[s->n++] = hi;
}

static int is_identity(const double *m)
{
    return m[0] == 1.0 && m[1] == 0.0 && m[2] == 0.0 && m[3] == 1.0 && m[4] == 0.0 && m[5] == 0.0;
}

/* grid._compose: the matrix that applies `in` then `out` */
static void compose(const double *in, const double *out, double *r)
{
    double a = in[0], b = in[1], c = in[2], d = in[3], e = in[4], f = in[5];
    double A = out[0], B = out[1], C = out[2], D = out[3], E = out[4], F = out[5];
    r[0] = a * A + b * C;
    r[1] = a * B + b * D;
    r[2] = c * A + d * C;
    r[3] = c * B + d * D;
    r[4] = e * A + f * C + E;
    r[5] = e * B + f * D + F;
}

/* grid._matrix */
static void object_matrix(Walk *w, H obj, double *m)
{
    FSMatrix fs = {0, 0, 0, 0, 0, 0};
    if (!w->api.object_matrix(obj, &fs)) {
        m[0] = 1.0; m[1] = 0.0; m[2] = 0.0; m[3] = 1.0; m[4] = 0.0; m[5] = 0.0;
        return;
    }
    m[0] = fs.a; m[1] = fs.b; m[2] = fs.c; m[3] = fs.d; m[4] = fs.e; m[5] = fs.f;
}

/* Python's min(a, b) and max(a, b): the first argument unless the second is strictly beyond it */
static double py_min(double a, double b) { return b < a ? b : a; }
static double py_max(double a, double b) { return b > a ? b : a; }

/* grid._line */
static void line(Walk *w, double x0, double y0, double x1, double y1)
{
    if (fabs(y0 - y1) <= 0.5 && fabs(x1 - x0) >= w->min_length)
        push(w, &w->hs, (y0 + y1) / 2, py_min(x0, x1), py_max(x0, x1));
    else if (fabs(x0 - x1) <= 0.5 && fabs(y1 - y0) >= w->min_length)
        push(w, &w->vs, (x0 + x1) / 2, py_min(y0, y1), py_max(y0, y1));
}

/* grid._box_rules */
static void box_rules(Walk *w, double left, double bottom, double right, double top)
{
    double width = right - left, height = top - bottom;
    if (height <= w->thin && width >= w->min_length)
        push(w, &w->hs, (top + bottom) / 2, left, right);
    else if (width <= w->thin && height >= w->min_length)
        push(w, &w->vs, (left + right) / 2, bottom, top);
    else if (width >= w->min_length && height >= w->min_length) {
        push(w, &w->hs, top, left, right);
        push(w, &w->hs, bottom, left, right);
        push(w, &w->vs, left, bottom, top);
        push(w, &w->vs, right, bottom, top);
    }
}

/* grid._segment_rules */
static void segment_rules(Walk *w, H obj, const double *m, int n)
{
    double own[6], t[6];
    object_matrix(w, obj, own);
    compose(own, m, t);
    double a = t[0], b = t[1], c = t[2], d = t[3], e = t[4], f = t[5];
    float xy[2] = {0.0f, 0.0f};
    int have_start = 0, have_prev = 0;
    double sx = 0, sy = 0, px = 0, py = 0;
    long stop = n < w->max_segments ? n : w->max_segments;
    for (long i = 0; i < stop; i++) {
        H seg = w->api.path_segment(obj, (int)i);
        int kind = w->api.segment_type(seg);
        w->api.segment_point(seg, &xy[0], &xy[1]);
        double x = xy[0], y = xy[1];
        double qx = a * x + c * y + e, qy = b * x + d * y + f;
        if (kind == w->lineto && have_prev)
            line(w, px, py, qx, qy);
        else if (kind == w->moveto) {
            sx = qx; sy = qy; have_start = 1;
        }
        px = qx; py = qy; have_prev = 1;
        if (w->api.segment_close(seg) && have_start)
            line(w, qx, qy, sx, sy);
    }
}

/* grid._collect */
static long collect(Walk *w, H container, int is_form, const double *m, int depth, long seen)
{
    int count = is_form ? w->api.form_count(container) : w->api.page_count(container);
    int identity = is_identity(m);
    for (int i = 0; i < count; i++) {
        if (w->failed)
            return seen;
        H obj = is_form ? w->api.form_object(container, (unsigned long)i) : w->api.page_object(container, i);
        int kind = obj ? w->api.object_type(obj) : -1;
        if (kind == w->path_kind) {
            if (seen >= w->max_objects)
                return seen;
            seen += 1;
            int n = w->api.path_segments(obj);
            if (n > 6)
                segment_rules(w, obj, m, n);
            else {
                float l, b, r, t;
                if (w->api.object_bounds(obj, &l, &b, &r, &t)) {
                    if (identity)
                        box_rules(w, l, b, r, t);
                    else {
                        /* grid._box_to_page: the four corners, x outer, y inner */
                        double xs[4], ys[4], cx[2] = {l, r}, cy[2] = {b, t};
                        int k = 0;
                        for (int p = 0; p < 2; p++)
                            for (int q = 0; q < 2; q++, k++) {
                                xs[k] = m[0] * cx[p] + m[2] * cy[q] + m[4];
                                ys[k] = m[1] * cx[p] + m[3] * cy[q] + m[5];
                            }
                        double x0 = xs[0], y0 = ys[0], x1 = xs[0], y1 = ys[0];
                        for (k = 1; k < 4; k++) {
                            x0 = py_min(x0, xs[k]); y0 = py_min(y0, ys[k]);
                            x1 = py_max(x1, xs[k]); y1 = py_max(y1, ys[k]);
                        }
                        box_rules(w, x0, y0, x1, y1);
                    }
                }
            }
        } else if (kind == w->form_kind && depth < 4) {
            double own[6], placed[6];
            object_matrix(w, obj, own);
            compose(own, m, placed);
            seen = collect(w, obj, 1, placed, depth + 1, seen);
        }
    }
    return seen;
}

static PyObject *as_list(Spans *s)
{
    Py_ssize_t rows = s->n / 3;
    PyObject *out = PyList_New(rows);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < rows; i++) {
        PyObject *row = Py_BuildValue("(ddd)", s->v[3 * i], s->v[3 * i + 1], s->v[3 * i + 2]);
        if (row == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, row);
    }
    return out;
}

static int read_api(PyObject *functions, Api *api)
{
    void **slots = (void **)api;
    Py_ssize_t want = (Py_ssize_t)(sizeof(Api) / sizeof(void *));
    if (!PyTuple_Check(functions) || PyTuple_GET_SIZE(functions) != want) {
        PyErr_Format(PyExc_ValueError, "expected a tuple of %zd function addresses", want);
        return -1;
    }
    for (Py_ssize_t i = 0; i < want; i++) {
        void *p = PyLong_AsVoidPtr(PyTuple_GET_ITEM(functions, i));
        if (p == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "a null function address");
            return -1;
        }
        slots[i] = p;
    }
    return 0;
}

PyDoc_STRVAR(page_spans_doc,
"page_spans(page, functions, kinds, limits) -> (horizontal, vertical)\n\n"
"grid.page_spans in C: `page` is the FPDF_PAGE address, `functions` the pdfium function\n"
"addresses of grid.FUNCTIONS, `kinds` (path, form, lineto, moveto) and `limits`\n"
"(max_objects, max_segments, thin, min_length). Returns two lists of (pos, lo, hi).");

static PyObject *page_spans(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *page_addr, *functions;
    Walk w;
    memset(&w, 0, sizeof(w));
    if (!PyArg_ParseTuple(args, "OO(iiii)(lldd)", &page_addr, &functions, &w.path_kind, &w.form_kind,
                          &w.lineto, &w.moveto, &w.max_objects, &w.max_segments, &w.thin, &w.min_length))
        return NULL;
    H page = PyLong_AsVoidPtr(page_addr);
    if (page == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "a null page");
        return NULL;
    }
    if (read_api(functions, &w.api) < 0)
        return NULL;
    static const double identity[6] = {1.0, 0.0, 0.0, 1.0, 0.0, 0.0};
    collect(&w, page, 0, identity, 0, 0);
    PyObject *result = NULL;
    if (w.failed)
        PyErr_NoMemory();
    else {
        PyObject *hs = as_list(&w.hs), *vs = hs ? as_list(&w.vs) : NULL;
        if (hs && vs)
            result = PyTuple_Pack(2, hs, vs);
        Py_XDECREF(hs);
        Py_XDECREF(vs);
    }
    PyMem_Free(w.hs.v);
    PyMem_Free(w.vs.v);
    return result;
}

PyDoc_STRVAR(char_boxes_doc,
"char_boxes(char_box, textpage, indices, count, boxes, rows)\n\n"
"grid._Boxes.fetch in C: `char_box` is FPDFText_GetCharBox's address, `textpage` the\n"
"FPDF_TEXTPAGE address, `indices` the address of `count` int64 character indices and `boxes`\n"
"the address of a C-contiguous float64 array of shape (rows, 4) that receives (left, right,\n"
"bottom, top) of each index asked for. An index outside [0, rows) raises IndexError before\n"
"anything is written.");

static PyObject *char_boxes(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *fn_addr, *page_addr, *idx_addr, *box_addr;
    Py_ssize_t count, rows;
    if (!PyArg_ParseTuple(args, "OOOnOn", &fn_addr, &page_addr, &idx_addr, &count, &box_addr, &rows))
        return NULL;
    char_box_fn get = (char_box_fn)PyLong_AsVoidPtr(fn_addr);
    H textpage = PyLong_AsVoidPtr(page_addr);
    const int64_t *idx = PyLong_AsVoidPtr(idx_addr);
    double *boxes = PyLong_AsVoidPtr(box_addr);
    if (PyErr_Occurred())
        return NULL;
    if (get == NULL || textpage == NULL || (count > 0 && (idx == NULL || boxes == NULL))) {
        PyErr_SetString(PyExc_ValueError, "a null address");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < count; k++)
        if (idx[k] < 0 || idx[k] >= rows || idx[k] > INT_MAX) {
            PyErr_Format(PyExc_IndexError, "character index %lld outside the %zd boxes", (long long)idx[k], rows);
            return NULL;
        }
    for (Py_ssize_t k = 0; k < count; k++) {
        double *at = boxes + 4 * idx[k];
        get(textpage, (int)idx[k], at, at + 1, at + 2, at + 3);
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"page_spans", page_spans, METH_VARARGS, page_spans_doc},
    {"char_boxes", char_boxes, METH_VARARGS, char_boxes_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_pdfwalk",
    "The per-object and per-character pdfium loops of extract.parse.grid, in C.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__pdfwalk(void) { return PyModule_Create(&module); }
