/*
 * extract.parse._pdfwalk: the two loops of extract/parse/grid.py that call pdfium once per page
 * object, path segment or character, in C; and the grid finder that turns the walk's rules into
 * tables.
 *
 * Why: through ctypes each of those calls costs about 0.5-0.8 us on the Python side and almost
 * nothing on pdfium's; the corpus PDFs under 100 pages need 1.15 million of them, which made
 * the object walk and the character boxes about a sixth of a whole scan (benchmarks/RESULTS.md).
 * Here each call is a plain C call through the same pdfium functions pypdfium2 loaded: this
 * module links to nothing. extract/parse/grid.py hands it the functions' addresses (read from
 * pypdfium2.raw) and keeps its own Python loops as the reference: tests/test_pdfwalk.py checks that
 * both give the same rules, in the same order, and the same boxes on every page they read.
 * Once the walk was in C, the work around it cost most: the grid finder (snapping, joining,
 * grouping through crossings, cutting into cells) and the cell assignment of the characters,
 * each a few hundred small Python and numpy steps per ruled page. Both are here too
 * (`page_grids`, `split_cells`), and the same tests hold them to grid.python_grids and
 * grid.python_split_cells: the same grids number for number, the same cells character for
 * character, the same boxes asked for in the same order. grid.py passes its constants on every
 * call, so the two cannot drift apart.
 *
 * The arithmetic is grid.py's, in the same order, in doubles, with floating-point contraction off
 * (setup flags), so the results are the same numbers, not merely close ones.
 *
 * The text that comes out is cleaned here too, each function the C of a Python rule kept beside it
 * and held to it by tests/test_pdfwalk.py: `clean_rows` and `nonblank_lines` (a page's tables as
 * lines, grid `_tables_in_text`), `tidy_text` (a page's text, pdf `_python_tidy`).
 */
#include "../_textview.h" /* Python.h first, as CPython asks */
#include <math.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

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

/* The page's rule segments into w->hs / w->vs (the part page_spans and page_grids share): 0, or -1
   with an exception set, after which the caller frees w->hs.v and w->vs.v all the same */
