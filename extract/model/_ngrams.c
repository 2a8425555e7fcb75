/*
 * extract.model._ngrams: the hashed n-gram counts of extract/model/portable.py's HashedCounts, in C.
 *
 * Why: scoring one document tokenises its folded text, makes the word 1-2 grams and the char_wb
 * 3-5 grams, hashes each with MurmurHash3 and counts them per column. In Python that is a call or
 * more per n-gram, about 0.35 us per character of text even with the memo of hashed words: on the
 * 43-PDF benchmark 0.45 s of a 7.8 s scan. Here it is two passes over the text's code points.
 *
 * It computes exactly what HashedCounts.word and HashedCounts.char compute, which are
 * scikit-learn's analysers (tests/test_portable.py holds those to scikit-learn; tests/test_ngrams.py
 * holds this module to them):
 *
 *   word: the tokens of the pattern (?u)\b\w\w+\b, i.e. every maximal run of two or more word
 *         characters (\w of a str pattern in CPython's re is Py_UNICODE_ISALNUM or '_'; \b is the
 *         edge of such a run, so a match can neither start nor end inside one), then the n-grams
 *         of lo..hi consecutive tokens joined by one space;
 *   char: the words of str.split() (runs of characters that are not Py_UNICODE_ISSPACE), each
 *         padded with one space on either side, and its n-grams of lo..hi code points; a padded
 *         word no longer than n is counted once, whole, and ends that word's n-grams (char_wb's
 *         rule for short words).
 *
 * Each n-gram's UTF-8 bytes are hashed with MurmurHash3 x86_32, seed 0, read as a signed 32-bit
 * number; its column is abs(hash) % n_features (reading.hashed_column). Counts are sums of 1.0,
 * exact below 2**53. Word columns come out in the order of their first n-gram (unigrams in text
 * order, then bigrams, ...), which is the order of the dict HashedCounts.word returns: the scorer
 * sums over the row in that order, so the same order gives the same floating-point sums. Char
 * columns come out sorted, as numpy's unique gives them.
 *
 * A lone surrogate cannot be encoded as UTF-8: this raises UnicodeEncodeError, as scikit-learn's
 * HashingVectorizer does (mmh3 5.3.1, which the Python path uses, crashes the process on one).
 *
 * The text the model reads is prepared here too, each function the C of a Python rule kept beside
 * it and held to it by the tests: `collapse_spaces` and `ink` (extract.model.features `_collapse`,
 * `_ink`), `drop_numbers` (extract.model.stack `_NUMBER`), `acronym_runs` (stack.fold_case).
 */
#include "../_textview.h" /* Python.h first, as CPython asks */
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ MurmurHash3 x86_32 */

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

/* Austin Appleby's MurmurHash3_x86_32 with seed 0 (the blocks read little-endian, as mmh3 reads
   them on the machines we run on), as a signed 32-bit number, as mmh3.hash(key, 0, True) gives it */
static int32_t murmur3(const unsigned char *key, Py_ssize_t len)
{
    const uint32_t c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
    uint32_t h = 0, k;
    Py_ssize_t blocks = len / 4;
    for (Py_ssize_t i = 0; i < blocks; i++) {
        const unsigned char *p = key + 4 * i;
        k = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        h = rotl32(h, 13);
        h = h * 5 + 0xe6546b64u;
    }
    const unsigned char *tail = key + 4 * blocks;
    k = 0;
    switch (len & 3) {
    case 3:
        k ^= (uint32_t)tail[2] << 16;
        /* fall through */
    case 2:
        k ^= (uint32_t)tail[1] << 8;
        /* fall through */
    case 1:
        k ^= (uint32_t)tail[0];
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
    }
    h ^= (uint32_t)len;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    /* two's complement by arithmetic, not by an implementation-defined cast */
    return h < 0x80000000u ? (int32_t)h : (int32_t)(h - 0x80000000u) - INT32_MAX - 1;
}

