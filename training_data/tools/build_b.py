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

Run:  python training_data/tools/build_b.py            (writes documents + labels_b.csv)
      python training_data/tools/build_b.py --measure  (only measures the existing files)
The output is deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import csv
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


def a_date(rng, lang, year=None):
    y = year or rng.choice([2023, 2024, 2025, 2026])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
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


GENERAL = ("submission", "eligibility", "payment", "delivery", "warranty", "evaluation",
           "documents", "penalty", "confidentiality", "general", "schedule", "contact")


def b_notice(rng, lang, plan, ctx, items, reqs, long):
    d = Doc()
    d.h(title_of(rng, lang, "notice", ctx), 1)
    d.kv([(H(lang, "buyer"), ctx["buyer"]), (H(lang, "ref"), ctx["ref"]),
          (H(lang, "date"), ctx["date"]), (H(lang, "deadline"), ctx["deadline"])])
    d.h(H(lang, "subject"), 2)
    d.p(intro(rng, lang, plan, ctx))
    if rng.random() < 0.7:
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
            d.p(fill(rng, rng.choice(t.purposes), ctx))
        item_table(d, lang, its, False)
        d.h(f"{n}.1 {H(lang, 'reqs')}", 3)
        d.ul([fill(rng, r, ctx) for r in rs], numbered=True)
    musts(rng, d, lang, plan, ctx)
    keys = GENERAL if long else ("delivery", "warranty", "documents", "general", "penalty")
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
    ("iot", "quectel", "vendor", "Quectel EG25-G LTEモジュール搭載ゲートウェイ|台|10-50|32000", "Quectel module named"),
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
        cat, ent, kind, text, note = rng.choice(L["restricted"])
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
    v = rng.choices(["plain", "boiler", "incidental", "adjacent"], [38, 22, 15, 25])[0]
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
        "buyer": rng.choice(L["buyers"]), "supplier": rng.choice(L["suppliers"]),
        "person": rng.choice(L["persons"]), "date": a_date(rng, lang), "deadline": a_date(rng, lang),
        "ref": a_ref(rng, lang), "days": str(rng.choice([10, 14, 20, 30, 45, 60, 90])),
        "months": str(rng.choice([12, 24, 36, 48, 60])), "pct": str(rng.choice([5, 10, 20, 30])),
        "framework": a_ref(rng, lang),
    }
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


def build_one(rng, lang, label, dtype, fmt, long):
    plan = make_plan(rng, lang, label)
    ctx = make_ctx(rng, lang, plan)
    items = choose_items(rng, plan, long)
    reqs = list(plan.topic.reqs) if long else pick(rng, plan.topic.reqs, 2, 6)
    if long:
        pool = [t for t in LANG[lang]["topics"] if t.scope == plan.topic.scope and t.key != plan.topic.key and not t.hard]
        ctx["lots"] = []
        for t in rng.sample(pool, min(3, len(pool))):
            lp = Plan(label, "lot", t)
            ctx["lots"].append((t, choose_items(rng, lp, True), list(t.reqs)))
    doc = BUILDERS[dtype](rng, lang, plan, ctx, items, reqs, long)
    return plan, render(doc, fmt, lang, rng)


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
    specs = [s for s in slots if s[1] == "spec"]
    for s in rng.sample(specs, min(n_long, len(specs))):
        s[3] = True
    return slots


ABBR = {"notice": "notice", "rfq": "rfq", "rfp": "rfp", "itb": "itb", "bid_letter": "bid", "quote": "quote",
        "price_list": "pricelist", "boq": "boq", "spec": "spec", "datasheet": "datasheet", "award": "award",
        "contract_annex": "annex", "sow": "sow", "market_research": "rfi", "calloff": "calloff",
        "email": "mail", "doffin": "doffin"}

PLAN_COUNTS = {"ja": (72, 4)}


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
        for i, (label, dtype, fmt, long) in enumerate(slots_for(rng, lang, n, n_long), 1):
            best = None
            for attempt in range(40):
                plan, text = build_one(rng, lang, label, dtype, fmt, long)
                sh = shingles(text)
                worst = max((jaccard(sh, o) for o in accepted), default=0.0)
                if best is None or worst < best[0]:
                    best = (worst, plan, text, sh)
                if worst < 0.5:
                    break
                dup_redraws += 1
            worst, plan, text, sh = best
            accepted.append(sh)
            name = f"{L['prefix']}-{ABBR[dtype]}-{plan.topic.key}-{i:03d}.{fmt}"
            (folder / name).write_text(text, encoding="utf-8")
            all_texts.append(text)
            note = plan.note + (f" [entity: {plan.entity}]" if plan.entity else "")
            if lang == "zh_hant":
                note = "Traditional Chinese. " + note
            rows.append({"file": f"documents/{L['folder']}/{name}", "label": label, "language": L["iso_col"],
                         "source": f"{SOURCE}; {TYPE_NAMES[dtype]}", "notes": note})
    with open(ROOT / "labels_b.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "label", "language", "source", "notes"])
        w.writeheader()
        w.writerows(rows)
    return rows, dup_redraws


def measure():
    with open(ROOT / "labels_b.csv", encoding="utf-8") as fh:
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