static int walk_page(Walk *w, PyObject *page_addr, PyObject *functions)
{
    H page = PyLong_AsVoidPtr(page_addr);
    if (page == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "a null page");
        return -1;
    }
    if (read_api(functions, &w->api) < 0)
        return -1;
    static const double identity[6] = {1.0, 0.0, 0.0, 1.0, 0.0, 0.0};
    collect(w, page, 0, identity, 0, 0);
    if (w->failed) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static PyObject *page_spans(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *page_addr, *functions;
    Walk w;
    memset(&w, 0, sizeof(w));
    if (!PyArg_ParseTuple(args, "OO(iiii)(lldd)", &page_addr, &functions, &w.path_kind, &w.form_kind,
                          &w.lineto, &w.moveto, &w.max_objects, &w.max_segments, &w.thin, &w.min_length))
        return NULL;
    PyObject *result = NULL;
    if (walk_page(&w, page_addr, functions) == 0) {
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

/* ------------------------------------------------------------------------------------------
 * The grid finder: grid._grids (snap, join, group through crossings, cut into rows and cells,
 * drop nested tables, top first) on the spans of the walk above, without a Python object per
 * span. The steps are grid.py's, with the same comparisons and the same arithmetic in the same
 * order; wherever Python's result depends on an order (dict insertion, stable sorts, sets turned
 * into sorted lists) the same order is rebuilt here, so the grids are the same numbers in the
 * same order. Spans holding a NaN are not taken (`grids` returns None and grid.py runs its own
 * loops): Python's sorts and sets order NaN by object identity, which no array can rebuild, and
 * the walk never yields one (a span is kept only after comparisons a NaN fails).
 */

typedef struct {
    double snap, join, cross, min_length, min_cell, nested;
    int compensated; /* sum() of floats is compensated (CPython 3.12+): grid._SUM_COMPENSATES */
} GridParams;

typedef struct {
    double *v;
    Py_ssize_t n, cap;
} Doubles;

typedef struct {
    Py_ssize_t *v;
    Py_ssize_t n, cap;
} Sizes;

static int grow(void **p, Py_ssize_t *cap, Py_ssize_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    Py_ssize_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    void *q = PyMem_Realloc(*p, (size_t)c * size);
    if (q == NULL)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

static int add4(Doubles *d, double a, double b, double c, double e)
{
    if (grow((void **)&d->v, &d->cap, d->n + 4, sizeof(double)) < 0)
        return -1;
    d->v[d->n++] = a;
    d->v[d->n++] = b;
    d->v[d->n++] = c;
    d->v[d->n++] = e;
    return 0;
}

static int add3(Doubles *d, double a, double b, double c)
{
    if (grow((void **)&d->v, &d->cap, d->n + 3, sizeof(double)) < 0)
        return -1;
    d->v[d->n++] = a;
    d->v[d->n++] = b;
    d->v[d->n++] = c;
    return 0;
}

static int add_size(Sizes *s, Py_ssize_t x)
{
    if (grow((void **)&s->v, &s->cap, s->n + 1, sizeof(Py_ssize_t)) < 0)
        return -1;
    s->v[s->n++] = x;
    return 0;
}

/* Three-way comparisons for the qsort orders below: -1, 0 or 1; a NaN compares equal, as the
   `<` / `>` tests of Python's list.sort() leave it in place */
static int cmp_double(double a, double b) { return (a > b) - (a < b); }
static int cmp_index(Py_ssize_t a, Py_ssize_t b) { return (a > b) - (a < b); }

typedef struct {
    double key;
    Py_ssize_t index;
} Keyed;

/* by key, ties by index: a stable sort's order */
static int keyed_order(const void *pa, const void *pb)
{
    const Keyed *a = pa, *b = pb;
    int c = cmp_double(a->key, b->key);
    return c ? c : cmp_index(a->index, b->index);
}

/* Python's sum() of floats: from the integer 0, left to right, compensated where sum() is */
typedef struct {
    double f, c;
    int compensated;
} Sum;

static void sum_add(Sum *s, double x)
{
    if (!s->compensated) {
        s->f += x;
        return;
    }
    double t = s->f + x; /* Neumaier's step, as CPython 3.12's builtin_sum_impl takes it */
    if (fabs(s->f) >= fabs(x))
        s->c += (s->f - t) + x;
    else
        s->c += (x - t) + s->f;
    s->f = t;
}

static double sum_value(const Sum *s)
{
    if (s->compensated && s->c != 0.0 && isfinite(s->c))
        return s->f + s->c;
    return s->f;
}

typedef struct {
    double lo, hi;
    Py_ssize_t index;
} Piece;

/* (lo, hi) tuples as list.sort() orders them (stable: ties by index) */
static int piece_order(const void *pa, const void *pb)
{
    const Piece *a = pa, *b = pb;
    int c = cmp_double(a->lo, b->lo);
    if (!c)
        c = cmp_double(a->hi, b->hi);
    return c ? c : cmp_index(a->index, b->index);
}

typedef struct {
    Py_ssize_t first, start, end; /* spans with one snapped position: keyed[start:end] */
} Run;

static int run_order(const void *pa, const void *pb)
{
    const Run *a = pa, *b = pb;
    return cmp_index(a->first, b->first);
}

/*
 * grid._merge of `n` spans (pos, lo, hi) of one orientation, appended to `out`.
 * _cluster: positions sorted and distinct; a gap wider than `snap` from the previous distinct
 * value starts a cluster; each position becomes its cluster's mean, the sum of the cluster's
 * distinct values in ascending order over their count. Equal values sit together after the
 * sort by (value, index), and the first of them is the one Python's set kept.
 * Then the pieces of each snapped position (positions in order of their first span: dict order)
 * are sorted as (lo, hi) tuples and joined. Returns -1 when memory runs out.
 */
static int merge(const double *v, Py_ssize_t n, const GridParams *p, Doubles *out)
{
    if (n == 0)
        return 0;
    int rc = -1;
    Keyed *keyed = PyMem_Malloc((size_t)n * sizeof(Keyed));
    double *snapped = PyMem_Malloc((size_t)n * sizeof(double));
    Run *runs = PyMem_Malloc((size_t)n * sizeof(Run));
    Piece *pieces = PyMem_Malloc((size_t)n * sizeof(Piece));
    if (!keyed || !snapped || !runs || !pieces)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        keyed[i].key = v[3 * i];
        keyed[i].index = i;
    }
    qsort(keyed, (size_t)n, sizeof(Keyed), keyed_order);
    Py_ssize_t start = 0, distinct = 0;
    double prev = 0.0;
    Sum sum = {0.0, 0.0, p->compensated};
    for (Py_ssize_t k = 0; k <= n; k++) {
        if (k < n && k > 0 && keyed[k].key == prev)
            continue; /* a repeated value: counted once */
        if (k == n || (k > 0 && keyed[k].key - prev > p->snap)) {
            double mean = sum_value(&sum) / (double)distinct;
            for (Py_ssize_t j = start; j < k; j++)
                snapped[keyed[j].index] = mean;
            if (k == n)
                break;
            start = k;
            distinct = 0;
            sum.f = 0.0;
            sum.c = 0.0;
        }
        sum_add(&sum, keyed[k].key);
        distinct++;
        prev = keyed[k].key;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        keyed[i].key = snapped[i];
        keyed[i].index = i;
    }
    qsort(keyed, (size_t)n, sizeof(Keyed), keyed_order);
    Py_ssize_t nruns = 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (k == 0 || keyed[k].key != keyed[k - 1].key) {
            if (nruns)
                runs[nruns - 1].end = k;
            runs[nruns].first = keyed[k].index;
            runs[nruns].start = k;
            nruns++;
        }
    runs[nruns - 1].end = n;
    qsort(runs, (size_t)nruns, sizeof(Run), run_order);
    for (Py_ssize_t r = 0; r < nruns; r++) {
        Py_ssize_t m = runs[r].end - runs[r].start;
        double pos = keyed[runs[r].start].key;
        for (Py_ssize_t j = 0; j < m; j++) {
            Py_ssize_t i = keyed[runs[r].start + j].index;
            pieces[j].lo = v[3 * i + 1];
            pieces[j].hi = v[3 * i + 2];
            pieces[j].index = i;
        }
        qsort(pieces, (size_t)m, sizeof(Piece), piece_order);
        double lo = pieces[0].lo, hi = pieces[0].hi;
        for (Py_ssize_t j = 1; j < m; j++) {
            double a = pieces[j].lo, b = pieces[j].hi;
            if (a <= hi + p->join) {
                if (b > hi)
                    hi = b;
            } else {
                if (add3(out, pos, lo, hi) < 0)
                    goto done;
                lo = a;
                hi = b;
            }
        }
        if (add3(out, pos, lo, hi) < 0)
            goto done;
    }
    rc = 0;
done:
    PyMem_Free(keyed);
    PyMem_Free(snapped);
    PyMem_Free(runs);
    PyMem_Free(pieces);
    return rc;
}

/* The grids found: 4 bbox doubles each; rows (index of a grid's first row), cells (index of a
 * row's first cell, 4 doubles per cell), each with a closing entry once the grids are done. */
typedef struct {
    Doubles bbox, cells;
    Sizes grid_row, row_cell;
} Found;

static void found_free(Found *f)
{
    PyMem_Free(f->bbox.v);
    PyMem_Free(f->cells.v);
    PyMem_Free(f->grid_row.v);
    PyMem_Free(f->row_cell.v);
}

static int double_order(const void *pa, const void *pb)
{
    return cmp_double(*(const double *)pa, *(const double *)pb);
}

/* sorted(set(v)): sorts `v` ascending, drops repeated values, returns how many are left */
static Py_ssize_t sorted_distinct(double *v, Py_ssize_t n)
{
    if (n == 0)
        return 0;
    qsort(v, (size_t)n, sizeof(double), double_order);
    Py_ssize_t m = 1;
    for (Py_ssize_t i = 1; i < n; i++)
        if (v[i] != v[m - 1])
            v[m++] = v[i];
    return m;
}

/*
 * grid._lattice on one group (`hs`/`vs`: indices into the merged spans `h`/`v`, in order).
 * Appends the grid to `found` unless it is no table. `ys`, `xs`, `cuts`: room for nh, nv and
 * nv doubles. Returns -1 when memory runs out.
 */
static int lattice(const double *h, const Py_ssize_t *hs, Py_ssize_t nh, const double *v, const Py_ssize_t *vs,
                   Py_ssize_t nv, const GridParams *p, double *ys, double *xs, double *cuts, Found *found)
{
    for (Py_ssize_t i = 0; i < nh; i++)
        ys[i] = h[3 * hs[i]];
    for (Py_ssize_t i = 0; i < nv; i++)
        xs[i] = v[3 * vs[i]];
    Py_ssize_t ny = sorted_distinct(ys, nh), nx = sorted_distinct(xs, nv);
    double left = xs[0], right = xs[nx - 1], top = ys[ny - 1], bottom = ys[0];
    if (right - left < p->min_length || top - bottom < p->min_length)
        return 0;
    Py_ssize_t rows0 = found->row_cell.n, cells0 = found->cells.n, rows = 0, widest = 0;
    for (Py_ssize_t k = ny - 1; k > 0; k--) { /* from the top down */
        double upper = ys[k], lower = ys[k - 1];
        if (upper - lower < p->min_cell)
            continue;
        Py_ssize_t nc = 0;
        for (Py_ssize_t j = 0; j < nv; j++) {
            const double *s = v + 3 * vs[j];
            if (left < s[0] && s[0] < right && s[1] <= lower + p->cross && s[2] >= upper - p->cross)
                cuts[nc++] = s[0];
        }
        nc = sorted_distinct(cuts, nc);
        if (add_size(&found->row_cell, found->cells.n / 4) < 0)
            return -1;
        Py_ssize_t width = 0;
        double a = left;
        for (Py_ssize_t j = 0; j <= nc; j++) {
            double b = j < nc ? cuts[j] : right;
            if (b - a >= p->min_cell) {
                if (add4(&found->cells, a, lower, b, upper) < 0)
                    return -1;
                width++;
            }
            a = b;
        }
        if (width > widest)
            widest = width;
        rows++;
    }
    if (rows < 2 || widest < 2) { /* a framed paragraph or a page border, not a table */
        found->row_cell.n = rows0;
        found->cells.n = cells0;
        return 0;
    }
    if (add_size(&found->grid_row, rows0) < 0 || add4(&found->bbox, left, bottom, right, top) < 0)
        return -1;
    return 0;
}

/* grid._components, then _lattice of each group: groups connected through crossings, in order
 * of their first horizontal rule, each with its rules in their order. Returns -1 on no memory. */
static int lattices(const double *h, Py_ssize_t nh, const double *v, Py_ssize_t nv, const GridParams *p,
                    Found *found)
{
    int rc = -1;
    Py_ssize_t total = nh + nv, most = nh > nv ? nh : nv;
    Py_ssize_t *parent = PyMem_Malloc((size_t)total * sizeof(Py_ssize_t));
    Py_ssize_t *label = PyMem_Malloc((size_t)total * sizeof(Py_ssize_t));
    Py_ssize_t *count_h = PyMem_Calloc((size_t)nh, sizeof(Py_ssize_t));
    Py_ssize_t *count_v = PyMem_Calloc((size_t)nh, sizeof(Py_ssize_t));
    Py_ssize_t *members_h = PyMem_Malloc((size_t)nh * sizeof(Py_ssize_t));
    Py_ssize_t *members_v = PyMem_Malloc((size_t)(nv ? nv : 1) * sizeof(Py_ssize_t));
    Py_ssize_t *at_h = PyMem_Malloc((size_t)nh * sizeof(Py_ssize_t));
    Py_ssize_t *at_v = PyMem_Malloc((size_t)nh * sizeof(Py_ssize_t));
    double *scratch = PyMem_Malloc((size_t)(3 * most) * sizeof(double));
    if (!parent || !label || !count_h || !count_v || !members_h || !members_v || !at_h || !at_v || !scratch)
        goto done;
    for (Py_ssize_t i = 0; i < total; i++)
        parent[i] = i;
    /* the crossing test of grid._components, pair by pair; the root of a set is its smallest
     * member, so a set holding a horizontal rule has the first of them as root: the label the
     * numpy loop settles on */
    for (Py_ssize_t i = 0; i < nh; i++) {
        const double *a = h + 3 * i;
        for (Py_ssize_t j = 0; j < nv; j++) {
            const double *b = v + 3 * j;
            if (a[1] - p->cross <= b[0] && b[0] <= a[2] + p->cross && b[1] - p->cross <= a[0] &&
                a[0] <= b[2] + p->cross) {
                Py_ssize_t x = i, y = nh + j;
                while (parent[x] != x)
                    x = parent[x] = parent[parent[x]];
                while (parent[y] != y)
                    y = parent[y] = parent[parent[y]];
                if (x < y)
                    parent[y] = x;
                else if (y < x)
                    parent[x] = y;
            }
        }
    }
    for (Py_ssize_t i = 0; i < total; i++) {
        Py_ssize_t x = i;
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        label[i] = x < nh ? x : -1; /* a vertical rule that crosses nothing is in no table */
    }
    for (Py_ssize_t i = 0; i < nh; i++)
        count_h[label[i]]++;
    for (Py_ssize_t j = 0; j < nv; j++)
        if (label[nh + j] >= 0)
            count_v[label[nh + j]]++;
    Py_ssize_t off_h = 0, off_v = 0;
    for (Py_ssize_t g = 0; g < nh; g++) {
        at_h[g] = off_h;
        at_v[g] = off_v;
        off_h += count_h[g];
        off_v += count_v[g];
    }
    for (Py_ssize_t i = 0; i < nh; i++)
        members_h[at_h[label[i]]++] = i;
    for (Py_ssize_t j = 0; j < nv; j++)
        if (label[nh + j] >= 0)
            members_v[at_v[label[nh + j]]++] = j;
    for (Py_ssize_t g = 0; g < nh; g++) {
        if (count_h[g] < 2 || count_v[g] < 2)
            continue;
        const Py_ssize_t *gh = members_h + at_h[g] - count_h[g], *gv = members_v + at_v[g] - count_v[g];
        if (lattice(h, gh, count_h[g], v, gv, count_v[g], p, scratch, scratch + most, scratch + 2 * most, found) < 0)
            goto done;
    }
    rc = 0;
done:
    PyMem_Free(parent);
    PyMem_Free(label);
    PyMem_Free(count_h);
    PyMem_Free(count_v);
    PyMem_Free(members_h);
    PyMem_Free(members_v);
    PyMem_Free(at_h);
    PyMem_Free(at_v);
    PyMem_Free(scratch);
    return rc;
}

static PyObject *floats4(const double *d)
{
    return Py_BuildValue("(dddd)", d[0], d[1], d[2], d[3]);
}

/* grid._grids on raw spans: a list of (bbox, rows) as grid.Grid holds them, top first */
static PyObject *find_grids(const double *hv, Py_ssize_t nh, const double *vv, Py_ssize_t nv, const GridParams *p)
{
    if (nh < 2 || nv < 2) /* no lattice possible: skip the merging too */
        return PyList_New(0);
    PyObject *result = NULL;
    Doubles h = {NULL, 0, 0}, v = {NULL, 0, 0};
    Found found;
    memset(&found, 0, sizeof(found));
    Keyed *order = NULL;
    if (merge(hv, nh, p, &h) < 0 || merge(vv, nv, p, &v) < 0)
        goto nomem;
    if (h.n / 3 < 2 || v.n / 3 < 2) {
        result = PyList_New(0);
        goto done;
    }
    if (lattices(h.v, h.n / 3, v.v, v.n / 3, p, &found) < 0)
        goto nomem;
    Py_ssize_t count = found.bbox.n / 4;
    if (add_size(&found.grid_row, found.row_cell.n) < 0 || add_size(&found.row_cell, found.cells.n / 4) < 0)
        goto nomem;
    order = PyMem_Malloc((size_t)(count ? count : 1) * sizeof(Keyed));
    if (order == NULL)
        goto nomem;
    /* a table nested inside another table's cell is read as part of the outer one (grid._inside) */
    Py_ssize_t kept = 0;
    const double *bb = found.bbox.v, tol = p->nested;
    for (Py_ssize_t g = 0; g < count; g++) {
        const double *a = bb + 4 * g;
        int nested = 0;
        for (Py_ssize_t o = 0; o < count && !nested; o++) {
            const double *b = bb + 4 * o;
            nested = o != g && a[0] >= b[0] - tol && a[1] >= b[1] - tol && a[2] <= b[2] + tol && a[3] <= b[3] + tol;
        }
        if (!nested) {
            order[kept].key = -a[3];
            order[kept].index = g;
            kept++;
        }
    }
    qsort(order, (size_t)kept, sizeof(Keyed), keyed_order); /* sorted(key=lambda g: -g.bbox[3]) */
    result = PyList_New(kept);
    if (result == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < kept; k++) {
        Py_ssize_t g = order[k].index;
        Py_ssize_t r0 = found.grid_row.v[g], r1 = found.grid_row.v[g + 1];
        PyObject *rows = PyTuple_New(r1 - r0), *item = NULL;
        if (rows == NULL)
            goto fail;
        for (Py_ssize_t r = r0; r < r1; r++) {
            Py_ssize_t c0 = found.row_cell.v[r], c1 = found.row_cell.v[r + 1];
            PyObject *row = PyTuple_New(c1 - c0);
            if (row == NULL) {
                Py_DECREF(rows);
                goto fail;
            }
            PyTuple_SET_ITEM(rows, r - r0, row);
            for (Py_ssize_t c = c0; c < c1; c++) {
                PyObject *cell = floats4(found.cells.v + 4 * c);
                if (cell == NULL) {
                    Py_DECREF(rows);
                    goto fail;
                }
                PyTuple_SET_ITEM(row, c - c0, cell);
            }
        }
        PyObject *box = floats4(bb + 4 * g);
        if (box != NULL)
            item = PyTuple_Pack(2, box, rows);
        Py_XDECREF(box);
        Py_DECREF(rows);
        if (item == NULL)
            goto fail;
        PyList_SET_ITEM(result, k, item);
    }
    goto done;
fail:
    Py_CLEAR(result);
    goto done;
nomem:
    PyErr_NoMemory();
done:
    PyMem_Free(h.v);
    PyMem_Free(v.v);
    PyMem_Free(order);
    found_free(&found);
    return result;
}

static int read_grid_params(PyObject *t, GridParams *p)
{
    return PyArg_ParseTuple(t, "ddddddp;params: (snap, join, cross, min_length, min_cell, nested, compensated)",
                            &p->snap, &p->join, &p->cross, &p->min_length, &p->min_cell, &p->nested,
                            &p->compensated)
               ? 0
               : -1;
}

static int has_nan(const Doubles *d)
{
    for (Py_ssize_t i = 0; i < d->n; i++)
        if (isnan(d->v[i]))
            return 1;
    return 0;
}

/* Spans from a sequence of (pos, lo, hi) tuples of floats: 1 when read, 0 when some item is no
 * such tuple or holds a NaN (grid.py then runs its own loops), -1 on an error. */
static int read_spans(PyObject *seq, Doubles *out)
{
    PyObject *fast = PySequence_Fast(seq, "spans must be a sequence");
    if (fast == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    int rc = 1;
    if (grow((void **)&out->v, &out->cap, 3 * n, sizeof(double)) < 0) {
        PyErr_NoMemory();
        rc = -1;
    }
    for (Py_ssize_t i = 0; i < n && rc == 1; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fast, i);
        if (!PyTuple_CheckExact(item) || PyTuple_GET_SIZE(item) != 3) {
            rc = 0;
            break;
        }
        for (int k = 0; k < 3; k++) {
            PyObject *x = PyTuple_GET_ITEM(item, k);
            if (!PyFloat_CheckExact(x) || isnan(PyFloat_AS_DOUBLE(x))) {
                rc = 0;
                break;
            }
            out->v[out->n++] = PyFloat_AS_DOUBLE(x);
        }
    }
    Py_DECREF(fast);
    return rc;
}

PyDoc_STRVAR(grids_doc,
"grids(horizontal, vertical, params) -> [(bbox, rows)] or None\n\n"
"grid._grids in C: the tables of a page from its raw spans (two sequences of (pos, lo, hi)\n"
"tuples of floats), top first, each as the bbox and rows grid.Grid holds. `params` is\n"
"(snap, join, cross, min_length, min_cell, nested, compensated). None when some span is not\n"
"three floats or holds a NaN: grid.py's loops decide those.");

static PyObject *grids(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *hs, *vs, *params;
    GridParams p;
    if (!PyArg_ParseTuple(args, "OOO", &hs, &vs, &params) || read_grid_params(params, &p) < 0)
        return NULL;
    Doubles h = {NULL, 0, 0}, v = {NULL, 0, 0};
    PyObject *result = NULL;
    int ok = read_spans(hs, &h);
    if (ok == 1)
        ok = read_spans(vs, &v);
    if (ok == 1)
        result = find_grids(h.v, h.n / 3, v.v, v.n / 3, &p);
    else if (ok == 0)
        result = Py_NewRef(Py_None);
    PyMem_Free(h.v);
    PyMem_Free(v.v);
    return result;
}

PyDoc_STRVAR(page_grids_doc,
"page_grids(page, functions, kinds, limits, params) -> [(bbox, rows)] or None\n\n"
"grid.find_grids in C: page_spans' walk (same arguments), then grids() on the spans without\n"
"making them Python objects. None when a span holds a NaN (see grids).");

static PyObject *page_grids(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *page_addr, *functions, *params;
    Walk w;
    GridParams p;
    memset(&w, 0, sizeof(w));
    if (!PyArg_ParseTuple(args, "OO(iiii)(lldd)O", &page_addr, &functions, &w.path_kind, &w.form_kind, &w.lineto,
                          &w.moveto, &w.max_objects, &w.max_segments, &w.thin, &w.min_length, &params) ||
        read_grid_params(params, &p) < 0)
        return NULL;
    PyObject *result = NULL;
    if (walk_page(&w, page_addr, functions) == 0) {
        Doubles h = {w.hs.v, w.hs.n, w.hs.cap}, v = {w.vs.v, w.vs.n, w.vs.cap};
        if (has_nan(&h) || has_nan(&v))
            result = Py_NewRef(Py_None);
        else
            result = find_grids(h.v, h.n / 3, v.v, v.n / 3, &p);
    }
    PyMem_Free(w.hs.v);
    PyMem_Free(w.vs.v);
    return result;
}

/* ------------------------------------------------------------------------------------------
 * The cell text: grid.split_tables' per-character work (`_assign` with `_Cells.locate` and
 * `_Cells.near`, then the reading-order grouping of each cell's characters and the page text
 * without the tables' characters). The rule is grid.py's, step for step: word edges first, whole
 * words by their edges, whitespace between two words of one line by those words, the rest one by
 * one; pdfium is asked for the same boxes (edges, then the rest, each in ascending order), so
 * the same characters land in the same cells. What stays in Python is the cleaning of the cells
 * (common.clean_row) and the joining of lines, shared by both paths.
 */

typedef struct {
    double left, bottom, right, top;
    Py_ssize_t rows, width;
    double *minus_lowers, *uppers; /* per row, from its first cell, as _Cells keeps them */
    double *lefts, *rights;        /* rows x width, padded with +inf / -inf as _Cells pads */
    Py_ssize_t *length;            /* per row, its number of cells */
} CellGrid;

typedef struct {
    CellGrid *g;
    Py_ssize_t count;
    double *store;
    Py_ssize_t *lengths;
} Cells;

static void cells_free(Cells *c)
{
    PyMem_Free(c->g);
    PyMem_Free(c->store);
    PyMem_Free(c->lengths);
}

/* a float that is not NaN, into *out: 1; anything else: 0 */
static int plain_float(PyObject *x, double *out)
{
    if (!PyFloat_CheckExact(x))
        return 0;
    *out = PyFloat_AS_DOUBLE(x);
    return !isnan(*out);
}

static int plain_box(PyObject *t, double *out)
{
    if (!PyTuple_CheckExact(t) || PyTuple_GET_SIZE(t) != 4)
        return 0;
    for (int k = 0; k < 4; k++)
        if (!plain_float(PyTuple_GET_ITEM(t, k), out + k))
            return 0;
    return 1;
}

/*
 * _Cells from a list of grid.Grid: 1 when read, 0 when some grid is not as grid._grids makes them
 * (rows of cells as tuples of NaN-free floats, no empty row, rows from the top down, cell numbers
 * that fit the grouping key): grid.py's numpy code takes those and fails or answers as it does.
 * -1 on an error.
 */
static int read_cells(PyObject *grids, long long cell_row, Cells *out)
{
    memset(out, 0, sizeof(*out));
    if (!PyList_CheckExact(grids))
        return 0;
    Py_ssize_t count = PyList_GET_SIZE(grids), total = 0, rows_total = 0;
    PyObject **rows_of = PyMem_Calloc((size_t)(count ? count : 1), sizeof(PyObject *));
    out->g = PyMem_Calloc((size_t)(count ? count : 1), sizeof(CellGrid));
    int rc = -1;
    if (rows_of == NULL || out->g == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    out->count = count;
    rc = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *g = PyList_GET_ITEM(grids, i);
        PyObject *bbox = PyObject_GetAttrString(g, "bbox");
        if (bbox == NULL) {
            rc = -1;
            goto done;
        }
        double b[4];
        int ok = plain_box(bbox, b);
        Py_DECREF(bbox);
        if (!ok)
            goto done;
        CellGrid *c = out->g + i;
        c->left = b[0];
        c->bottom = b[1];
        c->right = b[2];
        c->top = b[3];
        rows_of[i] = PyObject_GetAttrString(g, "rows");
        if (rows_of[i] == NULL) {
            rc = -1;
            goto done;
        }
        PyObject *rows = rows_of[i];
        if (!PyTuple_CheckExact(rows) || PyTuple_GET_SIZE(rows) == 0)
            goto done;
        c->rows = PyTuple_GET_SIZE(rows);
        for (Py_ssize_t r = 0; r < c->rows; r++) {
            PyObject *row = PyTuple_GET_ITEM(rows, r);
            if (!PyTuple_CheckExact(row) || PyTuple_GET_SIZE(row) == 0)
                goto done;
            if (PyTuple_GET_SIZE(row) > c->width)
                c->width = PyTuple_GET_SIZE(row);
        }
        if ((double)c->rows * (double)cell_row + (double)c->width >= 1099511627776.0) /* 2**40 */
            goto done;
        total += c->rows * c->width;
        rows_total += c->rows;
    }
    out->store = PyMem_Malloc((size_t)(2 * rows_total + 2 * total + 1) * sizeof(double));
    out->lengths = PyMem_Malloc((size_t)(rows_total + 1) * sizeof(Py_ssize_t));
    if (out->store == NULL || out->lengths == NULL) {
        PyErr_NoMemory();
        rc = -1;
        goto done;
    }
    double *at = out->store;
    Py_ssize_t *len_at = out->lengths;
    for (Py_ssize_t i = 0; i < count; i++) {
        CellGrid *c = out->g + i;
        c->minus_lowers = at;
        c->uppers = at + c->rows;
        c->lefts = at + 2 * c->rows;
        c->rights = c->lefts + c->rows * c->width;
        at = c->rights + c->rows * c->width;
        c->length = len_at;
        len_at += c->rows;
        for (Py_ssize_t r = 0; r < c->rows; r++) {
            PyObject *row = PyTuple_GET_ITEM(rows_of[i], r);
            Py_ssize_t m = PyTuple_GET_SIZE(row);
            c->length[r] = m;
            for (Py_ssize_t k = 0; k < c->width; k++) {
                double box[4];
                if (k < m) {
                    if (!plain_box(PyTuple_GET_ITEM(row, k), box))
                        goto done;
                    if (k == 0) {
                        c->minus_lowers[r] = -box[1];
                        c->uppers[r] = box[3];
                    }
                    c->lefts[r * c->width + k] = box[0];
                    c->rights[r * c->width + k] = box[2];
                } else {
                    c->lefts[r * c->width + k] = INFINITY;
                    c->rights[r * c->width + k] = -INFINITY;
                }
            }
            /* searchsorted needs the rows' lower edges from the top down */
            if (r > 0 && c->minus_lowers[r] < c->minus_lowers[r - 1])
                goto done;
        }
    }
    rc = 1;
done:
    for (Py_ssize_t i = 0; rows_of != NULL && i < count; i++)
        Py_XDECREF(rows_of[i]);
    PyMem_Free(rows_of);
    if (rc != 1)
        cells_free(out);
    return rc;
}

/* _Cells.locate of one point: the first grid with a cell holding it, and the cell's number */
static void locate(const Cells *cells, long long cell_row, double x, double y, int64_t *grid_of, int64_t *cell_of)
{
    for (Py_ssize_t g = 0; g < cells->count; g++) {
        const CellGrid *c = cells->g + g;
        if (!(x >= c->left && x <= c->right && y >= c->bottom && y <= c->top))
            continue;
        /* np.searchsorted(minus_lowers, -y, side="left"): the first row whose lower edge is at
         * or below y (the rows whose lower edge is above it come first) */
        Py_ssize_t lo = 0, hi = c->rows;
        double key = -y;
        while (lo < hi) {
            Py_ssize_t mid = lo + (hi - lo) / 2;
            if (c->minus_lowers[mid] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        Py_ssize_t row = lo, rc = row < c->rows - 1 ? row : c->rows - 1;
        Py_ssize_t col = -1;
        const double *lefts = c->lefts + rc * c->width;
        for (Py_ssize_t k = 0; k < c->width; k++)
            if (lefts[k] <= x)
                col++;
        if (row < c->rows && y <= c->uppers[rc] && col >= 0 && x <= c->rights[rc * c->width + col]) {
            *grid_of = g;
            *cell_of = (int64_t)row * cell_row + col;
            return;
        }
    }
    *grid_of = -1;
    *cell_of = -1;
}

/* np.minimum / np.maximum: NaN if either is */
static double np_min(double a, double b) { return isnan(a) || isnan(b) ? NAN : (b < a ? b : a); }
static double np_max(double a, double b) { return isnan(a) || isnan(b) ? NAN : (b > a ? b : a); }

/* _Cells.near for characters a and b: their joint box, widened by its height (at least
 * `least`), touches some grid's box */
static int near(const Cells *cells, const double *boxes, Py_ssize_t a, Py_ssize_t b, double least)
{
    const double *ba = boxes + 4 * a, *bb = boxes + 4 * b;
    double left = np_min(ba[0], bb[0]), right = np_max(ba[1], bb[1]);
    double bottom = np_min(ba[2], bb[2]), top = np_max(ba[3], bb[3]);
    double margin = np_max(top - bottom, least);
    for (Py_ssize_t g = 0; g < cells->count; g++) {
        const CellGrid *c = cells->g + g;
        if (left - margin <= c->right && right + margin >= c->left && bottom - margin <= c->top &&
            top + margin >= c->bottom)
            return 1;
    }
    return 0;
}

typedef struct {
    char_box_fn get;
    H textpage;
    double *boxes;
    int64_t *asked; /* where the indices asked for are written, when wanted */
    Py_ssize_t asked_cap, calls;
} Fetch;

static void fetch(Fetch *f, Py_ssize_t i)
{
    double *at = f->boxes + 4 * i;
    f->get(f->textpage, (int)i, at, at + 1, at + 2, at + 3);
    if (f->asked != NULL && f->calls < f->asked_cap)
        f->asked[f->calls] = i;
    f->calls++;
}

static void locate_fetched(const Cells *cells, long long cell_row, const double *boxes, Py_ssize_t i, int64_t *grid_of,
                           int64_t *cell_of)
{
    const double *b = boxes + 4 * i; /* _Boxes.centres */
    locate(cells, cell_row, (b[0] + b[1]) / 2, (b[2] + b[3]) / 2, grid_of + i, cell_of + i);
}

typedef struct {
    int64_t key; /* grid << 40 | cell, as split_tables keys a character */
    Py_ssize_t index;
} CharKey;

static int char_key_order(const void *pa, const void *pb)
{
    const CharKey *a = pa, *b = pb;
    int c = (a->key > b->key) - (a->key < b->key);
    return c ? c : cmp_index(a->index, b->index);
}

static int is_space(Py_UCS4 ch) { return ch <= 0x3000 && Py_UNICODE_ISSPACE(ch); } /* grid._whitespace */

/* the characters `codes[from:to]` (line breaks as they are) as a str */
static PyObject *ucs4(const Py_UCS4 *codes, Py_ssize_t from, Py_ssize_t to)
{
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, codes + from, to - from);
}

PyDoc_STRVAR(split_cells_doc,
"split_cells(text, textpage, char_box, grids, params, asked, asked_cap) -> (rows, pieces, calls) or None\n\n"
"grid.split_tables' per-character work in C. `text` is the text page's raw text, `textpage`\n"
"the FPDF_TEXTPAGE address, `char_box` FPDFText_GetCharBox's address, `grids` a list of\n"
"grid.Grid, `params` (cell_row, least_margin). `asked` is 0 or the address of `asked_cap`\n"
"int64 slots that receive the indices of the characters whose boxes were asked for, in order.\n"
"Returns per grid its rows, each a tuple of the raw text of its cells (\"\" for none); the page\n"
"text without the tables' characters as [text, grid, text, grid, ..., text], a table's rows\n"
"to go where its grid's number stands; and how many boxes were asked for. None when some grid\n"
"is not as grid._grids makes them (grid.py's code then decides).");

static PyObject *split_cells(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *text, *fn_addr, *page_addr, *grids, *asked_addr;
    long long cell_row;
    double least;
    Py_ssize_t asked_cap;
    if (!PyArg_ParseTuple(args, "UOOO(Ld)On", &text, &page_addr, &fn_addr, &grids, &cell_row, &least, &asked_addr,
                          &asked_cap))
        return NULL;
    Fetch f = {(char_box_fn)PyLong_AsVoidPtr(fn_addr), PyLong_AsVoidPtr(page_addr), NULL,
               PyLong_AsVoidPtr(asked_addr), asked_cap, 0};
    if (PyErr_Occurred())
        return NULL;
    if (f.get == NULL || f.textpage == NULL) {
        PyErr_SetString(PyExc_ValueError, "a null address");
        return NULL;
    }
    if (cell_row <= 0 || cell_row > INT_MAX) {
        PyErr_SetString(PyExc_ValueError, "cell_row must be positive");
        return NULL;
    }
    Cells cells;
    int read = read_cells(grids, cell_row, &cells);
    if (read <= 0)
        return read < 0 ? NULL : Py_NewRef(Py_None);

    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *result = NULL, *rows_out = NULL, *pieces = NULL;
    size_t m = (size_t)(n ? n : 1), gs = (size_t)(cells.count ? cells.count : 1);
    Py_UCS4 *codes = PyMem_Malloc(m * sizeof(Py_UCS4));
    Py_UCS4 *chars = PyMem_Malloc(m * sizeof(Py_UCS4));
    Py_UCS4 *cell_chars = PyMem_Malloc(m * sizeof(Py_UCS4));
    unsigned char *flag = PyMem_Calloc(m, 1);
    int64_t *grid_of = PyMem_Malloc(m * sizeof(int64_t));
    int64_t *cell_of = PyMem_Malloc(m * sizeof(int64_t));
    Py_ssize_t *starts = PyMem_Malloc(m * sizeof(Py_ssize_t));
    Py_ssize_t *ends = PyMem_Malloc(m * sizeof(Py_ssize_t));
    CharKey *keyed = PyMem_Malloc(m * sizeof(CharKey));
    Py_ssize_t *first_at = PyMem_Malloc(gs * sizeof(Py_ssize_t));
    Py_ssize_t *first_kept = PyMem_Malloc(gs * sizeof(Py_ssize_t));
    Py_ssize_t *order = PyMem_Malloc(gs * sizeof(Py_ssize_t));
    f.boxes = PyMem_Malloc(4 * m * sizeof(double));
    if (!codes || !chars || !cell_chars || !flag || !grid_of || !cell_of || !starts || !ends || !keyed || !first_at ||
        !first_kept || !order || !f.boxes) {
        PyErr_NoMemory();
        goto done;
    }
    enum { SPACE = 1, BREAK = 2, KNOWN = 4, EDGE = 8 };
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        codes[i] = ch;
        flag[i] = (is_space(ch) ? SPACE : 0) | (ch == 10 || ch == 13 ? BREAK | KNOWN : 0);
        grid_of[i] = -1;
        cell_of[i] = -1;
        f.boxes[4 * i] = f.boxes[4 * i + 1] = f.boxes[4 * i + 2] = f.boxes[4 * i + 3] = NAN;
    }
    /* _assign: the words (runs without whitespace), their first and last characters */
    Py_ssize_t runs = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (flag[i] & SPACE)
            continue;
        if (i == 0 || (flag[i - 1] & SPACE))
            starts[runs] = i;
        if (i == n - 1 || (flag[i + 1] & SPACE))
            ends[runs++] = i;
    }
    if (runs) {
        for (Py_ssize_t r = 0; r < runs; r++) {
            flag[starts[r]] |= EDGE;
            flag[ends[r]] |= EDGE;
        }
        for (Py_ssize_t i = 0; i < n; i++) /* the edges' boxes, in ascending order */
            if (flag[i] & EDGE) {
                fetch(&f, i);
                locate_fetched(&cells, cell_row, f.boxes, i, grid_of, cell_of);
                flag[i] |= KNOWN;
            }
        /* whole words: a word whose ends agree goes where its first character went */
        for (Py_ssize_t r = 0; r < runs; r++) {
            Py_ssize_t a = starts[r], b = ends[r];
            int same = grid_of[a] == grid_of[b] && cell_of[a] == cell_of[b];
            if (same && grid_of[a] < 0)
                same = !near(&cells, f.boxes, a, b, least);
            if (!same)
                continue;
            for (Py_ssize_t i = a; i <= b; i++) {
                grid_of[i] = grid_of[a];
                cell_of[i] = cell_of[a];
                flag[i] |= KNOWN;
            }
        }
        /* whitespace between two words of one line goes with them when they agree */
        for (Py_ssize_t r = 0; r + 1 < runs; r++) {
            Py_ssize_t before = ends[r], after = starts[r + 1];
            int settled = 1;
            for (Py_ssize_t i = before + 1; i < after && settled; i++)
                if (flag[i] & BREAK)
                    settled = 0;
            if (!settled)
                continue;
            int same = grid_of[before] == grid_of[after] && cell_of[before] == cell_of[after];
            if (same && grid_of[before] < 0)
                same = !near(&cells, f.boxes, before, after, least);
            if (!same)
                continue;
            for (Py_ssize_t i = before + 1; i < after; i++) {
                grid_of[i] = grid_of[before];
                cell_of[i] = cell_of[before];
                flag[i] |= KNOWN;
            }
        }
    }
    for (Py_ssize_t i = 0; i < n; i++) /* the rest, one by one, in ascending order */
        if (!(flag[i] & KNOWN)) {
            fetch(&f, i);
            locate_fetched(&cells, cell_row, f.boxes, i, grid_of, cell_of);
        }

    /* split_tables: a line break takes the grid and cell of the character before it; each
     * cell's characters in reading order (the \n of a \r\n pair adds nothing, a break is a
     * space); the page text without the tables' characters, each table where its first was */
    Py_ssize_t last = -1, taken = 0, kept = 0;
    for (Py_ssize_t g = 0; g < cells.count; g++)
        first_at[g] = first_kept[g] = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!(flag[i] & BREAK))
            last = i;
        int64_t where = last >= 0 ? grid_of[last] : -1, cell = last >= 0 ? cell_of[last] : -1;
        if (where < 0) {
            chars[kept++] = codes[i];
            continue;
        }
        if (first_at[where] < 0) {
            first_at[where] = i;
            first_kept[where] = kept; /* the kept characters before it */
        }
        if (i > 0 && codes[i] == 10 && codes[i - 1] == 13)
            continue;
        keyed[taken].key = where * ((int64_t)1 << 40) + cell;
        keyed[taken].index = i;
        taken++;
    }
    qsort(keyed, (size_t)taken, sizeof(CharKey), char_key_order); /* argsort(kind="stable") */
    for (Py_ssize_t k = 0; k < taken; k++) {
        Py_ssize_t i = keyed[k].index;
        cell_chars[k] = (flag[i] & BREAK) ? 32 : codes[i];
    }
    rows_out = PyList_New(cells.count);
    if (rows_out == NULL)
        goto done;
    Py_ssize_t from = 0; /* grids in order: their keys come in order too */
    for (Py_ssize_t g = 0; g < cells.count; g++) {
        const CellGrid *c = cells.g + g;
        Py_ssize_t to = from;
        while (to < taken && (keyed[to].key >> 40) == g)
            to++;
        PyObject *rows = PyList_New(c->rows);
        if (rows == NULL)
            goto done;
        PyList_SET_ITEM(rows_out, g, rows);
        for (Py_ssize_t r = 0; r < c->rows; r++) {
            PyObject *row = PyTuple_New(c->length[r]);
            if (row == NULL)
                goto done;
            PyList_SET_ITEM(rows, r, row);
            for (Py_ssize_t k = 0; k < c->length[r]; k++) {
                /* cells[g].get(r * CELL_ROW + k, ""): the run of that key, by bisection */
                int64_t want = g * ((int64_t)1 << 40) + (int64_t)r * cell_row + k;
                Py_ssize_t lo = from, hi = to;
                while (lo < hi) {
                    Py_ssize_t mid = lo + (hi - lo) / 2;
                    if (keyed[mid].key < want)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                Py_ssize_t end = lo;
                while (end < to && keyed[end].key == want)
                    end++;
                PyObject *value = ucs4(cell_chars, lo, end);
                if (value == NULL)
                    goto done;
                PyTuple_SET_ITEM(row, k, value);
            }
        }
        from = to;
    }
    /* the grids present, by their first character's position */
    Py_ssize_t present = 0;
    for (Py_ssize_t g = 0; g < cells.count; g++)
        if (first_at[g] >= 0)
            order[present++] = g;
    for (Py_ssize_t a = 1; a < present; a++) /* a handful: insertion sort */
        for (Py_ssize_t b = a; b > 0 && first_at[order[b]] < first_at[order[b - 1]]; b--) {
            Py_ssize_t t = order[b];
            order[b] = order[b - 1];
            order[b - 1] = t;
        }
    pieces = PyList_New(2 * present + 1);
    if (pieces == NULL)
        goto done;
    Py_ssize_t done_upto = 0;
    for (Py_ssize_t k = 0; k <= present; k++) {
        Py_ssize_t upto = k < present ? first_kept[order[k]] : kept;
        PyObject *segment = ucs4(chars, done_upto, upto);
        if (segment == NULL)
            goto done;
        PyList_SET_ITEM(pieces, 2 * k, segment);
        done_upto = upto;
        if (k < present) {
            PyObject *number = PyLong_FromSsize_t(order[k]);
            if (number == NULL)
                goto done;
            PyList_SET_ITEM(pieces, 2 * k + 1, number);
        }
    }
    result = Py_BuildValue("(OOn)", rows_out, pieces, f.calls);
done:
    Py_XDECREF(rows_out);
    Py_XDECREF(pieces);
    PyMem_Free(codes);
    PyMem_Free(chars);
    PyMem_Free(cell_chars);
    PyMem_Free(flag);
    PyMem_Free(grid_of);
    PyMem_Free(cell_of);
    PyMem_Free(starts);
    PyMem_Free(ends);
    PyMem_Free(keyed);
    PyMem_Free(first_at);
    PyMem_Free(first_kept);
    PyMem_Free(order);
    PyMem_Free(f.boxes);
    cells_free(&cells);
    return result;
}