/* reading.hashed_column: abs(h) % n. Taken in 64 bits, abs(INT32_MIN) is 2**31, and 2**31 % n is
   what scikit-learn's special case for it, (2**31 - 1 - (n - 1)) % n, comes to. */
static int64_t column(int32_t h, int64_t n)
{
    int64_t a = h < 0 ? -(int64_t)h : (int64_t)h;
    return a % n;
}

/* ------------------------------------------------------------------ growable arrays */

typedef struct {
    int failed; /* set once memory ran out or a surrogate was met; everything after is skipped */
} State;

typedef struct {
    unsigned char *v;
    Py_ssize_t n, cap;
} Bytes;

typedef struct {
    Py_ssize_t *v;
    Py_ssize_t n, cap;
} Offsets;

static int reserve(State *s, void **v, Py_ssize_t *cap, Py_ssize_t want, size_t item)
{
    if (want <= *cap)
        return 0;
    Py_ssize_t cap2 = *cap ? *cap : 64;
    while (cap2 < want)
        cap2 *= 2;
    void *p = PyMem_Realloc(*v, (size_t)cap2 * item);
    if (p == NULL) {
        s->failed = 1;
        PyErr_NoMemory();
        return -1;
    }
    *v = p;
    *cap = cap2;
    return 0;
}

#define RESERVE(s, arr, want) reserve((s), (void **)&(arr)->v, &(arr)->cap, (want), sizeof(*(arr)->v))

/* ------------------------------------------------------------------ counts per column */

/* Distinct columns in the order first counted, with their counts; an open-addressing index
   finds a column's position (each slot holds the column itself, so a probe reads one place). */
typedef struct {
    int64_t col;
    Py_ssize_t at; /* 1 + position in cols; 0: an empty slot */
} Slot;

typedef struct {
    int64_t *cols;
    double *counts;
    Py_ssize_t n, cap;
    Slot *slots;
    size_t mask;
} Table;

static size_t slot_of(int64_t col, size_t mask)
{
    return (size_t)(((uint64_t)col * 0x9e3779b97f4a7c15ull) >> 29) & mask;
}

static int table_grow(State *s, Table *t)
{
    size_t size = t->slots ? 2 * (t->mask + 1) : 1024;
    Slot *slots = PyMem_Calloc(size, sizeof(Slot));
    if (slots == NULL) {
        s->failed = 1;
        PyErr_NoMemory();
        return -1;
    }
    size_t mask = size - 1;
    for (Py_ssize_t i = 0; i < t->n; i++) {
        size_t j = slot_of(t->cols[i], mask);
        while (slots[j].at)
            j = (j + 1) & mask;
        slots[j].col = t->cols[i];
        slots[j].at = i + 1;
    }
    PyMem_Free(t->slots);
    t->slots = slots;
    t->mask = mask;
    return 0;
}

static void count(State *s, Table *t, int64_t col, double weight)
{
    if (s->failed)
        return;
    if (t->slots == NULL || (size_t)(t->n + 1) * 2 > t->mask + 1) {
        if (table_grow(s, t) < 0)
            return;
    }
    size_t j = slot_of(col, t->mask);
    while (t->slots[j].at) {
        if (t->slots[j].col == col) {
            t->counts[t->slots[j].at - 1] += weight;
            return;
        }
        j = (j + 1) & t->mask;
    }
    if (t->n == t->cap) {
        Py_ssize_t cap = t->cap ? 2 * t->cap : 256;
        int64_t *cols = PyMem_Realloc(t->cols, (size_t)cap * sizeof(int64_t));
        if (cols == NULL) {
            s->failed = 1;
            PyErr_NoMemory();
            return;
        }
        t->cols = cols;
        double *counts = PyMem_Realloc(t->counts, (size_t)cap * sizeof(double));
        if (counts == NULL) {
            s->failed = 1;
            PyErr_NoMemory();
            return;
        }
        t->counts = counts;
        t->cap = cap;
    }
    t->cols[t->n] = col;
    t->counts[t->n] = weight;
    t->n += 1;
    t->slots[j].col = col;
    t->slots[j].at = t->n;
}

