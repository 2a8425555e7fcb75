"""Build half B of the tender-triage seed training set (ja, zh, de, fr, nb).

Why a generator: the classifier needs a few hundred labelled procurement documents in five
languages, with the same kinds of document (notice, RFQ, quote, BOQ, award ...) under every
label so that layout never gives the label away. Writing 320 whole documents by hand would leave
no time to vary them; composing them from pools of hand-written parts lets every part be written
natively once and combined in many shapes.

How the set is made:
  * Every language has its own hand-written pools (written natively per language, never by word
    substitution from another language): subjects ("topics") with titles, purpose paragraphs,
    line items and requirement sentences; restricted-vendor lines (vendor names in Latin and
    CJK script, brands such as EZVIZ/Imou/HiLook, bare model numbers); compliant-brand lines;
    prohibition clauses; supply-chain and FAR/NDAA-style boilerplate; incidental mentions; and
    general sections (submission, payment, warranty ...).
  * A document = one label plan (label + variant, e.g. in_scope_ict/prohibition clause) + one
    topic + one document type + one file format. Each type has its own builder that arranges the
    parts differently, samples a subset of items and requirements, and adds 0..n general sections,
    so length runs from three-line notices to multi-lot specifications of several thousand words.
  * Restricted documents are made from the SAME ICT topics as in-scope ones, so the vendor, not
    the subject, separates the two labels; out-of-scope documents include hard cases (boilerplate
    clauses naming restricted vendors, incidental mentions, ICT-adjacent purchases).
  * Near-duplicate control: each new document is compared with all earlier ones of the same
    language by word 5-shingle Jaccard similarity (CJK text is shingled by characters); a
    candidate scoring >= 0.5 is redrawn (up to 40 times). `--measure` reports the final share of
    documents that have any partner >= 0.5 across the whole set.

Run:  python training_data/tools/build_b.py            (writes documents + tools/parts/labels_b.csv; then tools/merge_labels.py)
      python training_data/tools/build_b.py --measure  (only measures the existing files)
The output is deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import html as htmlmod
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "seed set written by the tender-triage team"
LABELS = ("restricted_vendor_named", "in_scope_ict", "out_of_scope")
TYPES = ("notice", "rfq", "rfp", "itb", "bid_letter", "quote", "price_list", "boq", "spec",
         "datasheet", "award", "contract_annex", "sow", "market_research", "calloff", "email")


@dataclass(frozen=True)
class Topic:
    """One subject a document can be about, with the parts a builder samples from."""

    key: str
    scope: str  # "ict" or "oos"
    cat: str
    titles: tuple[str, ...]
    purposes: tuple[str, ...]
    items: tuple[str, ...]  # "description|unit|qmin-qmax|unit price"
    reqs: tuple[str, ...]
    cpv: tuple[str, ...] = ()
    hard: str = ""  # why an out-of-scope topic is a hard case (ICT-adjacent, incidental ...)
    widened: bool = False  # drawn as ICT-adjacent, but ICT since the scope was widened (WIDENED)
    buyer: str = ""  # the buyer, when the topic names it (otherwise one of the language's buyers)


@dataclass(frozen=True)
class Plan:
    """What a document must contain to earn its label."""

    label: str
    variant: str
    topic: Topic
    must: tuple[str, ...] = ()  # paragraphs that must appear (clauses, reference models ...)
    extra_items: tuple[str, ...] = ()  # item lines that must appear (restricted or compliant)
    entity: str = ""
    note: str = ""
    hard: bool = False


@dataclass
class Doc:
    """A document as blocks, rendered later to txt, md, html or csv."""

    blocks: list = field(default_factory=list)

    def h(self, text, level=2):
        self.blocks.append(("h", level, text))

    def p(self, text):
        if text:
            self.blocks.append(("p", text))

    def kv(self, pairs):
        self.blocks.append(("kv", [(k, v) for k, v in pairs if v]))

    def ul(self, items, numbered=False):
        if items:
            self.blocks.append(("ul", list(items), numbered))

    def table(self, headers, rows):
        self.blocks.append(("table", list(headers), [list(map(str, r)) for r in rows]))


LANG: dict[str, dict] = {}


# ----------------------------------------------------------------------------- helpers
def parse_item(line):
    desc, unit, qty, price = line.split("|")
    lo, hi = (int(x) for x in qty.split("-"))
    return desc.strip(), unit.strip(), lo, hi, float(price)


def money(lang, v):
    fmt = LANG[lang]["money"]
    if fmt == "yen":
        return f"{int(round(v)):,}円"
    if fmt == "yuan":
        return f"{v:,.2f}"
    if fmt == "ntd":
        return f"{int(round(v)):,}"
    if fmt == "eur_de":
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    if fmt == "eur_fr":
        return f"{v:,.2f} €".replace(",", " ").replace(".", ",")
    if fmt == "nok":
        return "kr " + f"{v:,.0f}".replace(",", " ")
    raise ValueError(fmt)


def fill(rng, text, ctx):
    """Fill {slots} in a hand-written sentence from the document context."""
    def rep(m):
        key = m.group(1)
        val = ctx.get(key)
        if callable(val):
            return val()
        if isinstance(val, (list, tuple)):
            return rng.choice(val)
        return str(val) if val is not None else m.group(0)
    return re.sub(r"\{(\w+)\}", rep, text)


def pick(rng, seq, lo, hi=None):
    seq = list(seq)
    hi = len(seq) if hi is None else min(hi, len(seq))
    lo = min(lo, hi)
    return rng.sample(seq, rng.randint(lo, hi))


def a_date(rng, lang, ymd=None):
    y, m, d = ymd or (rng.choice([2023, 2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    style = LANG[lang]["date"]
    if style == "ja":
        return rng.choice([f"{y}年{m}月{d}日", f"令和{y - 2018}年{m}月{d}日"])
    if style == "zh":
        return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}"])
    if style == "zh_hant":
        return rng.choice([f"{y - 1911}年{m}月{d}日", f"民國{y - 1911}年{m}月{d}日"])
    if style == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "fr":
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}"])
    if style == "nb":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {['januar','februar','mars','april','mai','juni','juli','august','september','oktober','november','desember'][m - 1]} {y}"])
    raise ValueError(style)


def a_ref(rng, lang):
    pats = LANG[lang]["refs"]
    p = rng.choice(pats)
    return re.sub(r"#", lambda _: str(rng.randint(0, 9)), p).replace("YYYY", str(rng.choice([2023, 2024, 2025, 2026])))


def S(lang, key):
    return LANG[lang]["S"][key]


def H(lang, key):
    return LANG[lang]["H"][key]


# ----------------------------------------------------------------------------- builders
def priced_rows(lang, items):
    rows, total = [], 0.0
    for i, (d, u, q, p) in enumerate(items, 1):
        total += q * p
        rows.append((i, d, q, u, money(lang, p), money(lang, q * p)))
    return rows, total


def item_table(doc, lang, items, priced):
    if priced:
        rows, total = priced_rows(lang, items)
        doc.table([H(lang, "pos"), H(lang, "desc"), H(lang, "qty"), H(lang, "unit"),
                   H(lang, "unit_price"), H(lang, "amount")], rows)
        return total
    doc.table([H(lang, "pos"), H(lang, "desc"), H(lang, "unit"), H(lang, "qty")],
              [(i, d, u, q) for i, (d, u, q, _p) in enumerate(items, 1)])
    return 0.0


def item_list(doc, lang, items):
    doc.ul([f"{d} — {q} {u}" if lang in ("de", "fr", "nb") else f"{d}　{q}{u}" for d, u, q, _ in items])


def boiler(rng, doc, lang, ctx, keys, n, used=None, every=False):
    """Add n general sections (heading + one hand-written variant) chosen from keys.

    every=True (long specifications) writes all variants of each section, as real long
    specifications spell out every condition."""
    pool = LANG[lang]["B"]
    keys = [k for k in keys if k in pool]
    for k in rng.sample(keys, min(n, len(keys))):
        variants = pool[k]
        if every:
            doc.h(H(lang, k), 3)
            for v in variants:
                doc.p(fill(rng, v, ctx))
            continue
        if used is not None:
            fresh = [v for v in variants if v not in used] or variants
            v = rng.choice(fresh)
            used.add(v)
        else:
            v = rng.choice(variants)
        doc.h(H(lang, k), 3)
        doc.p(fill(rng, v, ctx))


def musts(rng, doc, lang, plan, ctx, heading=True):
    if not plan.must:
        return
    if heading and rng.random() < 0.6:
        doc.h(rng.choice(H(lang, "special")), 3)
    for m in plan.must:
        doc.p(fill(rng, m, ctx))


def title_of(rng, lang, kind, ctx):
    return fill(rng, rng.choice(LANG[lang]["T"][kind]), ctx)


def intro(rng, lang, plan, ctx):
    if plan.topic.hard.startswith("incidental"):
        return ""  # its purpose text carries the mention and is placed via plan.must
    return fill(rng, rng.choice(plan.topic.purposes), ctx)


LONG_KEYS: tuple[str, ...] = ()  # sections that only long specifications carry; set with the language data
GENERAL = ("submission", "eligibility", "payment", "delivery", "warranty", "evaluation",
           "documents", "penalty", "confidentiality", "general", "schedule", "contact")


def b_notice(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "notice", ctx), 1)
    d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"]),
          (H(lang, "date"), ctx["date"]), (H(lang, "deadline"), ctx["deadline"])])
    d.h(H(lang, "subject"), 2)
    d.p(intro(rng, lang, plan, ctx))
    if rng.random() < 0.7 or plan.extra_items:
        item_list(d, lang, items)
    if reqs and rng.random() < 0.6:
        d.p(" ".join(fill(rng, r, ctx) for r in reqs[:3]) if lang in ("de", "fr", "nb") else "".join(fill(rng, r, ctx) for r in reqs[:3]))
    musts(rng, d, lang, plan, ctx)
    boiler(rng, d, lang, ctx, ("submission", "eligibility", "documents", "schedule", "contact"), rng.randint(1, 3))
    return d


def b_rfq(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "rfq", ctx), 1)
    d.kv([(H(lang, "to"), ctx["supplier"]), (H(lang, "from"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"]),
          (H(lang, "date"), ctx["date"])])
    d.p(fill(rng, rng.choice(S(lang, "rfq_intro")), ctx))
    item_table(d, lang, items, False)
    if reqs:
        d.h(H(lang, "reqs"), 3)
        d.ul([fill(rng, r, ctx) for r in reqs], numbered=rng.random() < 0.5)
    musts(rng, d, lang, plan, ctx)
    boiler(rng, d, lang, ctx, ("delivery", "payment", "warranty", "submission"), rng.randint(1, 2))
    d.p(fill(rng, rng.choice(S(lang, "closing")), ctx))
    return d


def b_rfp(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "rfp", ctx), 1)
    d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"]), (H(lang, "deadline"), ctx["deadline"])])
    d.h(H(lang, "background"), 2)
    d.p(intro(rng, lang, plan, ctx))
    d.h(H(lang, "scope"), 2)
    d.ul([fill(rng, r, ctx) for r in reqs], numbered=True)
    if rng.random() < 0.6:
        item_table(d, lang, items, False)
    else:
        item_list(d, lang, items)
    musts(rng, d, lang, plan, ctx)
    boiler(rng, d, lang, ctx, GENERAL, rng.randint(2, 5))
    return d


def b_itb(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "itb", ctx), 1)
    d.p(fill(rng, rng.choice(S(lang, "itb_intro")), ctx))
    d.p(intro(rng, lang, plan, ctx))
    item_table(d, lang, items, False)
    if reqs and rng.random() < 0.5:
        d.ul([fill(rng, r, ctx) for r in reqs])
    musts(rng, d, lang, plan, ctx)
    boiler(rng, d, lang, ctx, ("eligibility", "documents", "submission", "evaluation", "schedule"), rng.randint(2, 4))
    return d


def b_bid_letter(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "bid_letter", ctx), 1)
    d.kv([(H(lang, "to"), ctx["buyer"]), (H(lang, "from"), ctx["supplier"]), (H(lang, "ref"), ctx["ref"]),
          (H(lang, "date"), ctx["date"])])
    d.p(fill(rng, rng.choice(S(lang, "offer")), ctx))
    total = item_table(d, lang, items, True)
    d.p(f"{H(lang, 'total')}: {money(lang, total)}")
    musts(rng, d, lang, plan, ctx, heading=False)
    d.p(fill(rng, rng.choice(S(lang, "validity")), ctx))
    d.p(fill(rng, rng.choice(S(lang, "sign")), ctx))
    return d


def b_quote(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "quote", ctx), 1)
    d.kv([(H(lang, "supplier"), ctx["supplier"]), (H(lang, "customer"), ctx["buyer"]),
          (H(lang, "quote_no"), ctx["ref"]), (H(lang, "date"), ctx["date"]), (H(lang, "valid_until"), ctx["deadline"])])
    if rng.random() < 0.5:
        d.p(fill(rng, rng.choice(S(lang, "quote_intro")), ctx))
    total = item_table(d, lang, items, True)
    tax = LANG[lang]["tax"]
    d.kv([(H(lang, "subtotal"), money(lang, total)), (H(lang, "tax"), money(lang, total * tax)),
          (H(lang, "total"), money(lang, total * (1 + tax)))])
    musts(rng, d, lang, plan, ctx, heading=False)
    boiler(rng, d, lang, ctx, ("delivery", "payment", "warranty"), rng.randint(0, 2))
    return d


def b_price_list(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "price_list", ctx), 1)
    d.p(fill(rng, rng.choice(S(lang, "pl_intro")), ctx))
    rows = []
    for d_, u, q, p in items:
        sku = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "-" + str(rng.randint(10000, 99999))
        rows.append((sku, d_, u, money(lang, p)))
    d.table([H(lang, "sku"), H(lang, "desc"), H(lang, "unit"), H(lang, "price")], rows)
    musts(rng, d, lang, plan, ctx, heading=False)
    d.p(fill(rng, rng.choice(S(lang, "pl_notes")), ctx))
    return d


def b_boq(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "boq", ctx), 1)
    d.kv([(H(lang, "project"), ctx["title"]), (H(lang, "buyer"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"])])
    rows = [(f"{rng.randint(1, 9)}.{i:02d}", de, u, q, "", "") for i, (de, u, q, _p) in enumerate(items, 1)]
    d.table([H(lang, "pos"), H(lang, "desc"), H(lang, "unit"), H(lang, "qty"), H(lang, "unit_price"), H(lang, "amount")], rows)
    if reqs and rng.random() < 0.5:
        d.h(H(lang, "notes"), 3)
        d.ul([fill(rng, r, ctx) for r in reqs[:4]])
    musts(rng, d, lang, plan, ctx, heading=False)
    return d


def b_spec(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "spec", ctx), 1)
    d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"])])
    n = 1
    d.h(f"{n}. {H(lang, 'background')}", 2)
    d.p(intro(rng, lang, plan, ctx))
    lots = [(plan.topic, items, reqs)] + ctx.get("lots", [])
    for li, (t, its, rs) in enumerate(lots, 1):
        n += 1
        name = fill(rng, rng.choice(t.titles), ctx)
        d.h(f"{n}. {H(lang, 'lot')} {li}: {name}" if len(lots) > 1 else f"{n}. {H(lang, 'scope')}", 2)
        if li > 1:
            for purpose in (t.purposes if long else t.purposes[:1]):
                d.p(fill(rng, purpose, ctx))
        item_table(d, lang, its, False)
        d.h(f"{n}.1 {H(lang, 'reqs')}", 3)
        d.ul([fill(rng, r, ctx) for r in rs], numbered=True)
    musts(rng, d, lang, plan, ctx)
    keys = GENERAL + LONG_KEYS if long else ("delivery", "warranty", "documents", "general", "penalty")
    boiler(rng, d, lang, ctx, keys, len(keys) if long else rng.randint(1, 3), every=long)
    return d


def b_datasheet(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    main = items[0]
    d.h(f"{H(lang, 'datasheet')}: {main[0]}", 1)
    d.p(intro(rng, lang, plan, ctx))
    d.h(H(lang, "specs"), 2)
    d.ul([fill(rng, r, ctx) for r in reqs])
    d.h(H(lang, "ordering"), 2)
    d.table([H(lang, "desc"), H(lang, "unit")], [(x[0], x[1]) for x in items])
    musts(rng, d, lang, plan, ctx, heading=False)
    d.p(fill(rng, rng.choice(S(lang, "ds_foot")), ctx))
    return d


def b_award(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "award", ctx), 1)
    total = sum(q * p for _, _, q, p in items)
    d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"]), (H(lang, "subject"), ctx["title"]),
          (H(lang, "winner"), ctx["supplier"]), (H(lang, "award_amount"), money(lang, total)),
          (H(lang, "date"), ctx["date"]), (H(lang, "bids"), str(rng.randint(1, 9)))])
    d.p(fill(rng, rng.choice(S(lang, "award_text")), ctx))
    if rng.random() < 0.7 or plan.extra_items:
        item_list(d, lang, items)
    musts(rng, d, lang, plan, ctx, heading=False)
    boiler(rng, d, lang, ctx, ("contact",), rng.randint(0, 1))
    return d


def b_contract_annex(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "contract_annex", ctx), 1)
    d.p(fill(rng, rng.choice(S(lang, "annex_intro")), ctx))
    d.h(H(lang, "deliverables"), 2)
    item_list(d, lang, items)
    d.h(H(lang, "obligations"), 2)
    d.ul([fill(rng, r, ctx) for r in reqs], numbered=True)
    musts(rng, d, lang, plan, ctx)
    boiler(rng, d, lang, ctx, ("payment", "penalty", "warranty", "confidentiality"), rng.randint(1, 3))
    return d


def b_sow(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "sow", ctx), 1)
    d.h(H(lang, "background"), 2)
    d.p(intro(rng, lang, plan, ctx))
    d.h(H(lang, "tasks"), 2)
    d.ul([fill(rng, r, ctx) for r in reqs], numbered=True)
    d.h(H(lang, "deliverables"), 2)
    item_list(d, lang, items)
    d.h(H(lang, "period"), 3)
    d.p(fill(rng, rng.choice(S(lang, "period")), ctx))
    musts(rng, d, lang, plan, ctx)
    boiler(rng, d, lang, ctx, ("confidentiality", "general", "payment", "schedule"), rng.randint(1, 3))
    return d


def b_market_research(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "market_research", ctx), 1)
    d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "deadline"), ctx["deadline"])])
    d.p(fill(rng, rng.choice(S(lang, "rfi_intro")), ctx))
    d.p(intro(rng, lang, plan, ctx))
    d.ul([fill(rng, r, ctx) for r in reqs])
    if rng.random() < 0.6 or plan.extra_items:
        item_list(d, lang, items)
    d.h(H(lang, "questions"), 3)
    d.ul(pick(rng, S(lang, "rfi_q"), 2, 4), numbered=True)
    musts(rng, d, lang, plan, ctx)
    return d


def b_calloff(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "calloff", ctx), 1)
    d.kv([(H(lang, "framework"), ctx["framework"]), (H(lang, "calloff_no"), ctx["ref"]),
          (H(lang, "buyer"), ctx["buyer"]), (H(lang, "supplier"), ctx["supplier"]), (H(lang, "date"), ctx["date"])])
    total = item_table(d, lang, items, True)
    d.p(f"{H(lang, 'total')}: {money(lang, total)}")
    d.p(fill(rng, rng.choice(S(lang, "calloff_text")), ctx))
    musts(rng, d, lang, plan, ctx, heading=False)
    return d


def b_email(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.kv([(H(lang, "mail_from"), ctx["person"]), (H(lang, "mail_to"), ctx["supplier"]),
          (H(lang, "mail_subject"), ctx["title"]), (H(lang, "date"), ctx["date"])])
    d.p(fill(rng, rng.choice(S(lang, "mail_open")), ctx))
    d.p(intro(rng, lang, plan, ctx))
    item_list(d, lang, items)
    if reqs and rng.random() < 0.5:
        d.p((" " if lang in ("de", "fr", "nb") else "").join(fill(rng, r, ctx) for r in reqs[:2]))
    musts(rng, d, lang, plan, ctx, heading=False)
    d.p(fill(rng, rng.choice(S(lang, "mail_close")), ctx))
    return d


def b_doffin(rng, lang, plan, ctx, items, reqs, long):
    """Short Doffin/TED-style notice: title, buyer, CPV codes, description."""
    d = Doc()
    d.h(ctx["title"], 1)
    if rng.random() < 0.5:
        d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "procedure"), rng.choice(S(lang, "procedures"))),
              (H(lang, "deadline"), ctx["deadline"])])
    d.p(intro(rng, lang, plan, ctx))
    if reqs and rng.random() < 0.5:
        d.p(" ".join(fill(rng, r, ctx) for r in reqs[:rng.randint(1, 3)]))
    if plan.extra_items or rng.random() < 0.3:
        d.p(", ".join(f"{de} ({q} {u})" for de, u, q, _ in items[:4]) + ".")
    musts(rng, d, lang, plan, ctx, heading=False)
    if rng.random() < 0.5:
        d.p(fill(rng, rng.choice(S(lang, "doffin_extra")), ctx))
    cpv = list(plan.topic.cpv) or ["72000000"]
    d.p("CPV: " + ", ".join(cpv))
    return d


BUILDERS = {name: globals()["b_" + name] for name in TYPES + ("doffin",)}


# ============================================================================= Japanese
LANG["ja"] = dict(
    folder="ja", prefix="ja", iso="ja", iso_col="ja", money="yen", tax=0.10, date="ja",
    refs=["第YYYY-###号", "R#-情政-##", "調達番号 ######", "契約第###号", "見積依頼No.YYYY-####"],
    buyers=["国土交通省 関東地方整備局", "厚生労働省 大臣官房会計課", "札幌市 総務局", "横浜市 デジタル統括本部",
            "福岡県 警察本部 会計課", "独立行政法人 国立病院機構 本部", "大阪府 危機管理室", "静岡県 浜松市 財務部",
            "国立大学法人 東北大学 財務部", "環境省 地方環境事務所", "名古屋市 上下水道局", "熊本県 阿蘇市 総務課",
            "防衛装備庁 調達事業部", "気象庁 総務部経理管理課", "千葉県 船橋市 教育委員会"],
    suppliers=["株式会社 東邦システムサービス", "北都情報通信株式会社", "株式会社 みなと電設", "ネクストリンク株式会社",
               "三光オフィス機器株式会社", "株式会社 関西テクノサプライ", "富岳ネットワークス株式会社", "有限会社 青葉商会"],
    persons=["情報政策課 佐藤", "総務課 契約係 高橋", "施設管理課 中村", "調達担当 山本", "会計課 伊藤"],
    H=dict(pos="No.", desc="品名・仕様", qty="数量", unit="単位", unit_price="単価", amount="金額",
           buyer="調達機関", ref="番号", date="日付", deadline="提出期限", subject="調達件名及び概要",
           to="宛先", **{"from": "差出人"}, reqs="要求仕様", background="目的", scope="調達範囲", total="合計金額",
           subtotal="小計", tax="消費税（10%）", supplier="見積者", customer="御中", quote_no="見積番号",
           valid_until="有効期限", sku="型番コード", price="標準価格（税抜）", project="工事名", notes="備考",
           lot="分任", datasheet="製品仕様書", specs="主な仕様", ordering="構成品", winner="落札者",
           award_amount="落札金額（税込）", bids="入札者数", deliverables="納入物", obligations="受注者の義務",
           tasks="作業内容", period="履行期間", questions="情報提供をお願いしたい事項", framework="単価契約番号",
           calloff_no="発注番号", mail_from="差出人", mail_to="宛先", mail_subject="件名", procedure="入札方式",
           special=["特記事項", "留意事項", "その他"],
           submission="入札書の提出", eligibility="競争参加資格", payment="支払条件", delivery="納入場所及び納期",
           warranty="保証", evaluation="評価方法", documents="提出書類", penalty="違約金", confidentiality="秘密保持",
           general="一般事項", schedule="日程", contact="問合せ先"),
    T=dict(
        notice=["入札公告（{title}）", "一般競争入札公告 {title}", "{title}に係る入札公告", "公告　{title}"],
        rfq=["見積依頼書", "見積合わせのお願い（{title}）", "見積依頼：{title}"],
        rfp=["{title} 企画提案募集要項", "提案依頼書（RFP）{title}", "{title}に関する公募型プロポーザル実施要領"],
        itb=["入札説明書 {title}", "{title} 入札説明書", "入札参加のご案内（{title}）"],
        bid_letter=["入札書", "見積提出書", "提案価格提出書（{title}）"],
        quote=["御見積書", "見積書", "お見積書（{title}）"],
        price_list=["{supplier} 官公庁向け価格表", "製品価格一覧（{supplier}）", "標準価格表 {date}改定"],
        boq=["数量内訳書　{title}", "工事費内訳明細書", "内訳書（{title}）"],
        spec=["{title} 仕様書", "調達仕様書（{title}）", "{title}に係る技術仕様書"],
        award=["落札者等の公示", "契約締結結果の公表（{title}）", "入札結果のお知らせ"],
        contract_annex=["別紙　仕様内訳（契約書附属）", "契約書別添 {title}に関する特記仕様", "別記 納入品明細"],
        sow=["業務委託仕様書 {title}", "作業要領書（{title}）", "委託業務内容書"],
        market_research=["情報提供依頼（RFI）{title}", "{title}に係る意見招請", "市場調査へのご協力のお願い（{title}）"],
        calloff=["単価契約に基づく発注書", "個別発注書（{title}）", "注文書"],
    ),
    S=dict(
        rfq_intro=["下記物品について見積書を{deadline}までにご提出くださいますようお願い申し上げます。",
                   "標記の件について、見積合わせを実施いたします。以下の内容をご確認のうえ、見積書をご提出ください。",
                   "平素より格別のご高配を賜り厚く御礼申し上げます。つきましては、下記の件につきお見積りをお願いいたします。"],
        closing=["ご不明な点は担当者までお問い合わせください。", "以上、よろしくお願いいたします。", "見積書は押印のうえ原本を郵送してください。"],
        itb_intro=["{buyer}が行う一般競争入札に参加しようとする者は、この説明書をよく読み、入札書を提出すること。",
                   "本説明書は、会計法令及び当機関の契約事務取扱規則に定めるもののほか、入札に参加する者が熟知すべき事項を示すものである。"],
        offer=["貴機関の入札公告に基づき、下記のとおり入札いたします。", "標記の件につき、仕様書及び契約条項を承諾のうえ、下記金額にて見積りいたします。",
               "ご依頼の件、以下の構成にてご提案申し上げます。"],
        validity=["本見積の有効期限は提出日から{days}日間とします。", "価格は消費税別、納入場所渡しとします。"],
        sign=["{supplier}\n代表取締役　印", "{supplier}　営業部　担当：{person}"],
        quote_intro=["毎度格別のお引き立てを賜り、誠にありがとうございます。下記のとおりお見積り申し上げます。",
                     "ご照会いただきました件につき、下記の通りお見積り致します。"],
        pl_intro=["本価格表は官公庁・自治体向けの標準価格を示すものです。", "以下の価格は{date}以降のご注文に適用されます。"],
        pl_notes=["価格はすべて税抜きです。数量割引については営業担当までご相談ください。", "記載の価格は予告なく変更することがあります。"],
        ds_foot=["※仕様は改良のため予告なく変更することがあります。", "※記載の会社名・製品名は各社の商標または登録商標です。"],
        award_text=["上記のとおり落札者を決定したので公示します。", "本件は一般競争入札（最低価格落札方式）により契約を締結しました。",
                    "総合評価落札方式により評価した結果、上記の者を落札者としました。"],
        annex_intro=["本別紙は、契約書第2条に定める契約物品の明細及び受注者が遵守すべき事項を定めるものである。",
                     "受注者は、本特記仕様に従い契約を履行しなければならない。"],
        period=["契約締結日から{months}か月間とする。", "令和8年4月1日から令和9年3月31日まで。"],
        rfi_intro=["当機関では、下記の調達を検討しており、仕様書案の作成にあたり広く情報提供を求めます。",
                   "本意見招請は、仕様の透明性及び競争性を確保するために実施するものです。"],
        rfi_q=["想定される製品構成と概算価格", "納期及び保守体制", "導入実績（官公庁・自治体）", "仕様書案のうち特定の事業者に有利となる箇所の有無",
               "ライセンス体系と更新費用", "クラウド利用時のデータ保管場所"],
        calloff_text=["上記単価契約に基づき、次のとおり発注します。納品後、請求書を提出してください。",
                      "納入期限は発注日から{days}日以内とします。"],
        mail_open=["お世話になっております。{buyer}の{person}です。", "いつもお世話になっております。"],
        mail_close=["お手数ですが、{deadline}までにご回答いただけますと幸いです。よろしくお願いいたします。",
                    "見積書はPDFでお送りいただければ結構です。"],
        procedures=["一般競争入札", "指名競争入札", "随意契約（見積合わせ）"],
        doffin_extra=["詳細は入札説明書を参照すること。"],
    ),
    B=dict(
        submission=["入札書は{deadline}午後5時までに持参又は郵送（書留に限る）により提出すること。電子調達システムによる提出も可とする。",
                    "提出先：{buyer} 契約担当。入札書には件名及び入札者名を記載し、封かんのうえ提出すること。",
                    "開札は{deadline}午前10時から当機関入札室において行う。入札者又はその代理人は開札に立ち会うことができる。"],
        eligibility=["予算決算及び会計令第70条及び第71条の規定に該当しない者であること。全省庁統一資格の「物品の販売」においてA、B又はC等級に格付けされていること。",
                     "会社更生法に基づき更生手続開始の申立てがなされている者でないこと。指名停止期間中の者でないこと。",
                     "過去5年以内に国又は地方公共団体と同種同規模の契約実績を有すること。"],
        payment=["代金は、検査合格後、適法な支払請求書を受理した日から30日以内に支払う。",
                 "支払は納入完了後の一括払いとする。前金払は行わない。"],
        delivery=["納入場所：{buyer}が指定する場所。納入期限：契約締結日から{days}日以内。",
                  "納入に際しては事前に担当者と日程を調整し、搬入・設置・梱包材の回収まで含むこと。"],
        warranty=["納入後1年間は、通常の使用により生じた故障について無償で修理又は交換を行うこと。",
                  "保証期間中の障害対応は、連絡を受けてから翌営業日までに着手すること。"],
        evaluation=["最低価格落札方式とする。予定価格の制限の範囲内で最低の価格をもって有効な入札を行った者を落札者とする。",
                    "技術点と価格点の合計により評価する（技術点60点、価格点40点）。"],
        documents=["入札参加資格確認申請書、資格審査結果通知書の写し、仕様適合を示す書類（カタログ等）を提出すること。",
                   "競争参加資格を有することを証明する書類を{deadline}までに提出し、確認を受けること。"],
        penalty=["受注者の責めに帰すべき事由により納期を遅延した場合は、遅延日数に応じ年3%の割合で計算した違約金を徴収する。"],
        confidentiality=["受注者は、業務上知り得た情報を第三者に漏らしてはならない。契約終了後も同様とする。",
                         "個人情報の取扱いについては、別記「個人情報取扱特記事項」を遵守すること。"],
        general=["本仕様書に定めのない事項又は疑義が生じた場合は、発注者と協議のうえ決定する。",
                 "入札金額は、消費税及び地方消費税に相当する額を除いた金額を記載すること。"],
        schedule=["入札説明書の交付：公告日から{deadline}まで。質問受付：公告日から7日間。"],
        contact=["{buyer}　担当：{person}　電話 03-5253-####（内線）", "問合せは電子メールにより行うこと。電話による問合せには応じない。"],
    ),
)
LANG["ja"]["topics"] = [
    Topic("lan-switch", "ict", "switch", ("庁舎LAN更新に伴うネットワーク機器の調達", "基幹ネットワークスイッチ更新"),
          ("本調達は、{buyer}庁舎内のネットワーク機器が保守期限を迎えることから、基幹スイッチ及びフロアスイッチを更新するものである。",
           "老朽化したネットワークスイッチを更新し、職員用LANの安定稼働と帯域の増強を図る。"),
          ("コアスイッチ（L3、40G QSFP+×4、冗長電源）|台|2-2|2400000", "フロアスイッチ（L2、1000BASE-T×48、10G SFP+×4）|台|8-30|310000",
           "PoE+対応スイッチ（24ポート、給電370W）|台|4-12|190000", "10GBASE-SR SFP+モジュール|個|16-60|24000",
           "構築・設定作業一式|式|1-1|1800000", "保守（5年間、オンサイト翌営業日）|式|1-1|950000"),
          ("スタック構成が可能であること。", "IEEE 802.1X認証に対応すること。", "VLANを4,094まで設定できること。",
           "SNMPv3及びsyslogによる監視に対応すること。", "筐体の奥行きは450mm以下とし、19インチラックに搭載できること。",
           "ファームウェアの脆弱性情報を速やかに提供できる体制を有すること。"), ("32420000",)),
    Topic("router-wan", "ict", "router", ("拠点間WANルータ更新", "出先機関向けルータの調達"),
          ("各出先機関と本庁を結ぶWANのルータを更新し、IPsec-VPNによる冗長化を行う。",),
          ("拠点ルータ（GbE×4、IPsec VPN、LTEバックアップ対応）|台|10-45|148000", "センタールータ（10GbE、冗長電源）|台|2-2|1650000",
           "ルータ設定・拠点切替作業|拠点|10-45|42000", "LTE用外部アンテナ|本|10-45|8500"),
          ("IPsec VPNを最大100対地以上収容できること。", "BGP及びOSPFに対応すること。", "設定はCLI及びWeb画面から可能であること。",
           "停電復旧後、自動的に回線を再接続すること。"), ("32413100",)),
    Topic("wifi-school", "ict", "wifi", ("小中学校無線LANアクセスポイント整備", "庁舎内Wi-Fi環境整備"),
          ("校内の普通教室及び特別教室において、1人1台端末が同時接続できる無線LAN環境を整備する。",
           "来庁者及び職員向けに、セキュアな無線LAN環境を本庁舎全フロアに構築する。"),
          ("無線アクセスポイント（Wi-Fi 6、2×2 MU-MIMO、PoE給電）|台|40-180|68000", "無線LANコントローラ（クラウド管理ライセンス5年）|式|1-1|1200000",
           "天井設置金具|個|40-180|3200", "電波調査及び設計|式|1-1|450000"),
          ("IEEE 802.11axに準拠すること。", "1台あたり40台以上の端末が同時に接続できること。", "WPA3-Enterpriseに対応すること。",
           "管理画面から全アクセスポイントの稼働状況を一覧で確認できること。"), ("32420000", "32500000")),
    Topic("utm-firewall", "ict", "firewall", ("インターネット境界ファイアウォール更新", "UTM装置の賃貸借"),
          ("インターネット接続点に設置している境界防御装置を更新し、標的型攻撃対策を強化する。",),
          ("次世代ファイアウォール（スループット10Gbps以上）|台|2-2|3100000", "IPS・URLフィルタリングライセンス（3年）|式|1-1|1400000",
           "ログ保管サーバ（1年分保存）|台|1-1|820000"),
          ("冗長構成（アクティブ・スタンバイ）とすること。", "SSL復号化検査に対応すること。", "シグネチャは自動で更新されること。",
           "管理者操作の証跡を取得できること。"), ("32420000", "48730000")),
    Topic("cctv-facility", "ict", "camera", ("防犯カメラ設備更新", "庁舎監視カメラシステム整備", "駐輪場防犯カメラ設置業務"),
          ("庁舎出入口、駐車場及びサーバ室周辺の防犯カメラを更新し、ネットワーク型の録画システムに移行する。",
           "盗難及び不審者対策のため、公共施設にネットワークカメラと録画装置を設置する。"),
          ("屋外用ネットワークカメラ（400万画素、赤外線30m、IP67）|台|8-40|98000", "ドーム型ネットワークカメラ（200万画素、屋内）|台|6-30|62000",
           "ネットワークビデオレコーダ（16ch、HDD 8TB×2）|台|1-4|420000", "監視用モニタ（27型）|台|1-3|45000", "配線・取付工事|式|1-1|1300000"),
          ("録画データは30日以上保存できること。", "ONVIF Profile Sに対応すること。", "夜間でも人物の識別が可能であること。",
           "録画映像は暗号化して保存できること。", "カメラの管理画面の初期パスワードは必ず変更して引き渡すこと。"), ("35125300", "32323500")),
    Topic("radio-disaster", "ict", "radio", ("防災行政無線デジタル化整備", "消防救急デジタル無線機の購入", "業務用無線機の調達"),
          ("災害時の情報伝達手段を確保するため、職員が携行するデジタル無線機を整備する。",
           "消防本部の車載型及び携帯型の無線機を更新する。"),
          ("携帯型デジタル無線機（5W、IP67）|台|20-120|128000", "車載型デジタル無線機|台|5-30|210000", "中継局装置|式|1-2|4800000",
           "充電器（6連）|台|4-20|38000", "スピーカーマイク|個|20-120|9800"),
          ("電波法に基づく技術基準適合証明を取得していること。", "秘話機能を有すること。", "連続使用時間は12時間以上であること。",
           "GPSによる位置情報の送信が可能であること。"), ("32344210",)),
    Topic("endpoint-security", "ict", "secsw", ("ウイルス対策ソフトウェアライセンスの調達", "エンドポイント検知・対応（EDR）導入業務"),
          ("職員用端末及びサーバのマルウェア対策を強化するため、ウイルス対策ソフト及びEDRを導入する。",),
          ("ウイルス対策ソフトライセンス（端末用、3年）|ライセンス|300-2500|4200", "サーバ用ウイルス対策ライセンス（3年）|ライセンス|10-60|16000",
           "EDRライセンス（端末用、3年）|ライセンス|300-2500|7800", "管理サーバ構築作業|式|1-1|680000"),
          ("パターンファイルは自動で配信されること。", "オフライン環境の端末にも対応できること。", "検知時には管理者へ即時に通知されること。",
           "24時間365日の監視サービスを選択できること。"), ("48760000",)),
    Topic("drone-survey", "ict", "drone", ("災害調査用ドローンの購入", "無人航空機（ドローン）一式の調達"),
          ("土砂災害や河川の被災状況を迅速に把握するため、赤外線カメラ付きの無人航空機を導入する。",),
          ("小型無人航空機（機体、送信機、バッテリー3本）|式|1-4|780000", "赤外線カメラ|台|1-4|540000", "予備バッテリー|本|4-16|42000",
           "操縦者講習|式|1-1|250000"),
          ("最大飛行時間は40分以上であること。", "機体の位置情報をリアルタイムで確認できること。", "飛行ログを機外に送信しない設定ができること。",
           "リモートIDに対応していること。"), ("34711000",)),
    Topic("server-storage", "ict", "server", ("基幹系サーバ及びストレージ機器の賃貸借", "仮想化基盤更新"),
          ("住民情報システム等を稼働させる仮想化基盤のサーバ及びストレージを更新する。",),
          ("仮想化ホストサーバ（2CPU、メモリ512GB）|台|3-6|1900000", "共有ストレージ（実効容量50TB）|台|1-2|6200000",
           "バックアップ装置|台|1-1|1600000", "設計・構築作業|式|1-1|3500000"),
          ("ストレージは無停止でファームウェアを更新できること。", "データの暗号化機能を有すること。", "保守は5年間とすること。"),
          ("48820000", "30233000")),
    Topic("line-service", "ict", "telecom", ("インターネット接続回線サービスの提供", "携帯電話通信サービスの調達"),
          ("本庁舎及び出先機関のインターネット接続回線を、冗長化された通信サービスとして調達する。",
           "職員が業務で使用する携帯電話及びデータ通信サービスを調達する。"),
          ("光回線（帯域確保型1Gbps）|回線|2-12|95000", "固定IPアドレス（8個）|式|1-1|12000", "スマートフォン回線（音声・データ）|回線|50-400|2800"),
          ("障害時は24時間受付とすること。", "月間稼働率99.9%以上を保証すること。", "通信の秘密を確保する体制を示すこと。"), ("64200000",)),
    Topic("iot-module", "ict", "iot", ("水位監視用IoTセンサー通信端末の調達", "LTE通信モジュール搭載計測機器の購入"),
          ("河川の水位を遠隔監視するため、LTE通信モジュールを内蔵したセンサー端末を設置する。",),
          ("LTE-M通信モジュール内蔵テレメータ|台|10-60|88000", "データ通信SIM（年額）|回線|10-60|9600", "太陽光パネル電源ユニット|式|10-60|54000"),
          ("通信モジュールの製造者名を提出すること。", "ファームウェアは遠隔で更新できること。", "測定データは10分間隔で送信すること。"), ("32500000",)),
    Topic("local5g", "ict", "ran", ("ローカル5G設備の構築", "工場向けローカル5G実証環境の整備"),
          ("公設試験研究機関の敷地内にローカル5Gの基地局とコア設備を整備し、実証環境を構築する。",),
          ("5G基地局（屋内、Sub6）|台|2-6|4800000", "5Gコア（オンプレミス）|式|1-1|9500000", "5G対応端末（評価用）|台|5-20|120000",
           "免許申請支援|式|1-1|700000"),
          ("スタンドアローン構成とすること。", "通信事業者のネットワークと分離されていること。", "無線局の免許申請を支援すること。"), ("32500000",)),
    # out of scope
    Topic("office-furniture", "oos", "furniture", ("事務用机及び椅子の購入", "会議室用什器の調達"),
          ("執務室の再配置に伴い、事務用机及び椅子を購入する。", "会議室の改修に合わせて、会議用テーブル及び椅子を更新する。"),
          ("片袖机（W1200×D700）|台|10-80|52000", "事務用回転椅子（肘付き）|脚|10-80|28000", "会議用テーブル（折りたたみ式）|台|4-20|36000",
           "書庫（スチール製、両開き）|台|2-12|48000"),
          ("グリーン購入法の判断の基準を満たすこと。", "搬入及び組立てを含むこと。", "既存什器の引取りは含まない。"), ("39130000",)),
    Topic("cleaning", "oos", "cleaning", ("庁舎清掃業務委託", "市民会館日常清掃及び定期清掃業務"),
          ("庁舎の日常清掃、定期清掃及び廃棄物の分別回収を委託する。",),
          ("日常清掃（床、トイレ、給湯室）|月|12-12|480000", "定期清掃（床面洗浄・ワックス、年4回）|回|4-4|260000",
           "窓ガラス清掃（年2回）|回|2-2|180000"),
          ("作業員は清掃作業監督者の資格を有する者を配置すること。", "使用する洗剤は環境に配慮したものとすること。", "作業日報を毎月提出すること。"),
          ("90910000", "90911200")),
    Topic("copier-lease", "oos", "copier", ("複合機の賃貸借及び保守", "デジタル複合機の借入"),
          ("各課に設置するデジタル複合機の賃貸借と保守をあわせて調達する。",),
          ("デジタル複合機（カラー、A3、毎分35枚）|台|10-60|9800", "カウンター保守料金（モノクロ）|枚|100000-600000|1",
           "ファクス機能ユニット|台|2-10|1500"),
          ("ハードディスクのデータは契約終了時に完全消去し、証明書を提出すること。", "ICカード認証印刷に対応すること。"),
          ("30120000",), "adjacent: photocopier leasing is office equipment, not telecom/surveillance"),
    Topic("school-pc", "oos", "laptop", ("GIGAスクール端末の更新", "教職員用ノートパソコンの購入"),
          ("児童生徒1人1台端末の更新として、学習用端末を購入する。", "教職員の校務用ノートパソコンを更新する。"),
          ("学習用端末（11.6型、タッチ対応）|台|200-1500|52000", "保護フィルム|枚|200-1500|800", "充電保管庫（40台用）|台|5-40|180000",
           "キッティング作業|台|200-1500|1500"),
          ("重量は1.5kg以下であること。", "バッテリー駆動時間は10時間以上であること。", "資産管理ラベルを貼付すること。"),
          ("30213100",), "adjacent: laptops/tablets for schools are ICT-adjacent but not a restricted equipment category"),
    Topic("printing", "oos", "printing", ("広報誌の印刷製本", "市政だよりの印刷業務"),
          ("毎月発行する広報誌の印刷及び各戸配布用の仕分けを委託する。",),
          ("広報誌（A4、16頁、カラー）|部|20000-120000|18", "折込チラシ（A4片面）|枚|20000-120000|3"),
          ("用紙は再生紙を使用すること。", "校正は2回以上行うこと。"), ("79810000",)),
    Topic("fuel", "oos", "fuel", ("公用車用燃料の単価契約", "灯油及び軽油の購入"),
          ("公用車及び庁舎暖房用の燃料を単価契約により購入する。",),
          ("レギュラーガソリン|L|5000-30000|168", "軽油|L|2000-20000|148", "灯油（配達）|L|3000-15000|112"),
          ("給油は市内の給油所で行えること。", "月ごとに給油実績を報告すること。"), ("09134200",)),
    Topic("road-repair", "oos", "road", ("市道舗装補修工事", "道路維持補修工事（単価契約）"),
          ("市道の舗装ひび割れ及びわだち掘れを補修する。",),
          ("切削オーバーレイ（t=5cm）|m2|500-4000|3200", "区画線設置（白線）|m|500-3000|280", "交通誘導警備員|人日|10-60|18000"),
          ("工事期間中は片側交互通行とすること。", "施工計画書を着工前に提出すること。"), ("45233140",)),
    Topic("school-lunch", "oos", "catering", ("学校給食用食材の購入", "職員食堂運営業務委託"),
          ("学校給食センターで使用する食材を購入する。", "本庁舎職員食堂の運営を委託する。"),
          ("精米（県産コシヒカリ）|kg|2000-12000|420", "冷凍野菜ミックス|kg|200-1500|560", "牛乳（200ml）|本|10000-80000|52"),
          ("食材の産地を明示すること。", "アレルギー対応食を提供できること。"), ("55520000", "15000000")),
    Topic("av-hall", "oos", "av", ("市民ホール音響設備改修", "議場音響・映像設備の更新"),
          ("市民ホールの老朽化した音響設備及び映写設備を改修する。",),
          ("デジタルミキサー|台|1-1|2800000", "ワイヤレスマイク|本|4-12|98000", "プロジェクター（10000lm）|台|1-2|1500000",
           "スピーカー設備一式|式|1-1|3600000"),
          ("既存の配線を可能な限り再利用すること。", "操作説明会を実施すること。"), ("32321200",),
          "adjacent: audiovisual equipment for a hall is not network/surveillance equipment"),
    Topic("security-guard", "oos", "guard", ("庁舎警備業務委託", "イベント会場警備業務"),
          ("庁舎の常駐警備及び夜間巡回を委託する。警備員は業務用無線機を携行して連絡を取り合う。",),
          ("常駐警備（日勤・夜勤）|月|12-12|1200000", "臨時警備（行事対応）|人日|10-40|25000"),
          ("警備業法に基づく認定を受けていること。", "無線機等の通信機器は受注者が用意すること。"), ("79713000",),
          "adjacent: guard services that use radios; the purchase is a staffing service, not radio equipment"),
    Topic("hotel-conference", "oos", "travel", ("研修参加者宿泊施設の手配", "国際会議開催支援業務"),
          ("海外研修の参加者20名の宿泊及び会議室を手配する。宿泊先は深圳市内のファーウェイ本社キャンパス近くのホテルとする。",
           "国際シンポジウムの開催運営を委託する。基調講演には華為技術日本株式会社の研究者が登壇する予定である。"),
          ("宿泊（朝食付き、シングル）|泊|40-100|14000", "会議室使用料|日|2-5|120000", "通訳者手配|人日|2-6|80000"),
          ("宿泊施設は会場から徒歩10分以内とすること。", "参加者名簿の取扱いに注意すること。"), ("55110000", "79952000"),
          "incidental: Huawei appears only as a location/speaker affiliation in a travel/event service"),
    Topic("solar-guide", "oos", "energy", ("公共施設への太陽光発電設備設置", "屋根置き太陽光発電設備の保守点検"),
          ("公共施設の屋根に太陽光発電設備を設置し、自家消費により電力料金を削減する。既設のパワーコンディショナはファーウェイ製及びオムロン製が混在している。",),
          ("太陽電池モジュール（400W）|枚|50-400|32000", "パワーコンディショナ（10kW）|台|2-12|280000", "架台・設置工事|式|1-1|4200000"),
          ("電気事業法に基づく保安規程を遵守すること。", "発電量をモニタリングできること。"), ("09331200",),
          "incidental: solar installation; Huawei named only as an existing inverter brand, not telecom equipment"),
]
LANG["ja"]["restricted"] = [
    ("switch", "huawei", "vendor", "Huawei S5735-L48T4X-A（48ポートL2スイッチ）|台|6-30|168000", "Huawei switch model quoted"),
    ("switch", "huawei", "cjk", "ファーウェイ製 CloudEngine S5731-H24T4XC コアスイッチ|台|2-2|980000", "Huawei named in katakana with product line"),
    ("switch", "huawei", "model", "S5720-28X-SI-AC|台|6-24|145000", "Huawei switch model number only"),
    ("switch", "huawei", "equiv", "フロアスイッチは、Huawei S5720-52X-LI-AC同等品以上の性能を有すること。", "Huawei model as 'or equivalent' reference"),
    ("switch", "zte", "vendor", "ZTE ZXR10 5960-64DL データセンタースイッチ|台|2-4|1450000", "ZTE ZXR10 quoted"),
    ("router", "huawei", "model", "AR2220E 拠点ルータ（LTEバックアップモジュール付）|台|10-40|132000", "Huawei AR router by model number"),
    ("router", "zte", "model", "MF286 LTE屋内ルータ|台|10-40|24000", "ZTE MF286 router by model"),
    ("wifi", "huawei", "vendor", "HUAWEI AirEngine 5761-11 無線アクセスポイント|台|40-160|59000", "Huawei AirEngine AP"),
    ("wifi", "huawei", "equiv", "アクセスポイントは、華為技術製 AP4050DN と同等以上の性能を有すること。", "Huawei (華為技術) AP as reference model"),
    ("firewall", "huawei", "model", "USG6650 次世代ファイアウォール|台|2-2|2900000", "Huawei USG firewall by model"),
    ("camera", "hikvision", "cjk", "ハイクビジョン DS-2CD2387G2-LU 800万画素 ColorVu バレットカメラ|台|12-36|46000", "Hikvision in katakana + model"),
    ("camera", "hikvision", "model", "DS-2CD2143G2-I ドームカメラ（4MP）|台|10-40|21000", "Hikvision model number only"),
    ("camera", "hikvision", "model", "DS-7616NI-K2/16P ネットワークビデオレコーダ|台|1-3|98000", "Hikvision NVR model only"),
    ("camera", "hikvision", "brand", "EZVIZ C6N 屋内用Wi-Fiカメラ|台|5-30|6800", "EZVIZ (Hikvision brand)"),
    ("camera", "hikvision", "brand", "HiLook IPC-B140H 屋外カメラ|台|8-24|11500", "HiLook (Hikvision brand)"),
    ("camera", "dahua", "cjk", "ダーファ・テクノロジー IPC-HDW5442T-ZE 4MPドームカメラ|台|8-30|38000", "Dahua in katakana + model"),
    ("camera", "dahua", "model", "NVR4208-8P-4KS2 録画装置|台|1-3|72000", "Dahua NVR model number only"),
    ("camera", "dahua", "equiv", "屋外用カメラは Dahua DH-IPC-HFW2431S-S-S2 同等品以上とし、同等品の場合は比較表を提出すること。", "Dahua model as reference"),
    ("camera", "dahua", "brand", "Imou Ranger 2 屋内パンチルトカメラ|台|4-20|5900", "Imou (Dahua brand)"),
    ("radio", "hytera", "vendor", "Hytera PD985 デジタル無線機|台|20-80|118000", "Hytera radio quoted"),
    ("radio", "hytera", "cjk", "ハイテラ製 MD785G 車載型無線機|台|5-20|165000", "Hytera in katakana + model"),
    ("secsw", "kaspersky", "cjk", "カスペルスキー エンドポイントセキュリティ for Business Select（3年）|ライセンス|300-1500|3900", "Kaspersky in katakana"),
    ("secsw", "kaspersky", "vendor", "Kaspersky Endpoint Security Cloud Plus（3年）|ライセンス|200-900|5200", "Kaspersky product"),
    ("drone", "dji", "vendor", "DJI Mavic 3 Enterprise（Mavic 3T、赤外線）|式|1-3|980000", "DJI Mavic 3 Enterprise quoted"),
    ("drone", "dji", "vendor", "DJI Matrice 350 RTK 機体一式|式|1-2|1850000", "DJI Matrice quoted"),
    ("drone", "dji", "equiv", "機体は DJI Matrice 30T と同等以上の飛行性能及び赤外線撮影機能を有すること。", "DJI model as reference"),
    ("drone", "autel_robotics", "vendor", "Autel Robotics EVO Max 4T 機体一式|式|1-2|1250000", "Autel Robotics drone quoted"),
    ("server", "huawei", "vendor", "Huawei OceanStor Dorado 5000 V6 ストレージ|台|1-1|5800000", "Huawei OceanStor storage"),
    ("telecom", "china_telecom", "vendor", "China Telecom グローバルMPLS回線（上海拠点接続）|回線|1-3|180000", "China Telecom carrier service"),
    ("ran", "zte", "vendor", "ZTE 5G屋内基地局（Qcell）一式|式|1-2|5200000", "ZTE 5G base station"),
    ("ran", "huawei", "cjk", "華為 AAU5613 アンテナ一体型無線装置|台|2-4|3900000", "Huawei (華為) RAN model"),
]
LANG["ja"]["compliant"] = {
    "switch": ["Cisco Catalyst 9300-48P|台|2-10|890000", "アラクサラ AX2630S-24P2X|台|6-24|210000", "Juniper EX4400-48T|台|2-6|1100000"],
    "router": ["ヤマハ RTX1300|台|10-40|168000", "NEC UNIVERGE IX2310|台|10-40|142000"],
    "wifi": ["Aruba AP-635|台|40-160|98000", "バッファロー WAPM-AX8R|台|40-120|42000"],
    "firewall": ["Fortinet FortiGate 200F|台|2-2|1600000", "Palo Alto Networks PA-1410|台|2-2|2400000"],
    "camera": ["Axis P3268-LVE ドームカメラ|台|8-30|168000", "パナソニック WV-S2136LJ|台|8-30|92000", "Bosch FLEXIDOME 5100i|台|6-24|120000"],
    "radio": ["Motorola Solutions MOTOTRBO R7|台|20-80|145000", "アイコム IC-DPR7|台|20-80|68000", "JVCケンウッド TCP-D551C|台|20-80|72000"],
    "secsw": ["Trend Micro Apex One（3年）|ライセンス|300-1500|5400", "ESET PROTECT Entry|ライセンス|300-1500|3800"],
    "drone": ["ACSL SOTEN（蒼天）|式|1-3|1200000", "Skydio X10|式|1-2|2600000"],
    "server": ["富士通 PRIMERGY RX2540 M7|台|2-6|2100000", "NetApp AFF A250|台|1-1|7400000"],
    "telecom": ["NTT東日本 フレッツ光クロス|回線|2-10|12000", "KDDI Wide Area Virtual Switch 2|回線|2-12|68000"],
    "iot": ["村田製作所 Type 1SC LTE-Mモジュール搭載端末|台|10-60|76000"],
    "ran": ["NEC ローカル5G基地局 UNIVERGE RV1200|台|2-4|5100000", "Nokia DAC 5G基地局|台|2-4|5600000"],
}
LANG["ja"]["prohibit"] = [
    "受注者は、Huawei（華為技術）、ZTE（中興通訊）その他の特定の事業者の製品であって、政府の「IT調達に係る国の物品等又は役務の調達方針及び調達手続に関する申合せ」に照らしサプライチェーン・リスクが懸念される機器を納入してはならない。",
    "納入する機器には、ファーウェイ、ZTE、ハイクビジョン、ダーファ及びそれらの関連会社の製品を含めないこと。これらの製品を含む提案は失格とする。",
    "本調達においては、米国国防権限法第889条の対象となる事業者（Huawei、ZTE、Hytera、Hikvision、Dahua）の製品及び部品を使用した機器の提案は認めない。",
    "カスペルスキー社製品その他、政府機関での使用が制限されているソフトウェアは提案対象外とする。",
]
LANG["ja"]["certify"] = [
    "当社は、本見積に含まれる機器にHuawei、ZTE、Hikvision、Dahua、Hytera及びこれらの子会社の製品を一切使用していないことを誓約いたします。",
    "提案機器はすべて国内メーカー又は同盟国メーカーの製品であり、ファーウェイ・ZTE製の部品を含まないことを確認済みです。",
]
LANG["ja"]["scrm"] = [
    "受注者は、サプライチェーン・リスクに対応するため、情報システムの構成機器の製造者、製造国及び部品供給者を記載した一覧を提出すること。",
    "本調達は「IT調達に係る国の物品等又は役務の調達方針及び調達手続に関する申合せ」（平成30年12月10日関係省庁申合せ）の対象であり、サプライチェーン・リスクに係る審査を行う。",
    "意図せざる変更が加えられないよう、製造工程から納入までの品質保証体制を書面で示すこと。",
    "不正な機能が組み込まれていないことを確認するため、内閣サイバーセキュリティセンターと協議を行う場合がある。",
]
LANG["ja"]["scrm_rate"] = 0.45
LANG["ja"]["far"] = [
    "受注者は、本契約の履行に当たり、米国国防権限法（NDAA）第889条に規定するHuawei、ZTE、Hytera、Hikvision及びDahuaの通信・映像監視機器を使用しないことを誓約するものとする（米国政府資金による事業のため）。",
    "在日米軍施設内での作業となるため、受注者はFAR 52.204-25に基づき、ファーウェイ、ZTE等の対象機器を業務に使用していない旨の表明書を提出すること。",
    "情報セキュリティに関する一般条項：受注者の社内ネットワークにおいて、政府調達で制限されているカスペルスキー社製ソフトウェアを使用していないことを確認すること。",
]
LANG["ja"]["incid"] = [
    "なお、作業場所は華為技術日本株式会社の事務所が入居するビルの隣接地である。",
    "会場は大疆（DJI）の直営店が入る商業施設の3階である。",
    "参考：昨年度は、同一会場でハイクビジョン社による展示会が開催されたため、搬入時間が制限された。",
    "現場事務所の向かいにはファーウェイの看板が掲げられた販売店があるため、搬入車両の駐車に注意すること。",
]


# ============================================================================= Chinese (simplified)
LANG["zh"] = dict(
    folder="zh", prefix="zh", iso="zh-Hans", iso_col="zh", money="yuan", tax=0.13, date="zh",
    refs=["ZFCG-YYYY-####", "GXZC(YYYY)G###", "[YYYY]-##-###", "SZCG-YYYY-#####", "HZ-CG-######"],
    buyers=["杭州市公安局西湖区分局", "成都市第三人民医院", "江苏省南京市教育局", "深圳市南山区政务服务数据管理局",
            "广东省交通运输厅", "北京市朝阳区城市管理委员会", "山东大学", "武汉市水务局", "云南省气象局",
            "苏州工业园区管理委员会", "某美资汽车零部件（上海）有限公司", "宁波市海曙区人民政府办公室", "西安市消防救援支队"],
    suppliers=["浙江信达网络科技有限公司", "北京中科恒安系统集成有限公司", "广州市天河云通信工程有限公司",
               "上海浦润智能技术有限公司", "四川蜀安安防工程有限公司", "南京启明办公设备有限公司", "深圳市鹏城物业服务有限公司"],
    persons=["信息中心 王工", "采购办 李女士", "办公室 张科长", "后勤处 刘老师", "装备科 陈工"],
    H=dict(pos="序号", desc="货物名称及规格", qty="数量", unit="单位", unit_price="单价（元）", amount="金额（元）",
           buyer="采购人", ref="项目编号", date="日期", deadline="截止时间", subject="项目概况",
           to="致", **{"from": "发件单位"}, reqs="技术要求", background="项目背景", scope="采购内容", total="合计（人民币）",
           subtotal="小计", tax="增值税（13%）", supplier="供应商", customer="客户", quote_no="报价单号",
           valid_until="报价有效期至", sku="产品编码", price="单价（元，含税）", project="项目名称", notes="说明",
           lot="包", datasheet="产品规格书", specs="主要参数", ordering="订货信息", winner="中标供应商",
           award_amount="中标金额（元）", bids="投标单位数", deliverables="交付内容", obligations="乙方责任",
           tasks="服务内容", period="服务期限", questions="需供应商反馈的问题", framework="框架协议编号",
           calloff_no="订单编号", mail_from="发件人", mail_to="收件人", mail_subject="主题", procedure="采购方式",
           special=["特别说明", "其他要求", "注意事项"],
           submission="投标文件递交", eligibility="供应商资格要求", payment="付款方式", delivery="交货地点及期限",
           warranty="质保及售后", evaluation="评标方法", documents="投标文件组成", penalty="违约责任", confidentiality="保密要求",
           general="其他事项", schedule="时间安排", contact="联系方式"),
    T=dict(
        notice=["{title}公开招标公告", "{buyer}{title}项目招标公告", "{title}竞争性磋商公告", "采购公告：{title}"],
        rfq=["询价函", "{title}询价通知书", "报价邀请函（{title}）"],
        rfp=["{title}采购需求书", "{title}项目需求说明", "{title}竞争性谈判文件"],
        itb=["投标邀请书（{title}）", "{title}招标文件", "关于{title}的投标邀请"],
        bid_letter=["投标函", "响应函", "报价函（{title}）"],
        quote=["报价单", "产品报价单", "{title}报价清单"],
        price_list=["{supplier}产品价格表", "政府采购协议供货价格清单", "渠道价目表（{date}起执行）"],
        boq=["工程量清单（{title}）", "分项报价表", "货物清单及数量"],
        spec=["{title}技术规格书", "{title}技术需求", "{title}用户需求书"],
        award=["{title}中标（成交）结果公告", "中标公告", "{title}成交公告"],
        contract_annex=["合同附件一：供货清单", "附件：{title}技术协议", "合同补充条款"],
        sow=["{title}服务需求说明", "服务工作说明书（{title}）", "项目服务内容及要求"],
        market_research=["{title}市场调研公告", "关于{title}的需求征询", "{title}意见征集公告"],
        calloff=["框架协议采购订单", "{title}采购订单", "协议供货订单"],
    ),
    S=dict(
        rfq_intro=["现就下列货物进行询价，请于{deadline}前将加盖公章的报价单密封递交。",
                   "我单位拟采购以下设备，欢迎具备相应资质的供应商报价。", "根据工作需要，现对下述项目邀请报价，报价应包含运输、安装及税费。"],
        closing=["如有疑问请与联系人联系。", "特此函告。", "感谢贵司支持！"],
        itb_intro=["{buyer}就{title}进行公开招标，现邀请合格投标人参加投标。",
                   "本项目已具备招标条件，资金来源为财政性资金，欢迎符合条件的供应商参与。"],
        offer=["我方已仔细研究招标文件，愿意按照招标文件的要求提供下列货物及服务。", "根据贵单位的询价函，我公司报价如下：",
               "我方承诺完全响应采购需求，投标报价如下。"],
        validity=["本报价有效期为{days}日。", "以上价格含税、含运费及安装调试费用。"],
        sign=["投标人：{supplier}（盖章）\n法定代表人或授权代表：________", "{supplier}\n联系人：{person}"],
        quote_intro=["感谢贵单位的询价，现报价如下：", "根据贵方需求，我司提供以下配置及报价。"],
        pl_intro=["本价格表适用于政府采购协议供货。", "以下价格自{date}起执行，如有调整另行通知。"],
        pl_notes=["价格含13%增值税，批量采购另行议价。", "以上价格含标准三年质保，不含安装。"],
        ds_foot=["*产品参数如有变更，恕不另行通知。", "*本资料仅供参考，以实物为准。"],
        award_text=["经评标委员会评审，确定中标供应商如下，现予公告。公告期限为1个工作日。",
                    "本项目评审工作已经结束，成交结果公告如下。各有关当事人对成交结果有异议的，可在公告期限届满之日起七个工作日内提出质疑。"],
        annex_intro=["本附件为合同不可分割的组成部分，与合同正文具有同等法律效力。",
                     "双方就供货范围及技术要求达成如下约定。"],
        period=["自合同签订之日起{months}个月。", "服务期一年，期满考核合格可续签。"],
        rfi_intro=["为科学合理确定采购需求，现面向社会公开征询意见，欢迎相关供应商提供产品信息及建议。",
                   "本次调研仅用于了解市场情况，不作为采购依据，不产生任何合同义务。"],
        rfi_q=["推荐的技术方案及主要设备配置", "参考价格及价格构成", "同类项目业绩", "供货周期及售后服务网点",
               "需求中是否存在排他性或倾向性条款", "软件授权方式及升级费用"],
        calloff_text=["请按本订单约定的时间送货并安装，验收合格后凭发票结算。", "交货期：订单下达后{days}日内。"],
        mail_open=["您好！", "贵公司好，我是{buyer}{person}。"],
        mail_close=["请于{deadline}前回复报价，谢谢！", "麻烦尽快提供报价和交货期，谢谢配合。"],
        procedures=["公开招标", "竞争性磋商", "询价"],
        doffin_extra=["详见招标文件。"],
    ),
    B=dict(
        submission=["投标文件须于{deadline}9时30分前递交至采购代理机构开标室，逾期送达的投标文件不予受理。",
                    "本项目实行电子招投标，供应商应在截止时间前通过政府采购云平台上传加密投标文件。",
                    "开标时间同投标截止时间，投标人可登录系统远程参加开标。"],
        eligibility=["具有独立承担民事责任的能力；具有良好的商业信誉和健全的财务会计制度；参加政府采购活动前三年内无重大违法记录。",
                     "未被列入信用中国网站失信被执行人、重大税收违法案件当事人名单。本项目不接受联合体投标。",
                     "本项目专门面向中小企业采购。"],
        payment=["合同签订后支付合同金额的30%，验收合格后支付至95%，余款质保期满后无息支付。",
                 "货物验收合格后，采购人在收到发票之日起10个工作日内支付全部货款。"],
        delivery=["交货地点：采购人指定地点。交货期：合同签订后{days}日历天内完成供货、安装及调试。",
                  "供应商负责货物的运输、装卸、安装及现场清理，费用包含在报价中。"],
        warranty=["整机原厂质保不少于三年，质保期内提供7×24小时技术支持，故障4小时内响应。",
                  "质保期自最终验收合格之日起计算。质保期内因质量问题更换的部件，质保期重新计算。"],
        evaluation=["采用综合评分法，价格分30分，技术分50分，商务分20分。",
                    "采用最低评标价法，满足全部实质性要求且报价最低的投标人为中标候选人。"],
        documents=["投标文件应包括：投标函、开标一览表、分项报价表、技术偏离表、资格证明文件及承诺函。",
                   "投标人应提供所投产品的彩页或技术白皮书，并加盖公章。"],
        penalty=["乙方逾期交货的，每逾期一日按合同总价的千分之五支付违约金。"],
        confidentiality=["乙方对在服务过程中接触到的数据和资料负有保密义务，未经甲方书面同意不得向第三方披露。",
                         "乙方人员须签署保密协议，遵守《数据安全法》及《个人信息保护法》的有关规定。"],
        general=["本文件未尽事宜，按《政府采购法》及其实施条例执行。", "采购人有权根据预算情况调整采购数量。"],
        schedule=["获取招标文件时间：公告发布之日起5个工作日。答疑截止时间：{deadline}。"],
        contact=["采购人联系人：{person}，电话：0571-8######。", "采购代理机构：某某招标咨询有限公司，地址见招标文件。"],
    ),
)
LANG["zh"]["topics"] = [
    Topic("campus-network", "ict", "switch", ("校园网核心及汇聚交换机采购", "数据中心网络升级改造"),
          ("为满足教学科研需求，对校园网核心层和汇聚层设备进行升级，提升网络带宽和可靠性。",
           "现有机房网络设备已运行八年，故障率上升，本项目对数据中心交换网络进行整体替换。"),
          ("核心交换机（支持虚拟化，双主控，双电源）|台|2-2|420000", "汇聚交换机（24个万兆SFP+口）|台|4-16|56000",
           "接入交换机（48个千兆电口，4个万兆上联）|台|20-120|8600", "万兆多模光模块|个|40-200|420", "集成实施服务|项|1-1|120000"),
          ("支持IPv4/IPv6双栈。", "支持堆叠或集群虚拟化，集群系统内单台设备故障不影响业务。", "支持SNMP、NETCONF等管理协议。",
           "交换容量不低于2.4Tbps。", "需提供原厂授权书及售后服务承诺函。", "所投设备须取得入网许可证。"), ("32420000",)),
    Topic("branch-router", "ict", "router", ("营业网点路由器更换", "全市各街道专网接入路由器采购"),
          ("为保障各网点与中心机房之间的专网通信，需要更换老旧路由器，并支持4G备份链路。",),
          ("企业级路由器（4个千兆口，支持IPSec VPN）|台|20-90|6800", "中心汇聚路由器|台|2-2|158000", "4G无线备份模块|个|20-90|900"),
          ("支持静态路由、OSPF、BGP。", "支持国密算法IPSec VPN。", "支持零配置开局。"), ("32413100",)),
    Topic("campus-wifi", "ict", "wifi", ("教学楼无线网络覆盖工程", "医院无线网络建设项目"),
          ("实现全院门诊、住院楼无线网络全覆盖，支撑移动护理、移动查房等应用。", "为教学楼各教室和公共区域提供高密度无线接入。"),
          ("室内放装无线AP（Wi-Fi 6，双频）|台|80-400|2300", "面板式AP（病房用）|台|50-300|1200", "无线控制器（含授权）|台|1-2|86000",
           "POE交换机|台|5-30|4200"),
          ("支持802.11ax协议，整机最大速率不低于3Gbps。", "支持无缝漫游，漫游切换时间小于50ms。", "支持WPA3加密。", "单AP并发用户不少于128。"),
          ("32420000",)),
    Topic("firewall-ngfw", "ict", "firewall", ("互联网出口安全设备采购", "等保2.0安全整改项目"),
          ("根据网络安全等级保护2.0要求，对互联网出口进行安全加固，部署下一代防火墙和入侵防御系统。",),
          ("下一代防火墙（吞吐量20Gbps）|台|2-2|168000", "入侵防御系统|台|1-2|98000", "日志审计系统|台|1-1|76000", "威胁情报订阅（三年）|项|1-1|45000"),
          ("支持应用识别不少于6000种。", "支持双机热备。", "须具备公安部计算机信息系统安全专用产品销售许可证。", "日志保存不少于180天。"),
          ("32420000", "48730000")),
    Topic("video-surveillance", "ict", "camera", ("校园视频监控系统改造", "社区治安监控点位建设", "雪亮工程视频监控补点"),
          ("对校园出入口、围墙周界、食堂及宿舍区域的视频监控进行高清化改造，实现集中存储和统一管理。",
           "在辖区主要路口、小区出入口新建高清视频监控点位，接入区级视频共享平台。"),
          ("400万像素星光级网络枪机|台|30-200|820", "400万像素红外半球摄像机|台|20-150|560", "32路网络硬盘录像机（含8块8TB硬盘）|台|2-10|9800",
           "人脸抓拍摄像机|台|5-30|2600", "立杆及基础|套|10-60|1500", "光纤收发器|对|10-60|260"),
          ("支持H.265编码。", "录像保存时间不少于30天。", "支持GB/T 28181协议接入上级平台。", "夜间红外照射距离不小于50米。",
           "设备须符合公共安全视频监控联网系统信息传输、交换、控制技术要求。"), ("35125300", "32323500")),
    Topic("radio-pdt", "ict", "radio", ("消防救援专用数字对讲机采购", "公安PDT数字集群终端采购", "景区对讲通信系统建设"),
          ("为保障应急救援现场通信，需采购防爆数字对讲机及车载台。", "为满足日常巡逻及大型活动安保通信需求，采购PDT数字集群终端。"),
          ("防爆数字手持对讲机|台|30-200|3800", "车载数字电台|台|10-40|6200", "数字中转台|台|1-4|28000", "多联充电器|台|5-20|900"),
          ("符合PDT标准或DMR标准。", "防护等级不低于IP67。", "支持GPS/北斗定位。", "电池续航不少于16小时。"), ("32344210",)),
    Topic("antivirus", "ict", "secsw", ("终端防病毒软件采购", "终端安全管理系统建设"),
          ("为加强办公终端安全防护，统一部署防病毒及终端管控软件。",),
          ("终端防病毒软件授权（三年）|点|200-3000|85", "服务器防病毒授权（三年）|点|10-80|680", "终端管控平台|套|1-1|48000"),
          ("支持国产操作系统及CPU平台。", "支持病毒库离线升级。", "支持勒索病毒防护。", "须具备计算机信息系统安全专用产品销售许可证。"),
          ("48760000",)),
    Topic("uav", "ict", "drone", ("应急测绘无人机采购", "河湖巡查无人机系统"),
          ("为提高河道巡查效率，采购多旋翼无人机及配套设备，实现定期巡航和违法行为取证。",),
          ("多旋翼无人机（含遥控器、智能电池4块）|套|1-6|68000", "30倍变焦云台相机|台|1-6|32000", "无人机机场|套|1-2|180000",
           "飞手培训|人|2-10|3500"),
          ("最大续航时间不少于45分钟。", "支持RTK厘米级定位。", "图传距离不少于15公里。", "数据存储于本地，不得上传至境外服务器。"),
          ("34711000",)),
    Topic("server-cloud", "ict", "server", ("政务云扩容服务器采购", "医院信息系统服务器及存储采购"),
          ("为满足业务系统上云需求，对政务云资源池进行扩容。",),
          ("机架式服务器（2颗CPU，512GB内存）|台|4-20|86000", "全闪存储（可用容量100TB）|套|1-2|680000", "光纤交换机|台|2-2|58000"),
          ("支持国产化CPU可选。", "存储支持快照及远程复制。", "原厂五年质保。"), ("48820000", "30233000")),
    Topic("dedicated-line", "ict", "telecom", ("互联网专线租赁服务", "视频会议专线及移动通信服务采购"),
          ("采购互联网专线及数字电路租用服务，服务期三年。",),
          ("互联网专线（200M，对称）|条|1-4|36000", "MPLS VPN电路（20M）|条|5-40|9600", "IP地址（16个）|项|1-1|3000"),
          ("运营商须具备基础电信业务经营许可证。", "故障响应时间不超过2小时。", "月度可用率不低于99.95%。"), ("64200000",)),
    Topic("iot-meter", "ict", "iot", ("智能水表及通信模组采购", "物联网监测终端采购"),
          ("为推进智慧水务建设，采购带NB-IoT通信功能的智能水表。",),
          ("NB-IoT智能水表（DN20）|只|1000-20000|320", "物联网卡（年费）|张|1000-20000|12", "数据采集平台|套|1-1|98000"),
          ("通信模组须通过运营商入网认证。", "电池寿命不少于6年。", "支持远程阀控。"), ("32500000",)),
    Topic("5g-private", "ict", "ran", ("5G专网建设项目", "港口5G行业专网"),
          ("在园区内建设5G专网，满足远程控制和高清视频回传需求。",),
          ("5G室内小基站|台|4-40|42000", "5G核心网（下沉UPF）|套|1-1|860000", "5G CPE|台|10-60|2800"),
          ("支持SA组网。", "端到端时延不超过20ms。", "数据不出园区。"), ("32500000",)),
    # out of scope
    Topic("property-cleaning", "oos", "cleaning", ("办公楼物业保洁服务", "医院保洁及医疗废物转运服务"),
          ("为保持办公环境整洁，采购物业保洁服务，服务期一年。",),
          ("日常保洁服务|月|12-12|68000", "外墙清洗|次|1-2|45000", "绿化养护|月|12-12|12000"),
          ("保洁人员不少于25人。", "提供保洁作业标准和考核办法。"), ("90910000",)),
    Topic("desks-chairs", "oos", "furniture", ("办公家具采购", "学生课桌椅采购"),
          ("新办公楼启用，需采购办公家具一批。", "为改善教学条件，更换学生课桌椅。"),
          ("办公桌（1400×700）|张|20-200|1200", "办公椅|把|20-200|580", "文件柜|组|10-80|900", "升降式课桌椅|套|100-1500|420"),
          ("板材甲醛释放量符合E1级标准。", "提供送货及安装。"), ("39130000",)),
    Topic("canteen", "oos", "catering", ("职工食堂食材配送服务", "学校食堂餐饮服务"),
          ("为保障职工用餐，采购食堂食材配送服务。",),
          ("大米|公斤|5000-30000|5.8", "食用油|升|500-3000|18", "新鲜蔬菜|公斤|5000-40000|4.5", "猪肉|公斤|1000-8000|26"),
          ("供应商须具有食品经营许可证。", "每日早上7点前送达。"), ("15000000",)),
    Topic("vehicle", "oos", "vehicle", ("公务用车采购", "执法车辆购置"),
          ("按照公务用车编制，更新一批新能源公务车辆。",),
          ("纯电动轿车|辆|2-10|168000", "7座新能源商务车|辆|1-4|236000"),
          ("续航里程不低于500公里。", "整车质保不少于3年或10万公里。"), ("34110000",)),
    Topic("road-works", "oos", "road", ("市政道路维修工程", "人行道改造工程"),
          ("对辖区内破损道路和人行道进行维修改造。",),
          ("沥青混凝土面层|平方米|1000-8000|120", "人行道透水砖|平方米|500-4000|85", "路缘石更换|米|200-2000|60"),
          ("施工期间做好交通疏导。", "工程质量保修期两年。"), ("45233140",)),
    Topic("printers", "oos", "printer", ("打印机及耗材采购", "复印纸及办公耗材采购"),
          ("为满足日常办公需要，采购打印机、复印机及耗材。",),
          ("黑白激光打印机|台|10-60|1600", "A4复印纸（70g）|箱|100-800|135", "原装硒鼓|个|20-200|480"),
          ("打印速度不低于30页/分钟。", "耗材须为原装正品。"), ("30232110",), "adjacent: office printers and consumables, not telecom/network/surveillance"),
    Topic("teaching-pc", "oos", "laptop", ("智慧教室教学终端采购", "教师用笔记本电脑采购"),
          ("为推进信息化教学，为教师配备笔记本电脑。",),
          ("笔记本电脑（14英寸，16GB内存）|台|50-400|5200", "交互式智能平板（86英寸）|台|10-60|16800"),
          ("预装正版操作系统。", "质保三年。"), ("30213100",), "adjacent: laptops and classroom displays are ICT-adjacent, not a restricted category"),
    Topic("hospital-monitor", "oos", "medical", ("病人监护仪采购", "ICU中央监护系统采购"),
          ("为满足重症监护病房需要，采购多参数病人监护仪及中央监护系统。",),
          ("多参数监护仪|台|10-60|36000", "中央监护工作站|套|1-2|120000"),
          ("具备医疗器械注册证。", "监测心电、血氧、无创血压等参数。"), ("33195100",), "adjacent: patient monitoring is medical equipment, not video surveillance"),
    Topic("huawei-canteen", "oos", "catering", ("员工餐厅食材采购", "园区绿化养护服务"),
          ("华为技术有限公司坂田基地员工餐厅现面向社会采购蔬菜、肉类等食材配送服务。",
           "杭州海康威视数字技术股份有限公司滨江园区绿化养护服务项目公开比选，欢迎有资质的园林企业报名。"),
          ("蔬菜配送|公斤|10000-60000|4.8", "草坪修剪|次|12-24|8000", "乔灌木养护|月|12-12|15000"),
          ("配送车辆须为冷藏车。", "养护人员须持证上岗。"), ("15000000", "77310000"),
          "incidental: the restricted company is the BUYER of food or gardening, no restricted equipment is bought"),
    Topic("uob-furniture", "oos", "furniture", ("网点装修及家具采购", "分行办公场所装修工程"),
          ("大华银行（中国）有限公司拟对上海分行营业网点进行装修并采购家具。大华银行即United Overseas Bank，与安防企业无关。",),
          ("营业柜台|套|2-6|28000", "客户等候椅|张|10-40|680", "墙面装饰工程|平方米|100-600|260"),
          ("装修材料须符合环保标准。", "施工期间不影响正常营业。"), ("45400000",),
          "incidental: 大华银行 is United Overseas Bank, not Dahua Technology (name trap)"),
]
LANG["zh"]["restricted"] = [
    ("switch", "huawei", "cjk", "华为 S5735S-L48T4S-A 接入交换机|台|20-100|6200", "Huawei in Chinese script with model"),
    ("switch", "huawei", "cjk", "华为 CloudEngine S12700E-4 核心交换机|台|2-2|390000", "Huawei CloudEngine core switch"),
    ("switch", "huawei", "model", "S5720-28X-LI-AC|台|10-60|5200", "Huawei switch model number only"),
    ("switch", "zte", "cjk", "中兴 ZXR10 5250-52TM-H 交换机|台|10-40|7800", "ZTE (中兴) ZXR10"),
    ("switch", "huawei", "equiv", "核心交换机参考型号：华为 CE12804，或同等及以上档次产品。", "Huawei model as reference ('or equivalent')"),
    ("router", "huawei", "model", "AR1220E 企业路由器|台|20-80|4600", "Huawei AR router model only"),
    ("router", "huawei", "vendor", "HUAWEI NetEngine NE40E-X8 汇聚路由器|台|2-2|560000", "Huawei NetEngine router"),
    ("wifi", "huawei", "cjk", "华为 AirEngine 5760-10 室内AP|台|80-300|2100", "Huawei AirEngine AP"),
    ("wifi", "zte", "equiv", "无线AP参考品牌：中兴通讯，同档次产品均可投标。", "ZTE as reference brand"),
    ("firewall", "huawei", "cjk", "华为 USG6650E 下一代防火墙|台|2-2|152000", "Huawei USG firewall"),
    ("camera", "hikvision", "cjk", "海康威视 DS-2CD3T47EWD-L 400万星光枪机|台|30-200|760", "Hikvision in Chinese script with model"),
    ("camera", "hikvision", "model", "DS-7932N-R4 32路网络硬盘录像机|台|2-8|6800", "Hikvision NVR model only"),
    ("camera", "hikvision", "model", "DS-2DE4425IW-DE 球机|台|5-20|2300", "Hikvision PTZ model only"),
    ("camera", "hikvision", "brand", "萤石 EZVIZ C6CN 云台摄像机|台|20-80|199", "EZVIZ (萤石, Hikvision brand)"),
    ("camera", "hikvision", "equiv", "摄像机参考品牌：海康威视、大华或同等品质产品。", "Hikvision/Dahua named as reference brands"),
    ("camera", "dahua", "cjk", "大华 DH-IPC-HFW4443M-I2 网络摄像机|台|30-150|690", "Dahua (大华) with model"),
    ("camera", "dahua", "cjk", "浙江大华技术股份有限公司 DH-NVR4832-16P-4KS2 录像机|台|1-6|5600", "Dahua full legal name"),
    ("camera", "dahua", "model", "IPC-HDBW3441R-ZAS 半球摄像机|台|20-100|640", "Dahua model only"),
    ("camera", "dahua", "brand", "乐橙 Imou Ranger 2 家用摄像机|台|10-60|169", "Imou (乐橙, Dahua brand)"),
    ("radio", "hytera", "cjk", "海能达 PD680 数字对讲机|台|30-200|2600", "Hytera (海能达)"),
    ("radio", "hytera", "model", "PD785G 防爆对讲机|台|20-100|4200", "Hytera model only"),
    ("radio", "hytera", "equiv", "车载台参考型号：海能达 MD785，或性能不低于该型号的产品。", "Hytera model as reference"),
    ("secsw", "kaspersky", "cjk", "卡巴斯基 终端安全软件（三年授权）|点|100-800|120", "Kaspersky (卡巴斯基)"),
    ("drone", "dji", "cjk", "大疆 Matrice 350 RTK 行业无人机|套|1-4|76000", "DJI (大疆) Matrice"),
    ("drone", "dji", "vendor", "DJI Mavic 3 Enterprise 行业无人机|套|1-6|36000", "DJI Mavic 3 Enterprise"),
    ("drone", "dji", "cjk", "深圳市大疆创新科技有限公司 大疆机场2|套|1-2|120000", "DJI legal name, Dock 2"),
    ("drone", "autel_robotics", "cjk", "道通智能 EVO Max 4T 无人机|套|1-3|58000", "Autel Robotics (道通智能)"),
    ("server", "huawei", "cjk", "华为 OceanStor 5510 存储|套|1-2|520000", "Huawei OceanStor"),
    ("telecom", "china_telecom", "cjk", "中国电信 互联网专线（500M）|条|1-3|48000", "China Telecom service"),
    ("telecom", "china_mobile", "cjk", "中国移动 MPLS VPN 专线|条|5-30|8800", "China Mobile service"),
    ("telecom", "china_unicom", "cjk", "中国联通 SD-WAN 组网服务|项|1-1|96000", "China Unicom service"),
    ("iot", "china_mobile", "cjk", "中国移动物联网卡（NB-IoT，年费）|张|1000-20000|10", "China Mobile IoT connectivity"),
    ("ran", "huawei", "cjk", "华为 LampSite 5G室内数字化系统|套|2-10|56000", "Huawei LampSite 5G"),
    ("ran", "zte", "cjk", "中兴通讯 5G QCell 小基站|台|4-30|39000", "ZTE 5G small cell"),
]
LANG["zh"]["compliant"] = {
    "switch": ["锐捷 RG-S6120-48XS8CQ 交换机|台|2-8|88000", "新华三 S6520X-30QC-EI 交换机|台|2-10|42000", "Cisco Catalyst 9500-24Y4C|台|2-2|260000"],
    "router": ["新华三 MSR3620 路由器|台|10-40|9800", "锐捷 RG-RSR20-X 路由器|台|10-40|7200"],
    "wifi": ["锐捷 RG-AP880 无线AP|台|80-300|2600", "新华三 WA6320 无线AP|台|80-300|1800"],
    "firewall": ["深信服 AF-1000 下一代防火墙|台|2-2|120000", "天融信 NGFW4000 防火墙|台|2-2|98000", "Fortinet FortiGate 400F|台|2-2|260000"],
    "camera": ["宇视 IPC2124LE-ADF28KM 网络摄像机|台|30-200|520", "Axis P1465-LE 网络摄像机|台|20-80|5600"],
    "radio": ["摩托罗拉 XiR P8668i 数字对讲机|台|20-100|5200", "科立讯 DP585 数字对讲机|台|30-200|1600"],
    "secsw": ["奇安信天擎终端安全（三年）|点|200-2000|95", "火绒终端安全管理系统|点|200-2000|60", "趋势科技 Apex One|点|200-2000|160"],
    "drone": ["纵横股份 CW-15 垂直起降固定翼无人机|套|1-2|420000", "亿航 EH216 巡检无人机|套|1-2|260000"],
    "server": ["浪潮 NF5280M7 服务器|台|4-20|78000", "曙光 I620-G40 服务器|台|4-20|72000"],
    "telecom": ["广电网络 数据专线（200M）|条|1-4|30000"],
    "iot": ["芯讯通 SIM7080G 通信模组|片|1000-20000|22"],
    "ran": ["爱立信 Radio Dot 5G 室分系统|套|2-10|61000", "诺基亚 AirScale 5G 小基站|台|4-30|45000"],
}
LANG["zh"]["prohibit"] = [
    "根据集团全球合规政策，本项目所投设备不得为华为、中兴、海康威视、大华、海能达及其子公司、关联公司生产的产品，否则投标无效。",
    "鉴于本项目由美国政府资助，供应商不得提供美国《国防授权法》第889条所列的华为、中兴、海能达、海康威视、大华的电信及视频监控设备。",
    "投标人须承诺所投产品不含卡巴斯基实验室的任何软件组件，违反者取消中标资格。",
    "本项目为境外机构驻华代表处采购，禁止投报华为、中兴通讯品牌的网络设备。",
]
LANG["zh"]["certify"] = [
    "我公司郑重承诺：本次所投全部设备均不包含华为、中兴、海康威视、大华、海能达及其关联企业生产的部件。",
    "兹声明，报价清单所列产品均不属于美国NDAA第889条限制范围，未使用华为、中兴等公司的设备或组件。",
]
LANG["zh"]["scrm"] = [
    "所投产品须满足网络安全等级保护相关要求，并提供供应链安全承诺。",
    "投标人应说明关键部件的原产地及供应链安全保障措施。",
]
LANG["zh"]["scrm_rate"] = 0.15
LANG["zh"]["far"] = [
    "合规条款：供应商确认其在履行本合同过程中不使用华为、中兴、海能达、海康威视、大华的电信或视频监控设备或服务（美国FAR 52.204-25）。",
    "本公司为美国联邦政府承包商的在华子公司，所有采购合同均附带《第889条合规声明》，要求供应商声明不向本公司提供华为、中兴等公司的相关设备。",
    "供应商行为准则附件：供应商不得在为本公司提供服务的办公网络中使用卡巴斯基等受限软件。",
]
LANG["zh"]["incid"] = [
    "服务地点位于华为坂田基地南门对面，进出车辆须遵守园区交通管理规定。",
    "项目现场毗邻海康威视总部大楼，施工期间注意噪音控制。",
    "培训会场设在大疆天空之城大厦附近的会议酒店。",
    "往年参与本项目的供应商中有一家曾为中兴通讯员工食堂提供服务，本次不作特殊要求。",
]


# ============================================================================= Chinese (traditional, Taiwan usage)
LANG["zh_hant"] = dict(
    folder="zh", prefix="zh-hant", iso="zh-Hant", iso_col="zh", money="ntd", tax=0.05, date="zh_hant",
    refs=["YYYY-A-###", "案號：#######", "PO-####-##", "第########號"],
    buyers=["臺北市政府資訊局", "新北市政府警察局", "高雄市立小港醫院", "國立成功大學總務處", "臺中市政府消防局",
            "交通部公路局", "桃園市政府教育局", "財團法人某某紀念基金會"],
    suppliers=["宏碁智通股份有限公司", "中華系統整合股份有限公司", "大同世界科技股份有限公司", "永信辦公家具行", "全聯清潔服務有限公司"],
    persons=["資訊室 林先生", "總務科 黃小姐", "採購組 陳專員", "秘書室 吳先生"],
    H=dict(pos="項次", desc="品名及規格", qty="數量", unit="單位", unit_price="單價（新臺幣）", amount="複價（新臺幣）",
           buyer="機關名稱", ref="標案案號", date="日期", deadline="截止投標", subject="採購標的",
           to="受文者", **{"from": "發文單位"}, reqs="規格需求", background="計畫目的", scope="履約範圍", total="總價（新臺幣）",
           subtotal="小計", tax="營業稅（5%）", supplier="廠商", customer="客戶", quote_no="報價單號",
           valid_until="報價有效期限", sku="料號", price="單價（新臺幣，含稅）", project="標案名稱", notes="附註",
           lot="分項", datasheet="產品規格表", specs="主要規格", ordering="訂購資訊", winner="決標廠商",
           award_amount="決標金額（元）", bids="投標廠商家數", deliverables="交付項目", obligations="廠商責任",
           tasks="工作項目", period="履約期限", questions="請廠商提供之資訊", framework="共同供應契約編號",
           calloff_no="訂購單號", mail_from="寄件者", mail_to="收件者", mail_subject="主旨", procedure="招標方式",
           special=["其他規定", "特別條款"],
           submission="投標方式", eligibility="投標廠商資格", payment="付款辦法", delivery="交貨地點及期限",
           warranty="保固", evaluation="決標原則", documents="投標文件", penalty="逾期罰款", confidentiality="保密義務",
           general="其他事項", schedule="時程", contact="聯絡方式"),
    T=dict(
        notice=["招標公告：{title}", "{title}公開招標公告", "{buyer}{title}招標公告"],
        rfq=["詢價單", "{title}詢價函", "報價邀請（{title}）"],
        rfp=["{title}需求說明書", "{title}服務建議書徵求文件"],
        itb=["{title}投標須知", "投標邀請書：{title}"],
        bid_letter=["投標書", "報價書（{title}）"],
        quote=["報價單", "估價單"],
        price_list=["{supplier}政府機關優惠價目表", "共同供應契約品項價目表"],
        boq=["詳細價目表（{title}）", "數量明細表"],
        spec=["{title}規格說明書", "{title}技術規範"],
        award=["決標公告：{title}", "{title}決標結果公告"],
        contract_annex=["契約附件：{title}交貨明細", "附件二 規格及交貨清單"],
        sow=["{title}工作說明書", "委託服務工作項目（{title}）"],
        market_research=["{title}公開徵求資訊（RFI）", "{title}市場訪價說明"],
        calloff=["共同供應契約訂購單", "訂購單（{title}）"],
    ),
    S=dict(
        rfq_intro=["本機關擬辦理下列採購，敬請於{deadline}前惠予報價。", "茲因業務需要，請貴公司就下列品項提供報價，報價應含稅及運費。"],
        closing=["敬請查照。", "如有疑義，請洽承辦人。"],
        itb_intro=["依政府採購法第19條規定辦理公開招標，歡迎符合資格之廠商參加投標。", "本案為未達公告金額之採購，採最低標決標。"],
        offer=["本公司已詳閱招標文件，願依規定提供下列標的，報價如下。", "謹依貴機關詢價內容報價如下："],
        validity=["本報價有效期限為{days}日。", "上列價格均含營業稅及運費。"],
        sign=["廠商：{supplier}（蓋章）", "{supplier}　負責人：________"],
        quote_intro=["承蒙詢價，謹報價如下：", "感謝貴單位垂詢，茲報價如下。"],
        pl_intro=["本價目表適用於政府機關及學校。", "本價目自{date}起適用。"],
        pl_notes=["以上價格含稅，不含安裝。", "數量達十台以上另有優惠。"],
        ds_foot=["*規格如有變更，以原廠公告為準。"],
        award_text=["本案業已決標，特此公告。", "依政府採購法第61條規定刊登決標公告。"],
        annex_intro=["本附件為契約之一部分，與契約本文具同等效力。"],
        period=["自決標次日起{days}日曆天內完成。", "履約期間自簽約日起{months}個月。"],
        rfi_intro=["本機關為規劃採購需求，公開徵求廠商提供資訊，本徵求不構成任何採購承諾。"],
        rfi_q=["建議之系統架構及設備清單", "概估價格", "過去承作類似案件實績", "維護服務方式"],
        calloff_text=["請依共同供應契約規定期限交貨。", "交貨後請檢附發票辦理驗收。"],
        mail_open=["您好，", "敬啟者："],
        mail_close=["請於{deadline}前回覆，謝謝。", "麻煩提供報價，感謝協助。"],
        procedures=["公開招標", "限制性招標", "公開取得報價單"],
        doffin_extra=["詳見招標文件。"],
    ),
    B=dict(
        submission=["投標文件應於{deadline}17時前以郵遞或專人送達本機關總務科，逾時不予受理。", "本案採電子領標及電子投標，請至政府電子採購網辦理。"],
        eligibility=["投標廠商應為依法設立登記之公司或商號，並檢附納稅證明。", "廠商不得為政府採購法第103條規定不得參加投標之廠商。"],
        payment=["驗收合格後，廠商檢具發票請款，機關於15日內付款。", "分二期付款：交貨完成付60%，驗收合格付40%。"],
        delivery=["交貨地點：機關指定地點。交貨期限：決標次日起{days}日曆天內。"],
        warranty=["保固期間自驗收合格之日起二年，保固期內免費維修。", "廠商應於接獲通知後4小時內派員到場處理。"],
        evaluation=["本案採最低標決標。", "本案採最有利標評選，評選項目包括技術能力、價格及服務。"],
        documents=["投標文件包括：投標廠商聲明書、資格證明文件、標價清單及規格型錄。"],
        penalty=["逾期交貨者，每逾一日按契約價金千分之一計算逾期違約金。"],
        confidentiality=["廠商對於履約所知悉之機關資料，負保密責任。"],
        general=["本文件未盡事宜，依政府採購法及相關規定辦理。"],
        schedule=["開標時間：{deadline}10時，地點：本機關第二會議室。"],
        contact=["承辦人：{person}，電話：(02)2720-####。"],
    ),
)
LANG["zh_hant"]["topics"] = [
    Topic("tw-network", "ict", "switch", ("機房網路設備汰換案", "校園骨幹網路交換器採購"),
          ("本案為汰換使用逾十年之機房網路交換器，以提升網路穩定性與頻寬。",),
          ("核心交換器（含雙電源）|台|2-2|980000", "48埠Gigabit接取交換器|台|10-60|42000", "10G SFP+光纖模組|個|20-100|3200", "建置及設定服務|式|1-1|150000"),
          ("須支援IEEE 802.1Q VLAN。", "須支援IPv6。", "須提供原廠保固五年。", "須支援SNMP v3管理。"), ("32420000",)),
    Topic("tw-cctv", "ict", "camera", ("路口監視錄影系統建置", "校園監視器汰換工程"),
          ("為維護治安及交通安全，於轄區重要路口建置高畫質監視錄影系統。", "汰換校園老舊類比監視器，改為網路攝影機。"),
          ("500萬畫素網路攝影機（戶外型）|支|20-120|18000", "網路錄影主機（32路）|台|1-6|85000", "監控主機螢幕（43吋）|台|1-4|22000", "佈線工程|式|1-1|260000"),
          ("錄影資料保存至少30日。", "須支援ONVIF協定。", "夜間須具紅外線功能。"), ("35125300",)),
    Topic("tw-radio", "ict", "radio", ("消防無線電對講機採購", "數位無線電通訊系統建置"),
          ("汰換救災用無線電手持機，確保救災現場通訊順暢。",),
          ("數位手持無線電機|台|20-150|32000", "車裝無線電機|台|5-30|58000", "中繼台|台|1-3|420000"),
          ("須取得國家通訊傳播委員會型式認證。", "防水防塵等級須達IP67。"), ("32344210",)),
    Topic("tw-antivirus", "ict", "secsw", ("防毒軟體授權採購", "端點偵測及回應（EDR）服務"),
          ("為強化資安防護，採購全機關端點防毒軟體授權。",),
          ("端點防毒授權（一年）|套|100-1500|900", "伺服器防護授權|套|5-40|6500", "EDR監控服務|式|1-1|380000"),
          ("病毒碼須每日自動更新。", "須符合資通安全管理法相關規定。"), ("48760000",)),
    Topic("tw-wifi", "ict", "wifi", ("公共場所無線網路建置", "圖書館Wi-Fi設備更新"),
          ("於館舍公共區域建置無線網路，提供民眾免費上網服務。",),
          ("無線基地台（Wi-Fi 6）|台|20-100|24000", "無線網路控制器|台|1-1|160000", "PoE交換器|台|2-10|28000"),
          ("須支援802.11ax。", "須支援使用者認證及流量管理。"), ("32420000",)),
    Topic("tw-drone", "ict", "drone", ("災害勘查無人機採購",),
          ("購置無人機以協助災害現場空拍勘查。",),
          ("多旋翼無人機（含遙控器）|架|1-4|260000", "熱顯像鏡頭|組|1-4|180000", "備用電池|顆|4-12|18000"),
          ("須符合民用航空法遙控無人機相關規定。", "飛行時間須達40分鐘以上。"), ("34711000",)),
    Topic("tw-teaching", "oos", "education", ("教學教材編撰勞務採購", "歷史教育推廣活動委託"),
          ("委託廠商編撰歷史教育教材並辦理教師研習。",),
          ("教材編撰|式|1-1|480000", "教師研習場次|場|2-6|60000", "印刷裝訂|本|500-3000|120"),
          ("教材內容須經審查委員會審定。", "研習場地由廠商負責安排。"), ("79000000",)),
    Topic("tw-cleaning", "oos", "cleaning", ("辦公廳舍清潔勞務採購", "醫院環境清潔委外服務"),
          ("委託專業清潔公司辦理廳舍日常清潔。",),
          ("日常清潔人力|月|12-12|320000", "地毯清洗|次|2-4|45000"),
          ("清潔人員須投保勞健保。", "每月提送工作報告。"), ("90910000",)),
    Topic("tw-furniture", "oos", "furniture", ("辦公家具採購", "會議桌椅汰換"),
          ("汰換老舊辦公桌椅。",),
          ("辦公桌|張|10-80|8500", "辦公椅|張|10-80|4200", "會議桌|張|2-8|26000"),
          ("須符合環保標章規定。",), ("39130000",)),
    Topic("tw-vehicle", "oos", "vehicle", ("公務車輛租賃", "巡邏機車採購"),
          ("租賃公務車輛供業務使用，租期三年。",),
          ("七人座休旅車租賃|輛月|12-36|32000", "電動機車|輛|5-30|68000"),
          ("出租車輛須投保第三人責任險。",), ("34110000",)),
    Topic("tw-printer", "oos", "printer", ("多功能事務機租賃", "印表機及碳粉匣採購"),
          ("租賃多功能事務機供各科室使用。",),
          ("多功能事務機租賃|台月|12-60|2800", "碳粉匣|支|20-100|2400"),
          ("機器硬碟資料於租期屆滿時須予清除。",), ("30120000",), "adjacent: copier/printer leasing, not telecom or surveillance"),
    Topic("tw-hotel", "oos", "travel", ("海外參訪住宿及交通安排",),
          ("安排參訪團於深圳住宿三晚，住宿地點位於華為坂田基地附近之商務旅館，並參觀當地科技園區。",),
          ("住宿（雙人房）|間晚|20-60|4200", "遊覽車租賃|日|2-4|18000"),
          ("旅行社須為合法登記之甲種旅行社。",), ("63510000",),
          "incidental: Huawei appears only as the location of a hotel"),
]
LANG["zh_hant"]["restricted"] = [
    ("switch", "huawei", "cjk", "華為 S5735-L48T4X-A 接取交換器|台|10-60|38000", "Huawei in traditional script"),
    ("switch", "huawei", "model", "S5720-52X-LI-AC 交換器|台|10-40|36000", "Huawei model only"),
    ("camera", "hikvision", "cjk", "海康威視 DS-2CD2T47G2-L 網路攝影機|支|20-100|9800", "Hikvision in traditional script"),
    ("camera", "dahua", "cjk", "大華技術 IPC-HFW2431S-S-S2 網路攝影機|支|20-100|7600", "Dahua (大華技術)"),
    ("camera", "hikvision", "brand", "HiWatch HWI-B121H 攝影機|支|20-80|4200", "HiWatch (Hikvision brand)"),
    ("camera", "hikvision", "equiv", "網路攝影機規格參考 Hikvision DS-2CD2143G2-I 或同等品。", "Hikvision model as reference"),
    ("radio", "hytera", "cjk", "海能達 PD785G 數位手持機|台|20-100|28000", "Hytera (海能達)"),
    ("secsw", "kaspersky", "cjk", "卡巴斯基 Endpoint Security 授權|套|100-800|850", "Kaspersky (卡巴斯基)"),
    ("wifi", "huawei", "model", "AirEngine 5761-11 無線基地台|台|20-80|21000", "Huawei AirEngine model"),
    ("drone", "dji", "cjk", "大疆 DJI Mavic 3 Thermal 無人機|架|1-3|240000", "DJI (大疆)"),
]
LANG["zh_hant"]["compliant"] = {
    "switch": ["Cisco Catalyst 9200L-48T|台|10-40|52000", "Zyxel XGS2220-54 交換器|台|10-40|46000"],
    "camera": ["Vivotek IB9389-EHT 攝影機|支|20-100|16000", "Axis M3106-L Mk II|支|20-80|14000"],
    "radio": ["Motorola MOTOTRBO XiR P8668i|台|20-100|38000"],
    "secsw": ["趨勢科技 Apex One 授權|套|100-1000|1100"],
    "wifi": ["Aruba AP-515|台|20-80|26000"],
    "drone": ["經緯航太 ET-A 無人機|架|1-3|320000"],
}
LANG["zh_hant"]["prohibit"] = [
    "依行政院規定，本案所採購之資通訊產品不得為大陸廠牌，包括但不限於華為、中興、海康威視、大華等品牌，違者視為不合格標。",
    "廠商所交付之設備及其零組件，不得為大陸地區廠商產製，亦不得含有海康威視、大華之晶片或模組。",
]
LANG["zh_hant"]["certify"] = [
    "本公司切結所投產品非大陸廠牌，且未使用華為、中興、海康威視、大華等廠商之零組件。",
]
LANG["zh_hant"]["scrm"] = ["本案屬資通訊產品採購，廠商應填具「非大陸廠牌資通訊產品切結書」。"]
LANG["zh_hant"]["scrm_rate"] = 0.4
LANG["zh_hant"]["far"] = [
    "依本基金會與美方合作協議，所有受託廠商應聲明不使用華為、中興、海能達、海康威視及大華之電信或監視設備。",
    "廠商於履約期間使用之資訊設備，不得安裝卡巴斯基等經主管機關列為危害國家資通安全之軟體。",
]
LANG["zh_hant"]["incid"] = [
    "研習場地位於信義區，鄰近華為門市舊址，交通便利。",
    "活動拍攝由主辦單位自行以大疆空拍機辦理，不列入本案採購範圍。",
]


# ============================================================================= German
LANG["de"] = dict(
    folder="de", prefix="de", iso="de", iso_col="de", money="eur_de", tax=0.19, date="de",
    refs=["VgV-YYYY-###", "Az. ##-####/YYYY", "LV-Nr. ####", "Vergabe-Nr. YYYY/###", "E-####-YYYY"],
    buyers=["Stadt Bielefeld, Amt für Informationstechnik", "Landratsamt Rosenheim", "Universitätsklinikum Freiburg",
            "Freie und Hansestadt Hamburg, Dataport-Verbund", "Stadtwerke Kassel GmbH", "Landeshauptstadt Dresden, Brand- und Katastrophenschutzamt",
            "Gemeinde Ottobrunn", "Bezirksamt Pankow von Berlin", "Hochschule Darmstadt", "Zweckverband Abfallwirtschaft Südniedersachsen",
            "Kreisverwaltung Mainz-Bingen", "Landesbetrieb Straßenbau NRW"],
    suppliers=["Netzwerk-Systemhaus Weber GmbH", "Kommunaltechnik Brandt & Söhne KG", "SecuVision Sicherheitstechnik GmbH",
               "Funk-Service Nord GmbH", "Büroeinrichtungen Hahn e.K.", "Gebäudedienste Schwarz GmbH & Co. KG", "DataWerk IT-Lösungen AG"],
    persons=["Frau Keller (Zentrale Vergabestelle)", "Herr Dr. Lorenz (IT-Referat)", "Frau Yilmaz (Einkauf)", "Herr Baumann (Hochbauamt)"],
    H=dict(pos="Pos.", desc="Bezeichnung", qty="Menge", unit="Einheit", unit_price="EP (netto)", amount="GP (netto)",
           buyer="Auftraggeber", ref="Aktenzeichen", date="Datum", deadline="Angebotsfrist", subject="Gegenstand der Ausschreibung",
           to="An", **{"from": "Von"}, reqs="Technische Anforderungen", background="Ausgangslage", scope="Leistungsumfang",
           total="Gesamtsumme netto", subtotal="Zwischensumme netto", tax="zzgl. 19 % USt.", supplier="Anbieter",
           customer="Kunde", quote_no="Angebotsnummer", valid_until="Bindefrist", sku="Artikelnr.", price="Listenpreis netto",
           project="Baumaßnahme", notes="Hinweise", lot="Los", datasheet="Datenblatt", specs="Technische Daten",
           ordering="Bestellinformationen", winner="Zuschlag erteilt an", award_amount="Auftragswert (netto)",
           bids="Anzahl der Angebote", deliverables="Liefer- und Leistungsgegenstände", obligations="Pflichten des Auftragnehmers",
           tasks="Aufgaben", period="Vertragslaufzeit", questions="Fragen an den Markt", framework="Rahmenvertrag",
           calloff_no="Abrufnummer", mail_from="Von", mail_to="An", mail_subject="Betreff", procedure="Verfahrensart",
           special=["Besondere Vertragsbedingungen", "Ergänzende Bedingungen", "Sonstiges"],
           submission="Angebotsabgabe", eligibility="Eignungskriterien", payment="Zahlungsbedingungen", delivery="Lieferung und Ausführung",
           warranty="Gewährleistung", evaluation="Zuschlagskriterien", documents="Einzureichende Unterlagen", penalty="Vertragsstrafe",
           confidentiality="Vertraulichkeit und Datenschutz", general="Allgemeine Bestimmungen", schedule="Termine", contact="Kontakt"),
    T=dict(
        notice=["Bekanntmachung: {title}", "Öffentliche Ausschreibung – {title}", "Auftragsbekanntmachung {title}"],
        rfq=["Preisanfrage", "Anfrage zur Angebotsabgabe: {title}", "Angebotsanfrage {title}"],
        rfp=["Aufforderung zur Abgabe eines Konzepts – {title}", "Vergabeunterlagen Teil B: {title}", "Lastenheft {title}"],
        itb=["Aufforderung zur Angebotsabgabe", "Einladung zum Wettbewerb: {title}", "Angebotsaufforderung – {title}"],
        bid_letter=["Angebotsschreiben", "Angebot zu {title}", "Unser Angebot Nr. {ref}"],
        quote=["Angebot", "Kostenvoranschlag", "Preisangebot {title}"],
        price_list=["Preisliste öffentliche Auftraggeber – {supplier}", "Händlerpreisliste {date}", "Konditionenübersicht Rahmenvertrag"],
        boq=["Leistungsverzeichnis – {title}", "LV {title}", "Mengenaufstellung {title}"],
        spec=["Leistungsbeschreibung {title}", "Technische Spezifikation – {title}", "Pflichtenheft {title}"],
        award=["Vergabebekanntmachung – {title}", "Bekanntmachung über vergebene Aufträge", "Information über die Auftragsvergabe"],
        contract_annex=["Anlage 2 zum Vertrag: Leistungs- und Lieferumfang", "Vertragsanlage – {title}", "Anlage EVB-IT Kauf: Leistungsbeschreibung"],
        sow=["Leistungsbeschreibung Dienstleistung: {title}", "Aufgabenbeschreibung {title}"],
        market_research=["Markterkundung – {title}", "Interessenbekundungsverfahren {title}", "Request for Information: {title}"],
        calloff=["Einzelabruf aus Rahmenvereinbarung", "Abruf Nr. {ref} – {title}", "Bestellung aus Rahmenvertrag"],
    ),
    S=dict(
        rfq_intro=["wir bitten Sie um ein Angebot für die nachstehend aufgeführten Leistungen bis spätestens {deadline}.",
                   "im Rahmen einer Verhandlungsvergabe ohne Teilnahmewettbewerb fordern wir Sie zur Angebotsabgabe auf.",
                   "für die folgende Beschaffung holen wir formlos Vergleichsangebote ein."],
        closing=["Mit freundlichen Grüßen", "Für Rückfragen stehen wir gern zur Verfügung.", "Wir danken für Ihre Bemühungen."],
        itb_intro=["Der Auftraggeber fordert Sie hiermit auf, ein Angebot nach Maßgabe der beigefügten Vergabeunterlagen abzugeben.",
                   "Die Vergabe erfolgt im offenen Verfahren nach der UVgO. Nebenangebote sind nicht zugelassen."],
        offer=["auf Grundlage Ihrer Ausschreibung bieten wir Ihnen die folgenden Leistungen verbindlich an:",
               "wir bedanken uns für Ihre Anfrage und unterbreiten Ihnen folgendes Angebot:",
               "hiermit geben wir unser Angebot unter Anerkennung der Vergabeunterlagen ab."],
        validity=["An dieses Angebot halten wir uns bis zum Ablauf der Bindefrist gebunden.", "Alle Preise verstehen sich netto zzgl. gesetzlicher Umsatzsteuer, frei Verwendungsstelle."],
        sign=["{supplier}\nVertrieb Öffentliche Auftraggeber", "Mit freundlichen Grüßen\n{supplier}"],
        quote_intro=["vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:", "bezugnehmend auf unser Telefonat erhalten Sie folgendes Angebot."],
        pl_intro=["Diese Preisliste gilt für Bestellungen öffentlicher Auftraggeber.", "Gültig ab {date}; alle früheren Listen verlieren ihre Gültigkeit."],
        pl_notes=["Preise netto, zzgl. Versand. Mengenrabatte auf Anfrage.", "Irrtümer und Änderungen vorbehalten."],
        ds_foot=["Technische Änderungen vorbehalten.", "Alle genannten Marken sind Eigentum der jeweiligen Inhaber."],
        award_text=["Der Zuschlag wurde auf das wirtschaftlichste Angebot erteilt.", "Das Verfahren wurde mit der Zuschlagserteilung abgeschlossen."],
        annex_intro=["Diese Anlage ist Bestandteil des Vertrages und beschreibt den Leistungsumfang abschließend.",
                     "Die nachfolgenden Festlegungen gehen den Allgemeinen Geschäftsbedingungen des Auftragnehmers vor."],
        period=["Der Vertrag läuft {months} Monate ab Zuschlag mit zweimaliger Verlängerungsoption um je 12 Monate.",
                "Leistungszeitraum: 01.01. bis 31.12. des Folgejahres."],
        rfi_intro=["Der Auftraggeber führt eine Markterkundung gemäß § 28 VgV durch. Diese ist kein Vergabeverfahren.",
                   "Mit dieser Markterkundung möchten wir uns einen Überblick über verfügbare Lösungen verschaffen."],
        rfi_q=["Welche Lösungsarchitektur empfehlen Sie?", "Mit welchen Kosten ist zu rechnen (Investition und Betrieb)?",
               "Welche Lieferzeiten sind derzeit realistisch?", "Verfügen Sie über Referenzen bei öffentlichen Auftraggebern?",
               "Welche Lizenzmodelle bieten Sie an?", "Enthält die Leistungsbeschreibung produktspezifische Anforderungen?"],
        calloff_text=["Die Lieferung erfolgt gemäß den Bedingungen der Rahmenvereinbarung.", "Liefertermin: innerhalb von {days} Kalendertagen nach Abruf."],
        mail_open=["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo Herr Brandt,"],
        mail_close=["Bitte senden Sie uns Ihr Angebot bis {deadline}. Vielen Dank!", "Für eine kurze Rückmeldung wäre ich dankbar.\nViele Grüße"],
        procedures=["Offenes Verfahren", "Nicht offenes Verfahren", "Verhandlungsvergabe", "Beschränkte Ausschreibung"],
        doffin_extra=["Die Vergabeunterlagen stehen auf der Vergabeplattform zum Download bereit."],
    ),
    B=dict(
        submission=["Angebote sind ausschließlich elektronisch über die Vergabeplattform bis zum {deadline}, 10:00 Uhr, einzureichen. Angebote per E-Mail werden nicht berücksichtigt.",
                    "Das Angebot ist in Textform abzugeben. Die Submission findet ohne Bieter statt.",
                    "Fragen zu den Vergabeunterlagen sind bis spätestens sechs Kalendertage vor Ablauf der Angebotsfrist über die Plattform zu stellen."],
        eligibility=["Nachweis der Eintragung im Handels- oder Berufsregister; Eigenerklärung zum Nichtvorliegen von Ausschlussgründen nach §§ 123, 124 GWB.",
                     "Mindestens drei Referenzen vergleichbarer Aufträge aus den letzten drei Jahren.",
                     "Mindestjahresumsatz im Tätigkeitsbereich des Auftrags von 500.000 Euro in den letzten drei Geschäftsjahren."],
        payment=["Die Zahlung erfolgt innerhalb von 30 Tagen nach Eingang einer prüffähigen Rechnung und erfolgter Abnahme.",
                 "Abschlagszahlungen sind nicht vorgesehen. Rechnungen sind als XRechnung einzureichen."],
        delivery=["Lieferung frei Verwendungsstelle innerhalb von {days} Kalendertagen nach Auftragserteilung, einschließlich Entsorgung der Verpackung.",
                  "Die Anlieferung ist mindestens drei Werktage vorher mit dem Hausmeister abzustimmen. Anlieferzeiten: Mo–Fr 7–15 Uhr."],
        warranty=["Die Gewährleistungsfrist beträgt 24 Monate ab Abnahme. Mängel sind innerhalb von fünf Werktagen zu beseitigen.",
                  "Für die Dauer der Gewährleistung ist ein Vor-Ort-Service mit Reaktionszeit von vier Stunden sicherzustellen."],
        evaluation=["Zuschlagskriterien: Preis 60 %, Qualität des Konzepts 30 %, Service 10 %.",
                    "Der Zuschlag erfolgt allein auf den niedrigsten Preis."],
        documents=["Mit dem Angebot sind einzureichen: Angebotsschreiben, ausgefülltes Leistungsverzeichnis, Produktdatenblätter, Eigenerklärungen.",
                   "Fehlende Unterlagen können gemäß § 56 VgV nachgefordert werden."],
        penalty=["Bei Überschreitung des Liefertermins wird eine Vertragsstrafe von 0,2 % der Auftragssumme je Werktag, höchstens 5 %, fällig."],
        confidentiality=["Der Auftragnehmer verpflichtet sich zur Einhaltung der DSGVO und schließt einen Vertrag zur Auftragsverarbeitung ab.",
                         "Alle im Rahmen der Leistung erlangten Informationen sind vertraulich zu behandeln."],
        general=["Es gelten die VOL/B sowie die Ergänzenden Vertragsbedingungen des Auftraggebers.", "Allgemeine Geschäftsbedingungen des Bieters werden nicht Vertragsbestandteil."],
        schedule=["Voraussichtlicher Zuschlag: sechs Wochen nach Angebotsfrist. Ausführungsbeginn: nach Zuschlag."],
        contact=["Zentrale Vergabestelle, {person}, vergabe@example.de", "Ansprechpartner: {person}, Telefon 0521 51-####"],
    ),
)
LANG["de"]["topics"] = [
    Topic("lan-core", "ict", "switch", ("Erneuerung der aktiven Netzwerkkomponenten im Rathaus", "Beschaffung von Netzwerk-Switches für die Schulen"),
          ("Die vorhandenen Switches im Rathaus haben das Ende ihres Herstellersupports erreicht und werden im laufenden Betrieb ersetzt.",
           "Im Rahmen des DigitalPakts Schule werden die Schulgebäude mit neuen Access- und Distribution-Switches ausgestattet."),
          ("Core-Switch, Layer 3, 32 x 100G QSFP28, redundante Netzteile|Stk|2-2|28000", "Access-Switch 48 x 1G PoE+, 4 x 10G SFP+|Stk|10-60|3400",
           "Transceiver 10GBASE-LR|Stk|20-120|180", "Installation, Konfiguration und Migration|psch|1-1|24000", "Herstellerwartung 60 Monate|psch|1-1|19000"),
          ("Die Switches müssen im Stack oder per MLAG redundant betrieben werden können.", "Unterstützung von 802.1X mit RADIUS und MAC-Authentifizierung.",
           "Verwaltung über eine zentrale Managementoberfläche mit Rollenkonzept.", "Die Firmware muss signiert sein; Sicherheitsupdates müssen mindestens fünf Jahre verfügbar sein.",
           "Lüfterlose Ausführung für Verteilerschränke in Klassenräumen."), ("32420000",)),
    Topic("wan-router", "ict", "router", ("Router für die Anbindung der Außenstellen", "SD-WAN-Lösung für Kreisverwaltung"),
          ("Die 34 Außenstellen der Verwaltung werden künftig über verschlüsselte VPN-Verbindungen mit dem Rechenzentrum verbunden.",),
          ("Branch-Router mit LTE-Backup und IPsec|Stk|10-40|1900", "Zentraler VPN-Konzentrator, redundant|Stk|2-2|22000", "Rollout je Standort|Standort|10-40|650"),
          ("BSI-konforme Verschlüsselung (IPsec IKEv2, AES-256).", "Zero-Touch-Provisioning.", "Unterstützung von BGP und OSPF."), ("32413100",)),
    Topic("wlan-school", "ict", "wifi", ("WLAN-Ausleuchtung der Grundschulen", "Flächendeckendes WLAN im Klinikum"),
          ("Alle Unterrichtsräume sollen mit leistungsfähigem WLAN versorgt werden, damit Tablets klassenweise genutzt werden können.",
           "Für Patienten, Besucher und die mobile Pflegedokumentation wird ein getrenntes WLAN aufgebaut."),
          ("Access Point Wi-Fi 6E, Deckenmontage|Stk|40-300|780", "WLAN-Controller bzw. Cloud-Lizenz 5 Jahre|psch|1-1|16000", "Ausleuchtungsmessung vor Ort|psch|1-1|6500"),
          ("Mindestens 802.11ax, WPA3-Enterprise.", "Getrennte SSIDs für Verwaltung, Pädagogik und Gäste.", "PoE-Versorgung nach 802.3at."), ("32420000",)),
    Topic("firewall-cluster", "ict", "firewall", ("Next-Generation-Firewall-Cluster", "Erneuerung der Perimeter-Firewall"),
          ("Die bestehende Firewall erreicht ihre Leistungsgrenze und wird durch einen hochverfügbaren Cluster ersetzt.",),
          ("Firewall-Appliance, 10 Gbit/s Threat-Protection-Durchsatz|Stk|2-2|21000", "Subskription IPS/Anti-Malware 36 Monate|psch|1-1|14000", "Einrichtung und Regelwerksmigration|Tag|3-10|1100"),
          ("Active/Passive-Cluster mit Session-Synchronisation.", "TLS-Inspektion mit Ausnahmelisten.", "Protokollierung an das bestehende SIEM per Syslog."), ("32420000", "48730000")),
    Topic("video-depot", "ict", "camera", ("Videoüberwachung Betriebshof", "Videotechnik für das Wertstoffzentrum", "Kameraanlage Parkhaus"),
          ("Der Betriebshof soll außerhalb der Dienstzeiten per Videotechnik gegen Diebstahl und Vandalismus gesichert werden.",
           "Am Wertstoffzentrum kam es wiederholt zu illegalen Ablagerungen; daher wird eine datenschutzkonforme Videoüberwachung errichtet."),
          ("IP-Bullet-Kamera 4 MP, IR 50 m, IP67|Stk|6-30|680", "IP-Dome-Kamera 8 MP, vandalismusgeschützt IK10|Stk|4-20|890", "Netzwerk-Videorekorder 16 Kanäle, 2 x 8 TB|Stk|1-3|2400",
           "Videomanagement-Software, Lizenz je Kanal|Stk|8-48|140", "Montage inkl. Masten und Verkabelung|psch|1-1|14000"),
          ("Privatzonenmaskierung zur Einhaltung der DSGVO.", "Speicherdauer konfigurierbar, maximal 72 Stunden.", "ONVIF Profile S und G.",
           "Verschlüsselte Übertragung (HTTPS, SRTP).", "Keine Cloud-Anbindung; Betrieb ausschließlich im lokalen Netz."), ("35125300", "32323500")),
    Topic("tetra-radio", "ict", "radio", ("Beschaffung digitaler BOS-Funkgeräte", "Betriebsfunk für die Stadtwerke"),
          ("Die Freiwillige Feuerwehr ersetzt ihre analogen Funkgeräte durch TETRA-Endgeräte für den BOS-Digitalfunk.",
           "Für Bereitschaftsdienst und Störungsbeseitigung wird ein digitaler Betriebsfunk (DMR) aufgebaut."),
          ("Handfunkgerät TETRA (HRT) mit Akku und Ladegerät|Stk|20-120|850", "Fahrzeugfunkgerät (MRT) inkl. Einbau|Stk|5-30|1400", "DMR-Repeater|Stk|1-4|3900", "Programmierung und Schulung|psch|1-1|4500"),
          ("BSI-Zertifizierung für den BOS-Digitalfunk.", "Schutzart mindestens IP67.", "Notruftaste und Man-Down-Funktion.", "GPS-Ortung."), ("32344210",)),
    Topic("endpoint-av", "ict", "secsw", ("Endpoint-Protection-Lizenzen", "Virenschutz und EDR für die Landesverwaltung"),
          ("Der bestehende Virenschutz läuft aus; beschafft werden Lizenzen für Endpoint Protection einschließlich EDR.",),
          ("Endpoint-Protection-Lizenz, 36 Monate|Lizenz|300-5000|28", "Server-Schutz-Lizenz|Lizenz|20-200|95", "Managed Detection and Response, 24/7|Monat|12-36|2800"),
          ("Verwaltung on-premises oder in einem Rechenzentrum in der EU.", "Erkennung von Ransomware-Verhalten.", "Offline-Updates für abgeschottete Netze."), ("48760000",)),
    Topic("drone-fire", "ict", "drone", ("Drohne für die Feuerwehr", "UAS für Vermessung und Bauwerksinspektion"),
          ("Zur Lageerkundung bei Großbränden wird ein unbemanntes Luftfahrzeugsystem mit Wärmebildkamera beschafft.",),
          ("Multikopter mit Wärmebild- und Zoomkamera|Stk|1-3|14000", "Ersatzakkus|Stk|4-12|420", "Fernerkundungs-Software, Lizenz|Stk|1-3|1800", "Pilotenschulung (A2)|Teilnehmer|2-8|650"),
          ("Flugzeit mindestens 35 Minuten.", "Lokaler Datenmodus ohne Übertragung an Herstellerserver.", "Remote-ID gemäß EU-Verordnung 2019/945."), ("34711000",)),
    Topic("server-rz", "ict", "server", ("Server und Speichersysteme für das Rechenzentrum", "Virtualisierungsplattform"),
          ("Die Virtualisierungsumgebung wird erneuert und um einen zweiten Brandabschnitt erweitert.",),
          ("Virtualisierungshost, 2 CPU, 1 TB RAM|Stk|4-10|18000", "All-Flash-Speichersystem 200 TB netto|Stk|1-2|120000", "SAN-Switch 32G|Stk|2-2|14000"),
          ("Synchrone Spiegelung zwischen zwei Standorten.", "Hardwarewartung 5 Jahre, Next Business Day."), ("48820000", "30233000")),
    Topic("telecom-services", "ict", "telecom", ("Mobilfunkdienstleistungen für die Stadtverwaltung", "Internetanbindung und Standortvernetzung"),
          ("Ausgeschrieben werden Mobilfunkverträge für rund 900 dienstliche Smartphones einschließlich Datenvolumen.",
           "Die Standorte der Hochschule sollen über ein MPLS-Netz eines Telekommunikationsanbieters verbunden werden."),
          ("Mobilfunktarif mit 20 GB Datenvolumen|Vertrag|200-900|9", "Glasfaseranschluss 1 Gbit/s symmetrisch|Anschluss|2-8|690", "MPLS-Standortanbindung|Standort|3-12|380"),
          ("Netzabdeckung mit 5G in mindestens 90 % des Stadtgebiets.", "Eskalationsmanagement mit festen Ansprechpartnern."), ("64212000", "64200000")),
    Topic("ftth-pon", "ict", "optical", ("Ausbau eines Glasfasernetzes (FTTH) im Gewerbegebiet", "GPON-Aktivtechnik für den kommunalen Breitbandausbau"),
          ("Im Rahmen des geförderten Breitbandausbaus wird aktive GPON-Technik für das Netz des Zweckverbands beschafft.",),
          ("OLT-Chassis mit 16 GPON-Ports|Stk|1-4|26000", "ONT für Endkunden|Stk|200-2000|85", "Optische Splitter 1:32|Stk|20-100|60"),
          ("XGS-PON-fähige Linecards.", "Management über offene Schnittstellen (NETCONF/YANG)."), ("32520000",)),
    Topic("campus-5g", "ict", "ran", ("5G-Campusnetz für den Hafen", "Private 5G-Infrastruktur"),
          ("Auf dem Hafengelände wird ein lokales 5G-Netz im Frequenzbereich 3,7–3,8 GHz aufgebaut.",),
          ("5G-Radio-Unit outdoor|Stk|2-8|24000", "5G-Core (Standalone) on-premises|psch|1-1|95000", "5G-Router für Fahrzeuge|Stk|10-40|1200"),
          ("Standalone-Architektur.", "Unterstützung bei der Frequenzzuteilung durch die Bundesnetzagentur."), ("32500000",)),
    # out of scope
    Topic("drywall", "oos", "construction", ("Trockenbauarbeiten Erweiterung Kita", "Rohbauarbeiten Neubau Feuerwache"),
          ("Im Zuge der Erweiterung der Kindertagesstätte werden die Trockenbauarbeiten ausgeschrieben.",),
          ("Metallständerwand d=125 mm, doppelt beplankt|m²|100-800|68", "Abgehängte Decke, Mineralfaser|m²|100-600|52", "Revisionsklappe 60x60|Stk|4-20|140"),
          ("Schallschutz nach DIN 4109.", "Ausführung nach VOB/C DIN 18340."), ("45410000",)),
    Topic("building-cleaning", "oos", "cleaning", ("Unterhaltsreinigung der Verwaltungsgebäude", "Glas- und Rahmenreinigung"),
          ("Die Unterhaltsreinigung von vier Verwaltungsgebäuden wird für drei Jahre neu vergeben.",),
          ("Unterhaltsreinigung Büroflächen|m²/Monat|2000-9000|1.9", "Sanitärreinigung täglich|Monat|12-36|2400", "Glasreinigung halbjährlich|m²|500-3000|2.4"),
          ("Reinigungsintervalle gemäß Raumbuch.", "Einsatz umweltfreundlicher Reinigungsmittel."), ("90910000",)),
    Topic("office-furniture-de", "oos", "furniture", ("Büromöbel für das neue Bürgerbüro", "Stühle und Tische für die Mensa"),
          ("Für das neu eingerichtete Bürgerbüro werden höhenverstellbare Arbeitsplätze beschafft.",),
          ("Schreibtisch elektrisch höhenverstellbar|Stk|10-60|780", "Bürodrehstuhl nach DIN EN 1335|Stk|10-60|420", "Rollcontainer|Stk|10-60|190"),
          ("GS-Zeichen erforderlich.", "Montage und Verpackungsentsorgung inklusive."), ("39130000",)),
    Topic("canteen-de", "oos", "catering", ("Mittagsverpflegung Ganztagsschulen", "Kantinenbewirtschaftung"),
          ("Die Mittagsverpflegung für sechs Ganztagsschulen wird neu ausgeschrieben.",),
          ("Mittagessen Grundschule|Portion|20000-80000|3.9", "Vegetarisches Menü|Portion|5000-20000|3.7"),
          ("DGE-Qualitätsstandard.", "Anteil Bio-Lebensmittel mindestens 20 %."), ("55524000",)),
    Topic("vehicles-de", "oos", "vehicle", ("Beschaffung eines Müllsammelfahrzeugs", "Kommunalfahrzeuge für den Bauhof"),
          ("Für die Abfallsammlung wird ein Hecklader mit Rückfahrkamera und Schüttung beschafft.",),
          ("Müllsammelfahrzeug 26 t mit Hecklader|Stk|1-2|290000", "Rückfahrkamerasystem mit Monitor|Stk|1-2|1800", "Kommunaltraktor|Stk|1-2|68000"),
          ("Abbiegeassistent nach UN R151.", "Emissionsklasse Euro VI."), ("34144510",),
          "adjacent: refuse vehicle with a reversing camera; the camera is a vehicle accessory, not video surveillance"),
    Topic("school-laptops-de", "oos", "laptop", ("Lehrerendgeräte", "Tablets für Grundschulen"),
          ("Die Lehrkräfte erhalten dienstliche Notebooks gemäß der Förderrichtlinie Lehrkräfteausstattung.",),
          ("Notebook 14 Zoll, 16 GB RAM|Stk|50-400|890", "Tablet 10 Zoll mit Stift|Stk|100-600|420", "Hülle mit Tastatur|Stk|100-600|60"),
          ("Akkulaufzeit mindestens 10 Stunden.", "Vorinstallation über das Schul-MDM."), ("30213100",),
          "adjacent: laptops/tablets for teachers, ICT-adjacent but not a restricted equipment category"),
    Topic("copier-de", "oos", "copier", ("Miete von Multifunktionsgeräten", "Druckerleasing für die Kreisverwaltung"),
          ("Die Multifunktionsgeräte der Verwaltung werden für 60 Monate gemietet, einschließlich Wartung und Verbrauchsmaterial.",),
          ("Multifunktionsgerät A3 Farbe|Stk|20-120|48", "Seitenpreis schwarz-weiß|Seite|100000-900000|0.006", "Seitenpreis Farbe|Seite|20000-200000|0.04"),
          ("Sicheres Löschen der Festplatten bei Rückgabe.", "Follow-Me-Printing."), ("30120000",),
          "adjacent: photocopier leasing is office equipment, not telecom/surveillance"),
    Topic("media-aula", "oos", "av", ("Medientechnik für die Aula", "Beschallungsanlage Stadthalle"),
          ("Die Aula des Gymnasiums erhält eine neue Beschallungs- und Projektionstechnik.",),
          ("Laserprojektor 12.000 ANSI-Lumen|Stk|1-2|16000", "Digitales Mischpult|Stk|1-1|5200", "Funkmikrofon-Set|Stk|2-8|900"),
          ("Bedienung über Touchpanel.", "Einweisung des Hausmeisters."), ("32321200",),
          "adjacent: audiovisual equipment for a hall, not network or surveillance equipment"),
    Topic("guard-de", "oos", "guard", ("Bewachungsdienstleistungen für die Erstaufnahmeeinrichtung", "Revierdienst und Alarmverfolgung"),
          ("Die Bewachung der Einrichtung wird rund um die Uhr an ein Sicherheitsunternehmen vergeben; die Wachleute verständigen sich über Funkgeräte des Auftragnehmers.",),
          ("Objektschutz 24/7|Stunde|8000-9000|29", "Revierfahrten nachts|Monat|12-24|900"),
          ("Sachkundeprüfung nach § 34a GewO.", "Funk- und Kommunikationsmittel stellt der Auftragnehmer."), ("79713000",),
          "adjacent: guard services using radios; the purchase is a manned service, not radio equipment"),
    Topic("pv-roof", "oos", "energy", ("Photovoltaikanlage auf dem Schuldach", "Wartung der PV-Anlagen"),
          ("Auf dem Dach der Gesamtschule wird eine PV-Anlage errichtet. Die Bestandsanlage auf der Sporthalle arbeitet mit Wechselrichtern von Huawei (SUN2000) und SMA; diese bleiben unverändert.",),
          ("PV-Modul 430 Wp|Stk|100-600|140", "Unterkonstruktion Flachdach|kWp|40-250|120", "Elektroinstallation und Netzanschluss|psch|1-1|18000"),
          ("Einspeisemanagement nach EEG.", "Blitzschutz nach DIN EN 62305."), ("09331200",),
          "incidental: PV works; Huawei named only as the brand of existing solar inverters, not telecom equipment"),
    Topic("hotel-de", "oos", "travel", ("Unterbringung der Delegation zur Fachmesse", "Rahmenvertrag Hotelübernachtungen"),
          ("Für die Delegation zur Messe werden Hotelzimmer in Düsseldorf benötigt; das Hotel sollte fußläufig zum European Research Center von Huawei liegen, da dort ein Fachgespräch stattfindet.",),
          ("Einzelzimmer inkl. Frühstück|Nacht|20-80|145", "Tagungsraum halbtags|Stk|1-3|450"),
          ("Stornierung bis 48 Stunden vorher kostenfrei.",), ("55110000",),
          "incidental: Huawei appears only as a location/meeting partner in a hotel booking"),
]
LANG["de"]["restricted"] = [
    ("switch", "huawei", "vendor", "Huawei CloudEngine S5735-S48T4X Access-Switch|Stk|10-60|1900", "Huawei CloudEngine switch offered"),
    ("switch", "huawei", "model", "S5720-28X-SI-AC, 24 x GE, 4 x 10GE|Stk|10-40|1400", "Huawei model number only"),
    ("switch", "huawei", "equiv", "Leitfabrikat Access-Switch: Huawei S5735-L48P4X-A oder gleichwertig; Gleichwertigkeit ist vom Bieter nachzuweisen.", "Huawei model as 'oder gleichwertig' reference"),
    ("switch", "zte", "vendor", "ZTE ZXR10 5250-28TC Switch|Stk|10-40|1200", "ZTE switch offered"),
    ("router", "huawei", "model", "AR6120 Enterprise-Router inkl. LTE-Modul|Stk|10-40|1600", "Huawei AR router model only"),
    ("router", "zte", "model", "MF286R LTE-Router|Stk|10-40|190", "ZTE MF286 router by model"),
    ("wifi", "huawei", "vendor", "Huawei AirEngine 6761-21 Access Point|Stk|40-200|690", "Huawei AirEngine AP"),
    ("firewall", "huawei", "vendor", "HUAWEI HiSecEngine USG6525E Firewall|Stk|2-2|9800", "Huawei firewall"),
    ("camera", "hikvision", "vendor", "Hikvision DS-2CD2T86G2-4I, 8 MP Bullet|Stk|6-30|420", "Hikvision camera offered"),
    ("camera", "hikvision", "model", "DS-2CD2387G2-LU 8MP ColorVu Bullet|Stk|6-24|360", "Hikvision model only"),
    ("camera", "hikvision", "model", "DS-7608NI-K2/8P NVR|Stk|1-3|520", "Hikvision NVR model only"),
    ("camera", "hikvision", "brand", "HiLook IPC-B180H 8 MP Bullet|Stk|6-24|160", "HiLook (Hikvision brand)"),
    ("camera", "hikvision", "brand", "EZVIZ C8C Outdoor-Kamera|Stk|4-16|95", "EZVIZ (Hikvision brand)"),
    ("camera", "dahua", "vendor", "Dahua IPC-HFW3849T1-AS-PV TiOC Kamera|Stk|6-24|310", "Dahua camera offered"),
    ("camera", "dahua", "model", "DH-IPC-HDW2431TP-AS Dome 4 MP|Stk|6-24|120", "Dahua model only"),
    ("camera", "dahua", "equiv", "Leitfabrikat Kamera: Dahua IPC-HFW5442T-ASE oder gleichwertig.", "Dahua model as reference"),
    ("radio", "hytera", "vendor", "Hytera PT580H Plus TETRA-Handfunkgerät|Stk|20-100|690", "Hytera TETRA radio"),
    ("radio", "hytera", "vendor", "Hytera Mobilfunk GmbH, DMR-Repeater HR1065|Stk|1-4|3400", "Hytera Mobilfunk (subsidiary)"),
    ("radio", "hytera", "model", "PD985 DMR-Handfunkgerät|Stk|20-80|520", "Hytera model only"),
    ("secsw", "kaspersky", "vendor", "Kaspersky Endpoint Security for Business Advanced, 36 Monate|Lizenz|300-3000|31", "Kaspersky product"),
    ("secsw", "kaspersky", "equiv", "Referenzprodukt Virenschutz: Kaspersky Endpoint Security for Business Select oder gleichwertig.", "Kaspersky as reference product"),
    ("drone", "dji", "vendor", "DJI Matrice 30T mit Dock|Stk|1-2|16500", "DJI Matrice offered"),
    ("drone", "dji", "vendor", "DJI Mavic 3 Thermal (M3T)|Stk|1-3|6900", "DJI Mavic 3 offered"),
    ("drone", "autel_robotics", "vendor", "Autel EVO II Dual 640T V3|Stk|1-3|8200", "Autel Robotics drone offered"),
    ("server", "huawei", "vendor", "Huawei OceanStor Dorado 5000 V6|Stk|1-1|98000", "Huawei OceanStor storage"),
    ("optical", "huawei", "model", "MA5800-X7 OLT|Stk|1-3|21000", "Huawei OLT model only"),
    ("optical", "zte", "vendor", "ZTE ZXA10 C600 OLT|Stk|1-3|19000", "ZTE OLT offered"),
    ("optical", "huawei", "model", "EchoLife HG8245H ONT|Stk|200-1500|45", "Huawei ONT model"),
    ("ran", "huawei", "vendor", "Huawei 5G AAU5613 mit BBU5900|Stk|2-6|26000", "Huawei 5G RAN"),
    ("telecom", "china_mobile", "vendor", "China Mobile International – IPLC Frankfurt–Shanghai|Monat|12-36|3900", "China Mobile carrier service"),
]
LANG["de"]["compliant"] = {
    "switch": ["Cisco Catalyst 9200L-48P-4X|Stk|10-60|2600", "HPE Aruba CX 6300M 48G|Stk|10-40|3900", "Lancom GS-4554XP|Stk|10-40|2900"],
    "router": ["Lancom 1900EF-5G|Stk|10-40|1500", "Cisco C8200L-1N-4T|Stk|10-40|1700"],
    "wifi": ["Lancom LX-6500|Stk|40-200|520", "Extreme Networks AP4000|Stk|40-200|610"],
    "firewall": ["Sophos XGS 4300|Stk|2-2|14000", "genua genugate|Stk|2-2|26000", "Palo Alto PA-3410|Stk|2-2|24000"],
    "camera": ["Axis Q1809-LE|Stk|6-24|2200", "Bosch DINION 5100i IR|Stk|6-24|820", "Dallmeier DDF4920HDV|Stk|4-12|1600", "Mobotix M73|Stk|4-16|1900"],
    "radio": ["Motorola Solutions MXP600 TETRA|Stk|20-100|980", "Sepura SC20|Stk|20-100|1050", "Airbus H-Series TETRA|Stk|20-100|920"],
    "secsw": ["ESET PROTECT Advanced|Lizenz|300-3000|26", "G DATA Endpoint Protection Business|Lizenz|300-3000|24", "Microsoft Defender for Endpoint P2|Lizenz|300-3000|48"],
    "drone": ["Quantum-Systems Trinity Pro|Stk|1-2|45000", "Parrot ANAFI USA|Stk|1-3|9800"],
    "server": ["Fujitsu PRIMERGY RX2540 M7|Stk|4-10|16000", "NetApp AFF A400|Stk|1-2|110000"],
    "optical": ["Adtran SDX 6320 OLT|Stk|1-3|24000", "Nokia Lightspan MF-2|Stk|1-2|31000"],
    "ran": ["Ericsson Private 5G|psch|1-1|160000", "Nokia DAC Private Wireless|psch|1-1|150000"],
    "telecom": ["Deutsche Telekom Business Mobil L|Vertrag|200-900|12", "Vodafone Red Business Prime|Vertrag|200-900|13"],
}
LANG["de"]["prohibit"] = [
    "Komponenten der Hersteller Huawei und ZTE sowie von diesen kontrollierter Unternehmen dürfen nicht angeboten werden (vgl. öffentlich-rechtliche Verträge des BMI vom Juli 2024). Angebote, die solche Komponenten enthalten, werden ausgeschlossen.",
    "Der Bieter erklärt, dass keine kritischen Komponenten im Sinne von § 9b BSIG von Herstellern eingesetzt werden, die von der Europäischen Kommission als Hochrisikoanbieter eingestuft wurden (insbesondere Huawei, ZTE).",
    "Videotechnik der Hersteller Hikvision und Dahua einschließlich ihrer Marken (z. B. EZVIZ, HiLook, Imou) ist von der Vergabe ausgeschlossen.",
    "Virenschutzprodukte der Kaspersky Lab sind aufgrund der Warnung des BSI nach § 7 BSIG vom März 2022 nicht zugelassen.",
    "Funkgeräte von Hytera bzw. der Hytera Mobilfunk GmbH dürfen nicht angeboten werden; dies gilt auch für umgelabelte Geräte.",
]
LANG["de"]["certify"] = [
    "Wir bestätigen, dass die angebotenen Produkte keine Komponenten von Huawei, ZTE, Hikvision, Dahua oder Hytera enthalten.",
    "Eigenerklärung: Die angebotene Lösung enthält keine Produkte der Kaspersky Lab und keine Komponenten von Hochrisikoanbietern.",
]
LANG["de"]["scrm"] = [
    "Der Bieter legt eine Garantieerklärung zur Vertrauenswürdigkeit des Herstellers gemäß § 9b Abs. 3 BSIG vor.",
    "Es ist offenzulegen, in welchen Ländern die Hardware gefertigt und die Software entwickelt wird.",
]
LANG["de"]["scrm_rate"] = 0.2
LANG["de"]["far"] = [
    "Da das Projekt aus Mitteln des US-Verteidigungsministeriums kofinanziert wird, hat der Auftragnehmer zu versichern, dass er keine Telekommunikations- oder Videoüberwachungsausrüstung von Huawei, ZTE, Hytera, Hikvision oder Dahua im Sinne von Section 889 NDAA nutzt (FAR 52.204-25).",
    "Compliance-Klausel des Konzerns: Lieferanten dürfen in ihren eigenen Büros keine Kaspersky-Software und keine Netzwerktechnik von Huawei oder ZTE einsetzen, soweit sie Zugriff auf Systeme des Auftraggebers erhalten.",
    "Sanktionsklausel: Der Auftragnehmer bestätigt, dass weder er noch seine Nachunternehmer auf US-Listen geführt werden und dass er keine Ausrüstung der Unternehmen Huawei, ZTE, Hikvision oder Dahua bei der Vertragserfüllung einsetzt.",
]
LANG["de"]["incid"] = [
    "Die Baustelle befindet sich im Gewerbegebiet gegenüber der Niederlassung von Huawei Technologies Deutschland; Anlieferungen erfolgen über die Rückseite.",
    "Hinweis zur Anfahrt: Parkplätze stehen im Parkhaus neben dem DJI-Store zur Verfügung.",
    "Im Vorjahr fand in denselben Räumen eine Hausmesse von Hikvision statt; Aufbauzeiten sind daher mit dem Betreiber abzustimmen.",
]


# ============================================================================= French
LANG["fr"] = dict(
    folder="fr", prefix="fr", iso="fr", iso_col="fr", money="eur_fr", tax=0.20, date="fr",
    refs=["AO-YYYY-###", "MAPA n° YYYY-##", "Marché n° YYYY###", "DCE YYYY/####", "Consultation n° ####"],
    buyers=["Ville de Nantes, Direction du numérique", "Conseil départemental de la Gironde", "CHU de Montpellier",
            "Métropole Aix-Marseille-Provence", "Commune de Saint-Malo", "Université de Lille", "Région Grand Est",
            "Syndicat intercommunal des eaux du Val de Loire", "SDIS du Rhône", "Préfecture de la Haute-Savoie",
            "Communauté de communes du Pays de Gex", "Ville de Liège (Belgique), service des marchés publics"],
    suppliers=["Réseaux & Systèmes de l'Ouest SAS", "Sécuritel Vidéoprotection SARL", "Radiocom Services SA",
               "Bureau Moderne Équipement SAS", "Propreté Azur SARL", "Infogérance Alpes SAS", "Télécom Solutions Atlantique"],
    persons=["Mme Durand, service achats", "M. Lefèvre, DSI", "Mme Nguyen, commande publique", "M. Rousseau, services techniques"],
    H=dict(pos="N°", desc="Désignation", qty="Quantité", unit="Unité", unit_price="Prix unitaire HT", amount="Montant HT",
           buyer="Pouvoir adjudicateur", ref="Référence", date="Date", deadline="Date limite de remise des offres",
           subject="Objet du marché", to="À", **{"from": "De"}, reqs="Exigences techniques", background="Contexte",
           scope="Périmètre", total="Total HT", subtotal="Sous-total HT", tax="TVA 20 %", supplier="Fournisseur", customer="Client",
           quote_no="Devis n°", valid_until="Validité de l'offre", sku="Référence article", price="Prix public HT",
           project="Opération", notes="Observations", lot="Lot", datasheet="Fiche technique", specs="Caractéristiques",
           ordering="Références de commande", winner="Attributaire", award_amount="Montant du marché HT",
           bids="Nombre d'offres reçues", deliverables="Fournitures et prestations", obligations="Obligations du titulaire",
           tasks="Prestations attendues", period="Durée du marché", questions="Questions aux opérateurs économiques",
           framework="Accord-cadre", calloff_no="Bon de commande n°", mail_from="De", mail_to="À", mail_subject="Objet",
           procedure="Type de procédure", special=["Clauses particulières", "Dispositions spécifiques", "Divers"],
           submission="Modalités de remise des offres", eligibility="Conditions de participation", payment="Modalités de paiement",
           delivery="Livraison et installation", warranty="Garantie", evaluation="Critères d'attribution", documents="Pièces à fournir",
           penalty="Pénalités", confidentiality="Confidentialité", general="Dispositions générales", schedule="Calendrier", contact="Renseignements"),
    T=dict(
        notice=["Avis d'appel public à la concurrence – {title}", "Avis de marché : {title}", "Appel d'offres ouvert – {title}"],
        rfq=["Demande de devis", "Consultation – {title}", "Demande de prix : {title}"],
        rfp=["Règlement de la consultation – {title}", "Cahier des charges fonctionnel : {title}", "Dossier de consultation – {title}"],
        itb=["Lettre de consultation", "Invitation à soumissionner – {title}", "Appel à candidatures et offres : {title}"],
        bid_letter=["Acte d'engagement", "Lettre de soumission", "Offre de prix – {title}"],
        quote=["Devis", "Proposition commerciale", "Devis estimatif – {title}"],
        price_list=["Tarif administrations {supplier}", "Catalogue tarifaire {date}", "Grille tarifaire de l'accord-cadre"],
        boq=["Bordereau des prix unitaires – {title}", "Détail quantitatif estimatif (DQE)", "BPU/DQE {title}"],
        spec=["CCTP – {title}", "Cahier des clauses techniques particulières : {title}", "Spécifications techniques – {title}"],
        award=["Avis d'attribution – {title}", "Avis d'attribution de marché", "Résultat de la consultation : {title}"],
        contract_annex=["Annexe 1 à l'acte d'engagement – {title}", "Annexe technique au marché", "Avenant n° 1 – périmètre des fournitures"],
        sow=["Cahier des charges de la prestation : {title}", "Descriptif des prestations – {title}"],
        market_research=["Sourcing : {title}", "Appel à manifestation d'intérêt – {title}", "Demande d'information (RFI) – {title}"],
        calloff=["Bon de commande sur accord-cadre", "Marché subséquent n° {ref} – {title}", "Commande sur marché à bons de commande"],
    ),
    S=dict(
        rfq_intro=["nous vous remercions de bien vouloir nous adresser votre meilleure offre pour les fournitures ci-dessous avant le {deadline}.",
                   "dans le cadre d'un marché à procédure adaptée, nous sollicitons un devis pour les prestations suivantes.",
                   "afin de comparer plusieurs propositions, nous consultons trois entreprises pour l'achat décrit ci-après."],
        closing=["Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", "Nous restons à votre disposition pour tout complément.", "Cordialement,"],
        itb_intro=["Le pouvoir adjudicateur vous invite à présenter une offre conformément au dossier de consultation joint.",
                   "La présente consultation est passée selon la procédure adaptée prévue à l'article R2123-1 du code de la commande publique."],
        offer=["après avoir pris connaissance des pièces du dossier de consultation, nous nous engageons à exécuter les prestations aux prix suivants :",
               "suite à votre demande, nous avons le plaisir de vous soumettre notre proposition :",
               "nous vous prions de trouver ci-dessous notre offre ferme et définitive."],
        validity=["La présente offre est valable {days} jours à compter de la date limite de remise.", "Prix fermes, non révisables, franco de port."],
        sign=["Fait à Nantes, le {date}\nPour {supplier}, le gérant", "{supplier}\nService commercial secteur public"],
        quote_intro=["Suite à votre demande, veuillez trouver notre devis ci-dessous.", "Nous avons le plaisir de vous adresser notre proposition tarifaire."],
        pl_intro=["Tarif réservé aux collectivités et établissements publics.", "Prix applicables à compter du {date}."],
        pl_notes=["Prix HT, hors frais de port. Remise quantitative sur demande.", "Tarifs susceptibles d'évolution sans préavis."],
        ds_foot=["Caractéristiques susceptibles d'être modifiées sans préavis.", "Les marques citées appartiennent à leurs propriétaires respectifs."],
        award_text=["Le marché a été attribué à l'offre économiquement la plus avantageuse.", "La procédure est close ; les candidats non retenus ont été informés."],
        annex_intro=["La présente annexe fait partie intégrante du marché et précise le contenu des fournitures.",
                     "Les stipulations ci-dessous prévalent sur les conditions générales de vente du titulaire."],
        period=["Le marché est conclu pour {months} mois à compter de la notification.", "Durée : un an, reconductible tacitement trois fois."],
        rfi_intro=["Ce sourcing a pour objet de mieux connaître l'offre du marché avant le lancement d'une consultation (article R2111-1 du code de la commande publique).",
                   "Les réponses n'engagent ni l'acheteur ni les entreprises et ne donnent lieu à aucune rémunération."],
        rfi_q=["Quelle architecture proposeriez-vous ?", "Quel est l'ordre de grandeur des coûts d'acquisition et de maintenance ?",
               "Quels délais de livraison pouvez-vous garantir ?", "Disposez-vous de références auprès de collectivités ?",
               "Certaines exigences vous paraissent-elles restrictives ?", "Quel modèle de licence proposez-vous ?"],
        calloff_text=["Livraison selon les conditions de l'accord-cadre.", "Délai d'exécution : {days} jours à compter de la réception du bon."],
        mail_open=["Bonjour,", "Madame, Monsieur,"],
        mail_close=["Merci de nous faire parvenir votre devis avant le {deadline}.\nBien cordialement", "Dans l'attente de votre retour,\nCordialement"],
        procedures=["Procédure adaptée", "Appel d'offres ouvert", "Procédure avec négociation"],
        doffin_extra=["Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur."],
    ),
    B=dict(
        submission=["Les offres sont transmises par voie électronique sur le profil d'acheteur avant le {deadline} à 12h00. Aucune offre papier ne sera acceptée.",
                    "Le pli contient la candidature (DC1, DC2 ou DUME) et l'offre (acte d'engagement, BPU, mémoire technique).",
                    "Les questions doivent être posées via la plateforme au plus tard dix jours avant la date limite."],
        eligibility=["Les candidats justifient de leurs capacités par la production de références de moins de trois ans et d'une attestation d'assurance.",
                     "Le chiffre d'affaires annuel minimal exigé est de 300 000 euros.", "Les groupements solidaires ou conjoints sont admis."],
        payment=["Le délai global de paiement est de 30 jours. Les factures sont déposées sur Chorus Pro.",
                 "Une avance de 5 % est versée lorsque le montant du marché excède 50 000 euros HT."],
        delivery=["Livraison sur site sous {days} jours, mise en service et reprise des emballages comprises.",
                  "Les horaires de livraison sont convenus avec le service technique au moins 48 heures à l'avance."],
        warranty=["Garantie pièces et main-d'œuvre de 36 mois sur site, délai d'intervention J+1 ouvré.",
                  "Le titulaire assure la maintenance corrective pendant toute la durée de la garantie."],
        evaluation=["Prix : 40 % ; valeur technique : 50 % ; performances environnementales : 10 %.",
                    "L'offre la moins-disante conforme au CCTP sera retenue."],
        documents=["Mémoire technique, fiches techniques des matériels, planning prévisionnel, attestations fiscales et sociales.",
                   "Le candidat joint une déclaration sur l'honneur relative aux interdictions de soumissionner."],
        penalty=["En cas de retard, une pénalité de 1/1000 du montant HT de la commande par jour calendaire est appliquée."],
        confidentiality=["Le titulaire respecte le RGPD et signe l'annexe relative au traitement des données personnelles.",
                         "Toute information communiquée dans le cadre du marché est confidentielle."],
        general=["Le CCAG-FCS est applicable au présent marché.", "Les conditions générales du titulaire sont inopposables à l'acheteur."],
        schedule=["Visite de site facultative : sur rendez-vous. Notification prévisionnelle : dans les deux mois suivant la remise des offres."],
        contact=["Renseignements administratifs : {person}.", "Renseignements techniques : {person}, tél. 02 40 41 ## ##."],
    ),
)
LANG["fr"]["topics"] = [
    Topic("reseau-lan", "ict", "switch", ("Renouvellement des commutateurs du réseau local", "Fourniture d'équipements actifs de réseau pour les collèges"),
          ("Les commutateurs installés en 2014 dans les bâtiments administratifs arrivent en fin de support et doivent être remplacés sans interruption de service.",
           "Le Département équipe les collèges de commutateurs d'accès et de cœur afin d'accompagner le déploiement des environnements numériques."),
          ("Commutateur de cœur niveau 3, 48 ports SFP28, alimentation redondante|u|2-2|24000", "Commutateur d'accès 48 ports PoE+, 4 uplinks 10G|u|10-80|2900",
           "Module optique 10G SR|u|20-150|150", "Prestation d'installation et de configuration|forfait|1-1|18000", "Support constructeur 5 ans|forfait|1-1|16000"),
          ("Empilement ou agrégation multi-châssis.", "Authentification 802.1X et portail captif.", "Supervision SNMPv3 et export NetFlow/sFlow.",
           "Mises à jour de sécurité garanties pendant au moins sept ans.", "Consommation électrique maîtrisée (Energy Efficient Ethernet)."), ("32420000",)),
    Topic("routeurs-sites", "ict", "router", ("Routeurs pour l'interconnexion des sites distants", "Solution SD-WAN intercommunale"),
          ("Les 25 sites de la collectivité seront reliés au centre de données par des liens VPN chiffrés.",),
          ("Routeur de site avec secours 4G/5G|u|10-30|1700", "Concentrateur VPN redondé|u|2-2|19000", "Déploiement par site|site|10-30|600"),
          ("Chiffrement IPsec AES-256.", "Provisionnement sans intervention sur site.", "Routage dynamique OSPF et BGP."), ("32413100",)),
    Topic("wifi-lycees", "ict", "wifi", ("Déploiement du Wi-Fi dans les lycées", "Réseau sans fil du centre hospitalier"),
          ("La Région déploie un réseau sans fil dans toutes les salles de classe des lycées publics.",),
          ("Borne Wi-Fi 6 intérieure|u|50-400|560", "Licence de gestion cloud 5 ans|u|50-400|120", "Étude de couverture radio|forfait|1-1|7000"),
          ("Norme 802.11ax, WPA3.", "Segmentation des flux pédagogiques, administratifs et invités.", "Alimentation PoE 802.3at."), ("32420000",)),
    Topic("pare-feu", "ict", "firewall", ("Pare-feu de nouvelle génération", "Sécurisation de l'accès Internet"),
          ("L'accès Internet de la collectivité doit être protégé par un cluster de pare-feu de nouvelle génération.",),
          ("Pare-feu NGFW 10 Gbit/s|u|2-2|20000", "Abonnement IPS/antivirus passerelle 3 ans|forfait|1-1|12000", "Migration des règles|jour|3-10|950"),
          ("Haute disponibilité actif/passif.", "Inspection TLS.", "Certification ANSSI (CSPN ou qualification) appréciée."), ("32420000", "48730000")),
    Topic("videoprotection", "ict", "camera", ("Extension du système de vidéoprotection urbaine", "Vidéoprotection des bâtiments communaux"),
          ("La commune étend son dispositif de vidéoprotection aux abords des écoles et de la gare, conformément à l'autorisation préfectorale.",
           "Les bâtiments communaux (mairie annexe, médiathèque, ateliers municipaux) sont équipés de caméras reliées au centre de supervision urbain."),
          ("Caméra dôme IP 4 MP antivandale|u|6-40|720", "Caméra bullet IP 8 MP, IR 60 m|u|6-30|980", "Enregistreur vidéo réseau 32 voies|u|1-3|3800",
           "Licence logiciel de gestion vidéo par caméra|u|10-60|160", "Pose, raccordement fibre et mâts|forfait|1-1|26000"),
          ("Conformité au code de la sécurité intérieure.", "Durée de conservation paramétrable, 30 jours maximum.", "Masquage des zones privatives.",
           "Protocole ONVIF.", "Chiffrement des flux vidéo."), ("35125300", "32323500")),
    Topic("radio-sdis", "ict", "radio", ("Terminaux radio pour le SDIS", "Radiocommunications numériques des services techniques"),
          ("Le service départemental d'incendie et de secours renouvelle ses terminaux portatifs et mobiles.",),
          ("Terminal portatif numérique|u|30-200|780", "Terminal mobile véhicule avec pose|u|10-40|1300", "Relais DMR|u|1-4|3600"),
          ("Compatibilité avec le réseau radio du futur (RRF) ou DMR tier III.", "Indice de protection IP68.", "Géolocalisation et alarme travailleur isolé."),
          ("32344210",)),
    Topic("antivirus-fr", "ict", "secsw", ("Solution antivirus et EDR", "Licences de protection des postes de travail"),
          ("La DSI remplace la solution antivirus actuelle par une solution EDR supervisée.",),
          ("Licence EDR poste, 3 ans|licence|300-4000|30", "Licence serveur, 3 ans|licence|20-150|90", "Service de supervision SOC 24/7|mois|12-36|2600"),
          ("Hébergement des données dans l'Union européenne.", "Détection comportementale des rançongiciels.", "Console en français."), ("48760000",)),
    Topic("drones-fr", "ict", "drone", ("Acquisition de drones pour la sécurité civile", "Drone de surveillance du littoral"),
          ("La préfecture acquiert des drones équipés de caméras thermiques pour les opérations de recherche.",),
          ("Drone multirotor avec caméra thermique|u|1-4|15000", "Batteries supplémentaires|u|4-12|450", "Formation des télépilotes|session|1-3|2400"),
          ("Autonomie supérieure à 35 minutes.", "Mode hors ligne sans transmission de données au constructeur.", "Signalement électronique conforme."), ("34711000",)),
    Topic("serveurs-fr", "ict", "server", ("Infrastructure de serveurs et stockage", "Renouvellement du cluster de virtualisation"),
          ("Le centre de données de l'université doit accueillir un nouveau cluster de virtualisation.",),
          ("Serveur bi-processeur, 768 Go RAM|u|4-10|17000", "Baie de stockage 150 To utiles|u|1-2|95000", "Commutateur SAN|u|2-2|12000"),
          ("Réplication synchrone entre deux salles.", "Maintenance 5 ans J+1."), ("48820000", "30233000")),
    Topic("telecom-fr", "ict", "telecom", ("Services de téléphonie mobile", "Accès Internet et interconnexion des sites"),
          ("Le marché porte sur les abonnements de téléphonie mobile et de données des agents.",),
          ("Forfait mobile voix et 30 Go|ligne|100-1200|8", "Accès fibre dédié 1 Gbit/s|accès|2-10|620", "Lien VPN MPLS|site|5-30|340"),
          ("Couverture 4G/5G sur l'ensemble du territoire.", "Portail de gestion des lignes."), ("64212000", "64200000")),
    Topic("ftth-fr", "ict", "optical", ("Équipements actifs du réseau d'initiative publique", "Fourniture d'OLT et de terminaux optiques"),
          ("Le syndicat mixte acquiert les équipements actifs GPON de son réseau d'initiative publique.",),
          ("Châssis OLT 16 ports GPON|u|1-4|24000", "Terminal optique abonné (ONT)|u|200-3000|70", "Coupleur optique 1:32|u|20-100|55"),
          ("Évolutivité XGS-PON.", "Interfaces de gestion ouvertes."), ("32520000",)),
    # out of scope
    Topic("menuiserie", "oos", "construction", ("Travaux de menuiserie extérieure – groupe scolaire", "Réhabilitation de la salle des fêtes – lot gros œuvre"),
          ("Le marché porte sur le remplacement des menuiseries extérieures du groupe scolaire.",),
          ("Fenêtre aluminium double vitrage 120x140|u|10-80|980", "Porte d'entrée vitrée|u|1-4|3200", "Dépose des menuiseries existantes|u|10-80|120"),
          ("Performance thermique Uw ≤ 1,3 W/m².K.", "Travaux en site occupé pendant les vacances scolaires."), ("45421000",)),
    Topic("nettoyage", "oos", "cleaning", ("Nettoyage des locaux administratifs", "Entretien ménager des écoles"),
          ("Le marché concerne le nettoyage courant des locaux de l'hôtel de ville et des annexes.",),
          ("Nettoyage quotidien des bureaux|m²/mois|1500-8000|1.7", "Nettoyage des vitres semestriel|m²|400-2500|2.2"),
          ("Produits écolabellisés.", "Fiche de traçabilité des interventions."), ("90910000",)),
    Topic("mobilier-fr", "oos", "furniture", ("Mobilier scolaire", "Mobilier de bureau pour la médiathèque"),
          ("La commune équipe les nouvelles classes de mobilier scolaire.",),
          ("Table élève réglable|u|50-400|95", "Chaise élève taille 5|u|50-400|48", "Armoire haute à portes battantes|u|5-30|420"),
          ("Conformité NF EN 1729.", "Livraison et montage inclus."), ("39160000",)),
    Topic("restauration-fr", "oos", "catering", ("Fourniture de repas en liaison froide", "Restauration collective des crèches"),
          ("La ville confie la préparation et la livraison des repas des restaurants scolaires.",),
          ("Repas élémentaire|repas|20000-120000|3.6", "Repas maternelle|repas|10000-60000|3.3"),
          ("50 % de produits durables dont 20 % bio (loi EGalim).", "Menus validés par une diététicienne."), ("55523000",)),
    Topic("vehicules-fr", "oos", "vehicle", ("Acquisition de véhicules utilitaires électriques", "Balayeuse de voirie"),
          ("Les services techniques renouvellent leur flotte de véhicules utilitaires.",),
          ("Fourgon électrique 10 m³|u|1-6|42000", "Balayeuse aspiratrice compacte|u|1-2|160000", "Caméra de recul avec écran|u|1-6|600"),
          ("Autonomie WLTP d'au moins 250 km.", "Formation des conducteurs."), ("34136000",),
          "adjacent: utility vehicles with a reversing camera; not video surveillance"),
    Topic("photocopieurs-fr", "oos", "copier", ("Location et maintenance de photocopieurs", "Location de copieurs multifonctions"),
          ("Le marché couvre la location de copieurs multifonctions pour l'ensemble des services.",),
          ("Copieur multifonction A3 couleur, location trimestrielle|u|10-80|180", "Coût page noir|page|100000-900000|0.005", "Coût page couleur|page|20000-200000|0.04"),
          ("Effacement sécurisé des disques en fin de contrat.", "Impression sécurisée par badge."), ("30120000",),
          "adjacent: photocopier leasing, office equipment not telecom/surveillance"),
    Topic("ordinateurs-ecoles", "oos", "laptop", ("Ordinateurs portables pour les écoles", "Tablettes pour les classes mobiles"),
          ("Les écoles élémentaires reçoivent des classes mobiles composées d'ordinateurs portables et d'un chariot de recharge.",),
          ("Ordinateur portable 14 pouces|u|30-400|640", "Chariot de recharge 32 places|u|2-15|1400"),
          ("Autonomie supérieure à 9 heures.", "Masterisation incluse."), ("30213100",),
          "adjacent: laptops for schools are ICT-adjacent but outside restricted categories"),
    Topic("sono-salle", "oos", "av", ("Équipement audiovisuel de la salle du conseil", "Sonorisation de la salle polyvalente"),
          ("La salle du conseil municipal est équipée d'un système de conférence et de captation des séances.",),
          ("Système de conférence avec micros délégués|u|20-40|380", "Vidéoprojecteur laser|u|1-2|9000", "Amplificateur et enceintes|forfait|1-1|7500"),
          ("Retransmission des séances sur le site internet.", "Formation des agents."), ("32321200",),
          "adjacent: conference audiovisual equipment, not network or surveillance equipment"),
    Topic("autel-eglise", "oos", "heritage", ("Restauration de l'autel de l'église Saint-Martin", "Travaux de restauration du mobilier liturgique"),
          ("La commune engage la restauration du maître-autel en marbre de l'église Saint-Martin, classé monument historique, ainsi que de l'autel latéral de la chapelle de la Vierge.",
           "Les travaux portent sur le nettoyage, la consolidation et la dorure de l'autel et du retable."),
          ("Nettoyage et consolidation du marbre de l'autel|forfait|1-1|18000", "Reprise des dorures du retable|m²|4-20|950", "Échafaudage|forfait|1-1|6000"),
          ("Intervention d'un restaurateur habilité par les Monuments historiques.", "Rapport de fin de chantier illustré."), ("45454100",),
          "incidental: 'autel' here means altar (church restoration), not Autel Robotics"),
    Topic("solaire-fr", "oos", "energy", ("Installation photovoltaïque en toiture du gymnase", "Maintenance des centrales photovoltaïques communales"),
          ("La collectivité fait poser une centrale photovoltaïque en autoconsommation. Les onduleurs existants des autres sites sont de marques Huawei et Fronius et ne sont pas concernés.",),
          ("Module photovoltaïque 425 Wc|u|100-500|130", "Structure de montage|kWc|40-200|110", "Raccordement et mise en service|forfait|1-1|15000"),
          ("Attestation Consuel.", "Suivi de production à distance."), ("09331200",),
          "incidental: PV installation; Huawei named only as an inverter brand at other sites"),
]
LANG["fr"]["restricted"] = [
    ("switch", "huawei", "vendor", "Commutateur Huawei S5735-L48T4X-A|u|10-60|1800", "Huawei switch offered"),
    ("switch", "huawei", "model", "S5720-52X-LI-AC 48 ports|u|10-40|1500", "Huawei switch model number only"),
    ("switch", "huawei", "equiv", "Le commutateur d'accès sera de type Huawei CloudEngine S5731-S48P4X ou équivalent.", "Huawei model as 'ou équivalent' reference"),
    ("switch", "zte", "vendor", "ZTE ZXR10 5960-56QU-HI|u|2-4|9800", "ZTE switch offered"),
    ("router", "huawei", "model", "Routeur AR2220E avec carte 4G|u|10-30|1500", "Huawei AR router model only"),
    ("wifi", "huawei", "vendor", "Borne Huawei AirEngine 5761-11|u|50-300|480", "Huawei AirEngine AP"),
    ("wifi", "huawei", "model", "AP4050DN-E borne intérieure|u|50-300|390", "Huawei AP model only"),
    ("firewall", "huawei", "vendor", "Pare-feu Huawei USG6615E|u|2-2|12000", "Huawei firewall"),
    ("camera", "hikvision", "vendor", "Caméra Hikvision DS-2CD2347G2-LU ColorVu|u|6-30|290", "Hikvision camera"),
    ("camera", "hikvision", "model", "DS-2DE4425IW-DE(T5) dôme PTZ|u|2-8|780", "Hikvision PTZ model only"),
    ("camera", "hikvision", "model", "DS-7732NI-I4/16P enregistreur|u|1-2|1100", "Hikvision NVR model only"),
    ("camera", "hikvision", "brand", "Caméra EZVIZ H8c|u|4-20|75", "EZVIZ (Hikvision brand)"),
    ("camera", "hikvision", "brand", "HiWatch HWN-2108MH enregistreur 8 voies|u|1-4|160", "HiWatch (Hikvision brand)"),
    ("camera", "dahua", "vendor", "Caméra Dahua IPC-HDW3441TM-AS|u|6-30|210", "Dahua camera"),
    ("camera", "dahua", "model", "NVR4216-16P-4KS2/L|u|1-3|620", "Dahua NVR model only"),
    ("camera", "dahua", "equiv", "Les caméras seront de type Dahua DH-IPC-HFW3849T1-AS-PV ou équivalent.", "Dahua bullet camera as reference"),
    ("camera", "dahua", "brand", "Caméra Imou Cruiser 2|u|4-20|85", "Imou (Dahua brand)"),
    ("radio", "hytera", "vendor", "Terminal Hytera HP785 DMR|u|30-150|520", "Hytera DMR radio"),
    ("radio", "hytera", "model", "MD785G mobile|u|10-30|690", "Hytera model only"),
    ("secsw", "kaspersky", "vendor", "Kaspersky Next EDR Optimum, 3 ans|licence|300-2000|29", "Kaspersky EDR"),
    ("drone", "dji", "vendor", "Drone DJI Matrice 30T|u|1-2|15500", "DJI Matrice"),
    ("drone", "dji", "vendor", "DJI Mavic 3 Enterprise avec RTK|u|1-3|5200", "DJI Mavic 3 Enterprise"),
    ("drone", "autel_robotics", "vendor", "Drone Autel Robotics EVO II Dual 640T V3|u|1-3|8400", "Autel Robotics drone"),
    ("drone", "dji", "equiv", "Le drone sera de type DJI Mavic 3T ou équivalent (caméra thermique 640x512).", "DJI model as reference"),
    ("server", "huawei", "vendor", "Baie Huawei OceanStor 5310|u|1-2|68000", "Huawei OceanStor storage"),
    ("optical", "huawei", "vendor", "OLT Huawei SmartAX MA5800-X17|u|1-2|34000", "Huawei OLT"),
    ("optical", "zte", "model", "ZXHN F670L ONT|u|200-2000|48", "ZTE ONT by model"),
    ("telecom", "china_telecom", "vendor", "Liaison internationale China Telecom Europe (CN2)|mois|12-36|2400", "China Telecom service"),
]
LANG["fr"]["compliant"] = {
    "switch": ["Commutateur Cisco Catalyst 9300-48P|u|10-40|4800", "Aruba CX 6200F 48G|u|10-60|2400", "Alcatel-Lucent Enterprise OmniSwitch 6860E|u|10-40|3600"],
    "router": ["Routeur Cisco C8300|u|10-30|3600", "Routeur Stormshield SN310|u|10-30|1400"],
    "wifi": ["Borne Aruba AP-535|u|50-300|690", "Borne Cisco Meraki MR46|u|50-300|720"],
    "firewall": ["Stormshield SN3100|u|2-2|18000", "Fortinet FortiGate 600F|u|2-2|19000"],
    "camera": ["Caméra Axis P3268-LVE|u|6-30|1100", "Caméra Bosch AUTODOME IP 5100i|u|2-8|2100", "Caméra Hanwha Vision XNO-8082R|u|6-30|620"],
    "radio": ["Terminal Motorola MOTOTRBO R7|u|30-150|690", "Terminal Airbus TH1n|u|30-150|820"],
    "secsw": ["HarfangLab EDR|licence|300-3000|32", "Trend Micro Vision One Endpoint|licence|300-3000|34"],
    "drone": ["Parrot ANAFI USA GOV|u|1-3|11000", "Delair UX11|u|1-2|30000"],
    "server": ["Serveur Dell PowerEdge R760|u|4-10|15000", "Baie NetApp AFF A250|u|1-2|62000"],
    "optical": ["OLT Nokia Lightspan FX-8|u|1-2|30000"],
    "telecom": ["Forfait Orange Business Mobile 30 Go|ligne|100-1200|10", "Bouygues Telecom Entreprises forfait 40 Go|ligne|100-1200|9"],
}
LANG["fr"]["prohibit"] = [
    "Les équipements des fabricants Huawei et ZTE, ainsi que de leurs filiales, ne sont pas admis dans le cadre du présent marché ; toute offre les proposant sera déclarée irrégulière.",
    "Conformément à la doctrine de l'ANSSI relative aux équipements de réseaux mobiles, aucun équipement radio ou cœur de réseau de Huawei ou de ZTE ne pourra être déployé.",
    "Les caméras et enregistreurs des marques Hikvision, Dahua et de leurs marques dérivées (EZVIZ, HiLook, Imou) sont exclus.",
    "Les produits de l'éditeur Kaspersky ne sont pas acceptés.",
]
LANG["fr"]["certify"] = [
    "Nous attestons sur l'honneur que les matériels proposés ne comportent aucun composant des sociétés Huawei, ZTE, Hikvision, Dahua ou Hytera.",
    "Le titulaire certifie qu'aucun logiciel Kaspersky ni équipement Huawei ou ZTE n'est intégré à la solution proposée.",
]
LANG["fr"]["scrm"] = [
    "Le candidat précise l'origine des équipements proposés et la localisation des centres de maintenance.",
    "Les équipements doivent pouvoir être exploités sans connexion permanente aux serveurs du constructeur.",
]
LANG["fr"]["scrm_rate"] = 0.2
LANG["fr"]["far"] = [
    "Le projet étant cofinancé par un programme fédéral américain, le titulaire certifie ne pas utiliser d'équipements de télécommunications ou de vidéosurveillance de Huawei, ZTE, Hytera, Hikvision ou Dahua (section 889 du NDAA, clause FAR 52.204-25).",
    "Clause de conformité du groupe : le prestataire s'engage à ne pas utiliser de logiciel Kaspersky sur les postes ayant accès au système d'information du client.",
    "Le titulaire déclare qu'il n'est pas soumis aux mesures restrictives de l'Union européenne et qu'il n'emploie pas, dans l'exécution du marché, d'équipements Huawei ou ZTE pour ses propres communications.",
]
LANG["fr"]["incid"] = [
    "Le chantier se situe en face du centre de recherche Huawei de Boulogne-Billancourt ; le stationnement y est réglementé.",
    "Accès au site : parking public à proximité de la boutique DJI du centre commercial.",
    "Remarque : le salon professionnel organisé l'an dernier dans la même salle accueillait notamment Hikvision ; les horaires de montage sont imposés par le gestionnaire.",
]


# ============================================================================= Norwegian (bokmål)
LANG["nb"] = dict(
    folder="nb", prefix="nb", iso="nb", iso_col="nb", money="nok", tax=0.25, date="nb",
    refs=["YYYY/#####", "Saksnr. YYYY-####", "Doffin-ref. YYYY-######", "Avtale ####-YYYY"],
    buyers=["Bergen kommune", "Trondheim kommune, Innkjøpsseksjonen", "Statens vegvesen", "Helse Nord RHF", "Vestland fylkeskommune",
            "Oslo universitetssykehus HF", "Tromsø kommune", "Politiets fellestjenester", "Drammen kommune", "Direktoratet for samfunnssikkerhet og beredskap",
            "Bodø kommune", "Agder fylkeskommune", "Kristiansand havn KF", "Universitetet i Stavanger"],
    suppliers=["Nettverkspartner Nord AS", "Sikkerhetsteknikk Vest AS", "Radiokommunikasjon Norge AS", "Kontormøbler Engros AS",
               "Renhold Service Trøndelag AS", "Datasenter Drift AS", "Telekomtjenester Sør AS"],
    persons=["innkjøpsrådgiver Kari Hansen", "IKT-sjef Ola Nordmann", "prosjektleder Ingrid Berg", "rådgiver Even Solberg"],
    H=dict(pos="Nr.", desc="Beskrivelse", qty="Antall", unit="Enhet", unit_price="Enhetspris eks. mva", amount="Sum eks. mva",
           buyer="Oppdragsgiver", ref="Referanse", date="Dato", deadline="Tilbudsfrist", subject="Anskaffelsens gjenstand",
           to="Til", **{"from": "Fra"}, reqs="Krav", background="Bakgrunn", scope="Omfang", total="Totalt eks. mva",
           subtotal="Sum eks. mva", tax="Mva 25 %", supplier="Leverandør", customer="Kunde", quote_no="Tilbudsnr.",
           valid_until="Vedståelsesfrist", sku="Varenr.", price="Listepris eks. mva", project="Prosjekt", notes="Merknader",
           lot="Delkontrakt", datasheet="Produktark", specs="Tekniske data", ordering="Bestillingsinformasjon",
           winner="Tildelt leverandør", award_amount="Kontraktsverdi eks. mva", bids="Antall tilbud", deliverables="Leveranse",
           obligations="Leverandørens plikter", tasks="Oppgaver", period="Kontraktsperiode", questions="Spørsmål til markedet",
           framework="Rammeavtale", calloff_no="Avropsnr.", mail_from="Fra", mail_to="Til", mail_subject="Emne", procedure="Prosedyre",
           special=["Særskilte krav", "Andre bestemmelser"],
           submission="Innlevering av tilbud", eligibility="Kvalifikasjonskrav", payment="Betalingsbetingelser", delivery="Levering",
           warranty="Garanti", evaluation="Tildelingskriterier", documents="Dokumentasjon", penalty="Dagmulkt",
           confidentiality="Taushetsplikt og personvern", general="Generelle bestemmelser", schedule="Tidsplan", contact="Kontaktperson"),
    T=dict(
        notice=["Kunngjøring av konkurranse: {title}", "{title} – åpen anbudskonkurranse", "Konkurransegrunnlag – {title}"],
        rfq=["Forespørsel om pris", "Prisforespørsel – {title}", "Invitasjon til å gi tilbud: {title}"],
        rfp=["Konkurransegrunnlag del 2: {title}", "Kravspesifikasjon og konkurransegrunnlag – {title}"],
        itb=["Invitasjon til konkurranse", "Konkurranseinvitasjon – {title}"],
        bid_letter=["Tilbudsbrev", "Tilbud på {title}"],
        quote=["Tilbud", "Pristilbud", "Tilbud nr. {ref}"],
        price_list=["Prisliste offentlig sektor – {supplier}", "Prisliste rammeavtale {date}"],
        boq=["Mengdebeskrivelse – {title}", "Prisskjema {title}", "Postliste {title}"],
        spec=["Kravspesifikasjon – {title}", "Teknisk beskrivelse: {title}", "Bilag 1 Kravspesifikasjon – {title}"],
        award=["Kunngjøring av kontraktstildeling – {title}", "Melding om tildeling: {title}"],
        contract_annex=["Bilag 2 til avtalen: Leveransebeskrivelse", "Avtalebilag – {title}"],
        sow=["Oppdragsbeskrivelse – {title}", "Beskrivelse av tjenesten: {title}"],
        market_research=["Markedsundersøkelse – {title}", "Forhåndsmelding / RFI: {title}", "Invitasjon til markedsdialog – {title}"],
        calloff=["Avrop på rammeavtale", "Avrop – {title}"],
    ),
    S=dict(
        rfq_intro=["Vi ber om pris på følgende varer innen {deadline}.", "Bergen kommune gjennomfører en direkte anskaffelse og ber om tilbud på leveransen under.",
                   "Vi ønsker et uforpliktende pristilbud på det som er beskrevet nedenfor."],
        closing=["Med vennlig hilsen", "Ta gjerne kontakt ved spørsmål.", "Takk for hjelpen."],
        itb_intro=["Oppdragsgiver inviterer med dette til konkurranse etter anskaffelsesforskriften del I og III.",
                   "Konkurransen gjennomføres som åpen anbudskonkurranse. Det er ikke adgang til å forhandle."],
        offer=["Vi viser til konkurransegrunnlaget og gir herved følgende tilbud:", "Takk for forespørselen. Vi tilbyr følgende:"],
        validity=["Tilbudet er gyldig i {days} dager.", "Alle priser er oppgitt eks. mva, levert oppdragsgivers adresse."],
        sign=["{supplier}\nSalgsavdelingen", "Med vennlig hilsen\n{supplier}"],
        quote_intro=["Takk for forespørselen. Her er vårt tilbud:", "Som avtalt sender vi pris på følgende:"],
        pl_intro=["Prisene gjelder for kunder i offentlig sektor.", "Gyldig fra {date}."],
        pl_notes=["Alle priser eks. mva og frakt.", "Med forbehold om trykkfeil og prisendringer."],
        ds_foot=["Med forbehold om tekniske endringer.", "Varemerker tilhører sine respektive eiere."],
        award_text=["Kontrakt er tildelt leverandøren med det økonomisk mest fordelaktige tilbudet.", "Karensperioden er utløpt og kontrakt er inngått."],
        annex_intro=["Dette bilaget beskriver leveransen og er en del av avtalen.", "Bilaget går foran leverandørens standardvilkår."],
        period=["Avtalen gjelder i {months} måneder med opsjon på forlengelse i 1+1 år.", "Kontraktsperioden er to år fra signering."],
        rfi_intro=["Formålet med markedsundersøkelsen er å få innsikt i tilgjengelige løsninger før en eventuell konkurranse.",
                   "Dette er ikke en konkurranse, og deltakelse gir ingen fordeler i en senere anskaffelse."],
        rfi_q=["Hvilke løsninger anbefaler dere?", "Hva er forventet kostnadsnivå?", "Hvilke leveransetider kan dere tilby?",
               "Har dere referanser fra offentlig sektor?", "Er noen av kravene unødvendig begrensende?"],
        calloff_text=["Levering i henhold til rammeavtalens vilkår.", "Leveringstid: innen {days} dager etter avrop."],
        mail_open=["Hei,", "God dag,"],
        mail_close=["Vi ber om svar innen {deadline}. Takk!", "Ha en fin dag.\nHilsen"],
        procedures=["Åpen anbudskonkurranse", "Konkurranse med forhandling", "Begrenset anbudskonkurranse", "Anbudskonkurranse etter del I"],
        doffin_extra=["Konkurransegrunnlaget er tilgjengelig i KGV-systemet.", "Det tas forbehold om tilstrekkelige midler.",
                      "Oppdragsgiver kan avlyse konkurransen dersom det foreligger saklig grunn.", "Tilbud skal leveres elektronisk."],
    ),
    B=dict(
        submission=["Tilbud skal leveres elektronisk via konkurransegjennomføringsverktøyet innen {deadline} kl. 12:00.",
                    "Spørsmål til konkurransen stilles anonymisert i verktøyet senest ti dager før tilbudsfristen."],
        eligibility=["Leverandøren skal være registrert i et foretaksregister og ha ordnede forhold for skatt og merverdiavgift.",
                     "Leverandøren skal ha erfaring fra minst tre tilsvarende oppdrag de siste tre årene."],
        payment=["Betaling skjer 30 dager etter mottatt korrekt elektronisk faktura (EHF).", "Fakturering skjer månedlig etterskuddsvis."],
        delivery=["Levering skjer fritt oppdragsgivers adresse (DDP, Incoterms 2020) innen {days} dager.",
                  "Leverandøren skal avtale leveringstidspunkt med driftsavdelingen."],
        warranty=["Garantitiden er minimum tre år fra overtakelse.", "Feil skal utbedres innen neste virkedag."],
        evaluation=["Pris 50 %, kvalitet 40 %, miljø 10 %.", "Kontrakt tildeles laveste pris."],
        documents=["Tilbudet skal inneholde tilbudsbrev, utfylt prisskjema, besvart kravspesifikasjon og ESPD.",
                   "Skatteattest og firmaattest skal ikke være eldre enn seks måneder."],
        penalty=["Ved forsinkelse påløper dagmulkt på 1 promille av kontraktssummen per virkedag."],
        confidentiality=["Leverandøren skal inngå databehandleravtale i tråd med personopplysningsloven.",
                         "Leverandøren har taushetsplikt om opplysninger han får kjennskap til under oppdraget."],
        general=["Kontrakten reguleres av SSA-K eller Statens standardavtaler der det er relevant.", "Norsk rett gjelder."],
        schedule=["Forventet kontraktsinngåelse er åtte uker etter tilbudsfrist."],
        contact=["Kontaktperson: {person}.", "Henvendelser via meldingsfunksjonen i KGV."],
    ),
)
LANG["nb"]["topics"] = [
    Topic("nettverk-kommune", "ict", "switch", ("Rammeavtale for nettverksutstyr", "Utskifting av svitsjer i skolenettet", "Kjøp av aktivt nettverksutstyr"),
          ("Kommunen skal inngå rammeavtale for kjøp av svitsjer, rutere og tilhørende tjenester til kommunens administrative nett og skolenettet.",
           "Oppdragsgiver skal erstatte om lag 400 kantsvitsjer og 20 distribusjonssvitsjer som har nådd slutten av levetiden.",
           "Anskaffelsen omfatter levering, installasjon og drift av nettverkskomponenter i lokalnettet ved kommunens bygg."),
          ("Kantsvitsj 48 porter PoE+, 4x10G opplink|stk|20-400|14000", "Distribusjonssvitsj 24x10G|stk|2-20|52000", "Installasjon og konfigurasjon|time|50-400|1200"),
          ("Svitsjene skal støtte 802.1X og dynamisk VLAN-tildeling.", "Sentral administrasjon via skyportal eller lokal server.", "Sikkerhetsoppdateringer i minst sju år."),
          ("32420000", "32422000")),
    Topic("ruter-wan", "ict", "router", ("Rutere og brannmur for fylkeskommunens skoler", "Ruterutstyr til bredbåndsaksess"),
          ("Fylkeskommunen skal kjøpe rutere og brannmurer til de videregående skolene.",
           "Anskaffelsen gjelder rutere med mobilt reservesamband for kommunens tjenestesteder."),
          ("Ruter med 4G/5G-reserve|stk|10-60|9800", "Sentral VPN-konsentrator|stk|2-2|160000"),
          ("IPsec VPN med sterk kryptering.", "Nullberøringsutrulling."), ("32413100",)),
    Topic("tradlost-nett", "ict", "wifi", ("Trådløst nett i skoler og barnehager", "WLAN ved sykehusets bygg"),
          ("Anskaffelsen gjelder aksesspunkter og administrasjon av trådløst nett i alle kommunens skoler og barnehager.",
           "Helseforetaket skal oppgradere det trådløse nettet for pasienter, besøkende og ansatte."),
          ("Aksesspunkt Wi-Fi 6E|stk|50-600|6500", "Skybasert administrasjonslisens 5 år|stk|50-600|1500"),
          ("802.11ax og WPA3.", "Egne SSID-er for ansatte, elever og gjester."), ("32420000",)),
    Topic("brannmur", "ict", "firewall", ("Brannmur og sikker internettilgang", "Neste generasjons brannmur"),
          ("Oppdragsgiver skal anskaffe et redundant brannmursystem for internettilgang og soneinndeling.",),
          ("Brannmur i klynge, 10 Gbit/s|stk|2-2|240000", "Abonnement på IPS og trusseletterretning, 3 år|stk|1-1|150000"),
          ("Aktiv/passiv klynge.", "Logg til eksisterende SIEM."), ("32420000", "48730000")),
    Topic("kamera-overvaking", "ict", "camera", ("Kameraovervåking av kommunale bygg", "Videoovervåking av havneområdet", "ITV-anlegg for bussterminal"),
          ("Kommunen skal etablere kameraovervåking ved skoler og idrettsanlegg for å forebygge hærverk.",
           "Havnen skal oppgradere videoovervåkingen av kaiområdet i tråd med ISPS-koden.",
           "Anskaffelsen omfatter levering og montering av IP-kameraer, opptaker og videohåndteringsprogramvare."),
          ("IP-kamera 4 MP utendørs|stk|10-80|7500", "Nettverksopptaker 32 kanaler|stk|1-4|42000", "Videohåndteringslisens per kamera|stk|10-80|1600"),
          ("Lagring maksimalt sju dager i tråd med personopplysningsloven.", "ONVIF-støtte.", "Kryptert overføring."), ("35125300", "32323500")),
    Topic("radio-beredskap", "ict", "radio", ("Radioterminaler til brann- og redningstjenesten", "Digitale radioer til driftspersonell"),
          ("Brann- og redningsetaten skal kjøpe håndholdte terminaler og kjøretøyterminaler for Nødnett.",
           "Driftsavdelingen skal ta i bruk digitale radioer (DMR) for kommunikasjon mellom vaktmestere og vaktsentral."),
          ("Håndholdt TETRA-terminal|stk|20-150|9500", "Kjøretøyterminal med montering|stk|5-30|16000", "DMR-repeater|stk|1-4|38000"),
          ("Godkjent for bruk i Nødnett.", "Kapslingsgrad IP67.", "Alarmknapp og posisjonering."), ("32344210",)),
    Topic("antivirus-nb", "ict", "secsw", ("Endepunktsikkerhet og EDR", "Lisenser for antivirus"),
          ("Anskaffelsen gjelder programvare for endepunktsbeskyttelse med deteksjon og respons for om lag 3000 klienter.",),
          ("EDR-lisens klient, 3 år|stk|300-3000|450", "Overvåkingstjeneste 24/7|måned|12-36|38000"),
          ("Data lagres innenfor EU/EØS.", "Oppdagelse av løsepengevirus."), ("48760000",)),
    Topic("droner-nb", "ict", "drone", ("Droner til beredskap og inspeksjon", "Ubemannede luftfartøy til kartlegging"),
          ("Direktoratet skal kjøpe droner med varmekamera til søk og redning.",
           "Vegvesenet ønsker å anskaffe droner for inspeksjon av bruer og skredområder."),
          ("Drone med termisk og zoomkamera|stk|1-6|160000", "Ekstra batterier|stk|4-24|4500", "Opplæring av piloter|kurs|1-4|25000"),
          ("Flytid minst 40 minutter.", "Lokal lagring uten overføring til produsent."), ("34711000",)),
    Topic("servere-nb", "ict", "server", ("Servere og lagring til datasenter", "Ny virtualiseringsplattform"),
          ("Universitetet skal fornye servere og lagringssystem i datasenteret.",),
          ("Virtualiseringsserver, 2 CPU, 1 TB RAM|stk|4-12|190000", "Lagringssystem all-flash 200 TB|stk|1-2|1200000"),
          ("Synkron speiling mellom to datasaler.", "Femårig maskinvarestøtte."), ("48820000", "30233000")),
    Topic("mobil-tele", "ict", "telecom", ("Mobiltelefonitjenester", "Datakommunikasjon og internettaksess"),
          ("Rammeavtale for mobiltelefoni og mobildata for kommunens ansatte.",
           "Anskaffelsen gjelder samband mellom kommunens lokasjoner og internettaksess."),
          ("Mobilabonnement med 20 GB|abonnement|200-3000|120", "Fiberaksess 1 Gbit/s|aksess|5-40|4500"),
          ("Dekningskart skal vedlegges.", "Feilmelding døgnet rundt."), ("64212000", "64200000")),
    Topic("iot-maling", "ict", "iot", ("IoT-sensorer med mobilkommunikasjon", "Smarte vannmålere med NB-IoT"),
          ("Kommunen skal kjøpe vannmålere med innebygd NB-IoT-modul for fjernavlesning.",),
          ("Vannmåler med NB-IoT|stk|1000-20000|1400", "Dataplattform, årlig lisens|år|1-4|90000"),
          ("Produsent av radiomodul skal oppgis.", "Batterilevetid minst 12 år."), ("32500000",)),
    # out of scope
    Topic("renhold", "oos", "cleaning", ("Renholdstjenester for kommunale bygg", "Vinduspuss og periodisk renhold"),
          ("Kommunen skal inngå avtale om daglig renhold av skoler, barnehager og administrasjonsbygg.",
           "Anskaffelsen gjelder periodisk renhold og vinduspuss ved helseforetakets bygg."),
          ("Daglig renhold|m²/år|10000-60000|140", "Vinduspuss to ganger årlig|m²|1000-8000|18"),
          ("Renholdsvirksomheten skal være godkjent av Arbeidstilsynet.", "Miljømerkede renholdsmidler."), ("90910000",)),
    Topic("mobler-nb", "oos", "furniture", ("Møbler til nytt rådhus", "Elevpulter og stoler"),
          ("Kommunen skal kjøpe kontormøbler til det nye rådhuset.", "Rammeavtale for skolemøbler til grunnskolene."),
          ("Hev-senk-pult|stk|50-400|6500", "Kontorstol|stk|50-400|4200", "Elevpult|stk|100-1000|1400"),
          ("Møblene skal være Svanemerket eller tilsvarende.",), ("39130000",)),
    Topic("matlevering", "oos", "catering", ("Levering av mat til sykehjem", "Kantinedrift"),
          ("Anskaffelsen gjelder produksjon og levering av middag til kommunens sykehjem.",),
          ("Middag, normalkost|porsjon|50000-200000|58", "Spesialkost|porsjon|5000-30000|74"),
          ("Maten skal følge nasjonal faglig retningslinje for mat og måltider.",), ("55321000",)),
    Topic("vegarbeid", "oos", "road", ("Asfaltering av kommunale veier", "Vintervedlikehold av fylkesveier"),
          ("Rammeavtale for asfaltering og lapping av kommunale veier.",
           "Driftskontrakt for brøyting og strøing av fylkesveier i to roder."),
          ("Asfaltering Agb 11|tonn|1000-12000|1400", "Brøyting|time|500-4000|1300"),
          ("Arbeidsvarsling etter håndbok N301.",), ("45233142", "90620000")),
    Topic("kjoretoy", "oos", "vehicle", ("Elektriske varebiler", "Feiebil til bydrift"),
          ("Kommunen skal kjøpe elektriske varebiler til hjemmetjenesten.",),
          ("Elektrisk varebil|stk|2-20|420000", "Ryggekamera med skjerm|stk|2-20|6000"),
          ("Rekkevidde minst 250 km (WLTP).",), ("34136000",),
          "adjacent: vans with a reversing camera; not video surveillance"),
    Topic("kommunenettverk", "oos", "welfare", ("Kommunenettverk for velferdsteknologi", "Deltakelse i regionalt kommunenettverk"),
          ("Anskaffelsen gjelder prosessveiledning for et kommunenettverk der 14 kommuner samarbeider om innføring av velferdsteknologi. «Nettverk» betyr her et samarbeid mellom kommuner, ikke et datanettverk.",
           "Konsulenttjenester for å lede et nettverk av kommuner som deler erfaringer om digital hjemmeoppfølging."),
          ("Prosessveiledning|time|200-1200|1400", "Samlinger for nettverket|samling|2-8|45000"),
          ("Erfaring fra kommunalt utviklingsarbeid.",), ("79411000",),
          "adjacent: 'kommunenettverk' is a network of municipalities (consultancy), not IT networking"),
    Topic("nettstasjoner", "oos", "utility", ("Rammeavtale for nettstasjoner", "Kjøp av nettstasjoner og transformatorer"),
          ("Nettselskapet skal inngå rammeavtale for kjøp av nettstasjoner til distribusjonsnettet for strøm. Nettstasjon er her en elektrisk transformatorstasjon.",),
          ("Kompakt nettstasjon 800 kVA|stk|5-40|280000", "Fordelingstransformator 22/0,4 kV|stk|5-40|160000"),
          ("Levering i henhold til REN-bladene.",), ("31200000", "31170000"),
          "adjacent: 'nettstasjoner' are electrical substations, not data networks"),
    Topic("pasientovervaking", "oos", "medical", ("Pasientovervåkingsutstyr", "Overvåkingsmonitorer til intensivavdelingen"),
          ("Helseforetaket skal anskaffe pasientmonitorer og sentralovervåking til intensivavdelingen.",),
          ("Pasientmonitor|stk|10-60|180000", "Sentralstasjon|stk|1-2|420000"),
          ("CE-merket medisinsk utstyr klasse IIb.",), ("33195100",),
          "adjacent: 'overvåking' here is patient monitoring (medical), not video surveillance"),
    Topic("vakttjenester", "oos", "guard", ("Vakt- og sikkerhetstjenester", "Vekterutrykning og stasjonær vakt"),
          ("Anskaffelsen gjelder stasjonær vakt og utrykning på alarmer. Vekterne kommuniserer med egne radioer som leverandøren holder.",),
          ("Stasjonær vakt|time|4000-9000|560", "Alarmutrykning|utrykning|50-400|900"),
          ("Godkjenning etter vaktvirksomhetsloven.",), ("79713000",),
          "adjacent: guard services; radios are the contractor's tools, not the purchase"),
    Topic("viltovervaking", "oos", "research", ("Overvåking av vilthelse", "Bestandsovervåking av villrein"),
          ("Oppdraget gjelder innsamling og analyse av prøver for overvåking av helsetilstanden hos hjortevilt.",),
          ("Prøveanalyser|prøve|500-3000|900", "Feltarbeid|dagsverk|20-100|7000"),
          ("Akkreditert laboratorium.",), ("73110000",),
          "adjacent: 'overvåking' is wildlife health monitoring, not surveillance equipment"),
    Topic("solcelle-nb", "oos", "energy", ("Solcelleanlegg på idrettshall", "Service på solcelleanlegg"),
          ("Kommunen skal montere solcelleanlegg på taket av idrettshallen. Eksisterende anlegg på skolen har vekselrettere fra Huawei og SMA, som ikke berøres.",),
          ("Solcellepanel 420 W|stk|100-600|1600", "Montasje og elektroarbeid|rs|1-1|180000"),
          ("Anlegget skal ha overvåking av produksjon.",), ("09331200",),
          "incidental: Huawei named only as existing solar inverter brand"),
]
LANG["nb"]["restricted"] = [
    ("switch", "huawei", "vendor", "Huawei S5735-L48P4X-A svitsj|stk|20-200|9800", "Huawei switch offered"),
    ("switch", "huawei", "model", "S5720-28X-SI-AC kantsvitsj|stk|20-200|8400", "Huawei model only"),
    ("switch", "huawei", "equiv", "Referanseprodukt for kantsvitsj: Huawei CloudEngine S5731-H48T4XC eller tilsvarende.", "Huawei model as reference"),
    ("router", "zte", "model", "MF286D 4G-ruter|stk|10-60|2200", "ZTE MF286 router by model"),
    ("router", "huawei", "model", "AR1220E ruter|stk|10-60|8600", "Huawei AR router by model"),
    ("wifi", "huawei", "vendor", "Huawei AirEngine 5761-11 aksesspunkt|stk|50-400|5200", "Huawei AirEngine AP"),
    ("firewall", "huawei", "vendor", "Huawei USG6555E brannmur|stk|2-2|120000", "Huawei firewall"),
    ("camera", "hikvision", "vendor", "Hikvision DS-2CD2T47G2-L ColorVu kamera|stk|10-60|3200", "Hikvision camera"),
    ("camera", "hikvision", "model", "DS-2CD2387G2-LU 8MP bullet|stk|10-40|3600", "Hikvision model only"),
    ("camera", "hikvision", "brand", "HiLook NVR-108MH-C opptaker|stk|1-4|1900", "HiLook (Hikvision brand)"),
    ("camera", "dahua", "vendor", "Dahua IPC-HFW2441S-S kamera|stk|10-60|1600", "Dahua camera"),
    ("camera", "dahua", "model", "NVR4208-8P-4KS2 opptaker|stk|1-4|4200", "Dahua NVR model only"),
    ("camera", "hikvision", "brand", "EZVIZ C3TN utekamera|stk|5-30|690", "EZVIZ (Hikvision brand)"),
    ("radio", "hytera", "vendor", "Hytera PD785G DMR-radio|stk|20-100|5200", "Hytera DMR radio"),
    ("secsw", "kaspersky", "vendor", "Kaspersky Endpoint Security for Business Select, 3 år|stk|300-3000|380", "Kaspersky product"),
    ("drone", "dji", "vendor", "DJI Matrice 30T|stk|1-4|140000", "DJI Matrice"),
    ("drone", "dji", "vendor", "DJI Mavic 3 Enterprise|stk|1-4|62000", "DJI Mavic 3 Enterprise"),
    ("drone", "autel_robotics", "vendor", "Autel EVO Max 4T|stk|1-3|98000", "Autel Robotics drone"),
    ("server", "huawei", "vendor", "Huawei OceanStor Dorado 3000 V6|stk|1-1|900000", "Huawei OceanStor"),
]
LANG["nb"]["compliant"] = {
    "switch": ["Cisco Catalyst 9200-48P|stk|20-200|18000", "Juniper EX2300-48P|stk|20-200|14000", "HPE Aruba 6100 48G|stk|20-200|9500"],
    "router": ["Cisco ISR 1100 med LTE|stk|10-60|11000"],
    "wifi": ["Cisco Meraki MR57|stk|50-400|9800", "Aruba AP-635|stk|50-400|7400"],
    "firewall": ["Palo Alto PA-3420|stk|2-2|380000", "Fortinet FortiGate 400F|stk|2-2|260000"],
    "camera": ["Axis P1468-XLE|stk|10-40|12000", "Milestone XProtect Professional+ lisens|stk|10-60|1900", "Bosch DINION 7100i|stk|10-40|11000"],
    "radio": ["Motorola Solutions MXP600|stk|20-150|11000", "Sepura SC20|stk|20-150|12000"],
    "secsw": ["Microsoft Defender for Endpoint P2|stk|300-3000|420", "WithSecure Elements EDR|stk|300-3000|390"],
    "drone": ["Skydio X10|stk|1-4|220000", "Parrot ANAFI USA|stk|1-4|110000"],
    "server": ["HPE ProLiant DL380 Gen11|stk|4-12|170000"],
    "telecom": ["Telenor Bedrift Fri 20 GB|abonnement|200-3000|140", "Telia Jobbmobil 30 GB|abonnement|200-3000|150"],
    "iot": ["Kamstrup flowIQ 2200 med NB-IoT|stk|1000-20000|1500"],
}
LANG["nb"]["prohibit"] = [
    "Utstyr fra Huawei og ZTE, herunder datterselskaper, aksepteres ikke i denne anskaffelsen. Tilbud som inneholder slikt utstyr vil bli avvist.",
    "Kameraer og opptakere fra Hikvision og Dahua, inkludert merkene EZVIZ, HiLook og Imou, kan ikke tilbys av sikkerhetsmessige hensyn (jf. sikkerhetsloven).",
    "Programvare fra Kaspersky Lab godtas ikke.",
    "Radioer produsert av Hytera skal ikke leveres.",
]
LANG["nb"]["certify"] = [
    "Vi bekrefter at tilbudt utstyr ikke inneholder komponenter fra Huawei, ZTE, Hikvision, Dahua eller Hytera.",
    "Leverandøren erklærer at løsningen ikke benytter programvare fra Kaspersky eller nettverksutstyr fra Huawei og ZTE.",
]
LANG["nb"]["scrm"] = [
    "Leverandøren skal redegjøre for leverandørkjeden og produksjonsland for tilbudt utstyr.",
    "Anskaffelsen kan være omfattet av sikkerhetsloven; leverandøren må påregne sikkerhetsklarering.",
]
LANG["nb"]["scrm_rate"] = 0.2
LANG["nb"]["far"] = [
    "Fordi prosjektet delfinansieres av amerikanske myndigheter, skal leverandøren bekrefte at den ikke benytter telekommunikasjons- eller videoovervåkingsutstyr fra Huawei, ZTE, Hytera, Hikvision eller Dahua (FAR 52.204-25).",
    "Leverandøren skal ikke bruke programvare fra Kaspersky på datamaskiner som har tilgang til oppdragsgivers systemer.",
]
LANG["nb"]["incid"] = [
    "Møtestedet ligger i Fornebu, like ved Huaweis kontorer.",
    "Parkering er tilgjengelig i parkeringshuset ved siden av DJI-butikken.",
]


# ----------------------------------------------------------------------------- sections only long specifications carry
LONG_KEYS = ("project", "acceptance", "handover", "training", "environment", "subcontracting", "insurance", "safety")
LANG["de"]["H"].update(project="Projektorganisation", acceptance="Abnahme", handover="Dokumentation und Übergabe",
                       training="Einweisung und Schulung", environment="Umwelt- und Nachhaltigkeitsanforderungen",
                       subcontracting="Nachunternehmer", insurance="Versicherungen", safety="Arbeitsschutz")
LANG["de"]["B"].update(
    project=["Der Auftragnehmer benennt mit Angebotsabgabe einen verantwortlichen Projektleiter und einen Stellvertreter, die während der gesamten Vertragslaufzeit zur Verfügung stehen und über ausreichende Deutschkenntnisse verfügen. Ein Wechsel dieser Personen bedarf der vorherigen Zustimmung des Auftraggebers. Der Projektleiter nimmt an den zweiwöchentlichen Baubesprechungen teil, erstellt einen Terminplan mit Meilensteinen und berichtet schriftlich über Fortschritt, Risiken und Abweichungen."],
    acceptance=["Die Abnahme erfolgt förmlich nach vollständiger Leistungserbringung. Vorher führt der Auftragnehmer einen dokumentierten Funktionstest in Anwesenheit des Auftraggebers durch. Festgestellte Mängel werden in einem Protokoll festgehalten und sind innerhalb einer angemessenen Frist zu beseitigen. Eine Teilabnahme einzelner Lose oder Bauabschnitte ist möglich, wenn diese eigenständig nutzbar sind. Die Gefahr geht erst mit der Abnahme auf den Auftraggeber über."],
    handover=["Zur Übergabe gehören Bestandspläne, Prüfprotokolle, Bedienungs- und Wartungsanleitungen in deutscher Sprache sowie eine Aufstellung aller gelieferten Teile mit Seriennummern. Die Unterlagen sind in zweifacher Papierausfertigung und elektronisch als PDF zu übergeben. Ohne vollständige Dokumentation gilt die Leistung nicht als abnahmereif."],
    training=["Der Auftragnehmer weist das Personal des Auftraggebers vor Ort ein. Vorzusehen sind zwei Termine von jeweils drei Stunden für bis zu zwölf Teilnehmende. Die Schulungsunterlagen verbleiben beim Auftraggeber und dürfen intern vervielfältigt werden."],
    environment=["Verpackungen sind auf das notwendige Maß zu beschränken und vom Auftragnehmer zurückzunehmen. Es sind nach Möglichkeit Produkte mit anerkannten Umweltzeichen einzusetzen. Fahrten zur Baustelle oder zum Einsatzort sind zu bündeln; der Einsatz emissionsarmer Fahrzeuge wird positiv berücksichtigt. Der Auftragnehmer hat die Vorgaben des Landestariftreue- und Mindestlohngesetzes einzuhalten."],
    subcontracting=["Beabsichtigt der Bieter, Teile der Leistung an Nachunternehmer zu vergeben, sind diese im Angebot mit Art und Umfang der Leistung zu benennen. Der Auftraggeber kann verlangen, dass für Nachunternehmer die gleichen Eignungsnachweise vorgelegt werden wie für den Bieter selbst."],
    insurance=["Der Auftragnehmer weist eine Betriebshaftpflichtversicherung mit Deckungssummen von mindestens 3 Mio. Euro für Personen- und 1 Mio. Euro für Sach- und Vermögensschäden nach und hält diese während der gesamten Vertragslaufzeit aufrecht."],
    safety=["Alle Arbeiten sind unter Beachtung der einschlägigen Arbeitsschutz- und Unfallverhütungsvorschriften auszuführen. Arbeiten im laufenden Dienstbetrieb sind so zu organisieren, dass Beschäftigte und Besucher nicht gefährdet werden; Verkehrswege sind freizuhalten und abzusichern."],
)
LANG["fr"]["H"].update(project="Organisation du projet", acceptance="Vérifications et admission", handover="Documentation et dossier des ouvrages exécutés",
                       training="Formation", environment="Clauses environnementales et sociales", subcontracting="Sous-traitance",
                       insurance="Assurances", safety="Hygiène et sécurité")
LANG["fr"]["B"].update(
    project=["Le titulaire désigne un chef de projet unique, interlocuteur du pouvoir adjudicateur pendant toute la durée du marché. Une réunion de lancement est organisée dans les quinze jours suivant la notification ; elle fixe le planning détaillé, les jalons et les modalités de suivi. Un compte rendu est rédigé par le titulaire après chaque réunion et transmis sous cinq jours ouvrés."],
    acceptance=["Les opérations de vérification comprennent une vérification d'aptitude puis une vérification de service régulier d'une durée de trente jours. À l'issue de cette période, le pouvoir adjudicateur prononce l'admission, l'ajournement, la réfaction ou le rejet des prestations, dans les conditions du CCAG applicable. Les réserves éventuelles sont levées par le titulaire à ses frais."],
    handover=["Le titulaire remet, au plus tard à la réception, un dossier comprenant les plans de recollement, les notices d'utilisation et de maintenance en langue française, les procès-verbaux d'essais et la liste des équipements avec leurs numéros de série. Ce dossier est fourni en deux exemplaires papier et sous format numérique."],
    training=["Une formation des agents est prévue sur site, en deux sessions d'une demi-journée pour six personnes au plus. Les supports sont remis au pouvoir adjudicateur, qui peut les reproduire pour un usage interne."],
    environment=["Le titulaire limite les emballages et en assure la reprise. Il privilégie des produits disposant d'un écolabel ou d'une certification équivalente. En application de l'article L2112-2 du code de la commande publique, le titulaire réserve au moins 5 % des heures de travail à des personnes rencontrant des difficultés d'insertion professionnelle."],
    subcontracting=["Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement (formulaire DC4). Il demeure personnellement responsable de l'exécution de toutes les obligations du marché."],
    insurance=["Le titulaire justifie d'une assurance responsabilité civile professionnelle couvrant les dommages corporels, matériels et immatériels pouvant résulter de l'exécution des prestations, et en fournit l'attestation avant tout commencement d'exécution."],
    safety=["Les interventions respectent le code du travail et le plan de prévention établi avec le service de prévention de la collectivité. Les zones de travail sont balisées et les accès du public maintenus."],
)
LANG["nb"]["H"].update(project="Prosjektorganisering", acceptance="Overtakelse", handover="Dokumentasjon og overlevering",
                       training="Opplæring", environment="Miljø og samfunnsansvar", subcontracting="Underleverandører",
                       insurance="Forsikring", safety="HMS")
LANG["nb"]["B"].update(
    project=["Leverandøren skal utpeke en prosjektleder som er oppdragsgivers kontaktpunkt gjennom hele kontraktsperioden. Det holdes oppstartsmøte senest to uker etter kontraktsinngåelse, der fremdriftsplan, milepæler og rapportering avtales. Leverandøren skal varsle skriftlig dersom det oppstår forhold som kan påvirke fremdriften."],
    acceptance=["Overtakelse skjer etter at leverandøren har gjennomført og dokumentert en funksjonstest i nærvær av oppdragsgiver. Mangler registreres i en protokoll og skal utbedres innen avtalt frist. Oppdragsgiver kan overta deler av leveransen dersom disse kan brukes selvstendig."],
    handover=["Ved overlevering skal leverandøren levere brukerveiledninger og vedlikeholdsinstrukser på norsk, testprotokoller og en oversikt over alle leverte enheter med serienummer. Dokumentasjonen leveres elektronisk i PDF-format."],
    training=["Leverandøren skal gi opplæring til oppdragsgivers driftspersonell, normalt to økter à tre timer. Opplæringsmateriell kan fritt benyttes internt."],
    environment=["Emballasje skal begrenses og tas retur av leverandøren. Leverandøren skal ha rutiner for å følge opp grunnleggende menneskerettigheter og arbeidstakerrettigheter i leverandørkjeden, jf. åpenhetsloven, og lønns- og arbeidsvilkår skal være i tråd med forskrift om lønns- og arbeidsvilkår i offentlige kontrakter."],
    subcontracting=["Bruk av underleverandører skal oppgis i tilbudet. Leverandøren er ansvarlig for underleverandørenes oppfyllelse som for sin egen, og kjeden skal ikke ha flere enn to ledd under leverandøren."],
    insurance=["Leverandøren skal ha ansvarsforsikring med forsikringssum på minimum 10 millioner kroner per skadetilfelle i hele kontraktsperioden."],
    safety=["Arbeidet skal utføres i samsvar med arbeidsmiljøloven og byggherreforskriften der den gjelder. Arbeidsområder skal sikres slik at ansatte, brukere og publikum ikke utsettes for fare."],
)


# ----------------------------------------------------------------------------- widened scope
# Laptops, tablets and classroom computers were ICT-adjacent (out of scope) when the set was made;
# the widened scope (DESIGN.md, "Verdicts") makes them ICT. They stay in the "adjacent" draw so that
# every document is regenerated as it was, and build() labels a document that buys one of them
# (alone, or as one lot of a multi-lot specification) in_scope_ict.
WIDENED = {"ja": {"school-pc"}, "zh": {"teaching-pc"}, "de": {"school-laptops-de"}, "fr": {"ordinateurs-ecoles"}}
for _lang, _keys in WIDENED.items():
    LANG[_lang]["topics"] = [dataclasses.replace(t, widened=True) if t.key in _keys else t for t in LANG[_lang]["topics"]]

# Out-of-scope near misses, written natively when the scope was widened so that out_of_scope keeps
# its hard cases: advice and procurement support, content subscriptions, training on the buyer's
# own computers, printer consumables, building services for a data centre, and a restricted
# company as the buyer of property services. They are not in "topics" (so the draw above is
# unchanged, and no multi-lot specification takes them as a lot); build() adds NEARMISS_COUNTS
# documents per language from its own random stream.
LANG["ja"]["nearmiss"] = [
    Topic("chotatsu-shien", "oos", "consulting", ("次期基幹系システム調達に係る支援業務", "情報システム最適化計画策定支援業務"),
          ("次期基幹系システムの更改に向け、現行業務の調査、要件定義書案及び調達仕様書案の作成を支援する。本業務の受注者及びその関係事業者は、次期システムの設計・開発等の調達に参加できない。",
           "庁内情報システムの現状を調査し、今後5年間の最適化計画の策定を支援する。機器及びソフトウェアの調達は本業務に含まない。"),
          ("調達支援（月額）|月|6-12|1200000", "要件定義書案の作成|式|1-1|3500000", "最適化計画報告書の作成|式|1-1|2800000"),
          ("特定の製品又は事業者に偏らない中立的な助言を行うこと。", "情報処理安全確保支援士又はこれと同等の資格を有する者を配置すること。", "成果物は電子媒体（PDF及び編集可能な形式）で納品すること。"),
          ("72224000",), "near miss: advice and procurement support only; the adviser may not bid for the system, and no ICT is delivered"),
    Topic("database-keiyaku", "oos", "subscription", ("法令・判例データベースの利用契約", "新聞記事データベース及び電子ジャーナルの購読"),
          ("法務担当職員が利用する法令・判例データベースを、年間契約により利用する。", "図書館において新聞記事データベース及び電子ジャーナルを購読し、職員及び来館者の閲覧に供する。"),
          ("法令・判例データベース年間利用料（10ID）|式|1-1|1320000", "新聞記事データベース年間利用料|式|1-1|860000", "電子ジャーナルパッケージ年間購読料|式|1-1|4200000"),
          ("IPアドレス認証により館内端末から利用できること。", "利用統計を四半期ごとに提供すること。", "契約期間は4月1日から翌年3月31日までとする。"),
          ("79980000",), "near miss: content subscriptions (legal and newspaper databases, e-journals); no ICT delivered"),
    Topic("kenshu-itaku", "oos", "training", ("職員向け表計算ソフト活用研修の実施業務", "新規採用職員情報リテラシー研修委託"),
          ("職員の事務効率化を図るため、表計算ソフトの関数及びデータ集計に関する集合研修を実施する。研修は市の研修室で市の端末を使って行い、ソフトウェアの提供は含まない。",
           "新規採用職員を対象に、情報の取扱い、電子メールの適正利用及び標的型メールへの注意に関する研修を行う。"),
          ("集合研修（半日・20名）|回|6-20|88000", "研修テキスト作成・印刷|部|100-400|1500", "理解度テスト集計報告|式|1-1|60000"),
          ("講師は同種研修の実績を有すること。", "研修後にアンケートを実施し、結果を報告すること。", "受講者の個人情報を適切に管理すること。"),
          ("80500000",), "near miss: staff training on the buyer's own PCs; training is bought, no ICT delivered"),
    Topic("toner-kounyuu", "oos", "consumables", ("トナーカートリッジの単価契約", "プリンタ用消耗品の購入"),
          ("各課のプリンタ及び複合機で使用するトナーカートリッジ及びドラムを単価契約により購入する。使用済みカートリッジは受注者が回収する。",),
          ("トナーカートリッジ（黒、大容量）|本|50-400|14800", "トナーカートリッジ（カラー）|本|20-200|19800", "ドラムユニット|個|10-60|23000"),
          ("純正品又は品質保証のある同等品とすること。", "発注後3日以内に指定場所へ納品すること。", "使用済みカートリッジを無償で回収すること。"),
          ("30125100",), "near miss: printer consumables (toner, drums); not ICT under the guide"),
]
LANG["zh"]["nearmiss"] = [
    Topic("xinxihua-jianli", "oos", "consulting", ("智慧城市项目信息化工程监理服务", "政务信息系统整合项目咨询服务"),
          ("对智慧城市一期项目的设计、实施和验收全过程开展信息化工程监理，监督承建单位的进度、质量和投资；监理单位不提供任何软硬件。",
           "为政务信息系统整合项目编制可行性研究报告和初步设计方案，协助组织专家评审；咨询单位及其关联单位不得参与后续建设项目投标。"),
          ("总监理工程师|人月|6-18|28000", "专业监理工程师|人月|12-36|18000", "可行性研究报告编制|项|1-1|260000"),
          ("监理单位须具备信息系统工程监理相关能力和同类项目业绩。", "每月提交监理月报。", "保持独立、公正，不得与承建单位存在利害关系。"),
          (), "near miss: IT project supervision and consulting; the consultant supplies no hardware, software or IT service"),
    Topic("shujuku-dingyue", "oos", "subscription", ("中外文学术期刊数据库订购", "法律法规数据库年度使用服务采购"),
          ("图书馆订购中外文学术期刊全文数据库一年的使用权，全校IP范围内访问。", "采购法律法规及裁判文书数据库年度账号，供法务人员查询使用。"),
          ("中文期刊全文数据库年度使用费|项|1-1|186000", "外文电子期刊数据库年度使用费|项|1-1|420000", "法律法规数据库账号（年）|个|10-40|3600"),
          ("支持IP地址控制访问和校外远程访问。", "按季度提供使用统计报告。", "保证已订购年份内容的永久访问权。"),
          (), "near miss: content/database subscriptions; no ICT delivered"),
    Topic("peixun-bangong", "oos", "training", ("机关干部办公软件应用能力培训项目", "职工网络安全意识专题培训服务"),
          ("组织机关干部开展文字处理、电子表格和演示文稿应用培训，培训在单位机房使用现有电脑进行，不含软件采购。",
           "为全体职工举办网络安全意识专题讲座和案例教学，提高识别钓鱼邮件的能力。"),
          ("培训课程（每期2天）|期|4-12|18000", "培训教材|册|100-600|35", "结业考核及证书|人|100-600|20"),
          ("授课教师具有相关专业中级以上职称。", "培训结束后提交培训总结报告。", "培训场地由采购人提供。"),
          (), "near miss: training only, on existing computers; no ICT delivered"),
    Topic("dianxin-wuye", "oos", "property", ("营业楼物业管理服务项目", "办公区保洁及绿化养护服务"),
          ("中国电信股份有限公司苏州分公司对其营业楼及办公区的物业管理服务进行公开比选，服务内容包括保洁、绿化、秩序维护和设施设备日常巡查。",
           "本项目仅采购物业服务，不涉及通信设备或信息系统。"),
          ("保洁服务|月|12-36|56000", "绿化养护|月|12-36|9000", "秩序维护（门岗）|月|12-36|32000"),
          ("服务人员须持有健康证明。", "建立24小时值班制度。", "每月接受采购人的服务质量考核。"),
          (), "near miss: China Telecom (a restricted entity) is the BUYER of property services; its name as buyer is not a supplier, and nothing ICT is bought",
          buyer="中国电信股份有限公司苏州分公司"),
]
LANG["de"]["nearmiss"] = [
    Topic("it-beratung-de", "oos", "consulting", ("Beratungsleistungen zur Erstellung einer Digitalisierungsstrategie", "Vergabeberatung für die Ausschreibung eines Dokumentenmanagementsystems"),
          ("Der Landkreis beauftragt ein Beratungsunternehmen mit der Bestandsaufnahme der IT-Landschaft und der Erarbeitung einer Digitalisierungsstrategie für die Jahre 2026 bis 2030. Lieferungen von Hard- oder Software sind nicht Gegenstand des Auftrags.",
           "Der Berater erstellt die Leistungsbeschreibung und die Wertungsmatrix für die spätere Ausschreibung und unterstützt bei der Angebotswertung; er ist von der Teilnahme an diesem Vergabeverfahren ausgeschlossen."),
          ("Beratertag Senior|Tag|20-60|1450", "Beratertag Junior|Tag|20-80|980", "Workshop mit den Fachämtern|Stk|2-6|2400"),
          ("Nachweis von drei vergleichbaren Referenzprojekten bei öffentlichen Auftraggebern.", "Herstellerneutralität; Erklärung zu Verbindungen mit Softwareanbietern.", "Abschlussbericht in deutscher Sprache."),
          ("79411000",), "near miss: consultancy only (strategy, procurement advice); no hardware, software or IT service delivered"),
    Topic("datenbank-abo", "oos", "subscription", ("Lizenzierung juristischer Fachdatenbanken", "Zeitschriftenabonnements und E-Journals für die Stadtbibliothek"),
          ("Das Rechtsamt benötigt für 25 Nutzer Zugänge zu juristischen Fachdatenbanken mit Gesetzestexten, Rechtsprechung und Kommentaren.",
           "Die Stadtbibliothek bezieht Print- und Online-Abonnements von Fachzeitschriften für ein Jahr."),
          ("Datenbankzugang je Nutzer und Jahr|Stk|10-40|1150", "Zeitschriftenabonnement Print|Stk|40-200|180", "E-Journal-Paket, Jahreslizenz|Stk|1-1|24000"),
          ("Zugang per IP-Freischaltung und personalisierter Anmeldung.", "Nutzungsstatistiken vierteljährlich.", "Laufzeit ein Jahr mit Verlängerungsoption."),
          ("79980000",), "near miss: content subscriptions (legal databases, journals); no ICT delivered"),
    Topic("schulung-de", "oos", "training", ("Präsenzschulungen Tabellenkalkulation und Textverarbeitung", "Sensibilisierungsschulungen zur Informationssicherheit (Präsenz)"),
          ("Die Beschäftigten der Stadtverwaltung werden in Präsenzkursen in Tabellenkalkulation und Textverarbeitung geschult; die Kurse finden in den Schulungsräumen der Stadt an vorhandenen Rechnern statt.",
           "Ein Dozent führt halbtägige Präsenzschulungen zum sicheren Umgang mit E-Mails und Passwörtern durch; Software oder Lizenzen werden nicht beschafft."),
          ("Schulungstag (max. 12 Teilnehmende)|Tag|10-40|1100", "Schulungsunterlagen je Teilnehmer|Stk|100-500|12"),
          ("Dozenten mit nachgewiesener Erfahrung in der Erwachsenenbildung.", "Teilnahmebescheinigungen.", "Evaluation nach jeder Schulung."),
          ("80500000",), "near miss: classroom training on existing computers; no ICT delivered"),
    Topic("rz-klima-de", "oos", "facilities", ("Wartung der Klimatechnik und USV im Rechenzentrum", "Austausch der USV-Batterien im Serverraum"),
          ("Wartung und Störungsbeseitigung der Präzisionsklimageräte, der USV-Anlagen und der Netzersatzanlage, die das Rechenzentrum versorgen; die IT-Systeme selbst sind nicht Gegenstand der Leistung.",
           "Die Batterieblöcke der USV-Anlage haben das Ende ihrer Lebensdauer erreicht und werden einschließlich Entsorgung und Kapazitätstest getauscht."),
          ("Wartung Präzisionsklimagerät|Stk|4-8|680", "Jahreswartung USV 160 kVA|Stk|1-2|3900", "Batterieblock 12 V|Stk|80-200|210"),
          ("Reaktionszeit bei Störungen 4 Stunden, rund um die Uhr.", "Sachkundenachweis nach Chemikalien-Klimaschutzverordnung.", "Arbeiten im laufenden Betrieb nur nach Freigabe durch die IT-Abteilung."),
          ("50700000",), "near miss: building services for the data centre (cooling, UPS batteries); no IT equipment or IT service bought"),
]
LANG["fr"]["nearmiss"] = [
    Topic("amo-si", "oos", "consulting", ("Assistance à maîtrise d'ouvrage pour le renouvellement du système d'information financier", "Mission de conseil pour l'élaboration du schéma directeur numérique"),
          ("La mission d'AMO comprend l'analyse de l'existant, la rédaction du cahier des charges et l'assistance à l'analyse des offres pour le futur système d'information financier. Le titulaire ne pourra pas candidater au marché de réalisation.",
           "Le prestataire accompagne la collectivité dans l'élaboration de son schéma directeur numérique 2026-2030 : diagnostic, ateliers avec les services et feuille de route. Aucune fourniture de matériel ni de logiciel n'est prévue."),
          ("Journée de consultant senior|jour|20-60|1150", "Journée de consultant|jour|20-80|850", "Atelier avec les services|forfait|2-6|1800"),
          ("Indépendance vis-à-vis des éditeurs et des intégrateurs.", "Références de missions similaires auprès de collectivités.", "Livrables remis dans un format modifiable."),
          ("79411000",), "near miss: project-owner assistance / advice only; no hardware, software or IT service delivered"),
    Topic("abonnements-fr", "oos", "subscription", ("Abonnements à des bases de données juridiques", "Abonnements aux périodiques et ressources numériques de la médiathèque"),
          ("Le service juridique souscrit des accès à des bases de données de textes, de jurisprudence et de doctrine pour quinze utilisateurs.",
           "La médiathèque renouvelle ses abonnements aux périodiques imprimés et à un bouquet de presse en ligne consultable sur place et à distance par les abonnés."),
          ("Accès base juridique par utilisateur et par an|u|5-20|1300", "Abonnement périodique imprimé|u|30-150|95", "Bouquet de presse en ligne, licence annuelle|u|1-1|8500"),
          ("Accès par reconnaissance d'adresse IP et identifiants nominatifs.", "Statistiques d'usage trimestrielles.", "Durée d'un an reconductible."),
          ("79980000",), "near miss: content subscriptions (legal databases, periodicals); no ICT delivered"),
    Topic("consommables-impression", "oos", "consumables", ("Fourniture de consommables d'impression", "Cartouches de toner pour les imprimantes des services"),
          ("Le marché porte sur la fourniture de cartouches de toner, de tambours et de kits de maintenance pour le parc d'imprimantes et de copieurs, avec collecte des consommables usagés.",),
          ("Cartouche de toner noir haute capacité|u|50-400|89", "Cartouche de toner couleur|u|20-200|115", "Tambour d'imagerie|u|10-60|140"),
          ("Consommables d'origine ou compatibles certifiés.", "Livraison sous 72 heures.", "Collecte et recyclage des cartouches usagées."),
          ("30125100",), "near miss: printer consumables; not ICT under the guide"),
]
LANG["nb"]["nearmiss"] = [
    Topic("radgivning-digital", "oos", "consulting", ("Rådgivning ved anskaffelse av nytt sak- og arkivsystem", "Utarbeidelse av digitaliseringsstrategi"),
          ("Kommunen trenger en uavhengig rådgiver som kartlegger behov, skriver kravspesifikasjon og bistår i evalueringen ved anskaffelsen av nytt sak- og arkivsystem. Rådgiveren kan ikke selv levere tilbud i den anskaffelsen.",
           "Oppdraget gjelder utarbeidelse av kommunens digitaliseringsstrategi for 2026–2030 gjennom intervjuer, arbeidsmøter og en sluttrapport. Leveranse av maskinvare eller programvare inngår ikke."),
          ("Seniorrådgiver|time|100-400|1650", "Rådgiver|time|100-500|1250", "Arbeidsmøter med tjenesteområdene|stk|2-6|18000"),
          ("Leverandøren skal være uavhengig av programvareleverandører.", "Referanser fra tilsvarende oppdrag i offentlig sektor.", "Sluttrapport på norsk."),
          ("79411000",), "near miss: advice only on a future system; no ICT delivered"),
    Topic("databaseabonnement", "oos", "subscription", ("Abonnement på juridiske databaser", "Tidsskrifter og e-bøker til sykehusbiblioteket"),
          ("Juridisk avdeling skal ha årlige tilganger til rettskildedatabaser for 20 brukere.",
           "Sykehusbiblioteket fornyer avtalen om elektroniske tidsskrifter og e-bøker for de ansatte, med IP-tilgang og innlogging hjemmefra."),
          ("Databasetilgang per bruker per år|stk|10-30|9500", "Elektronisk tidsskriftpakke, årlig|stk|1-1|480000"),
          ("Tilgang via IP-adresse og personlig innlogging.", "Bruksstatistikk hvert kvartal.", "Varig tilgang til innhold det er betalt for."),
          ("79980000",), "near miss: content subscriptions; no ICT delivered"),
    Topic("kurs-kontorstotte", "oos", "training", ("Kurs i regneark og tekstbehandling for ansatte", "Kursholder til opplæring i informasjonssikkerhet"),
          ("Kommunen skal kjøpe klasseromskurs i regneark og tekstbehandling for om lag 300 ansatte. Kursene holdes i kommunens egne lokaler på kommunens maskiner; programvare og lisenser inngår ikke.",
           "Oppdraget gjelder en kursholder som gjennomfører fysiske kurs om trygg bruk av e-post og passord for alle ansatte."),
          ("Kursdag, inntil 15 deltakere|dag|10-30|14500", "Kursmateriell per deltaker|stk|100-300|150"),
          ("Kursholder med dokumentert pedagogisk erfaring.", "Kursbevis til deltakerne.", "Evaluering etter hvert kurs."),
          ("80500000",), "near miss: classroom training on the buyer's own PCs; no ICT delivered"),
]
NEARMISS_COUNTS = {"ja": 5, "zh": 5, "de": 4, "fr": 4, "nb": 4}


# ----------------------------------------------------------------------------- rendering
def render(doc, fmt, lang, rng):
    if fmt == "md":
        return render_md(doc, lang)
    if fmt == "html":
        return render_html(doc, lang)
    if fmt == "csv":
        return render_csv(doc, lang)
    return render_txt(doc, lang, rng)


def render_txt(doc, lang, rng):
    cjk = lang in ("ja", "zh", "zh_hant")
    colon = "：" if cjk else ": "
    bullet = rng.choice(["・", "○", "- "] if cjk else ["- ", "* ", "• ", "  - "])
    tstyle = rng.choice(["pipe", "tab", "spaced"])
    out = []
    for b in doc.blocks:
        if b[0] == "h":
            if b[1] == 1:
                out += [b[2], "=" * min(60, len(b[2]) * (2 if cjk else 1)) if rng.random() < 0.5 else "", ""]
            else:
                out += [("【" + b[2] + "】") if cjk and rng.random() < 0.5 else b[2].upper() if not cjk and rng.random() < 0.3 else b[2], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out += [f"{k}{colon}{v}" for k, v in b[1]] + [""]
        elif b[0] == "ul":
            out += [(f"{i}. " if b[2] else bullet) + x for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            rows = [b[1]] + b[2]
            if tstyle == "pipe":
                out += ["| " + " | ".join(r) + " |" for r in rows]
            elif tstyle == "tab":
                out += ["\t".join(r) for r in rows]
            else:
                widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
                out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
            out.append("")
    return "\n".join(out).strip() + "\n"


def render_md(doc, lang):
    out = []
    for b in doc.blocks:
        if b[0] == "h":
            out += ["#" * b[1] + " " + b[2], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out += [f"- **{k}**: {v}" for k, v in b[1]] + [""]
        elif b[0] == "ul":
            out += [(f"{i}. " if b[2] else "- ") + x for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in b[2]] + [""]
    return "\n".join(out).strip() + "\n"


def render_html(doc, lang):
    e = htmlmod.escape
    iso = LANG[lang]["iso"]
    title = next((b[2] for b in doc.blocks if b[0] == "h"), "")
    out = [f'<!DOCTYPE html>\n<html lang="{iso}">\n<head><meta charset="utf-8"><title>{e(title)}</title></head>\n<body>']
    for b in doc.blocks:
        if b[0] == "h":
            out.append(f"<h{b[1]}>{e(b[2])}</h{b[1]}>")
        elif b[0] == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "kv":
            out.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[1]) + "</dl>")
        elif b[0] == "ul":
            tag = "ol" if b[2] else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif b[0] == "table":
            out.append("<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in b[1]) + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2]]
            out.append("</tbody></table>")
    out.append("</body>\n</html>")
    return "\n".join(out) + "\n"


def render_csv(doc, lang):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";" if lang in ("de", "fr", "nb") else ",", lineterminator="\n")
    for b in doc.blocks:
        if b[0] == "h":
            w.writerow([b[2]])
        elif b[0] == "p":
            w.writerow([b[1]])
        elif b[0] == "kv":
            for k, v in b[1]:
                w.writerow([k, v])
        elif b[0] == "ul":
            for x in b[1]:
                w.writerow([x])
        elif b[0] == "table":
            w.writerow(b[1])
            w.writerows(b[2])
    return buf.getvalue()


# ----------------------------------------------------------------------------- near-duplicates
TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)


def shingles(text, n=5):
    """Word 5-shingles; CJK characters count as words (they have no spaces between words)."""
    text = re.sub(r"<[^>]+>", " ", text)
    toks = TOKEN.findall(text.lower())
    return {tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def near_dup_share(texts, threshold=0.5):
    sh = [shingles(t) for t in texts]
    flagged = set()
    worst = 0.0
    for i in range(len(sh)):
        for j in range(i + 1, len(sh)):
            s = jaccard(sh[i], sh[j])
            worst = max(worst, s)
            if s >= threshold:
                flagged.update((i, j))
    return len(flagged), worst


def word_count(text):
    text = re.sub(r"<[^>]+>", " ", text)
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", text))
    return len(re.findall(r"[^\W_]+", re.sub(r"[\u3040-\u30ff\u3400-\u9fff]", " ", text))) + cjk // 2


# ----------------------------------------------------------------------------- plans
def make_plan(rng, lang, label):
    L = LANG[lang]
    ict = [t for t in L["topics"] if t.scope == "ict"]
    oos_plain = [t for t in L["topics"] if t.scope == "oos" and not t.hard]
    oos_hard = [t for t in L["topics"] if t.scope == "oos" and t.hard]
    scrm = L.get("scrm_rate", 0.0)
    if label == "restricted_vendor_named":
        weights = [3 if r[2] == "vendor" else 1 for r in L["restricted"]]
        cat, ent, kind, text, note = rng.choices(L["restricted"], weights)[0]
        topic = rng.choice([t for t in ict if t.cat == cat] or ict)
        must, extra = [], []
        (must if kind == "equiv" else extra).append(text)
        if kind != "equiv" and rng.random() < 0.25:
            others = [r for r in L["restricted"] if r[0] == cat and r[2] != "equiv" and r[3] != text]
            if others:
                extra.append(rng.choice(others)[3])
        if rng.random() < scrm:
            must.append(rng.choice(L["scrm"]))
        hard = kind in ("model", "brand", "cjk", "equiv")
        return Plan(label, kind, topic, tuple(must), tuple(extra), ent, ("HARD: " if hard else "") + note, hard)
    if label == "in_scope_ict":
        v = rng.choices(["generic", "compliant", "prohibit", "certify"], [35, 25, 27, 13])[0]
        topic = rng.choice(ict)
        must, extra = [], []
        if v == "compliant" or v == "certify":
            comp = L["compliant"].get(topic.cat) or []
            if comp:
                extra.append(rng.choice(comp))
            else:
                v = "prohibit" if v == "certify" else "generic"
        if v == "certify":
            must.append(rng.choice(L["certify"]))
        if v == "prohibit":
            must.append(rng.choice(L["prohibit"]))
        if rng.random() < scrm:
            must.append(rng.choice(L["scrm"]))
        notes = {
            "generic": f"buys {topic.cat.replace('_', ' ')} ({topic.key}); no vendor named",
            "compliant": f"buys {topic.cat.replace('_', ' ')} naming only non-restricted brands",
            "prohibit": f"HARD: {topic.cat.replace('_', ' ')} tender; restricted vendors appear only in a prohibition/exclusion clause",
            "certify": f"HARD: offer of {topic.cat.replace('_', ' ')} with compliant brands and a certification that no restricted vendor equipment is supplied",
        }
        return Plan(label, v, topic, tuple(must), tuple(extra), "", notes[v], v in ("prohibit", "certify"))
    v = rng.choices(["plain", "boiler", "incidental", "adjacent"], [55, 16, 12, 17])[0]
    must = []
    if v == "adjacent":
        adj = [t for t in oos_hard if t.hard.startswith("adjacent")]
        topic = rng.choice(adj)
        note = f"HARD: {topic.hard}"
        if rng.random() < scrm:
            must.append(rng.choice(L["scrm"]))
    elif v == "incidental":
        inc = [t for t in oos_hard if t.hard.startswith("incidental")]
        if inc and rng.random() < 0.5:
            topic = rng.choice(inc)
            must.append(rng.choice(topic.purposes))
            note = f"HARD: {topic.hard}"
        else:
            topic = rng.choice(oos_plain)
            must.append(rng.choice(L["incid"]))
            note = f"HARD: incidental mention of a restricted vendor in a non-ICT purchase ({topic.key})"
    else:
        topic = rng.choice(oos_plain)
        note = f"non-ICT purchase ({topic.key})"
        if v == "boiler":
            must.append(rng.choice(L["far"]))
            note = f"HARD: non-ICT purchase ({topic.key}) carrying a restricted-vendor boilerplate clause"
    return Plan(label, v, topic, tuple(must), (), "", note, note.startswith("HARD"))


def make_ctx(rng, lang, plan):
    L = LANG[lang]
    ctx = {
        "buyer": plan.topic.buyer or rng.choice(L["buyers"]), "supplier": rng.choice(L["suppliers"]),
        "person": rng.choice(L["persons"]),
        "ref": a_ref(rng, lang), "days": str(rng.choice([10, 14, 20, 30, 45, 60, 90])),
        "months": str(rng.choice([12, 24, 36, 48, 60])), "pct": str(rng.choice([5, 10, 20, 30])),
        "framework": a_ref(rng, lang),
    }
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    ctx["date"] = a_date(rng, lang, (y, m, d))  # the deadline always follows the date
    ctx["deadline"] = a_date(rng, lang, (y + (m == 12), m % 12 + 1, rng.randint(1, 28)))
    ctx["title"] = fill(rng, rng.choice(plan.topic.titles), ctx)
    return ctx


def choose_items(rng, plan, long):
    base = [parse_item(x) for x in plan.topic.items]
    chosen = base if long else pick(rng, base, 2, 5)
    extra = [parse_item(x) for x in plan.extra_items]
    chosen = list(chosen)
    for e in extra:
        chosen.insert(rng.randint(0, len(chosen)), e)
    out = []
    for d, u, lo, hi, p in chosen:
        q = rng.randint(lo, hi)
        price = round(p * rng.uniform(0.8, 1.25), 0 if p > 100 else 2)
        out.append((d, u, q, price))
    return out


def build_one(rng, lang, label, dtype, fmt, long, plan=None):
    """(plan, text, topics bought: the plan's topic and, in a multi-lot specification, every lot's)."""
    plan = plan or make_plan(rng, lang, label)
    ctx = make_ctx(rng, lang, plan)
    items = choose_items(rng, plan, long)
    reqs = list(plan.topic.reqs) if long else pick(rng, plan.topic.reqs, 2, 6)
    if long:
        # a multi-lot framework specification: every other topic of the same scope becomes a lot
        pool = [t for t in LANG[lang]["topics"] if t.scope == plan.topic.scope and t.key != plan.topic.key
                and not t.hard.startswith("incidental")]
        ctx["lots"] = []
        for t in rng.sample(pool, len(pool)):
            lp = Plan(label, "lot", t)
            ctx["lots"].append((t, choose_items(rng, lp, True), list(t.reqs)))
    doc = BUILDERS[dtype](rng, lang, plan, ctx, items, reqs, long)
    text = render(doc, fmt, lang, rng)
    # the parts that earn the label must really be on the page
    plain = htmlmod.unescape(text).replace('""', '"')
    for part in plan.must + tuple(parse_item(x)[0] for x in plan.extra_items):
        probe = fill(rng, part, ctx)[:25]
        if probe not in plain:
            raise AssertionError(f"{lang}/{dtype}: {probe!r} missing")
    return plan, text, [plan.topic] + [t for t, *_ in ctx.get("lots", [])]


def label_and_note(label, plan, bought):
    """What the document buys decides its label: a document drawn as out_of_scope that buys a
    topic which is ICT since the scope was widened (laptops, tablets) is in_scope_ict."""
    widened = [t for t in bought if t.widened]
    if label != "out_of_scope" or not widened:
        return label, plan.note
    t = widened[0]
    if len(bought) == 1:
        return "in_scope_ict", (f"buys {t.cat} ({t.key}): computers are in scope since the scope was widened "
                                "(was out_of_scope as ICT-adjacent); no vendor named")
    return "in_scope_ict", (f"HARD: multi-lot specification, one lot ({t.key}) buys laptops/tablets, ICT since the scope "
                            f"was widened; the other lots are not ICT; main subject: {plan.note.removeprefix('HARD: ')}")


def nearmiss_plan(rng, lang, i):
    """The i-th near miss of a language (topics in turn), sometimes with a boilerplate clause."""
    L = LANG[lang]
    topic = L["nearmiss"][i % len(L["nearmiss"])]
    must, note = [], f"HARD: {topic.hard}"
    if L.get("far") and rng.random() < 0.25:
        must.append(rng.choice(L["far"]))
        note += "; also carries a restricted-vendor boilerplate clause"
    return Plan("out_of_scope", "nearmiss", topic, tuple(must), (), "", note, True)


def nearmiss_slots(rng, lang, n):
    types = rng.sample(list(TYPES) + (["doffin"] if lang == "nb" else []), n)
    out = []
    for t in types:
        fmt = "csv" if t in ("boq", "price_list", "quote") and rng.random() < 0.4 else rng.choices(["txt", "md", "html"], [45, 35, 20])[0]
        out.append((t, fmt))
    return out


TYPE_NAMES = {
    "notice": "tender notice", "rfq": "request for quotation", "rfp": "request for proposal",
    "itb": "invitation to bid", "bid_letter": "bid/offer letter", "quote": "quotation",
    "price_list": "price list", "boq": "bill of quantities", "spec": "technical specification",
    "datasheet": "datasheet", "award": "award notice", "contract_annex": "contract annex",
    "sow": "statement of work", "market_research": "market-research notice",
    "calloff": "framework call-off", "email": "e-mail request", "doffin": "Doffin-style notice",
}


def slots_for(rng, lang, n, n_long):
    """Label/type/format for every document of a language; every type under every label."""
    labels = [LABELS[i % 3] for i in range(n)]
    rng.shuffle(labels)
    types_by_label = {}
    for lab in LABELS:
        k = labels.count(lab)
        if lang == "nb":
            seq = ["doffin"] * (k * 11 // 20) + list(TYPES)
        else:
            seq = list(TYPES) + [rng.choice(TYPES) for _ in range(max(0, k - len(TYPES)))]
        seq = seq[:k] if len(seq) >= k else seq + ["doffin" if lang == "nb" else "notice"] * (k - len(seq))
        rng.shuffle(seq)
        types_by_label[lab] = seq
    slots = []
    for lab in labels:
        t = types_by_label[lab].pop()
        if t in ("boq", "price_list", "quote") and rng.random() < 0.4:
            fmt = "csv"
        else:
            fmt = rng.choices(["txt", "md", "html"], [45, 35, 20])[0]
        slots.append([lab, t, fmt, False])
    # long multi-lot specifications: at most one ICT-label and one out-of-scope one per language,
    # since two long ICT specifications would share all their lots
    specs = [s for s in slots if s[1] == "spec"]
    ict_specs = [s for s in specs if s[0] != "out_of_scope"]
    oos_specs = [s for s in specs if s[0] == "out_of_scope"]
    for group in (ict_specs, oos_specs)[:n_long]:
        if group:
            rng.choice(group)[3] = True
    return slots


ABBR = {"notice": "notice", "rfq": "rfq", "rfp": "rfp", "itb": "itb", "bid_letter": "bid", "quote": "quote",
        "price_list": "pricelist", "boq": "boq", "spec": "spec", "datasheet": "datasheet", "award": "award",
        "contract_annex": "annex", "sow": "sow", "market_research": "rfi", "calloff": "calloff",
        "email": "mail", "doffin": "doffin"}

PLAN_COUNTS = {"ja": (72, 2), "zh": (56, 2), "zh_hant": (18, 1), "de": (62, 2), "fr": (57, 2), "nb": (57, 2)}


def build(seed):
    rows, all_texts, dup_redraws = [], [], 0
    for lang, (n, n_long) in PLAN_COUNTS.items():
        rng = random.Random(f"{seed}-{lang}")
        L = LANG[lang]
        folder = ROOT / "documents" / L["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{L['prefix']}-*"):
            old.unlink()
        accepted = []
        slots = [(rng, label, dtype, fmt, long, None) for label, dtype, fmt, long in slots_for(rng, lang, n, n_long)]
        # near misses (added with the widened scope) come last, from their own random stream, so
        # the documents above stay as they were
        nm_rng = random.Random(f"{seed}-{lang}-nearmiss")
        slots += [(nm_rng, "out_of_scope", dtype, fmt, False, j)
                  for j, (dtype, fmt) in enumerate(nearmiss_slots(nm_rng, lang, NEARMISS_COUNTS.get(lang, 0)))]
        for i, (r, label, dtype, fmt, long, nm) in enumerate(slots, 1):
            best = None
            for attempt in range(40):
                plan, text, bought = build_one(r, lang, label, dtype, fmt, long, None if nm is None else nearmiss_plan(r, lang, nm))
                sh = shingles(text)
                worst = max((jaccard(sh, o) for o in accepted), default=0.0)
                if best is None or worst < best[0]:
                    best = (worst, plan, text, sh, bought)
                if worst < 0.5:
                    break
                dup_redraws += 1
            worst, plan, text, sh, bought = best
            accepted.append(sh)
            name = f"{L['prefix']}-{ABBR[dtype]}-{plan.topic.key}-{i:03d}.{fmt}"
            (folder / name).write_text(text, encoding="utf-8")
            all_texts.append(text)
            label, note = label_and_note(label, plan, bought)
            note += f" [entity: {plan.entity}]" if plan.entity else ""
            if lang == "zh_hant":
                note = "Traditional Chinese. " + note
            rows.append({"file": f"documents/{L['folder']}/{name}", "label": label, "language": L["iso_col"],
                         "source": f"{SOURCE}; {TYPE_NAMES[dtype]}", "notes": note})
    with open(ROOT / "tools" / "parts" / "labels_b.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "label", "language", "source", "notes"])
        w.writeheader()
        w.writerows(rows)
    return rows, dup_redraws


def measure():
    with open(ROOT / "tools" / "parts" / "labels_b.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = [(ROOT / r["file"]).read_text(encoding="utf-8") for r in rows]
    flagged, worst = near_dup_share(texts)
    from collections import Counter
    print("documents:", len(rows))
    print("near-duplicates (5-shingle Jaccard >= 0.5 with any other doc):", flagged,
          f"({100 * flagged / len(rows):.1f}%), max pair similarity {worst:.3f}")
    print(Counter((r["language"], r["label"]) for r in rows))
    print("labels:", Counter(r["label"] for r in rows))
    print("hard:", Counter(r["label"] for r in rows if r["notes"].startswith(("HARD", "Traditional Chinese. HARD"))))
    wc = sorted(((word_count(t), r["file"]) for t, r in zip(texts, rows)), reverse=True)
    print("longest:", wc[:12])
    print("shortest:", wc[-5:])
    print("types x label:", Counter((r["source"].split("; ")[1], r["label"]) for r in rows))
    print("formats x label:", Counter((r["file"].rsplit(".", 1)[1], r["label"]) for r in rows))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="b-2026")
    ap.add_argument("--measure", action="store_true", help="only measure the existing set")
    args = ap.parse_args(argv)
    if not args.measure:
        rows, redraws = build(args.seed)
        print(f"wrote {len(rows)} documents; {redraws} candidates redrawn for similarity >= 0.5")
    measure()
    return 0


if __name__ == "__main__":
    sys.exit(main())