/* ---------------------------------------------------------------- cell and line text */

PyDoc_STRVAR(clean_rows_doc,
"clean_rows(rows, clean_cell) -> list of tuples\n\n"
"extract.parse.common.clean_row of each row (a sequence of cells): each cell as one line, its\n"
"trailing empty cells dropped. A cell of printable characters and line feeds is cleaned here\n"
"(white space runs one space, none at the ends: what clean_cell makes of such a cell); any\n"
"other cell goes to `clean_cell`, the Python rule.");

/* The cell `v` (all of its characters printable or "\n") with every run of spaces and line
   feeds one space and none at either end; or NULL with *other set when `v` holds another
   character, and clean_cell must decide. */
static PyObject *plain_cell(PyObject *v, int *other)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(v);
    int kind = PyUnicode_KIND(v);
    const void *data = PyUnicode_DATA(v);
    int clean = 1; /* no line feed, no two spaces in a row, no space at either end */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == ' ') {
            if (i == 0 || i == n - 1 || PyUnicode_READ(kind, data, i + 1) == ' ')
                clean = 0;
        } else if (c == '\n') {
            clean = 0;
        } else if (c < 0x7F ? c < 0x20 : !Py_UNICODE_ISPRINTABLE(c)) {
            *other = 1;
            return NULL;
        }
    }
    if (clean) {
        Py_INCREF(v);
        return v;
    }
    Py_UCS4 *buf = PyMem_Malloc((n ? (size_t)n : 1) * sizeof(Py_UCS4));
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t out = 0;
    int gap = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == ' ' || c == '\n') {
            gap = 1;
            continue;
        }
        if (gap && out > 0)
            buf[out++] = ' ';
        gap = 0;
        buf[out++] = c;
    }
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, out);
    PyMem_Free(buf);
    return r;
}