static void table_free(Table *t)
{
    PyMem_Free(t->cols);
    PyMem_Free(t->counts);
    PyMem_Free(t->slots);
}

/* Sort the table's columns (with their counts) ascending: a least-significant-digit radix sort,
   one pass per byte that some column has (columns are below n_features, so three passes for
   2**18 or 2**20). Leaves the index stale: call it last. */
static int table_sort(State *s, Table *t)
{
    Py_ssize_t n = t->n;
    if (n < 2)
        return 0;
    int64_t top = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (t->cols[i] > top)
            top = t->cols[i];
    int64_t *cols = PyMem_Malloc((size_t)n * sizeof(int64_t));
    double *counts = PyMem_Malloc((size_t)n * sizeof(double));
    if (cols == NULL || counts == NULL) {
        PyMem_Free(cols);
        PyMem_Free(counts);
        s->failed = 1;
        PyErr_NoMemory();
        return -1;
    }
    for (int shift = 0; shift < 64 && (top >> shift) != 0; shift += 8) {
        Py_ssize_t start[257];
        memset(start, 0, sizeof(start));
        for (Py_ssize_t i = 0; i < n; i++)
            start[((uint64_t)t->cols[i] >> shift & 0xff) + 1] += 1;
        for (int b = 0; b < 256; b++)
            start[b + 1] += start[b];
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_ssize_t to = start[(uint64_t)t->cols[i] >> shift & 0xff]++;
            cols[to] = t->cols[i];
            counts[to] = t->counts[i];
        }
        int64_t *c = t->cols;
        double *v = t->counts;
        t->cols = cols;
        t->counts = counts;
        cols = c;
        counts = v;
    }
    PyMem_Free(cols);
    PyMem_Free(counts);
    /* t->cap and the index no longer describe the arrays: nothing is counted after this */
    return 0;
}

/* ------------------------------------------------------------------ characters */

/* Py_UNICODE_ISALNUM / Py_UNICODE_ISSPACE of the first 256 code points, filled from those very
   functions when the module loads: most text is Latin, and a lookup is cheaper than their calls. */
static unsigned char word_low[256], space_low[256];

static int is_word(Py_UCS4 ch)
{
    return ch < 256 ? word_low[ch] : (Py_UNICODE_ISALNUM(ch) != 0);
}

static int is_space(Py_UCS4 ch)
{
    return ch < 256 ? space_low[ch] : (Py_UNICODE_ISSPACE(ch) != 0);
}

/* Append the UTF-8 bytes of text[from:to] to `out` (room for 4 bytes a code point must be
   reserved). Returns 0, or -1 with UnicodeEncodeError set at a lone surrogate. */
static int encode(State *s, PyObject *text, int kind, const void *data, Py_ssize_t from, Py_ssize_t to, Bytes *out,
                  Py_ssize_t *offsets)
{
    unsigned char *p = out->v + out->n;
    for (Py_ssize_t i = from; i < to; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (offsets)
            *offsets++ = (Py_ssize_t)(p - out->v);
        if (ch < 0x80)
            *p++ = (unsigned char)ch;
        else if (ch < 0x800) {
            *p++ = (unsigned char)(0xc0 | ch >> 6);
            *p++ = (unsigned char)(0x80 | (ch & 0x3f));
        } else if (ch < 0x10000) {
            if (ch >= 0xd800 && ch <= 0xdfff) {
                s->failed = 1;
                PyObject *exc = PyObject_CallFunction(PyExc_UnicodeEncodeError, "sOnns", "utf-8", text, i, i + 1,
                                                      "surrogates not allowed");
                if (exc != NULL) {
                    PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
                    Py_DECREF(exc);
                }
                return -1;
            }
            *p++ = (unsigned char)(0xe0 | ch >> 12);
            *p++ = (unsigned char)(0x80 | (ch >> 6 & 0x3f));
            *p++ = (unsigned char)(0x80 | (ch & 0x3f));
        } else {
            *p++ = (unsigned char)(0xf0 | ch >> 18);
            *p++ = (unsigned char)(0x80 | (ch >> 12 & 0x3f));
            *p++ = (unsigned char)(0x80 | (ch >> 6 & 0x3f));
            *p++ = (unsigned char)(0x80 | (ch & 0x3f));
        }
    }
    out->n = (Py_ssize_t)(p - out->v);
    return 0;
}

/* ------------------------------------------------------------------ the two analysers */

/* HashedCounts.word: the tokens' UTF-8 side by side in `joined`, one space apart, so the n-gram
   of tokens i..i+n-1 is the slice from the start of token i to the end of token i+n-1. */
static void word_counts(State *s, PyObject *text, Py_ssize_t lo, Py_ssize_t hi, int64_t n_features, Table *t)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Bytes joined = {NULL, 0, 0};
    Offsets starts = {NULL, 0, 0}, ends = {NULL, 0, 0};
    Py_ssize_t i = 0;
    while (i < len && !s->failed) {
        if (!is_word(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < len && is_word(PyUnicode_READ(kind, data, j)))
            j++;
        if (j - i >= 2) {
            if (RESERVE(s, &joined, joined.n + 4 * (j - i) + 1) < 0 || RESERVE(s, &starts, starts.n + 1) < 0 ||
                RESERVE(s, &ends, ends.n + 1) < 0)
                break;
            if (joined.n)
                joined.v[joined.n++] = ' ';
            starts.v[starts.n++] = joined.n;
            if (encode(s, text, kind, data, i, j, &joined, NULL) < 0)
                break;
            ends.v[ends.n++] = joined.n;
        }
        i = j;
    }
    Py_ssize_t tokens = starts.n;
    for (Py_ssize_t n = lo; n <= hi && n <= tokens && !s->failed; n++)
        for (Py_ssize_t k = 0; k + n <= tokens; k++) {
            Py_ssize_t a = starts.v[k], b = ends.v[k + n - 1];
            count(s, t, column(murmur3(joined.v + a, b - a), n_features), 1.0);
        }
    PyMem_Free(joined.v);
    PyMem_Free(starts.v);
    PyMem_Free(ends.v);
}

/* The distinct words of str.split() and how often each occurs. char_wb's n-grams of a text are
   its words' n-grams, and a document repeats its words (five occurrences per distinct word in the
   benchmark's documents), so each distinct word is padded, encoded and hashed once and its
   n-grams counted with its number of occurrences, as HashedCounts does with its memo. A word is
   (start, length) in the text, compared in the text's own storage. */
typedef struct {
    Py_ssize_t start, length;
    double count;
} Word;

typedef struct {
    uint32_t hash;
    Py_ssize_t at; /* 1 + position in v; 0: an empty slot */
} WordSlot;

typedef struct {
    Word *v;
    Py_ssize_t n, cap;
    WordSlot *slots;
    size_t mask;
} Words;

static int words_grow(State *s, Words *w)
{
    size_t size = w->slots ? 2 * (w->mask + 1) : 1024;
    WordSlot *slots = PyMem_Calloc(size, sizeof(WordSlot));
    if (slots == NULL) {
        s->failed = 1;
        PyErr_NoMemory();
        return -1;
    }
    size_t mask = size - 1;
    for (size_t j = 0; w->slots && j <= w->mask; j++) {
        if (!w->slots[j].at)
            continue;
        size_t k = w->slots[j].hash & mask;
        while (slots[k].at)
            k = (k + 1) & mask;
        slots[k] = w->slots[j];
    }
    PyMem_Free(w->slots);
    w->slots = slots;
    w->mask = mask;
    return 0;
}