static PyObject *clean_rows(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *rows, *fallback;
    if (!PyArg_ParseTuple(args, "OO:clean_rows", &rows, &fallback))
        return NULL;
    PyObject *seq = PySequence_Fast(rows, "clean_rows() expects a sequence of rows");
    if (seq == NULL)
        return NULL;
    Py_ssize_t nrows = PySequence_Fast_GET_SIZE(seq);
    PyObject *out = PyList_New(nrows);
    if (out == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    for (Py_ssize_t r = 0; r < nrows; r++) {
        PyObject *cells = PySequence_Fast(PySequence_Fast_GET_ITEM(seq, r), "a row must be a sequence of cells");
        if (cells == NULL)
            goto fail;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(cells), keep = 0;
        PyObject *row = PyTuple_New(n);
        if (row == NULL) {
            Py_DECREF(cells);
            goto fail;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *v = PySequence_Fast_GET_ITEM(cells, i), *got = NULL;
            int other = !PyUnicode_CheckExact(v);
            if (!other) {
#if PY_VERSION_HEX < 0x030C0000
                if (PyUnicode_READY(v) < 0) {
                    Py_DECREF(row);
                    Py_DECREF(cells);
                    goto fail;
                }
#endif
                got = plain_cell(v, &other);
            }
            if (other)
                got = PyObject_CallOneArg(fallback, v);
            if (got == NULL) {
                Py_DECREF(row);
                Py_DECREF(cells);
                goto fail;
            }
            if (!PyUnicode_Check(got)) {
                PyErr_SetString(PyExc_TypeError, "clean_cell must return a str");
                Py_DECREF(got);
                Py_DECREF(row);
                Py_DECREF(cells);
                goto fail;
            }
            if (PyUnicode_GET_LENGTH(got))
                keep = i + 1;
            PyTuple_SET_ITEM(row, i, got);
        }
        Py_DECREF(cells);
        if (keep < n && _PyTuple_Resize(&row, keep) < 0)
            goto fail;
        PyList_SET_ITEM(out, r, row);
    }
    Py_DECREF(seq);
    return out;
fail:
    Py_DECREF(seq);
    Py_DECREF(out);
    return NULL;
}

PyDoc_STRVAR(nonblank_lines_doc,
"nonblank_lines(text) -> str\n\n"
"The lines of text (broken at \\r\\n, \\r or \\n) that hold something besides white space\n"
"(str.isspace()), joined by \\n: extract.parse.grid `_python_nonblank_lines`.");

static PyObject *nonblank_lines(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    char *buf = text_open(text, "nonblank_lines", &v);
    if (buf == NULL)
        return NULL;
    Py_ssize_t out = 0, start = 0;
    while (start <= v.n) {
        Py_ssize_t end = start, next;
        int ink = 0;
        while (end < v.n) {
            Py_UCS4 c = PyUnicode_READ(v.kind, v.data, end);
            if (c == '\n' || c == '\r')
                break;
            ink |= !Py_UNICODE_ISSPACE(c);
            end++;
        }
        if (end < v.n && PyUnicode_READ(v.kind, v.data, end) == '\r' && end + 1 < v.n && PyUnicode_READ(v.kind, v.data, end + 1) == '\n')
            next = end + 2;
        else
            next = end + 1;
        if (ink) {
            if (out > 0)
                PyUnicode_WRITE(v.kind, buf, out++, '\n');
            memcpy(buf + out * v.kind, (const char *)v.data + start * v.kind, (size_t)(end - start) * (size_t)v.kind);
            out += end - start;
        }
        start = next;
    }
    return text_result(v.kind, buf, out);
}

PyDoc_STRVAR(tidy_text_doc,
"tidy_text(text) -> str\n\n"
"extract.parse.pdf `_python_tidy`: line breaks made \\n (\\r\\n, \\r, \\x0b, \\x0c, \\x85, U+2028,\n"
"U+2029), control characters dropped (common.clean_text), each line's trailing white space\n"
"dropped (str.rstrip()), and the line feeds at either end.");

/* What clean_text drops: _CONTROL less the characters _NEWLINES turned into line feeds first. */
static int dropped(Py_UCS4 c)
{
    return c <= 0x08 || (c >= 0x0E && c <= 0x1F) || c == 0x7F || c == 0xFFFE || c == 0xFFFF;
}

static PyObject *tidy_text(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    char *buf = text_open(text, "tidy_text", &v);
    if (buf == NULL)
        return NULL;
    Py_ssize_t out = 0, line = 0; /* line: where the current output line starts */
    for (Py_ssize_t i = 0; i <= v.n; i++) {
        Py_UCS4 c = i < v.n ? PyUnicode_READ(v.kind, v.data, i) : '\n';
        if (c == '\r') {
            if (i + 1 < v.n && PyUnicode_READ(v.kind, v.data, i + 1) == '\n')
                continue; /* the \n of the pair breaks the line */
            c = '\n';
        } else if (c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
            c = '\n';
        } else if (dropped(c)) {
            continue;
        }
        if (c == '\n') {
            while (out > line && Py_UNICODE_ISSPACE(PyUnicode_READ(v.kind, buf, out - 1)))
                out--;
            if (i == v.n)
                break;
            line = out + 1;
        }
        PyUnicode_WRITE(v.kind, buf, out++, c);
    }
    Py_ssize_t lo = 0;
    while (lo < out && PyUnicode_READ(v.kind, buf, lo) == '\n')
        lo++;
    while (out > lo && PyUnicode_READ(v.kind, buf, out - 1) == '\n')
        out--;
    if (lo > 0)
        memmove(buf, buf + lo * v.kind, (size_t)(out - lo) * (size_t)v.kind);
    return text_result(v.kind, buf, out - lo);
}

static PyMethodDef methods[] = {
    {"page_spans", page_spans, METH_VARARGS, page_spans_doc},
    {"char_boxes", char_boxes, METH_VARARGS, char_boxes_doc},
    {"grids", grids, METH_VARARGS, grids_doc},
    {"page_grids", page_grids, METH_VARARGS, page_grids_doc},
    {"split_cells", split_cells, METH_VARARGS, split_cells_doc},
    {"clean_rows", clean_rows, METH_VARARGS, clean_rows_doc},
    {"nonblank_lines", nonblank_lines, METH_O, nonblank_lines_doc},
    {"tidy_text", tidy_text, METH_O, tidy_text_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_pdfwalk",
    "The per-object and per-character pdfium loops of extract.parse.grid and the page text's cleaning, in C.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__pdfwalk(void) { return PyModule_Create(&module); }