static void add_word(State *s, Words *w, int kind, const void *data, Py_ssize_t start, Py_ssize_t length)
{
    if ((w->slots == NULL || (size_t)(w->n + 1) * 2 > w->mask + 1) && words_grow(s, w) < 0)
        return;
    const char *chars = (const char *)data + start * kind;
    uint32_t hash = (uint32_t)murmur3((const unsigned char *)chars, length * kind);
    size_t j = hash & w->mask;
    while (w->slots[j].at) {
        Word *seen = &w->v[w->slots[j].at - 1];
        if (w->slots[j].hash == hash && seen->length == length &&
            memcmp((const char *)data + seen->start * kind, chars, (size_t)(length * kind)) == 0) {
            seen->count += 1.0;
            return;
        }
        j = (j + 1) & w->mask;
    }
    if (RESERVE(s, w, w->n + 1) < 0)
        return;
    w->v[w->n].start = start;
    w->v[w->n].length = length;
    w->v[w->n].count = 1.0;
    w->n += 1;
    w->slots[j].hash = hash;
    w->slots[j].at = w->n;
}

/* HashedCounts.char: each distinct word of str.split(), padded, in `padded` with the byte offset
   of each of its code points (and of its end) in `at`, so the n-gram of code points k..k+n-1 is
   the slice at[k]..at[k+n]. */
static void char_counts(State *s, PyObject *text, Py_ssize_t lo, Py_ssize_t hi, int64_t n_features, Table *t)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Words words = {NULL, 0, 0, NULL, 0};
    Py_ssize_t i = 0;
    while (i < len && !s->failed) {
        if (is_space(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < len && !is_space(PyUnicode_READ(kind, data, j)))
            j++;
        add_word(s, &words, kind, data, i, j - i);
        i = j;
    }
    Bytes padded = {NULL, 0, 0};
    Offsets at = {NULL, 0, 0};
    for (Py_ssize_t w = 0; w < words.n && !s->failed; w++) {
        Py_ssize_t from = words.v[w].start, to = from + words.v[w].length;
        double weight = words.v[w].count;
        Py_ssize_t length = to - from + 2; /* code points of the padded word */
        if (RESERVE(s, &padded, 4 * (to - from) + 2) < 0 || RESERVE(s, &at, length + 1) < 0)
            break;
        padded.v[0] = ' ';
        padded.n = 1;
        at.v[0] = 0;
        if (encode(s, text, kind, data, from, to, &padded, at.v + 1) < 0)
            break;
        at.v[length - 1] = padded.n;
        padded.v[padded.n++] = ' ';
        at.v[length] = padded.n;
        for (Py_ssize_t n = lo; n <= hi && !s->failed; n++) {
            if (length <= n) { /* the whole padded word, once, and no longer n-grams */
                count(s, t, column(murmur3(padded.v, padded.n), n_features), weight);
                break;
            }
            for (Py_ssize_t k = 0; k + n <= length; k++)
                count(s, t, column(murmur3(padded.v + at.v[k], at.v[k + n] - at.v[k]), n_features), weight);
        }
    }
    PyMem_Free(words.v);
    PyMem_Free(words.slots);
    PyMem_Free(padded.v);
    PyMem_Free(at.v);
}

/* ------------------------------------------------------------------ module */

static PyObject *as_bytes(const void *v, Py_ssize_t n, size_t item)
{
    return PyBytes_FromStringAndSize(n ? (const char *)v : "", n * (Py_ssize_t)item);
}

PyDoc_STRVAR(hashed_counts_doc,
"hashed_counts(folded, word_range, word_features, char_range, char_features)\n"
"    -> (word_columns, word_counts, char_columns, char_counts)\n\n"
"HashedCounts.word and HashedCounts.char of one folded text at once, in C. `word_range` and\n"
"`char_range` are (lo, hi) with 1 <= lo <= hi, the feature counts positive. Returns four bytes\n"
"objects to read with numpy.frombuffer: int64 columns and float64 counts of the word n-grams\n"
"(columns in the order of their first n-gram) and of the char_wb n-grams (columns sorted).\n"
"A lone surrogate in the text raises UnicodeEncodeError.");

static PyObject *hashed_counts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *text;
    Py_ssize_t wlo, whi, clo, chi;
    long long wn, cn;
    if (!PyArg_ParseTuple(args, "U(nn)L(nn)L", &text, &wlo, &whi, &wn, &clo, &chi, &cn))
        return NULL;
    if (wlo < 1 || whi < wlo || clo < 1 || chi < clo) {
        PyErr_Format(PyExc_ValueError, "n-gram ranges must have 1 <= lo <= hi, not (%zd, %zd) and (%zd, %zd)", wlo, whi,
                     clo, chi);
        return NULL;
    }
    if (wn < 1 || cn < 1) {
        PyErr_SetString(PyExc_ValueError, "the numbers of features must be positive");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return NULL;
#endif
    State s = {0};
    Table words, chars;
    memset(&words, 0, sizeof(words));
    memset(&chars, 0, sizeof(chars));
    word_counts(&s, text, wlo, whi, (int64_t)wn, &words);
    if (!s.failed)
        char_counts(&s, text, clo, chi, (int64_t)cn, &chars);
    if (!s.failed)
        table_sort(&s, &chars);
    PyObject *result = NULL;
    if (!s.failed) {
        PyObject *a = as_bytes(words.cols, words.n, sizeof(int64_t));
        PyObject *b = as_bytes(words.counts, words.n, sizeof(double));
        PyObject *c = as_bytes(chars.cols, chars.n, sizeof(int64_t));
        PyObject *d = as_bytes(chars.counts, chars.n, sizeof(double));
        if (a && b && c && d)
            result = PyTuple_Pack(4, a, b, c, d);
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_XDECREF(c);
        Py_XDECREF(d);
    }
    table_free(&words);
    table_free(&chars);
    return result;
}

PyDoc_STRVAR(murmur3_doc,
"murmur3(key) -> int\n\n"
"MurmurHash3 x86_32 of a bytes-like key, seed 0, signed: mmh3.hash(key, 0, True). For the tests.");

static PyObject *murmur3_py(PyObject *Py_UNUSED(self), PyObject *args)
{
    Py_buffer key;
    if (!PyArg_ParseTuple(args, "y*", &key))
        return NULL;
    int32_t h = murmur3(key.buf, key.len);
    PyBuffer_Release(&key);
    return PyLong_FromLong((long)h);
}

PyDoc_STRVAR(acronym_runs_doc,
"acronym_runs(text) -> tuple of (start, end) or None\n\n"
"The letter runs extract.model.stack.fold_case keeps as written: every maximal run of letters\n"
"(regex [^\\W\\d_] of a str pattern) two to four long whose str.isupper() is true, in order.\n"
"None when the text holds a character whose lower-casing the whole-text fast path cannot\n"
"follow (U+0130, U+03A3, U+24B6-U+24CF: stack._NOT_PER_RUN); the caller folds run by run.");

/* [^\W\d_] of a str regex: sre's \w is alnum or '_', \d is a decimal digit. */
static int is_letter(Py_UCS4 c)
{
    return c != '_' && Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c);
}

/* A character whose lower-casing the whole-text fast path cannot follow (stack._NOT_PER_RUN). */
static int needs_runs(Py_UCS4 c)
{
    return c == 0x130 || c == 0x3A3 || (c >= 0x24B6 && c <= 0x24CF);
}

/* What acronym_runs asks of an ASCII character, looked up: 0 not a letter, LOWER or UPPER. Why:
   each Unicode predicate is a look-up in Python's character database, and a letter asked five of
   them cost about 20 ns; most text is ASCII. Filled from the same predicates at module load. */
enum { LOWER = 1, UPPER = 2 };
static unsigned char ascii_case[128];

static PyObject *acronym_runs(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    if (text_view(text, "acronym_runs", &v) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t i = 0;
    while (i < v.n) {
        Py_UCS4 c = PyUnicode_READ(v.kind, v.data, i);
        if (c < 128) {
            if (!ascii_case[c]) {
                i++;
                continue;
            }
        } else {
            if (needs_runs(c)) {
                Py_DECREF(out);
                Py_RETURN_NONE;
            }
            if (!is_letter(c)) {
                i++;
                continue;
            }
        }
        /* one maximal run [i, j): str.isupper() is true when no character is lower or title
           case and one is upper case */
        Py_ssize_t j = i;
        int lower = 0, upper = 0, odd = 0;
        while (j < v.n) {
            Py_UCS4 d = PyUnicode_READ(v.kind, v.data, j);
            if (d < 128) {
                int cls = ascii_case[d];
                if (!cls)
                    break;
                lower |= cls == LOWER;
                upper |= cls == UPPER;
                j++;
                continue;
            }
            if (!is_letter(d))
                break;
            odd |= needs_runs(d);
            if (Py_UNICODE_ISLOWER(d) || Py_UNICODE_ISTITLE(d))
                lower = 1;
            else if (Py_UNICODE_ISUPPER(d))
                upper = 1;
            j++;
        }
        if (odd) {
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
        if (j - i >= 2 && j - i <= 4 && upper && !lower) {
            PyObject *span = Py_BuildValue("(nn)", i, j);
            if (span == NULL || PyList_Append(out, span) < 0) {
                Py_XDECREF(span);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(span);
        }
        i = j;
    }
    PyObject *result = PyList_AsTuple(out);
    Py_DECREF(out);
    return result;
}

/* ---------------------------------------------------------------- white space */

PyDoc_STRVAR(collapse_spaces_doc,
"collapse_spaces(text) -> str\n\n"
"' '.join(text.split()): every run of white space (str.isspace()) one plain space, none at\n"
"either end. extract.model.features `_collapse` (the text the model reads).");

/* One pass for each character width: copy what is not white space, and one space before a word
   that follows white space (none before the first word). */
#define COLLAPSE_LOOP(T)                                                                  \
    do {                                                                                  \
        const T *src = (const T *)v.data;                                                 \
        T *dst = (T *)buf;                                                                \
        int gap = 0;                                                                      \
        for (Py_ssize_t i = 0; i < v.n; i++) {                                            \
            Py_UCS4 c = src[i];                                                           \
            if (is_space(c)) {                                                            \
                gap = 1;                                                                  \
                continue;                                                                 \
            }                                                                             \
            if (gap && out > 0)                                                           \
                dst[out++] = ' ';                                                         \
            gap = 0;                                                                      \
            dst[out++] = (T)c;                                                            \
        }                                                                                 \
    } while (0)

static PyObject *collapse_spaces(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    char *buf = text_open(text, "collapse_spaces", &v);
    if (buf == NULL)
        return NULL;
    Py_ssize_t out = 0;
    if (v.kind == PyUnicode_1BYTE_KIND)
        COLLAPSE_LOOP(Py_UCS1);
    else if (v.kind == PyUnicode_2BYTE_KIND)
        COLLAPSE_LOOP(Py_UCS2);
    else
        COLLAPSE_LOOP(Py_UCS4);
    return text_result(v.kind, buf, out);
}

PyDoc_STRVAR(ink_doc,
"ink(text) -> int\n\n"
"sum(map(len, text.split())): the characters of text that are not white space (str.isspace()).\n"
"extract.model.features `_ink`.");

static PyObject *ink(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    if (text_view(text, "ink", &v) < 0)
        return NULL;
    Py_ssize_t count = 0;
    if (v.kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *src = v.data;
        for (Py_ssize_t i = 0; i < v.n; i++)
            count += !space_low[src[i]];
    } else {
        for (Py_ssize_t i = 0; i < v.n; i++)
            count += !is_space(PyUnicode_READ(v.kind, v.data, i));
    }
    return PyLong_FromSsize_t(count);
}

/* ---------------------------------------------------------------- numbers */

PyDoc_STRVAR(drop_numbers_doc,
"drop_numbers(text) -> str\n\n"
"extract.model.stack._NUMBER.sub(' ', text): every standalone number (digits with inner\n"
"separators . , : / -, touching no letter or digit of a spaced script) one space.");

/* _ALNUM of stack.py: a word character of str regexes that is not "_" nor Chinese, Japanese or
   Korean (those are written without spaces: "2026年3月9日" loses its numbers). */
static int spaced_alnum(Py_UCS4 c)
{
    if (c < 128)
        return word_low[c] && c != '_';
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF))
        return 0;
    return Py_UNICODE_ISALNUM(c) != 0;
}

static int is_number_digit(Py_UCS4 c)
{
    return c < 128 ? (c >= '0' && c <= '9') : Py_UNICODE_ISDECIMAL(c) != 0;
}

static PyObject *drop_numbers(PyObject *Py_UNUSED(self), PyObject *text)
{
    TextView v;
    char *buf = text_open(text, "drop_numbers", &v);
    if (buf == NULL)
        return NULL;
    Py_ssize_t out = 0, i = 0;
    while (i < v.n) {
        Py_UCS4 c = PyUnicode_READ(v.kind, v.data, i);
        if (is_number_digit(c) && (i == 0 || !spaced_alnum(PyUnicode_READ(v.kind, v.data, i - 1)))) {
            /* The regex tries its longest reading first and backs off; a reading that ends
               inside a run of digits is refused by its look-ahead (a digit is alphanumeric), so
               the readings worth trying end after the first run of digits or after each whole
               "separator + digits" group: the match is the longest of them that no letter or
               digit of a spaced script follows. */
            Py_ssize_t e = i + 1, best = -1;
            while (e < v.n && is_number_digit(PyUnicode_READ(v.kind, v.data, e)))
                e++;
            for (;;) {
                if (e == v.n || !spaced_alnum(PyUnicode_READ(v.kind, v.data, e)))
                    best = e;
                if (e + 1 >= v.n)
                    break;
                Py_UCS4 sep = PyUnicode_READ(v.kind, v.data, e);
                if (!(sep == '.' || sep == ',' || sep == ':' || sep == '/' || sep == '-')
                    || !is_number_digit(PyUnicode_READ(v.kind, v.data, e + 1)))
                    break;
                e += 2;
                while (e < v.n && is_number_digit(PyUnicode_READ(v.kind, v.data, e)))
                    e++;
            }
            if (best >= 0) {
                PyUnicode_WRITE(v.kind, buf, out++, ' ');
                i = best;
                continue;
            }
        }
        PyUnicode_WRITE(v.kind, buf, out++, c);
        i++;
    }
    return text_result(v.kind, buf, out);
}

static PyMethodDef methods[] = {
    {"hashed_counts", hashed_counts, METH_VARARGS, hashed_counts_doc},
    {"acronym_runs", acronym_runs, METH_O, acronym_runs_doc},
    {"murmur3", murmur3_py, METH_VARARGS, murmur3_doc},
    {"collapse_spaces", collapse_spaces, METH_O, collapse_spaces_doc},
    {"ink", ink, METH_O, ink_doc},
    {"drop_numbers", drop_numbers, METH_O, drop_numbers_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_ngrams",
    "The hashed n-gram counts of extract.model.portable.HashedCounts and the model text's preparation, in C.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__ngrams(void)
{
    for (Py_UCS4 ch = 0; ch < 256; ch++) {
        word_low[ch] = Py_UNICODE_ISALNUM(ch) || ch == '_';
        space_low[ch] = Py_UNICODE_ISSPACE(ch) != 0;
    }
    for (Py_UCS4 ch = 0; ch < 128; ch++) /* as the loop of acronym_runs asks (no ASCII title case) */
        ascii_case[ch] = !is_letter(ch) ? 0 : (Py_UNICODE_ISLOWER(ch) || Py_UNICODE_ISTITLE(ch)) ? LOWER
                         : Py_UNICODE_ISUPPER(ch) ? UPPER : 0;
    return PyModule_Create(&module);
}
