"""Build part E of the tender-triage seed training set: the widened scope, US clause boilerplate,
near misses and role-shaped documents.

Why this part exists: DESIGN.md ("Verdicts") widened `in_scope_ict` from the kinds the US and FCC
lists name to all ICT (Japan's December 2018 rules cover IT equipment *and* services): computers,
servers and storage, software and information systems (licences, SaaS, development,
implementation) and telecom and IT services (voice, mobile and data lines, hosting, operation,
support, service desk, managed services, security testing). Parts A-D were written for the narrow
scope. Part E teaches the wide one, and the lines around it:
  (1) US federal-style solicitations (SF 1449, RFQ, PWS, completed representations, county RFQs
      under 2 CFR 200.216) whose clause sections name Huawei, ZTE, Hytera, Hikvision, Dahua and
      Kaspersky whatever is bought: non-ICT purchases (out_of_scope, HARD) and ICT purchases
      (in_scope_ict), one page to long multi-section documents;
  (2) general ICT of the wide scope in 14 languages (en, fr, de, nb, es, it, nl, pl, sv, da, fi,
      pt, ja, zh), as short notices (a title and a few lines), notices, RFQs, specifications,
      offers, price lists, framework call-offs, award notices and e-mails;
  (3) out-of-scope near misses in the same languages and shapes (managed print, AV for a hall,
      consultancy/training/staffing without ICT delivered, data subscriptions, guarding with
      radios, vehicles with reversing cameras, substations, medical devices, building works) and
      plain non-ICT purchases;
  (4) role-shaped documents: award notices naming what was supplied (restricted product lines,
      or a restricted awardee; compliant brands), incumbents that keep providing the service,
      bidder certificates that name restricted vendors only to deny supplying them, restricted
      entities as the BUYER (judged on what they buy), line items with quantities naming a
      restricted brand or model, and incidental mentions.

How the set is made:
  * Everything is written by hand for this file, natively per language, in POOLS: one text block
    per language in a small line format (parse_pool): `key: value` lines are the frame of the
    language (document templates with {placeholders}, buyers, suppliers, role sentences; repeated
    keys make a pool, `\\n` is a line break), `## ICT|OOS key kind` starts a subject (T title,
    I scope sentence, R requirement = specification, Q item | unit | qty lo | qty hi | unit
    price in USD, N note, C CPV code, B a buyer that fits, X corp when a company could be
    the buyer). US solicitations have their own pool
    (US_POOL: subjects, clause texts in several wordings, representations, sections).
  * Restricted product lines, compliant brands and restricted providers are kept per kind of
    purchase (RVN, COMPLIANT, INCUMBENT below), with CJK variants in the ja and zh frames.
  * One document = one plan (language, role, subject, shape, file format); QUOTAS fixes how many
    plans of each role and label every language gets. Builders fill a template of the shape
    with sampled subsets of the subject's sentences, requirements and items, a buyer, a
    supplier, numbers in the local currency and dates, and the role's line (a restricted line
    item, an "or equivalent" reference model, an incumbent, a certificate, a prohibition, an
    incidental mention, a restricted buyer or awardee).
  * Near-duplicate control: every candidate is compared (seedkit: word 5-shingle Jaccard,
    lower-cased \\w+ tokens; CJK by characters) with every existing document under
    training_data/documents and every part-E document already accepted; a candidate scoring
    >= 0.45 is redrawn, up to 30 times, keeping the least similar draw. `--measure` reports the
    share of documents with any partner >= 0.5 over the whole set.

Run:  python training_data/tools/build_e.py            (writes documents/*/e-* and tools/parts/labels_e.csv; then tools/merge_labels.py)
      python training_data/tools/build_e.py --measure  (only measures the existing files)
The output is deterministic for a given --seed. Do not hand-edit the generated files: edit the
pools and re-run (the run deletes its own earlier e-* files first).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from seedkit import dress, existing_shingles, least_similar, measure, pick, write_part

ROOT = Path(__file__).resolve().parents[1]
LABELS_FILE = ROOT / "tools" / "parts" / "labels_e.csv"  # merged into labels.csv by tools/merge_labels.py
SOURCE = "seed set written by the tender-triage team"
PREFIX = "e-"
OOS, ICT, RVN = "out_of_scope", "in_scope_ict", "restricted_vendor_named"
LABEL_TAGS = {"ICT": ICT, "OOS": OOS}
CJK = ("ja", "zh")


@dataclass(frozen=True)
class Doc:
    """One generated document and its label row."""

    lang: str
    name: str  # file name without directory, starts with "e-"
    text: str
    label: str
    doctype: str
    note: str


@dataclass(frozen=True)
class Subject:
    """One thing bought, in one language."""

    lang: str
    label: str  # ICT or OOS
    key: str
    kind: str  # network, cctv, radio, computers, servers, security, software, saas, dev, itops, hosting, mobile, dataline, drones, iot; OOS: print, av, ...
    title: str
    intro: tuple
    reqs: tuple  # (requirement, specification)
    items: tuple  # (description, unit, qty lo, qty hi, unit price USD)
    note: str
    cpv: str = ""
    buyers: tuple = ()
    flags: tuple = ()  # "corp": fits a company as buyer (used when a restricted entity is the buyer)


# =====================================================================================
# The pool format
# =====================================================================================


def parse_pool(lang: str, text: str) -> tuple[dict[str, list[str]], list[Subject]]:
    """Frame (`key: value` lines, repeated keys make a list) and subjects (`## ICT key kind` blocks)."""
    frame: dict[str, list[str]] = {}
    subjects: list[Subject] = []
    cur: dict | None = None

    def close():
        if cur:
            assert cur["T"] and cur["I"] and cur["Q"] and cur["N"], (lang, cur["key"], "subject needs T, I, Q and N")
            subjects.append(Subject(lang, cur["label"], cur["key"], cur["kind"], cur["T"], tuple(cur["I"]), tuple(cur["R"]),
                                    tuple(cur["Q"]), cur["N"], cur["C"], tuple(cur["B"]), cur["X"]))

    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("## "):
            close()
            tag, key, kind = line[3:].split()
            cur = {"label": LABEL_TAGS[tag], "key": key, "kind": kind, "T": "", "I": [], "R": [], "Q": [], "N": "", "C": "", "B": [], "X": ()}
            continue
        if cur is None:
            k, sep, v = line.partition(": ")
            if not sep or not re.fullmatch(r"[a-z_0-9]+", k):
                raise ValueError(f"{lang}: bad frame line {line!r}")
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1]  # quoted value: keeps leading and trailing spaces
            frame.setdefault(k, []).append(v.replace("\\n", "\n"))
            continue
        tag, _, v = line.partition(" ")
        if tag == "T":
            cur["T"] = v
        elif tag == "I":
            cur["I"].append(v)
        elif tag == "R":
            k, sep, spec = v.partition(" = ")
            if not sep:
                raise ValueError(f"{lang}/{cur['key']}: requirement without ' = ': {v!r}")
            cur["R"].append((k, spec))
        elif tag == "Q":
            parts = [x.strip() for x in v.split(" | ")]
            if len(parts) != 5:
                raise ValueError(f"{lang}/{cur['key']}: item needs 5 fields: {v!r}")
            cur["Q"].append((parts[0], parts[1], int(parts[2]), int(parts[3]), float(parts[4])))
        elif tag == "N":
            cur["N"] = v
        elif tag == "C":
            cur["C"] = v
        elif tag == "B":
            cur["B"].append(v)
        elif tag == "X":
            cur["X"] = tuple(v.split())
        else:
            raise ValueError(f"{lang}/{cur['key']}: unknown line {line!r}")
    close()
    return frame, subjects


# =====================================================================================
# Numbers, money, dates
# =====================================================================================

RATES = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "NOK": 10.8, "SEK": 10.6, "DKK": 6.9, "PLN": 4.0, "JPY": 150.0, "CNY": 7.2,
         "AUD": 1.52, "CAD": 1.36, "NZD": 1.65, "CHF": 0.88, "HKD": 7.8, "CLP": 930.0, "MXN": 17.5, "COP": 4000.0, "BRL": 5.1}
NODEC = ("JPY", "CLP", "COP")  # written without decimals


def fmt_num(v: float, dec: int, style: str) -> str:
    s = f"{v:,.{dec}f}"
    if style == "de":  # 1.234,56
        return s.replace(",", "\0").replace(".", ",").replace("\0", ".")
    if style == "sp":  # 1 234,56
        return s.replace(",", " ").replace(".", ",")
    return s  # en, ja, zh: 1,234.56


def lower_first(lang: str, text: str) -> str:
    first = text.split(" ")[0] if text else ""
    if lang in ("de", "ja", "zh") or not text or any(ch.isupper() for ch in first[1:]):
        return text
    return text[0].lower() + text[1:]


# =====================================================================================
# Restricted product lines, compliant brands and restricted providers, per kind of purchase
# =====================================================================================
# RVN: kind | product line as written in a document | entity id | unit price USD | "model" when no brand is written
RVN_TEXT = """
network | Huawei CloudEngine S5735-L48T4X-A1 (48 x GE, 4 x 10GE SFP+) | huawei | 1900
network | Huawei AirEngine 5762-12 Wi-Fi 6 AP | huawei | 450
network | Huawei NetEngine AR6121E | huawei | 1600
network | Huawei HiSecEngine USG6525F | huawei | 3800
network | ZTE ZXR10 5960-52TM-H | zte | 2700
network | ZXR10 5250-28TM-H, 24 x GE + 4 x 10GE | zte | 1500 | model
cctv | Hikvision DS-2CD2386G2-IU 8 MP | hikvision | 190
cctv | DS-2CD2T47G2-L 4 MP ColorVu | hikvision | 170 | model
cctv | Hikvision DS-7616NXI-K2 16 ch NVR | hikvision | 420
cctv | Dahua IPC-HFW3849T1-AS-PV 8 MP | dahua | 210
cctv | IPC-HDBW2441R-ZAS 4 MP | dahua | 160 | model
cctv | Dahua DHI-NVR5216-EI | dahua | 520
cctv | HiWatch HWI-T240H 4 MP | hikvision | 85
cctv | EZVIZ C8c Wi-Fi | hikvision | 70
cctv | Imou Cruiser SE+ Wi-Fi | dahua | 60
radio | Hytera PD685G DMR | hytera | 520
radio | Hytera MD785i DMR | hytera | 640
radio | Hytera HP785 | hytera | 600
radio | Hytera PNC380 PoC | hytera | 380
computers | Huawei MateBook D 16 (i5, 16 GB, 512 GB) | huawei | 780
computers | Huawei MateBook 14 (16 GB, 1 TB) | huawei | 1050
computers | Huawei MatePad 11.5 (8 GB, 128 GB) | huawei | 330
servers | Huawei OceanStor Dorado 5000 V6 | huawei | 48000
servers | Huawei OceanStor 5310 | huawei | 36000
servers | Huawei TaiShan 200 server 2280 | huawei | 9000
security | Kaspersky Endpoint Security for Business Select | kaspersky | 28
security | Kaspersky Security Center + Kaspersky EDR Optimum | kaspersky | 35
security | Kaspersky Next EDR Foundations | kaspersky | 31
software | Kaspersky Small Office Security | kaspersky | 25
software | Kaspersky Endpoint Security for Business Select | kaspersky | 28
saas | Huawei Cloud ECS (4 vCPU / 16 GB) | huawei | 180
dev | Huawei Cloud ECS + RDS for PostgreSQL | huawei | 260
hosting | Huawei Cloud ECS (8 vCPU / 32 GB) | huawei | 320
hosting | Huawei Cloud OBS, 20 TB | huawei | 420
itops | Kaspersky Endpoint Security for Business Select | kaspersky | 28
itops | Huawei CloudEngine S6730-H24X6C | huawei | 5200
mobile | Huawei nova 12i | huawei | 230
mobile | ZTE Blade A75 | zte | 140
mobile | CMLink data SIM (10 GB roaming) | china_mobile | 15
dataline | China Telecom Global MPLS, 100 Mbit/s | china_telecom | 900
dataline | China Unicom Americas IP transit, 1 Gbit/s | china_unicom | 1200
dataline | China Mobile International SD-WAN, 200 Mbit/s | china_mobile | 1000
drones | DJI Matrice 350 RTK + Zenmuse H20T | dji | 15000
drones | DJI Mavic 3 Enterprise | dji | 4200
drones | Autel EVO II Dual 640T V3 | autel_robotics | 8000
iot | Quectel EC25-E LTE Cat 4 | quectel | 22
iot | Quectel BG95-M3 LTE-M/NB-IoT | quectel | 12
iot | Quectel RM520N-GL 5G | quectel | 95
"""

# COMPLIANT: kind | brand line | unit price USD
COMPLIANT_TEXT = """
network | Cisco Catalyst C9300-48P | 6200
network | Aruba CX 6300M 48G | 5400
network | Juniper EX4400-48P | 5800
network | Extreme Networks 5420F-48P | 4100
network | Fortinet FortiGate 200F | 4300
cctv | Axis Q1656-LE | 1500
cctv | Bosch FLEXIDOME IP 5100i | 520
cctv | Hanwha Vision XNO-8082R | 610
cctv | Milestone XProtect Professional+ | 250
radio | Motorola Solutions MOTOTRBO R7 | 750
radio | Kenwood NX-3320E | 540
radio | Airbus TH1n TETRA | 690
computers | Lenovo ThinkPad L14 Gen 5 | 950
computers | Dell Latitude 5450 | 1020
computers | HP ProBook 450 G10 | 880
computers | Apple iPad 10.9 (64 GB) | 370
computers | Microsoft Surface Pro 10 | 1400
servers | Dell PowerEdge R760 | 14000
servers | HPE ProLiant DL380 Gen11 | 15500
servers | NetApp AFF A250 | 42000
security | Microsoft Defender for Endpoint P2 | 62
security | CrowdStrike Falcon Enterprise | 85
security | ESET PROTECT Advanced | 38
security | WithSecure Elements EDR | 45
software | Microsoft 365 E3 | 400
software | Esri ArcGIS Pro Standard | 2800
software | Adobe Acrobat Pro | 240
saas | ServiceNow ITSM Professional | 1200
saas | TOPdesk SaaS Enterprise | 600
dev | Microsoft Azure (West Europe) | 300
hosting | Microsoft Azure (Sweden Central) | 320
hosting | OVHcloud Public Cloud | 240
hosting | Google Cloud europe-north1 | 300
itops | Microsoft Intune | 90
itops | ServiceNow ITSM | 1100
mobile | Apple iPhone 15 (128 GB) | 780
mobile | Samsung Galaxy A55 5G | 420
mobile | Fairphone 5 | 650
dataline | SD-WAN 200/200 Mbit/s with 4G backup | 650
drones | Skydio X10 | 16000
drones | Parrot ANAFI USA GOV | 7000
iot | Telit LE910C4-EU | 30
iot | u-blox SARA-R510M8S | 24
iot | Teltonika RUT956 | 260
"""

# INCUMBENT / restricted providers: kind | provider as written | entity id (only kinds bought as a continuing service)
INCUMBENT_TEXT = """
mobile | China Mobile International | china_mobile
mobile | CMLink | china_mobile
mobile | China Unicom (Europe) Operations | china_unicom
dataline | China Telecom (Europe) Ltd | china_telecom
dataline | China Unicom (Europe) Operations | china_unicom
dataline | China Mobile International | china_mobile
hosting | Huawei Cloud | huawei
saas | Huawei Cloud | huawei
itops | Huawei Technologies | huawei
security | Kaspersky | kaspersky
"""


def _table(text: str, n: int) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for line in text.strip().split("\n"):
        parts = [x.strip() for x in line.split(" | ")]
        out.setdefault(parts[0], []).append(tuple(parts[1:n + 1]) + (("model",) if len(parts) > n + 1 and parts[n + 1] == "model" else ()))
    return out


RVN_LINES = _table(RVN_TEXT, 3)  # kind -> [(line, entity, usd[, "model"])]
COMPLIANT = _table(COMPLIANT_TEXT, 2)  # kind -> [(line, usd)]
INCUMBENT = _table(INCUMBENT_TEXT, 2)  # kind -> [(provider, entity)]
VENDORS = ("Huawei", "ZTE", "Hytera", "Hikvision", "Dahua", "Kaspersky")


# =====================================================================================
# General documents (all languages): context, pieces, templates
# =====================================================================================

SHAPES = {  # shape -> (file-name slug, document type for the `source` column)
    "short": ("short-notice", "short tender notice"), "notice": ("notice", "tender notice"), "rfq": ("rfq", "request for quotation"),
    "spec": ("spec", "technical specification"), "offer": ("offer", "offer"), "boq": ("price-list", "price list"),
    "calloff": ("call-off", "framework call-off"), "email": ("email", "e-mail"), "award": ("award", "award notice"),
}
EQUIV_SHAPES = ("short", "notice", "spec")  # a restricted line goes in as an "or equivalent" reference model
EXTS = {"short": (".txt", ".txt", ".html", ".md"), "boq": (".csv", ".csv", ".txt", ".html", ".md")}
EXT_DEFAULT = (".txt", ".txt", ".md", ".html")
MONTHLY_KINDS = ("saas", "dev", "hosting", "dataline")
_FIELD = re.compile(r"\{(\w+)")

# Which buyers fit which purchases (so a hospital does not resurface roads): regexes over the frame's buyer names.
_HOSP = re.compile(r"Hospital|NHS|Health|Sykehus|Helse|[Kk]linikum|hospitalier|Salud|Ospedal|USL|ASST|Szpital|Region (?:Skåne|Hovedstaden|Syddanmark|Västerbotten)"
                   r"|hyvinvointialue|Hospitalar|医院|医療センター|Erasmus MC")
_EDU = re.compile(r"Universit|Uniwersytet|yliopisto|大学|Education|Educação|Educación|教育|Schul|scolaire|School|Hochschule|Technische|kasvatuksen")
_MUNI = re.compile(r"[Kk]ommun|Council|City|Ville|Stadt|Bezirksamt|Landratsamt|Comune|Città|Gemeente|Stad |Provincie|Urząd|Gmina|Powiat|kaupunki"
                   r"|Município|Câmara|Prefeitura|Ayuntamiento|Diputación|Municipalidad|Alcaldía|市|県|Département|Région|Regione|Region|Town|County"
                   r"|Göteborgs|Trafikverket|Vejdirektoratet|Väylävirasto|Rijkswaterstaat|Statens vegvesen|Zarząd Dróg|国土交通省|Transport for|Gold Coast"
                   r"|Highland|Dublin|Liège|Graz|Luzern|Genève|Województwo|Valenciana|Jalisco|Piemonte|Kanton|Waikato|Ministry|Secretaría|Secretaria|管理委员会|公安局|自然资源")
_SCHOOL = re.compile(r"[Ss]chool|skole|Schul|coll[eè]g|lycée|colegio|escola|scuol|szkoł|skol|koulu|学校|校|grundskol|elev|oppilai|alumn|docent|profesor|enseignant|Kita|päiväkod|教师|児童")
_ITNAME = re.compile(r"\bIT\b|ICT|IKT|\bTI\b|[Ii]nformati|[Ss]istemas|Sistemi|Digital|情報|信息|数据|Dataport|IT\.|[Ss]ystem")
FIT_BY_KIND = {"roadworks": "muni", "vehicles": "muni", "works": "muni", "food": "muni", "substation": "muni", "av": "muni", "drones": "muni",
               "radio": "muni", "medical": "hosp"}


def fitting_buyers(F: dict, s: Subject) -> list[str]:
    buyers = F["buyer"]
    fit = "school" if _SCHOOL.search(s.title) else FIT_BY_KIND.get(s.kind, "")
    if fit == "hosp":
        keep = [b for b in buyers if _HOSP.search(b)]
    elif fit == "school":
        keep = [b for b in buyers if (_MUNI.search(b) or _EDU.search(b)) and not _HOSP.search(b)]
    elif fit == "muni":
        keep = [b for b in buyers if _MUNI.search(b) and not _HOSP.search(b) and not _EDU.search(b)]
    else:
        keep = buyers
    if s.label == OOS:  # an IT department does not buy road works
        keep = [b for b in keep if not _ITNAME.search(b)]
    return keep or buyers


def people(F: dict, s: Subject) -> list[str]:
    """Contact persons; IT titles only on ICT purchases."""
    return [x for x in F["person"] if s.label != OOS or not _ITNAME.search(x)] or F["person"]


def fmt_date(F: dict, d: dt.date) -> str:
    months = F["months"][0].split() if "months" in F else [""] * 12
    return F["date"][0].format(d=d.day, m=d.month, y=d.year, mon=months[d.month - 1], dd=f"{d.day:02d}", mm=f"{d.month:02d}")


def cur_name(F: dict, cur: str) -> str:
    return F["cur_sym"][0] if "cur_sym" in F and cur == F["cur"][0] else cur


def money(F: dict, cur: str, v: float) -> str:
    dec = 0 if cur in NODEC or v >= 100000 else 2
    return F["money"][0].format(v=fmt_num(v, dec, F["num"][0]), cur=cur_name(F, cur))


def price(rng: random.Random, usd: float, cur: str) -> float:
    v = usd * RATES[cur] * rng.uniform(0.85, 1.2)
    return round(v) if cur in NODEC or v > 1000 else round(v, 2)


def render_table(ext: str, header: list[str], rows: list[list[str]]) -> str:
    if ext == ".md":
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(out + ["| " + " | ".join(r) + " |" for r in rows])
    return "\n".join(" | ".join(r) for r in [header] + rows)


def choose(rng: random.Random, templates: list[str], fields: dict, must: tuple = ()) -> str:
    """A template whose placeholders all have a value (extra may be empty) and that writes the `must` fields."""
    ok = [t for t in templates if all(fields.get(k) or k == "extra" for k in _FIELD.findall(t)) and all(f"{{{m}}}" in t for m in must)]
    if not ok:
        raise ValueError(f"no template fits; missing fields among {sorted({k for t in templates for k in _FIELD.findall(t)} - set(k for k, v in fields.items() if v))}")
    return rng.choice(ok)


def tidy(text: str) -> str:
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n"


def to_csv(text: str, header: list[str], rows: list[list[str]]) -> str:
    """A price list as CSV: template lines as one-cell rows, the table as real rows."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for line in text.split("\n"):
        if line == "\0TABLE\0":
            w.writerow(header)
            w.writerows(rows)
        elif line.strip():
            w.writerow([line])
    return buf.getvalue()


@dataclass
class Plan:
    lang: str
    label: str
    role: str  # plain, rvn, award_rvn, award_rx, incumbent, award_ok, cert, prohib, buyer_rx, incidental
    subject: Subject
    shape: str
    x: str = ""  # restricted line / provider / buyer
    entity: str = ""
    usd: float = 0.0
    model_only: bool = False


def join_names(F: dict, names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return F["list_sep"][0].join(names[:-1]) + F["and"][0] + names[-1]


def build_general(rng: random.Random, p: Plan, ext: str) -> str:
    s, F = p.subject, FRAMES[p.lang]
    lang = p.lang
    if p.role == "buyer_rx":
        buyer = p.x
    elif s.buyers and rng.random() < 0.75:
        buyer = rng.choice(s.buyers)
    else:
        buyer = rng.choice(fitting_buyers(F, s))
    buyer, _, cur = buyer.partition(" @")
    cur = cur or F["cur"][0]
    bidder = p.x if p.role == "award_rx" else rng.choice(F["seller_gen"] if s.label == OOS else F["seller"])
    base = dt.date(rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28))
    deadline = base + dt.timedelta(days=rng.randint(12, 45))
    space = "" if lang in CJK else " "

    # items, with the role's inserted line
    items = list(s.items)
    if len(items) > 2:
        items = [items[i] for i in sorted(rng.sample(range(len(items)), rng.randint(2, len(items))))]
    insert = None
    if p.role in ("rvn", "award_rvn") and p.shape not in EQUIV_SHAPES:
        insert = (p.x, p.usd)
    elif p.role in ("cert", "award_ok") and s.kind in COMPLIANT:
        line, usd = rng.choice(COMPLIANT[s.kind])
        insert = (line, float(usd))
    if insert:
        monthly = s.kind in MONTHLY_KINDS and ("Cloud" in insert[0] or "MPLS" in insert[0] or "transit" in insert[0] or "SD-WAN" in insert[0] or "Azure" in insert[0] or "云" in insert[0] or "クラウド" in insert[0])
        unit = F["unit_month"][0] if monthly else F["unit_pcs"][0]
        lo, hi = (12, 36) if monthly else ((40, 400) if insert[1] < 100 else (2, 60))
        items.insert(rng.randint(0, len(items)) if p.shape != "award" else 0, (insert[0], unit, lo, hi, insert[1]))
    rows, total = [], 0.0
    for i, (desc, unit, lo, hi, usd) in enumerate(items, 1):
        q = rng.randint(lo, hi)
        if q > 1000:
            q = round(q, -2)
        up = price(rng, usd, cur)
        total += q * up
        rows.append((i, desc, unit, q, up, q * up))
    num = F["num"][0]
    dec = lambda v: 0 if cur in NODEC else 2  # noqa: E731
    item_lines = "\n".join(F["item_fmt"][0].format(i=i, d=d, q=fmt_num(q, 0, num), u=u) for i, d, u, q, _, _ in rows)
    lot_fmt = F.get("lot_fmt", F["item_fmt"])[0]
    lot_lines = "\n".join(lot_fmt.format(i=i, d=d, q=fmt_num(q, 0, num), u=u) for i, d, u, q, _, _ in rows)
    header = F["cols"][0].format(cur=cur_name(F, cur)).split(" | ")
    trows = [[str(i), d, u, fmt_num(q, 0, num), fmt_num(up, dec(up), num), fmt_num(t, dec(t), num)] for i, d, u, q, up, t in rows]

    # requirements, scope sentences, general conditions
    reqs = list(s.reqs)
    if len(reqs) > 2:
        reqs = [reqs[i] for i in sorted(rng.sample(range(len(reqs)), rng.randint(2, len(reqs))))]
    req_fmt = F.get("req_fmt", ["- {k}: {v}"])[0]
    k_intro = rng.randint(1, len(s.intro))
    intros = space.join(s.intro[i] for i in sorted(rng.sample(range(len(s.intro)), k_intro)))

    fields = {
        "buyer": buyer, "title": s.title, "title_l": lower_first(lang, s.title), "ref": rng.choice(F["ref"]).format(y=base.year, n=rng.randint(100, 9999), a=rng.randint(10, 99)),
        "date": fmt_date(F, base), "deadline": fmt_date(F, deadline), "bidder": bidder, "person": rng.choice(people(F, s)),
        "cur": cur_name(F, cur), "amount": money(F, cur, round(total, -3) or 1000.0), "total": money(F, cur, round(total, 2)),
        "intro": rng.choice(s.intro), "intros": intros, "reqs": "\n".join(req_fmt.format(k=k, v=v) for k, v in reqs),
        "items": item_lines, "lots": lot_lines, "table": "\0TABLE\0" if ext == ".csv" else render_table(ext, header, trows),
        "general": "\n".join("- " + g for g in pick(rng, F["general"], rng.randint(1, 3))),
        "n": str(rng.choice((2, 3, 4, 5, 6, 8, 10))), "months": str(rng.choice((12, 24, 36, 48))), "cpv": s.cpv,
        "extra": "",
    }
    extra = []
    if p.role in ("rvn", "award_rvn") and p.shape in EQUIV_SHAPES:
        extra.append(rng.choice(F["equiv"]).format(x=p.x))
    elif p.role == "incumbent":
        extra.append(rng.choice(F["incumbent"]).format(x=p.x, what=fields["title_l"]))
    elif p.role == "cert":
        names = pick(rng, F.get("vendor_names", [", ".join(VENDORS)])[0].split(", "), rng.randint(3, 6))
        extra.append(rng.choice(F["cert"]).format(vendors=join_names(F, names), bidder=bidder))
    elif p.role == "prohib":
        extra.append(rng.choice(F["prohib"]))
    elif p.role == "incidental":
        extra.append(rng.choice(F["incidental"]))
    fields["extra"] = "\n".join(extra)
    fields = {k: v.format(**fields) if k == "extra" else v for k, v in fields.items()}
    must = {"buyer_rx": ("buyer",), "award_rx": ("bidder",)}.get(p.role, ())
    text = choose(rng, F[p.shape], fields, must).format(**fields)
    if p.role != "plain" and fields["extra"] and fields["extra"] not in text:
        raise ValueError(f"{lang} {p.shape}: role line lost")
    if ext == ".csv":
        return to_csv(tidy(text), header, trows)
    return tidy(text.replace("\0TABLE\0", ""))


# =====================================================================================
# US federal-style solicitations: pool
# =====================================================================================
# Subject lines: T title, I background sentence, R task heading = task text, Q CLIN | unit | qty lo | qty hi | USD,
# C "NAICS PSC", N note. Frame: agencies, offices, places, clause texts (several wordings each, our own), sections.

US_POOL = r"""
agency: Department of Coastal and Inland Waterways | Lower Basin District, Contracting Division | CIW
agency: Federal Records and Archives Service | Regional Acquisition Office, Region 6 | FRA
agency: U.S. Agency for Rural Health Facilities | Plains Network Contracting Office | RHF
agency: Department of Veterans Services | Great Lakes Health Network, Network Contracting Office 12 | DVS
agency: National Park and Monument Service | Intermountain Acquisition Business Center | NPM
agency: Bureau of Public Lands Stewardship | Southwest State Office, Branch of Procurement | BPL
agency: Department of the Navy, Naval Support Activity Harlow Sound | Fleet Logistics Center, Regional Contracting | N0042
agency: Department of the Army, Mission Installation Contracting Command | MICC Fort Brandt | W9124X
agency: Federal Aviation Services Administration | Western Logistics Center, Acquisition Branch | FAS
agency: U.S. Border Facilities Agency | Office of Procurement Operations, Field Support Division | BFA
agency: Department of Agriculture Research Stations | Northern Plains Area Acquisition Office | ARS
agency: Indian Country Health Programs | Area Office of Acquisition Management, Billings Service Unit | ICH
place: Cedar Hollow, MT
place: Port Lavelle, OR
place: Fort Brandt, KS
place: Millbrook Station, VA
place: Harlow Sound, WA
place: Red Mesa, NM
place: Lake Orrin, MN
place: Grafton Bluffs, IA
place: Saltgrass Flats, NV
place: Brenner Point, ME
place: Twin Forks, ID
place: Kessler Junction, TX
co: Marisol Fuentes, Contracting Officer
co: Derek Halvorsen, Contract Specialist
co: Tamika Oduya, Contracting Officer
co: Brian Castellano, Contract Specialist
co: Naomi Whitecloud, Contracting Officer
co: Grant Abernathy, Supervisory Contract Specialist
seller: Keystone Facility Partners LLC
seller: Bluewater Logistics Group Inc.
seller: Ridgeline Technical Services, LLC
seller: Prairie Sun Enterprises (SDVOSB)
seller: Harbor Point Systems Integration Inc.
seller: Summit Edge Federal LLC
seller: Three Rivers Mechanical Corp.
seller: Cardinal Data Solutions, Inc.
local: County of Alder Ridge | Purchasing Division | Sheriff's Office
local: City of Marlow Springs | Procurement Services | Police Department
local: Tri-Valley Regional Transit Authority | Contracts and Procurement | Operations
local: Okanee County Board of Commissioners | Office of Purchasing | Emergency Management Agency
local: Town of West Ferrisburg | Finance Department | Department of Public Works
local: Greenfield Unified School District No. 418 | Business Office | Technology Department
setaside: Total Small Business Set-Aside (FAR 19.502-2)
setaside: 100% Service-Disabled Veteran-Owned Small Business set-aside
setaside: Full and open competition
setaside: Total HUBZone set-aside
setaside: 8(a) competitive set-aside
//
// 889-family clauses, full text in our own wording (several wordings each); all name the vendors
c25: 52.204-25 Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment (NOV 2021)\n(a) Definitions. As used in this clause, "covered foreign country" means the People's Republic of China. "Covered telecommunications equipment or services" means (1) telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation (or any subsidiary or affiliate of such entities); (2) for the purpose of public safety, security of Government facilities, physical security surveillance of critical infrastructure, and other national security purposes, video surveillance and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company, or Dahua Technology Company (or any subsidiary or affiliate of such entities); (3) telecommunications or video surveillance services provided by such entities or using such equipment; or (4) telecommunications or video surveillance equipment or services produced or provided by an entity that the Secretary of Defense, in consultation with the Director of National Intelligence or the Director of the Federal Bureau of Investigation, reasonably believes to be an entity owned or controlled by, or otherwise connected to, the government of a covered foreign country.\n(b) Prohibition. (1) Section 889(a)(1)(A) of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 prohibits the head of an executive agency on or after August 13, 2019, from procuring or obtaining any equipment, system, or service that uses covered telecommunications equipment or services as a substantial or essential component of any system, or as critical technology as part of any system. The Contractor is prohibited from providing to the Government any such equipment, system, or service unless an exception in paragraph (c) applies or a waiver has been granted. (2) Section 889(a)(1)(B) prohibits the head of an executive agency on or after August 13, 2020, from entering into, extending, or renewing a contract with an entity that uses any equipment, system, or service that uses covered telecommunications equipment or services as a substantial or essential component of any system.\n(c) Exceptions. This clause does not prohibit the Contractor from providing (1) a service that connects to the facilities of a third party, such as backhaul, roaming, or interconnection arrangements; or (2) telecommunications equipment that cannot route or redirect user data traffic or cannot permit visibility into any user data or packets that such equipment transmits or otherwise handles.\n(d) Reporting requirement. If the Contractor identifies covered telecommunications equipment or services used as a substantial or essential component of any system during contract performance, or is notified of such use by a subcontractor at any tier, the Contractor shall report to the Contracting Officer within one business day the contract number, the supplier name, brand, model number and item description, and within ten business days any further available information and the mitigation actions undertaken or recommended.\n(e) Subcontracts. The Contractor shall insert the substance of this clause, including this paragraph (e), in all subcontracts and other contractual instruments, including subcontracts for the acquisition of commercial products or commercial services.
c25: 52.204-25 PROHIBITION ON CONTRACTING FOR CERTAIN TELECOMMUNICATIONS AND VIDEO SURVEILLANCE SERVICES OR EQUIPMENT (NOV 2021)\nUnder section 889 of Public Law 115-232 the Government may not buy any equipment, system or service that relies on covered telecommunications equipment or services as a substantial or essential component or as critical technology, and may not contract with an entity that uses such equipment, system or service. Covered equipment is telecommunications equipment made by Huawei Technologies Company or ZTE Corporation and, where used for public safety, Government facility security, surveillance of critical infrastructure or other national security purposes, video surveillance and telecommunications equipment made by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or Dahua Technology Company, including their subsidiaries and affiliates, together with services provided by these companies or using their equipment.\nBackhaul, roaming and interconnection services through third-party facilities, and equipment that cannot route, redirect or see user traffic, are excepted. Should the Contractor discover covered equipment or services in a system during performance, it must notify the Contracting Officer within one business day (contract number, supplier, brand, model and description) and follow up within ten business days with mitigation measures. This clause flows down to all subcontracts, including those for commercial products and services.
c25: FAR 52.204-25 (Nov 2021) - Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment.\n(1) The Contractor shall not provide the Government with equipment, systems or services that use covered telecommunications equipment or services as a substantial or essential component of any system. (2) Covered telecommunications equipment or services include equipment manufactured by Huawei and ZTE; video surveillance and telecommunications equipment manufactured by Hytera, Hikvision and Dahua; any subsidiary or affiliate of these companies; and telecommunications or video surveillance services provided by them or using their equipment. (3) Discoveries during performance shall be reported within one business day, with a follow-up report within ten business days. (4) The requirements of this clause apply to all subcontracts.
c24: 52.204-24 Representation Regarding Certain Telecommunications and Video Surveillance Services or Equipment (NOV 2021)\nThe Offeror shall not complete the representation at paragraph (d)(1) of this provision if it has represented in its annual representations in SAM, under 52.204-26(c)(1), that it "does not provide" covered telecommunications equipment or services, nor paragraph (d)(2) if it has represented under 52.204-26(c)(2) that it "does not use" them. For the meaning of covered telecommunications equipment or services (telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation; video surveillance and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or Dahua Technology Company; and the services and affiliates described in 52.204-25), see 52.204-25.\n(d) Representation. The Offeror represents that (1) it [ ] will, [ ] will not provide covered telecommunications equipment or services to the Government in the performance of any contract, subcontract or other contractual instrument resulting from this solicitation; and (2) after conducting a reasonable inquiry, it [ ] does, [ ] does not use covered telecommunications equipment or services, or use any equipment, system, or service that uses covered telecommunications equipment or services.\n(e) Disclosures. An Offeror that represents "will" or "does" shall provide, for each item: the entity that produced the equipment (manufacturer, brand, model number, original equipment manufacturer number, item description) or that provides the service, and an explanation of the proposed use and of the factors relied on to conclude that the item does not fall under the prohibition.
c24: 52.204-24 (NOV 2021) REPRESENTATION REGARDING CERTAIN TELECOMMUNICATIONS AND VIDEO SURVEILLANCE SERVICES OR EQUIPMENT\nOfferors must represent, for this specific solicitation, whether they will provide and whether they use covered telecommunications equipment or services as defined in 52.204-25, i.e. equipment of Huawei, ZTE, Hytera, Hikvision or Dahua and their subsidiaries and affiliates, and services using such equipment. Offerors that answered "does not" to both questions of 52.204-26 in SAM need not complete this provision.\n(d)(1) The Offeror [ ] will [ ] will not provide covered telecommunications equipment or services to the Government in the performance of the resulting contract.\n(d)(2) After a reasonable inquiry, the Offeror [ ] does [ ] does not use covered telecommunications equipment or services, or any equipment, system or service that uses them.\nA "will" or "does" answer requires a disclosure naming the manufacturer, brand, model and proposed use.
c23: 52.204-23 Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by Kaspersky Lab and Other Covered Entities (DEC 2023)\n(a) Definitions. "Covered article" means any hardware, software, or service that is developed or provided by a covered entity; includes any hardware, software, or service developed or provided in whole or in part by a covered entity; or contains components using any hardware or software developed in whole or in part by a covered entity. "Covered entity" means Kaspersky Lab; any successor entity to Kaspersky Lab; any entity that controls, is controlled by, or is under common control with Kaspersky Lab; or any entity of which Kaspersky Lab has a majority ownership.\n(b) Prohibition. Section 1634 of the National Defense Authorization Act for Fiscal Year 2018 prohibits Government use of any covered article. The Contractor shall not provide or use as part of the performance of the contract any covered article, or any products or services produced or provided by a source, if the covered article or the source is prohibited by an applicable Federal Acquisition Supply Chain Security Act order.\n(c) Reporting. The Contractor shall report to the Contracting Officer within one business day any covered article identified during performance, with the brand, model number and item description, and within ten business days the steps taken to prevent its use.\n(d) Subcontracts. The substance of this clause, including this paragraph (d), shall be included in all subcontracts.
c23: 52.204-23 (DEC 2023) - KASPERSKY LAB COVERED ARTICLES. The Contractor may not deliver or use in performance any hardware, software or service developed or provided, wholly or in part, by Kaspersky Lab, its successors, or any entity it controls, is controlled by or is under common control with (Section 1634, FY2018 NDAA). Covered articles found during performance must be reported to the Contracting Officer within one business day and removed. The clause applies to subcontracts at every tier.
c26: 52.204-26 Covered Telecommunications Equipment or Services - Representation (OCT 2020)\n(a) Definitions. "Covered telecommunications equipment or services" and "reasonable inquiry" have the meaning provided in 52.204-25 (equipment and services of Huawei, ZTE, Hytera, Hikvision and Dahua, their subsidiaries and affiliates).\n(b) Procedures. The Offeror shall review the list of excluded parties in SAM for entities excluded from receiving Federal awards for "covered telecommunications equipment or services".\n(c)(1) Representation. The Offeror represents that it [ ] does, [ ] does not provide covered telecommunications equipment or services as a part of its offered products or services to the Government in the performance of any contract, subcontract, or other contractual instrument.\n(c)(2) After conducting a reasonable inquiry for purposes of this representation, the Offeror represents that it [ ] does, [ ] does not use covered telecommunications equipment or services, or any equipment, system, or service that uses covered telecommunications equipment or services.
c7018: DFARS 252.204-7018 Prohibition on the Acquisition of Covered Defense Telecommunications Equipment or Services (JAN 2023)\n(a) Definitions. "Covered defense telecommunications equipment or services" means telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation, or any subsidiary or affiliate of such entities; telecommunications services provided by such entities or using such equipment; or telecommunications equipment or services produced or provided by an entity that the Secretary of Defense reasonably believes to be owned or controlled by, or otherwise connected to, the government of a covered foreign country. "Covered missions" means the nuclear deterrence mission and the homeland defense mission of DoD, including ballistic missile defense.\n(b) Prohibition. In accordance with section 1656 of the NDAA for Fiscal Year 2018, the Contractor shall not provide to the Government any equipment, system, or service to carry out covered missions that uses covered defense telecommunications equipment or services as a substantial or essential component of any system, or as critical technology as part of any system, unless a waiver has been granted.\n(c) Reporting. Covered defense telecommunications equipment or services discovered during performance shall be reported at https://dibnet.dod.mil within three business days, with mitigation information within ten business days.\n(d) Subcontracts. The substance of this clause, including this paragraph (d), shall be included in all subcontracts.
c7018: 252.204-7018 (JAN 2023) Prohibition on the Acquisition of Covered Defense Telecommunications Equipment or Services - The Contractor shall not deliver, for covered missions, any equipment, system or service that uses telecommunications equipment produced by Huawei or ZTE (including subsidiaries and affiliates) or services provided by them or using their equipment as a substantial or essential component, and shall report any such item found during performance through the DIBNet portal.
c200: 2 CFR 200.216 Prohibition on certain telecommunications and video surveillance services or equipment.\n(a) Recipients and subrecipients are prohibited from obligating or expending loan or grant funds to procure or obtain, to extend or renew a contract to procure or obtain, or to enter into a contract to procure or obtain equipment, services, or systems that use covered telecommunications equipment or services as a substantial or essential component of any system, or as critical technology as part of any system. As described in section 889 of Public Law 115-232, covered telecommunications equipment is telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation (or any subsidiary or affiliate of such entities), and, for the purpose of public safety, security of government facilities, physical security surveillance of critical infrastructure, and other national security purposes, video surveillance and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company, or Dahua Technology Company (or any subsidiary or affiliate of such entities), together with telecommunications or video surveillance services provided by such entities or using such equipment.\n(b) In implementing the prohibition, Federal agencies administering grant programs will prioritize available funding and technical support to assist affected businesses, institutions and organizations as is reasonably necessary to transition from covered communications equipment and services.
c200: FEDERAL FUNDING NOTICE - 2 CFR 200.216. This purchase is funded in whole or in part by a Federal grant. No grant funds may be used to buy, lease, renew or extend any equipment, service or system that uses, as a substantial or essential component, telecommunications or video surveillance equipment or services produced or provided by Huawei, ZTE, Hytera, Hikvision or Dahua, or by any of their subsidiaries or affiliates. The bidder shall sign the attached certification; a bid that offers covered equipment will be rejected as non-responsive.
//
// Representations as completed by an offeror ("does not"), and offeror certifications
rep24: 52.204-24 Representation Regarding Certain Telecommunications and Video Surveillance Services or Equipment (NOV 2021)\n(d) Representation. The Offeror represents that\n(1) It [ ] will, [X] will not provide covered telecommunications equipment or services to the Government in the performance of any contract, subcontract or other contractual instrument resulting from this solicitation; and\n(2) After conducting a reasonable inquiry, it [ ] does, [X] does not use covered telecommunications equipment or services, or use any equipment, system, or service that uses covered telecommunications equipment or services.\n(e) Disclosures: Not applicable - the Offeror has represented "will not" and "does not".
rep24: Provision 52.204-24 - completed by the Offeror\n(d)(1) [ ] WILL  [X] WILL NOT provide covered telecommunications equipment or services (Huawei, ZTE, Hytera, Hikvision, Dahua, or their subsidiaries and affiliates) to the Government under the resulting contract.\n(d)(2) [ ] DOES  [X] DOES NOT use covered telecommunications equipment or services, after reasonable inquiry.\nNo disclosure under paragraph (e) is required.
rep26: 52.204-26 Covered Telecommunications Equipment or Services - Representation (OCT 2020)\n(c)(1) The Offeror represents that it [ ] does, [X] does not provide covered telecommunications equipment or services as a part of its offered products or services to the Government in the performance of any contract, subcontract, or other contractual instrument.\n(c)(2) After conducting a reasonable inquiry for purposes of this representation, the Offeror represents that it [ ] does, [X] does not use covered telecommunications equipment or services, or any equipment, system, or service that uses covered telecommunications equipment or services.
rep26: SAM annual representation 52.204-26 (as registered): (c)(1) does not provide; (c)(2) does not use covered telecommunications equipment or services.
cert889: SECTION 889 CERTIFICATION\nThe undersigned certifies, on behalf of {bidder}, that no equipment, system or service offered in this quotation uses telecommunications or video surveillance equipment or services produced or provided by Huawei Technologies Company, ZTE Corporation, Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or Dahua Technology Company, or any of their subsidiaries or affiliates, and that the company does not itself use such equipment or services.
cert889: Certification regarding covered telecommunications (2 CFR 200.216 / Section 889). {bidder} certifies that it will not furnish, and does not use, any product or service of Huawei, ZTE, Hytera, Hikvision or Dahua (or affiliates) in connection with this bid. The bidder will notify the purchasing agent within one business day if it learns otherwise.
certksp: Kaspersky certification (52.204-23): {bidder} certifies that no hardware, software or service developed or provided in whole or in part by Kaspersky Lab or its affiliates will be delivered or used under this contract.
//
// Clauses incorporated by reference (real numbers and titles)
cref: 52.203-19 Prohibition on Requiring Certain Internal Confidentiality Agreements or Statements (JAN 2017)
cref: 52.204-7 System for Award Management (NOV 2024)
cref: 52.204-13 System for Award Management Maintenance (OCT 2018)
cref: 52.204-16 Commercial and Government Entity Code Reporting (AUG 2020)
cref: 52.204-27 Prohibition on a ByteDance Covered Application (JUN 2023)
cref: 52.204-30 Federal Acquisition Supply Chain Security Act Orders - Prohibition (DEC 2023)
cref: 52.209-6 Protecting the Government's Interest When Subcontracting with Contractors Debarred, Suspended, or Proposed for Debarment (JAN 2025)
cref: 52.212-1 Instructions to Offerors - Commercial Products and Commercial Services (SEP 2023)
cref: 52.212-2 Evaluation - Commercial Products and Commercial Services (NOV 2021)
cref: 52.212-3 Offeror Representations and Certifications - Commercial Products and Commercial Services (MAY 2024)
cref: 52.212-4 Contract Terms and Conditions - Commercial Products and Commercial Services (NOV 2023)
cref: 52.212-5 Contract Terms and Conditions Required to Implement Statutes or Executive Orders - Commercial Products and Commercial Services (JAN 2025)
cref: 52.217-8 Option to Extend Services (NOV 1999)
cref: 52.217-9 Option to Extend the Term of the Contract (MAR 2000)
cref: 52.219-6 Notice of Total Small Business Set-Aside (NOV 2020)
cref: 52.219-28 Postaward Small Business Program Rerepresentation (JAN 2025)
cref: 52.222-3 Convict Labor (JUN 2003)
cref: 52.222-21 Prohibition of Segregated Facilities (APR 2015)
cref: 52.222-26 Equal Opportunity (SEP 2016)
cref: 52.222-41 Service Contract Labor Standards (AUG 2018)
cref: 52.222-50 Combating Trafficking in Persons (NOV 2021)
cref: 52.223-18 Encouraging Contractor Policies to Ban Text Messaging While Driving (JUN 2020)
cref: 52.225-13 Restrictions on Certain Foreign Purchases (FEB 2021)
cref: 52.232-33 Payment by Electronic Funds Transfer - System for Award Management (OCT 2018)
cref: 52.232-39 Unenforceability of Unauthorized Obligations (JUN 2013)
cref: 52.233-1 Disputes (MAY 2014)
cref: 52.237-2 Protection of Government Buildings, Equipment, and Vegetation (APR 1984)
cref: 52.242-15 Stop-Work Order (AUG 1989)
cref: 52.246-4 Inspection of Services - Fixed-Price (AUG 1996)
cref: 52.247-34 F.o.b. Destination (NOV 1991)
cref: 252.204-7012 Safeguarding Covered Defense Information and Cyber Incident Reporting (MAY 2024)
cref: 252.225-7048 Export-Controlled Items (JUN 2013)
cref: 252.232-7006 Wide Area WorkFlow Payment Instructions (JAN 2023)
cref: 252.247-7023 Transportation of Supplies by Sea (OCT 2024)
//
// Sections, several wordings each
synopsis: This is a combined synopsis/solicitation for commercial {what} prepared in accordance with the format in FAR subpart 12.6, as supplemented with additional information included in this notice. This announcement constitutes the only solicitation; quotations are being requested and a written solicitation will not be issued.
synopsis: The Government intends to award a firm-fixed-price contract for {what} using the simplified procedures of FAR part 13 for commercial products and services. This solicitation incorporates provisions and clauses in effect through Federal Acquisition Circular 2025-03.
synopsis: Solicitation {sol} is issued as a Request for Proposals. The resulting contract will be a single-award, firm-fixed-price contract with a base period and option periods as shown in the schedule.
instr: Offers shall be submitted electronically to the Contract Specialist no later than the closing date. Late offers will be handled in accordance with FAR 52.212-1(f).
instr: The technical volume shall not exceed {pages} pages and shall describe the offeror's approach to each task in the statement of work, its staffing plan and its quality control plan.
instr: Questions shall be submitted in writing no later than ten calendar days before the closing date. Answers will be posted as an amendment.
instr: Offerors shall be registered in SAM at the time of offer submission and shall complete the representations at 52.212-3, including 52.204-24 where required.
instr: The price volume shall contain a completed schedule of CLINs for the base period and every option period. Prices shall be fully burdened.
instr: A site visit will be held on {visit}. Attendance is recommended but not mandatory; no individual site visits will be scheduled.
evalm: Award will be made to the lowest-priced, technically acceptable offer. Technical acceptability is rated acceptable or unacceptable against the requirements of the statement of work.
evalm: The Government will award to the offeror whose proposal represents the best value, considering technical approach, past performance and price. Technical approach and past performance combined are approximately equal to price.
evalm: Past performance will be evaluated on up to three recent and relevant contracts performed within the last five years.
evalm: An offer that takes exception to the terms of the solicitation, or omits the required representations, may be rejected as non-responsive.
inspect: Inspection and acceptance will be performed at destination by the Contracting Officer's Representative (COR).
inspect: The COR will evaluate performance monthly against the Performance Requirements Summary; deficiencies will be documented and the Contractor will be asked for a corrective action plan.
invoice: Invoices shall be submitted monthly in arrears through the Invoice Processing Platform (IPP).
invoice: Payment requests shall be submitted electronically through Wide Area WorkFlow (WAWF) as a 2-in-1 invoice for services.
security: Contractor employees requiring unescorted access shall undergo a background check and receive a facility badge before starting work.
security: Contractor personnel shall complete the agency's annual security awareness training within 30 days of starting work.
wage: Wage Determination No. 2015-{wd} (Rev. {rev}) applies to this contract. The Contractor shall pay not less than the wage rates and fringe benefits it lists.
"""

US_SUBJECTS_TEXT = r"""
## OOS grounds-visitor-center grounds
T Grounds Maintenance - Visitor Center and Administrative Campus
I The campus covers approximately 46 acres of improved turf, native grass buffers, ornamental beds and 3.2 miles of paved walks around the visitor center, two office buildings and a maintenance yard.
I Visitor counts peak between Memorial Day and Labor Day, and most mowing must be completed before the visitor center opens at 9:00 a.m.
R Mowing = Improved turf shall be mowed to a height of 3 to 3.5 inches whenever growth reaches 4.5 inches, with clippings blown off hard surfaces the same day.
R Trimming and edging = Edges along walks, curbs and building foundations shall be trimmed at every mowing; no chemical edging is permitted within 25 feet of the creek.
R Irrigation = The Contractor shall start up, inspect and winterize the 14-zone irrigation system and repair broken heads within five working days.
R Leaf removal = Leaves shall be removed from turf and beds weekly from October 15 to December 1 and composted at the maintenance yard.
R Pruning = Shrubs shall be pruned twice a year; trees over 12 feet are pruned only by a certified arborist.
R Pesticides = Only products approved by the agency's pest management coordinator may be applied, by a licensed applicator, with records kept on site.
Q Mowing, trimming and edging, per event | EA | 22 | 30 | 2400
Q Irrigation start-up and winterization | EA | 2 | 2 | 1800
Q Fall leaf removal, per week | WK | 7 | 7 | 1600
Q Shrub and bed maintenance | MO | 12 | 12 | 900
C 561730 S208
N grounds maintenance at a visitor center; nothing ICT is bought
## OOS custodial-lab custodial
T Custodial Services - Regional Laboratory and Office Complex
I The complex consists of a three-story laboratory building, an office annex and a warehouse, about 118,000 square feet in total, occupied Monday through Friday by 260 employees.
I Laboratory areas are cleaned only under escort and only in spaces posted as cleared by the laboratory safety officer.
R Office areas = Empty wastebaskets and recycling, vacuum carpets, damp-mop hard floors and clean horizontal surfaces daily.
R Restrooms and locker rooms = Clean and disinfect fixtures twice daily and restock soap, paper and sanitary products.
R Laboratory corridors = Wet-mop with neutral cleaner; laboratory benches, fume hoods and chemical storage are excluded.
R Floor care = Strip and refinish vinyl composition tile twice a year; extract carpets annually.
R Green cleaning = Chemicals and paper products shall meet Green Seal or EPA Safer Choice criteria.
R Staffing = A working supervisor shall be on site during all shifts and reachable by telephone.
Q Custodial services, base year | MO | 12 | 12 | 21000
Q Floor strip and refinish | EA | 2 | 2 | 7800
Q Carpet extraction | EA | 1 | 1 | 6400
Q Emergency or event cleaning, per hour | HR | 40 | 120 | 48
C 561720 S201
N custodial services for a laboratory and office complex; nothing ICT is bought
## OOS dining-facility food
T Full Food Service - Installation Dining Facility
I The dining facility serves three meals a day, seven days a week, to an average of 640 service members, with surge feeding during field exercises.
I The Government provides the facility, major kitchen equipment and utilities; the Contractor provides all labor, management and food products.
R Menu = Follow the 21-day master menu approved by the installation food program manager, including vegetarian and grab-and-go options.
R Food safety = Maintain a HACCP plan, hold temperature logs for every service line and pass monthly preventive medicine inspections.
R Headcount = Record diners by meal card and report headcounts daily.
R Field feeding = Provide boxed meals for up to 900 personnel on 48 hours' notice.
R Sanitation = Clean kitchen equipment, hoods and grease traps to the schedule in Technical Exhibit 3.
Q Full food service, base year | MO | 12 | 12 | 145000
Q Surge field feeding, per meal | EA | 4000 | 12000 | 11
Q Holiday meal enhancement | EA | 4 | 4 | 6500
C 722310 S203
N full food service at a dining facility; nothing ICT is bought
## OOS hvac-pm hvac
T Preventive and Corrective Maintenance of HVAC Systems
I The Government requires preventive and corrective maintenance for heating, ventilation and air-conditioning equipment in nine buildings, including 22 rooftop units, two 150-ton chillers, three hot-water boilers and associated pumps.
I Equipment ages range from 4 to 27 years; an equipment inventory is provided as Attachment 2.
R Preventive maintenance = Perform quarterly PM on rooftop units (filters, belts, coils, refrigerant checks) and semi-annual PM on chillers and boilers per manufacturer recommendations.
R Water treatment = Test and treat the closed and open loops monthly and keep a log at the central plant.
R Service calls = Respond to emergency calls within two hours and to routine calls within one business day.
R Refrigerant = Handle refrigerants by EPA Section 608 certified technicians and report quantities recovered and added.
R Parts = Repairs under $2,500 per occurrence are included; larger repairs require a quote and a written order.
Q Preventive maintenance, base year | MO | 12 | 12 | 9800
Q Corrective repair parts (not-to-exceed) | LOT | 1 | 1 | 40000
Q After-hours emergency labor | HR | 20 | 80 | 135
C 238220 J041
N HVAC preventive and corrective maintenance; nothing ICT is bought
## OOS bulk-fuel fuel
T Bulk Delivery of Diesel and Unleaded Gasoline to Field Stations
I Seven remote field stations operate generators, heavy equipment and a vehicle fleet and require scheduled bulk fuel deliveries throughout the year.
I Several stations are reachable only by gravel road, and access may be restricted after heavy snowfall.
R Products = Ultra-low-sulfur diesel No. 2 (winterized from November to March) and 87-octane unleaded gasoline meeting ASTM D975 and D4814.
R Deliveries = Deliver within three business days of an order placed by the station manager, between 7:00 a.m. and 3:30 p.m.
R Tanks = Delivery vehicles shall carry spill kits; the driver shall gauge the tank before and after filling.
R Pricing = Prices are adjusted weekly against the published rack price plus a fixed delivery differential.
Q Ultra-low-sulfur diesel | GAL | 40000 | 90000 | 4.2
Q Unleaded gasoline 87 | GAL | 15000 | 40000 | 3.6
Q Delivery differential, per gallon | GAL | 55000 | 130000 | 0.35
C 424720 9130
N bulk diesel and gasoline deliveries; nothing ICT is bought
## OOS office-furniture furniture
T Office Furniture for Renovated Administrative Building
I The second and third floors of the administrative building are being renovated and will be furnished with workstations, private offices and two conference rooms.
I Furniture shall be delivered and installed after the general contractor's substantial completion, in coordination with the move schedule.
R Workstations = 6 x 6 ft open-plan workstations with 42-inch panels, height-adjustable worksurface and mobile pedestal.
R Seating = Task chairs with adjustable arms, seat depth and lumbar support, BIFMA X5.1 certified, ten-year warranty.
R Conference = 14-person boat-shaped conference tables with power and data grommets and matching stacking chairs.
R Installation = Receive, deliver, install and level all furniture and remove packaging from the site.
Q Open-plan workstation | EA | 60 | 140 | 2900
Q Task chair | EA | 70 | 160 | 640
Q Private office suite (desk, return, storage) | EA | 10 | 24 | 4100
Q Conference table, 14-person | EA | 2 | 2 | 5200
C 337214 7110
N office furniture delivered and installed; nothing ICT is bought
## OOS medical-supplies medical
T Medical and Surgical Supplies - Blanket Purchase Agreement
I The health center and two outpatient clinics require a recurring supply of medical and surgical consumables delivered twice a week.
I Items shall be latex-free unless otherwise noted and shall have at least twelve months of remaining shelf life on delivery.
R Gloves = Nitrile examination gloves, powder-free, sizes S to XL, ASTM D6319.
R Wound care = Gauze sponges, non-adherent dressings, elastic bandages and adhesive strips.
R Sharps = Safety syringes and needles, sharps containers of 1, 2 and 8 quarts.
R Delivery = Deliver to the central receiving dock by 10:00 a.m. on Tuesday and Friday.
Q Nitrile exam gloves, box of 100 | BX | 1200 | 3000 | 9
Q Gauze sponges 4 x 4 in, sterile, pack of 25 | PK | 800 | 2000 | 6
Q Safety syringe 3 mL with needle, box of 100 | BX | 150 | 400 | 38
Q Sharps container, 8 qt | EA | 200 | 500 | 7
C 339113 6515
N medical and surgical consumables; nothing ICT is bought
## OOS vehicle-lease vehicles
T Lease of Light-Duty Vehicles for Field Operations
I Field inspectors drive about 18,000 miles a year each on paved and unpaved roads; the current lease fleet expires at the end of the fiscal year.
I Vehicles are parked at four duty stations and serviced locally.
R Pickups = Half-ton crew-cab 4x4 pickup, 6.5-ft bed, towing package, all-terrain tires.
R SUVs = Mid-size 4x4 SUV, third-row seating not required.
R Equipment = Factory backup camera and hands-free phone kit as delivered by the manufacturer; no aftermarket electronics.
R Maintenance = Lease includes scheduled maintenance, tires and roadside assistance.
Q Pickup truck lease, per vehicle per month | MO | 240 | 480 | 690
Q SUV lease, per vehicle per month | MO | 120 | 240 | 610
Q Excess mileage, per mile | MI | 5000 | 20000 | 0.18
C 532112 W023
N HARD: vehicle lease; the backup camera and hands-free kit are factory vehicle features, not ICT purchased
## OOS roof-replacement construction
T Roof Replacement - Building 212 Warehouse
I The existing built-up roof of the 38,000 square-foot warehouse has reached the end of its service life and leaks at several drains and curbs.
I Work shall be phased so that no more than one quarter of the roof is open at any time; the warehouse remains in use.
R Demolition = Remove the existing roof membrane, insulation and flashings down to the steel deck and dispose of debris off site.
R Roofing = Install tapered polyiso insulation and a fully adhered 60-mil TPO membrane with a 20-year manufacturer warranty.
R Flashings = Replace all curb, parapet and penetration flashings; raise curbs to 8 inches minimum.
R Safety = Provide fall protection and an accident prevention plan accepted before start of work.
Q Roof demolition and disposal | SF | 38000 | 38000 | 3
Q Tapered insulation and TPO membrane | SF | 38000 | 38000 | 11
Q Sheet-metal flashing and coping | LF | 900 | 1400 | 32
C 238160 Z2AA
N warehouse roof replacement (construction); nothing ICT is bought
## OOS waste-recycling waste
T Solid Waste Collection and Recycling
I The installation generates mixed municipal solid waste, cardboard and commingled recyclables at 31 collection points, including housing areas and a dining facility.
R Collection = Empty front-load containers on the schedule in Exhibit A and roll-off containers on call within 24 hours.
R Recycling = Deliver cardboard and commingled recyclables to a certified materials recovery facility and report tonnages monthly.
R Containers = Provide, clean and repair containers; replace damaged lids within five days.
R Reporting = Submit monthly landfill tickets and recycling receipts with the invoice.
Q Front-load collection, 6 cu yd, per lift | EA | 4000 | 7000 | 18
Q Roll-off haul, 30 cu yd | EA | 60 | 140 | 420
Q Cardboard recycling, per ton | TON | 40 | 100 | 55
C 562111 S205
N waste collection and recycling; nothing ICT is bought
## OOS guard-services guard
T Armed Protective Security Officer Services
I The Government requires armed protective security officers at a federal office building and its parking structure, 24 hours a day, with additional posts during public hearings.
I Officers staff the main entry screening station, a roving patrol and the loading dock.
R Posts = Staff the posts and hours in the post orders, about 21,000 hours per year.
R Qualifications = Officers shall be licensed in the state, complete 40 hours of agency training and qualify semi-annually with their firearm.
R Equipment = The Contractor furnishes uniforms, duty belts, handheld radios for officers on post and a patrol vehicle; the Government furnishes the screening X-ray and magnetometer.
R Reporting = Incidents are reported to the building security manager by telephone and in a written report within 24 hours.
Q Protective security officer services | HR | 19000 | 23000 | 52
Q Additional hours, temporary posts | HR | 500 | 1500 | 58
C 561612 S206
N HARD: armed guard services; the radios are officers' tools furnished by the contractor, guarding is what is bought
## OOS copier-lease print
T Lease and Maintenance of Multifunction Copiers
I The regional office uses 34 networked multifunction devices for printing, copying and scanning, and the current lease expires at the end of the quarter.
R Devices = A3 color multifunction devices, 45 pages per minute, duplex scanning to e-mail and network folders.
R Secure print = Badge-release printing using the existing PIV card readers.
R Supplies = Toner, parts and labor included; paper is furnished by the Government.
R Service = Four-hour response during business hours and 98% uptime per device per month.
Q Multifunction device lease, per device per month | MO | 380 | 420 | 165
Q Color overage, per 1,000 pages | EA | 200 | 600 | 38
C 532420 W074
N HARD: copier lease and maintenance (managed print); printers and copiers are not in scope
## OOS av-conference av
T Audio-Visual Upgrade of the Main Conference Room
I The main conference room seats 60 and is used for briefings and public meetings; its projector, sound system and control panel are obsolete.
R Displays = Two 98-inch 4K commercial displays on motorized wall mounts.
R Audio = Ceiling microphones with automatic mixing, DSP and a distributed loudspeaker system.
R Control = A wall touch panel for source selection, volume and display power; HDMI inputs at the lectern and table boxes.
R Training = Two hours of training for facility staff.
Q 98-inch 4K display with mount | EA | 2 | 2 | 9500
Q Ceiling microphone array | EA | 4 | 6 | 2100
Q Digital signal processor and amplifiers | LOT | 1 | 1 | 12000
Q Touch panel control system | EA | 1 | 1 | 6500
C 334310 5836
N HARD: conference-room displays, microphones and speakers; audio-visual kit without network cameras or radio is not in scope
## OOS leadership-training training
T Leadership Development Training for Supervisors
I The agency is launching a supervisory development program for about 150 first-line supervisors across six regions.
R Curriculum = Eight modules covering coaching, performance management, conflict resolution and merit system principles.
R Delivery = In-person cohorts of up to 25 participants at agency facilities; no online platform is required.
R Assessment = Pre- and post-program 360-degree assessments delivered on paper or through the instructor's own tools.
Q Cohort delivery, 5 days | EA | 6 | 6 | 38000
Q 360-degree assessment, per participant | EA | 150 | 150 | 240
C 611430 U008
N HARD: leadership training with no ICT delivered
## OOS uniform-rental uniform
T Uniform Rental and Laundry Service for Maintenance Staff
I Ninety-five maintenance and warehouse employees are issued work uniforms on a weekly exchange.
R Garments = Eleven sets per employee: work shirts, pants and high-visibility jackets meeting ANSI 107 Class 2.
R Exchange = Weekly pick-up and delivery of soiled and clean garments at two locations.
R Repairs = Repair or replace damaged garments at no charge.
Q Uniform rental, per employee per week | WK | 4900 | 4940 | 9
Q Replacement jacket, hi-vis | EA | 20 | 60 | 55
C 812332 S209
N uniform rental and laundry; nothing ICT is bought
## OOS boat-ramp construction
T Boat Ramp and Parking Area Reconstruction
I The existing boat ramp at the reservoir's east recreation area is cracked and undermined, and the gravel parking area floods in spring.
R Ramp = Remove the existing ramp and construct a 16-ft wide precast concrete plank ramp with a 14% slope.
R Parking = Grade and pave a 40-space trailer parking area with drainage swales.
R Environmental = Perform in-water work only between July 15 and September 30 with turbidity curtains.
Q Ramp demolition and precast planks | LS | 1 | 1 | 185000
Q Asphalt paving, trailer parking | SY | 3200 | 4200 | 42
Q Erosion control and turbidity curtain | LS | 1 | 1 | 18000
C 237990 Y1PZ
N boat ramp and parking construction; nothing ICT is bought
## OOS janitorial-supplies cleaning
T Janitorial Paper Products and Cleaning Chemicals
I Supplies are delivered monthly to four buildings and stored in the central warehouse.
R Paper = Roll towels, multifold towels and toilet tissue with recycled content meeting EPA guidelines.
R Chemicals = Concentrated neutral cleaner, disinfectant and glass cleaner with dispensing system on loan.
R Liners = Trash can liners in four sizes, 1.2 mil minimum.
Q Roll towel, case of 6 | CS | 200 | 500 | 48
Q Toilet tissue, case of 80 | CS | 300 | 700 | 62
Q Concentrated disinfectant, 2 L | EA | 60 | 200 | 31
C 424130 8540
N janitorial paper and cleaning chemicals; nothing ICT is bought
//
// ------------------------------------------------------------------ ICT
## ICT campus-network network
T Campus Network Refresh - Access Switches and Wireless
I The research campus operates 11 buildings on a fiber backbone; its access switches and wireless controllers reach end of support next year.
I The new network shall integrate with the existing network access control and syslog servers.
R Access switches = 48-port PoE+ gigabit switches with four 10G SFP+ uplinks, stackable, with 802.1X and MACsec.
R Wireless = Wi-Fi 6E access points with cloud or on-premises management, WPA3 enterprise, 1,200 users per building.
R Management = Centralized configuration, firmware management and role-based access for the network team.
R Installation = Remove and dispose of legacy equipment, install, configure and test, after business hours.
R Supply chain = Equipment shall be new, purchased through the OEM's authorized channel, with OEM warranty registered to the Government.
Q 48-port PoE+ access switch | EA | 40 | 90 | 6200
Q Wi-Fi 6E access point | EA | 180 | 400 | 1100
Q Installation and configuration | LS | 1 | 1 | 95000
Q Five-year support and subscription | LOT | 1 | 1 | 120000
C 334210 7B22
N campus network switches and Wi-Fi (telecom and network equipment)
## ICT port-cctv cctv
T Video Surveillance System - Port of Entry Cargo Facility
I The cargo facility requires a video surveillance system covering the inspection docks, the vehicle lanes and the perimeter fence.
R Cameras = Fixed 4K and multi-sensor IP cameras with IR to 50 m; PTZ cameras at the lane entrances.
R Recording = Video management system with 90 days of retention at full frame rate.
R Network = Dedicated PoE switches on a segregated camera VLAN.
R Integration = Alarm integration with the existing intrusion detection system.
Q 4K fixed IP camera | EA | 40 | 90 | 1200
Q PTZ IP camera | EA | 4 | 10 | 3800
Q Video management server and storage | EA | 2 | 3 | 28000
Q Installation, cabling and commissioning | LS | 1 | 1 | 140000
C 561621 6350
N video surveillance system (IP cameras, VMS)
## ICT p25-radios radio
T P25 Portable and Mobile Radios
I Law enforcement rangers need new P25 Phase II radios interoperable with the state trunked network.
R Portables = P25 Phase II trunking, 700/800 MHz and VHF, AES-256 encryption, GPS, IP68.
R Mobiles = Dash-mount mobile radios with remote head for patrol vehicles.
R Programming = Program all radios with the agency's code plug and install mobiles in 30 vehicles.
Q P25 portable radio with accessories | EA | 60 | 140 | 5200
Q P25 mobile radio with installation | EA | 30 | 30 | 4800
Q Multi-unit charger | EA | 10 | 20 | 1100
C 334220 5820
N P25 two-way radios
## ICT help-desk itops
T IT Service Desk and Desktop Support Services
I The agency's 2,400 users at headquarters and nine field offices need a Tier 1 and Tier 2 service desk and deskside support.
R Service desk = Staff the service desk from 6:00 a.m. to 8:00 p.m. Eastern, answer 80% of calls within 60 seconds and resolve 70% at first contact.
R Deskside = Tier 2 technicians at headquarters and remote support for field offices, including imaging and hardware swaps.
R Tools = Use the Government's ITSM tool; knowledge articles remain Government property.
R Reporting = Monthly SLA report and quarterly customer satisfaction survey.
Q Service desk, base year | MO | 12 | 12 | 160000
Q Deskside support surge, per hour | HR | 200 | 800 | 85
C 541513 DA01
N IT service desk and desktop support (IT services, in scope under the widened scope)
## ICT cloud-hosting hosting
T Cloud Hosting and Migration of Mission Applications
I Seven mission applications run in an agency data center scheduled to close; they shall be migrated to a FedRAMP Moderate authorized cloud.
R Hosting = FedRAMP Moderate IaaS/PaaS in two US regions with 99.9% availability.
R Migration = Plan, migrate and test each application with no more than four hours of downtime.
R Operations = 24x7 monitoring, patching, backup and disaster recovery with RPO 4 hours and RTO 12 hours.
R Security = Maintain the authority to operate and deliver monthly continuous monitoring packages.
Q Cloud hosting consumption (estimated) | MO | 12 | 12 | 42000
Q Migration services | LS | 1 | 1 | 380000
Q Managed operations | MO | 12 | 12 | 55000
C 518210 DH10
N cloud hosting and migration (hosting and managed IT services)
## ICT laptops computers
T Laptop Computers - Technology Refresh
I Laptops issued in the last refresh reach the end of their four-year life; the agency will replace them with standard configurations.
R Configuration = 14-inch, Intel Core Ultra 5 or equivalent, 16 GB RAM, 512 GB SSD, TPM 2.0, smart card reader.
R Docking = USB-C docking station with two display outputs.
R Warranty = Four-year next-business-day on-site warranty with keep-your-drive.
R Imaging = Delivered with the Government's image and asset tags.
Q 14-inch laptop | EA | 300 | 900 | 1150
Q USB-C docking station | EA | 300 | 900 | 210
Q Imaging and asset tagging | EA | 300 | 900 | 25
C 334111 7021
N laptops (computers, in scope under the widened scope)
## ICT gis-licenses software
T Geospatial Software Licenses and Maintenance
I The agency's mapping staff use desktop and server geospatial software whose maintenance expires this year.
R Desktop = 85 named-user desktop licenses, standard level.
R Server = Enterprise server license, 8 cores, with image and notebook extensions.
R Maintenance = Twelve months of maintenance with version upgrades and technical support.
Q Desktop license maintenance | EA | 85 | 85 | 1100
Q Enterprise server license maintenance | EA | 1 | 1 | 28000
C 513210 7A21
N software licences and maintenance (in scope under the widened scope)
## ICT pentest security
T Penetration Testing and Vulnerability Assessment
I The agency requires an annual independent assessment of its internet-facing systems and internal network.
R External = External penetration test of up to 64 public IP addresses and five web applications.
R Internal = Internal network assessment from an assumed-breach position at two sites.
R Phishing = One phishing campaign against all staff with awareness follow-up.
R Reporting = Findings rated by severity with remediation guidance and a retest within 90 days.
Q External penetration test | EA | 1 | 1 | 48000
Q Internal assessment | EA | 2 | 2 | 36000
Q Retest | EA | 1 | 1 | 12000
C 541519 DJ01
N penetration testing and vulnerability assessment (security testing services)
## ICT voip-phones network
T Unified Communications - VoIP Telephone System Replacement
I The TDM telephone system at the district headquarters and four field offices is beyond support.
R Call control = Cloud or premises call control with SIP trunking, 911 location (Kari's Law and RAY BAUM'S Act).
R Handsets = PoE desk phones with color display; conference phones for 12 rooms.
R Contact center = Eight-seat contact center with IVR and call recording.
R Cutover = Port existing numbers and cut over one site per weekend.
Q VoIP desk phone | EA | 250 | 500 | 240
Q SIP trunk, per channel per month | MO | 600 | 1200 | 18
Q Implementation services | LS | 1 | 1 | 65000
C 517111 DG11
N VoIP telephone system and SIP trunks (telecom equipment and services)
## ICT wireless-service mobile
T Wireless Voice and Data Service with Smartphones
I The bureau's 700 field employees need smartphones and mobile hotspots with nationwide coverage.
R Plans = Unlimited domestic voice and text, pooled data, no throttling below 50 GB per line.
R Devices = Current-generation smartphones and 5G hotspots, replaced at no cost after 24 months.
R Management = Mobile device management enrollment and a monthly usage report.
Q Smartphone line, per month | MO | 8000 | 8500 | 38
Q Hotspot line, per month | MO | 1200 | 1500 | 30
C 517112 DG01
N mobile voice and data lines with smartphones (telecom services)
## ICT san-storage servers
T Storage Area Network and Backup Appliance Replacement
I The data center's SAN and backup appliances reach end of support; capacity must grow by 40%.
R Primary storage = All-flash array, 300 TB effective, dual controllers, synchronous replication.
R Backup = Purpose-built backup appliance with immutable snapshots and 90-day retention.
R Services = Data migration from the legacy array with no unplanned downtime.
Q All-flash storage array | EA | 2 | 2 | 210000
Q Backup appliance | EA | 2 | 2 | 95000
Q Migration and installation services | LS | 1 | 1 | 60000
C 334112 7B20
N SAN storage and backup appliances (servers and storage)
## ICT suas-mapping drones
T Small Unmanned Aircraft Systems for Land Survey
I Survey crews need small unmanned aircraft with RTK positioning and mapping software for boundary and erosion surveys.
R Aircraft = Multirotor sUAS, 40 minutes endurance, RTK, 45-megapixel or better mapping camera.
R Compliance = Aircraft and components shall comply with the American Security Drone Act of 2023; no aircraft or component manufactured by DJI or Autel Robotics, or any entity on the FY2024 NDAA section 1823 list, will be accepted.
R Software = Photogrammetry software with five seat licenses.
R Training = Part 107 refresher and 16 hours of operator training.
Q sUAS with RTK and mapping camera | EA | 4 | 10 | 24000
Q Photogrammetry software, 5 seats | EA | 1 | 1 | 14000
Q Operator training | LS | 1 | 1 | 9000
C 336411 1550
N HARD: small drones for survey; DJI and Autel appear only in the ASDA exclusion
## ICT water-telemetry iot
T Cellular Telemetry Modems for Water Monitoring Stations
I Forty-two stream gauges and well monitors report over aging radio links that will be replaced with LTE-M cellular telemetry.
R Modems = Industrial LTE-M/NB-IoT modems with RS-485 and SDI-12 interfaces, -40 to +70 C.
R Service = Data plan with private APN and 24-month term.
R Integration = Data delivered to the existing hydrology database by MQTT.
Q Industrial cellular modem | EA | 42 | 60 | 680
Q Cellular data plan, per modem per month | MO | 1000 | 1500 | 9
Q Installation per station | EA | 42 | 60 | 900
C 334220 5895
N cellular telemetry modems and data plans (IoT modules and services)
## ICT case-management saas
T Case Management System - Software as a Service
I Claims examiners track cases in spreadsheets and a 20-year-old database; the agency will replace them with a hosted case management system.
R Hosting = FedRAMP Moderate authorized SaaS with single sign-on.
R Functions = Case intake, workflow, document storage, correspondence templates and dashboards.
R Implementation = Configuration, data migration of 1.4 million records and user training.
R Support = Tier 2 and 3 support with 99.5% availability.
Q SaaS subscription, per user per year | EA | 220 | 400 | 1400
Q Implementation and data migration | LS | 1 | 1 | 420000
C 513210 DA10
N case management SaaS with implementation (software and hosted services)
//
// ------------------------------------------------------------------ county / city purchases (grant-funded bids, quotes)
## OOS rock-salt roadworks
X local
B Town of West Ferrisburg | Finance Department | Department of Public Works
B Okanee County Board of Commissioners | Office of Purchasing | Highway Department
T Rock Salt for Winter Road Maintenance
I The Department of Public Works requires bulk rock salt delivered to three salt sheds during the winter season.
I Deliveries are called off by the road superintendent as storms are forecast.
R Material = Sodium chloride meeting AASHTO M 143, Type I, Grade 1, treated with anti-caking agent.
R Delivery = Within 72 hours of a call-off, in covered trucks, weighed on certified scales.
R Minimum take = The owner guarantees to purchase 80% of the estimated quantity.
Q Rock salt, delivered | TON | 2500 | 9000 | 78
N rock salt for winter roads; nothing ICT is bought
## OOS bus-shelters construction
X local
B Tri-Valley Regional Transit Authority | Contracts and Procurement | Facilities and Operations
B City of Marlow Springs | Procurement Services | Transit Division
T Transit Bus Shelter Replacement
I Replacement of 24 bus shelters along the route 7 and route 12 corridors, with concrete pads, benches and trash receptacles.
R Shelters = Aluminum-frame shelters with tempered glass panels and solar LED lighting.
R Accessibility = ADA-compliant boarding pads and clear floor space.
R Traffic control = MUTCD-compliant work zone traffic control.
Q Shelter, furnished and installed | EA | 24 | 24 | 14500
Q Concrete pad, 8 x 20 ft | EA | 24 | 24 | 3800
N bus shelter replacement (construction); nothing ICT is bought
## OOS ems-supplies medical
X local
B Okanee County Board of Commissioners | Office of Purchasing | Emergency Management Agency
B County of Alder Ridge | Purchasing Division | Emergency Medical Services
T EMS Medical Supplies and Airway Kits
I The Emergency Management Agency restocks ambulance and disaster caches with airway, bleeding-control and splinting supplies.
R Airway = Disposable bag-valve masks (adult, pediatric) and oropharyngeal airway kits.
R Bleeding control = CoTCCC-recommended tourniquets and hemostatic gauze.
Q Bleeding control kit | EA | 100 | 300 | 68
Q Bag-valve mask, adult | EA | 40 | 120 | 22
N medical supplies for EMS; nothing ICT is bought
## ICT sheriff-drones drones
X local
B County of Alder Ridge | Purchasing Division | Sheriff's Office
B Okanee County Board of Commissioners | Office of Purchasing | Emergency Management Agency
T Unmanned Aircraft Systems for Search and Rescue
I The agency's drone program supports search and rescue, crash reconstruction and fire scene overwatch.
I Pilots hold Part 107 certificates and operate under a public safety COA.
R Aircraft = Thermal and zoom camera, 40 minutes flight time, IP rating for rain operations.
R Accessories = Spare batteries, charging hub, hard case and spotlight.
R Training = Eight hours of vendor training.
Q Thermal drone kit with spare batteries | EA | 2 | 6 | 16000
Q Drone spotlight accessory | EA | 2 | 6 | 900
Q Vendor training | LS | 1 | 1 | 3500
N drones for public safety (drones are in scope)
## ICT park-cameras cctv
X local
B City of Marlow Springs | Procurement Services | Police Department
B Town of West Ferrisburg | Finance Department | Parks and Recreation Department
T Park and Trailhead Camera System
I Cameras at four parks and two trailhead parking lots to deter vandalism and vehicle break-ins, recorded at the police department.
R Cameras = 4 MP and 8 MP IP cameras with IR and analytics.
R Recording = Network video recorder with 30 days of storage.
R Connectivity = Point-to-point wireless links or LTE where fiber is not available.
Q 8 MP IP bullet camera | EA | 12 | 40 | 420
Q Network video recorder, 16 channel | EA | 2 | 4 | 2600
Q Installation and wireless links | LS | 1 | 1 | 38000
N park video surveillance (IP cameras and recorder)
## ICT fire-radios radio
X local
B County of Alder Ridge | Purchasing Division | Fire and Rescue Services
B Okanee County Board of Commissioners | Office of Purchasing | Office of Fire Coordination
T Portable Radios for Volunteer Fire Companies
I Replacement of analog portable radios for five volunteer fire companies with digital radios compatible with the county's new system.
R Radios = Digital portable radios, IP67, emergency button, remote speaker microphone.
R Programming = Programmed with the county fireground and dispatch channels.
Q Digital portable radio with RSM | EA | 40 | 120 | 980
Q Six-bay charger | EA | 6 | 12 | 700
N two-way radios for fire companies
## ICT district-switches network
X local
B Greenfield Unified School District No. 418 | Business Office | Technology Department
T Network Switches for School Buildings
I The district's technology department is replacing the access switches in six school buildings over the summer.
R Switches = 48-port gigabit PoE+ switches with 10G uplinks and a limited lifetime warranty.
R Installation = Rack, patch and configure; old switches returned to the district.
Q 48-port PoE+ switch | EA | 20 | 60 | 2600
Q Installation and configuration | LS | 1 | 1 | 24000
N network switches for schools
"""
US_FRAME, US_SUBJECTS = parse_pool("en", US_POOL + "\n" + US_SUBJECTS_TEXT)


# =====================================================================================
# US federal-style solicitations: builders
# =====================================================================================

US_SHAPES = {  # shape -> (file-name slug, document type)
    "sf1449": ("solicitation-sf1449", "solicitation (SF 1449 / combined synopsis-solicitation) with SOW and clauses"),
    "rfq": ("rfq", "request for quotation with clauses"), "pws": ("pws", "performance work statement"),
    "reps": ("representations", "offeror representations and certifications"),
    "local": ("grant-funded-rfq", "grant-funded invitation for bids (2 CFR 200)"),
    "quote": ("quote", "vendor quotation"), "brandname": ("brand-name-justification", "brand-name / sole-source justification"),
}
GRANTS = ("the FEMA Homeland Security Grant Program (HSGP)", "an FTA Section 5307 Urbanized Area Formula Grant", "a Byrne Justice Assistance Grant (JAG)",
          "a USDA Community Facilities grant", "the State and Local Fiscal Recovery Funds (ARPA)", "an EPA Brownfields Cleanup grant")
US_DEALERS = {"drones": "Skyline Aerial Solutions LLC", "cctv": "TriCounty Security Integrators Inc.", "radio": "Apex Comm & Radio Co.",
              "network": "Metro Network Resale Inc."}
APPENDIX_II = ("Equal Employment Opportunity (41 CFR Part 60)", "Clean Air Act and Federal Water Pollution Control Act", "Debarment and Suspension (2 CFR 180)",
               "Byrd Anti-Lobbying Amendment (31 U.S.C. 1352)", "Procurement of Recovered Materials (2 CFR 200.323)", "Domestic Preferences (2 CFR 200.322)",
               "Contract Work Hours and Safety Standards Act", "Access to Records and Reports", "Termination for Cause and Convenience")


@dataclass
class UsCtx:
    agency: str
    office: str
    sol: str
    place: str
    co: str
    seller: str
    date: str
    deadline: str
    naics: str
    psc: str
    ext: str
    dod: bool


def us_date(d: dt.date) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def us_ctx(rng: random.Random, s: Subject, ext: str) -> UsCtx:
    agency, office, pfx = rng.choice(US_FRAME["agency"]).split(" | ")
    base = dt.date(rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28))
    yy = str(base.year)[2:]
    sol = rng.choice((f"{pfx}{yy}{rng.choice('QRP')}{rng.randint(1, 999):04d}", f"{pfx}-{yy}-{rng.choice('QR')}-{rng.randint(10, 400):04d}",
                      f"{pfx}{rng.randint(100, 999)}{yy}{rng.choice('QRT')}{rng.randint(1, 99):04d}"))
    naics, psc = (s.cpv.split() + ["", ""])[:2]
    return UsCtx(agency, office, sol, rng.choice(US_FRAME["place"]), rng.choice(US_FRAME["co"]), rng.choice(US_FRAME["seller"]),
                 us_date(base), us_date(base + dt.timedelta(days=rng.randint(10, 35))), naics, psc, ext, agency.startswith("Department of the"))


def us_h(c: UsCtx, text: str) -> str:
    return f"## {text}" if c.ext == ".md" else text


def clin_rows(rng: random.Random, s: Subject, priced: bool, options: int) -> tuple[list[str], list[list[str]], float]:
    header = ["CLIN", "Supplies/Services", "Qty", "Unit", "Unit Price", "Amount"]
    rows, total = [], 0.0
    items = list(s.items)
    for period in range(options + 1):
        for i, (desc, unit, lo, hi, usd) in enumerate(items, 1):
            q = rng.randint(lo, hi)
            up = round(usd * rng.uniform(0.85, 1.2), 2)
            total += q * up
            label = desc if period == 0 else f"{desc} (Option Year {period})"
            rows.append([f"{period}{i:03d}" if period else f"{i:04d}", label, f"{q:,}", unit,
                         f"${up:,.2f}" if priced else "", f"${q * up:,.2f}" if priced else ""])
    return header, rows, total


def us_clauses(rng: random.Random, c: UsCtx, full: int) -> str:
    """Full text of `full` 889-family clauses (52.204-25 nearly always) and a list by reference."""
    F = US_FRAME
    keys = ["c25"] if rng.random() < 0.85 else []
    others = ["c24", "c23", "c26"] + (["c7018"] if c.dod else []) + (["c7018"] if c.dod and rng.random() < 0.5 else [])
    rng.shuffle(others)
    for k in others:
        if len(keys) >= full:
            break
        if k not in keys:
            keys.append(k)
    if not keys:
        keys = [rng.choice(("c24", "c23"))]
    rng.shuffle(keys)
    refs = pick(rng, F["cref"], rng.randint(6, 16))
    named = {"c25": "52.204-25", "c24": "52.204-24", "c23": "52.204-23", "c26": "52.204-26", "c7018": "252.204-7018"}
    refs = [r for r in refs if not any(r.startswith(named[k]) for k in keys)]
    refs.sort(key=lambda r: [int(x) if x.isdigit() else 0 for x in re.split(r"[.\- ]", r)[:3]])
    intro = rng.choice(("The following clauses are incorporated by reference, with the same force and effect as if given in full text:",
                        "CLAUSES INCORPORATED BY REFERENCE (FAR 52.252-2): full text is available at https://www.acquisition.gov.",
                        "The Contractor shall comply with the following FAR and agency clauses, incorporated by reference:"))
    out = [intro] + [f"  {r}" for r in refs] + ["", rng.choice(("CLAUSES IN FULL TEXT", "The following clauses are provided in full text:", "Full-text clauses"))]
    for k in keys:
        out += ["", rng.choice(F[k])]
    return "\n".join(out)


def us_tasks(rng: random.Random, s: Subject, numbering: str, frac: float = 1.0) -> list[str]:
    reqs = list(s.reqs)
    k = max(2, round(len(reqs) * frac))
    reqs = [reqs[i] for i in sorted(rng.sample(range(len(reqs)), min(k, len(reqs))))]
    style = rng.choice(("dot", "dash", "colon"))
    out = []
    for i, (h, t) in enumerate(reqs, 1):
        sep = {"dot": ". ", "dash": " - ", "colon": ": "}[style]
        out.append(f"{numbering}{i} {h}{sep}{t}")
    return out


def b_us_sf1449(rng: random.Random, s: Subject, c: UsCtx) -> str:
    F = US_FRAME
    service = any(u in ("MO", "HR", "WK") for _, u, *_ in s.items)
    options = rng.choice((0, 1, 2, 4)) if service else 0
    cover = rng.choice((
        ["SOLICITATION/CONTRACT/ORDER FOR COMMERCIAL PRODUCTS AND COMMERCIAL SERVICES (STANDARD FORM 1449)",
         f"1. Requisition number: {rng.randint(1000000, 9999999)}", f"5. Solicitation number: {c.sol}", f"6. Solicitation issue date: {c.date}",
         f"7. For information call: {c.co}", f"8. Offer due date/local time: {c.deadline}, 2:00 PM local time",
         f"9. Issued by: {c.agency}, {c.office}", f"10. This acquisition is: {rng.choice(F['setaside'])}. NAICS {c.naics}. PSC {c.psc}.",
         f"15. Deliver to / place of performance: {c.place}", f"Title: {s.title}"],
        ["COMBINED SYNOPSIS/SOLICITATION", f"Notice ID: {c.sol}", f"Title: {s.title}", f"Department/Agency: {c.agency}", f"Office: {c.office}",
         f"Response date: {c.deadline}", f"Set-aside: {rng.choice(F['setaside'])}", f"NAICS: {c.naics}   PSC: {c.psc}", f"Place of performance: {c.place}"],
        [f"REQUEST FOR PROPOSALS No. {c.sol}", c.agency, c.office, "", s.title.upper(), f"Issue date: {c.date}", f"Proposals due: {c.deadline}",
         f"Contracting Officer: {c.co}"],
    ))
    out = cover + ["", rng.choice(F["synopsis"]).format(what=f"services and supplies ({s.title})", sol=c.sol), ""]
    header, rows, _ = clin_rows(rng, s, False, options)
    out += [us_h(c, rng.choice(("SECTION B - SUPPLIES OR SERVICES AND PRICES", "SCHEDULE OF SUPPLIES/SERVICES", "Price Schedule"))), render_table(c.ext, header, rows), ""]
    out += [us_h(c, rng.choice(("SECTION C - STATEMENT OF WORK", "STATEMENT OF WORK", "PERFORMANCE WORK STATEMENT"))),
            "C.1 Background. " + " ".join(s.intro), f"C.2 Scope. The Contractor shall provide all labor, supervision, materials and equipment necessary to perform the requirement \"{s.title}\" at {c.place}, except as stated otherwise."]
    out += us_tasks(rng, s, "C.3.") + [""]
    for key, head in (("inspect", "SECTION E - INSPECTION AND ACCEPTANCE"), ("invoice", "SECTION G - CONTRACT ADMINISTRATION DATA"), ("security", "SECTION H - SPECIAL CONTRACT REQUIREMENTS")):
        if rng.random() < 0.6:
            out += [us_h(c, head), rng.choice(F[key]), ""]
    if service and rng.random() < 0.7:
        out += [rng.choice(F["wage"]).format(wd=rng.randint(4000, 5400), rev=rng.randint(18, 31)), ""]
    out += [us_h(c, "SECTION I - CONTRACT CLAUSES"), us_clauses(rng, c, rng.randint(1, 3)), ""]
    if rng.random() < 0.5:
        out += [us_h(c, "SECTION K - REPRESENTATIONS, CERTIFICATIONS AND OTHER STATEMENTS OF OFFERORS"),
                "Offerors shall complete 52.212-3 in SAM and the following provision:", rng.choice(F["c24"]), ""]
    out += [us_h(c, "SECTION L - INSTRUCTIONS TO OFFERORS")]
    out += [x.format(pages=rng.choice((10, 15, 20, 25)), visit=us_date(dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)))) for x in pick(rng, F["instr"], rng.randint(2, 4))]
    out += ["", us_h(c, "SECTION M - EVALUATION FACTORS FOR AWARD")] + pick(rng, F["evalm"], rng.randint(1, 3))
    out += ["", f"Point of contact: {c.co}, {c.office}."]
    return "\n".join(out) + "\n"


def b_us_rfq(rng: random.Random, s: Subject, c: UsCtx) -> str:
    F = US_FRAME
    out = [rng.choice(("REQUEST FOR QUOTATION", "RFQ - COMMERCIAL ITEMS", "Request for Quote")), f"RFQ No. {c.sol}   Issued: {c.date}   Quotes due: {c.deadline}",
           f"{c.agency} - {c.office}", "", s.title, rng.choice(s.intro), ""]
    header, rows, _ = clin_rows(rng, s, False, 0)
    out += ["Line items:"] + [f"{r[0]}  {r[1]}  {r[2]} {r[3]}" for r in rows] + [""]
    out += us_tasks(rng, s, "", 0.5) + [""]
    out += ["Applicable provisions and clauses: " + "; ".join(r.split(" (")[0] for r in pick(rng, F["cref"], rng.randint(4, 8))) + "; 52.204-24; 52.204-25; 52.204-26."]
    out += ["", rng.choice(F["c25"] + F["c24"]) if rng.random() < 0.7 else rng.choice(F["c23"])]
    out += ["", f"Quotes shall be e-mailed to {c.co}. Delivery FOB destination, {c.place}."]
    return "\n".join(out) + "\n"


def b_us_pws(rng: random.Random, s: Subject, c: UsCtx) -> str:
    F = US_FRAME
    out = [rng.choice(("PERFORMANCE WORK STATEMENT", "STATEMENT OF WORK", "PWS")), s.title, f"{c.agency}, {c.office}", f"Solicitation {c.sol}", ""]
    out += [us_h(c, "1. GENERAL"), "1.1 Background. " + " ".join(s.intro), f"1.2 Place of performance. {c.place}.",
            "1.3 Hours. Normal hours are 7:30 a.m. to 4:30 p.m., Monday through Friday, excluding Federal holidays.", ""]
    out += [us_h(c, "2. SPECIFIC TASKS")] + us_tasks(rng, s, "2.") + [""]
    out += [us_h(c, "3. PERFORMANCE STANDARDS"), rng.choice(F["inspect"]), ""]
    out += [us_h(c, "4. SUPPLY CHAIN AND SECTION 889"),
            rng.choice(("The following clause applies to all equipment and services furnished under this PWS, including subcontracted items:",
                        "Nothing furnished or used in performance may include covered telecommunications equipment or services:")),
            rng.choice(F["c25"] + F["c7018"] + F["c23"]), ""]
    if rng.random() < 0.6:
        out += [us_h(c, "5. SECURITY"), rng.choice(F["security"]), ""]
    out += [us_h(c, "6. PERIOD OF PERFORMANCE"), rng.choice(("One base year and four option years.", "Twelve months from the date of award.", "A base year and two option years, plus the option to extend services under 52.217-8."))]
    return "\n".join(out) + "\n"


def b_us_reps(rng: random.Random, s: Subject, c: UsCtx) -> str:
    F = US_FRAME
    out = [rng.choice(("OFFEROR REPRESENTATIONS AND CERTIFICATIONS", "Volume III - Representations, Certifications and Pricing", "ATTACHMENT 4: COMPLETED REPRESENTATIONS")),
           f"Solicitation: {c.sol} - {s.title}", f"Offeror: {c.seller}", f"UEI: {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(12))}   CAGE: {rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{rng.randint(10, 99)}",
           f"Date: {c.date}", ""]
    out += [f"{c.seller} submits the following offer for \"{s.title}\" in accordance with the statement of work. {rng.choice(s.intro)}", ""]
    header, rows, total = clin_rows(rng, s, True, 0)
    out += [render_table(c.ext, header, rows), f"Total offered price: ${total:,.2f}", ""]
    out += [rng.choice(F["rep24"]), "", rng.choice(F["rep26"])]
    if rng.random() < 0.6:
        out += ["", rng.choice(F["cert889"]).format(bidder=c.seller)]
    if rng.random() < 0.4:
        out += ["", rng.choice(F["certksp"]).format(bidder=c.seller)]
    out += ["", rng.choice(("52.212-3(c) The Offeror represents that it [X] is, [ ] is not a small business concern under the NAICS code of this solicitation.",
                            "52.209-5 The Offeror certifies that neither it nor its principals are presently debarred, suspended or proposed for debarment.",
                            "52.222-22 The Offeror represents that it [X] has, [ ] has not participated in a previous contract subject to the Equal Opportunity clause.")),
            "", f"Signed: {rng.choice(('Alicia Moreno', 'Peter Kowalczyk', 'Jerome Banks', 'Linh Tran'))}, {rng.choice(('President', 'Contracts Manager', 'Chief Operating Officer'))}, {c.seller}"]
    return "\n".join(out) + "\n"


def local_ctx(rng: random.Random, s: Subject) -> tuple[str, str, str]:
    """(organisation, purchasing office, requesting department): the subject's own when it names them."""
    org, dept, unit = rng.choice(s.buyers or US_FRAME["local"]).split(" | ")
    return org, dept, unit


def b_us_local(rng: random.Random, s: Subject, c: UsCtx, rvn: str = "") -> str:
    F = US_FRAME
    org, dept, unit = local_ctx(rng, s)
    grant = rng.choice(GRANTS)
    out = [org.upper(), dept, "", rng.choice(("INVITATION FOR BIDS", "REQUEST FOR QUOTES", "REQUEST FOR SEALED BIDS")) + f" No. {rng.randint(2025, 2026)}-{rng.randint(10, 180):03d}",
           s.title, f"Requesting department: {unit}", f"Bids due: {c.deadline}, 10:00 a.m., {dept}", ""]
    out += [f"This purchase is funded in whole or in part by {grant}. Bidders must comply with the federal provisions of 2 CFR 200, Appendix II, listed below.", ""]
    out += ["Scope: " + " ".join(s.intro), ""]
    out += ["Bid items:"]
    for i, (desc, unit_, lo, hi, _usd) in enumerate(s.items, 1):
        out.append(f"{i}. {desc} - {rng.randint(lo, hi):,} {unit_}")
    if rvn:
        out.append(f"{len(s.items) + 1}. {rvn} or equal - {rng.randint(2, 24)} EA")
    out += [""] + [f"- {h}: {t}" for h, t in pick(rng, s.reqs, min(len(s.reqs), rng.randint(2, 4)))] + [""]
    out += ["Federal contract provisions:"] + [f"- {x}" for x in pick(rng, APPENDIX_II, rng.randint(3, 6))] + ["", rng.choice(F["c200"])]
    if rng.random() < 0.5:
        out += ["", "Bidder's certification (to be signed and returned with the bid):", rng.choice(F["cert889"]).format(bidder="the bidder")]
    out += ["", f"Questions: {dept}, {org}. The {org.split(' of ')[0] if ' of ' in org else 'owner'} reserves the right to reject any or all bids."]
    return "\n".join(out) + "\n"


def b_us_quote(rng: random.Random, s: Subject, c: UsCtx, rvn: str, usd: float) -> str:
    org, dept, unit = local_ctx(rng, s)
    seller = US_DEALERS[s.kind]
    rows, total = [], 0.0
    lines = [(rvn, "EA", 2, 24, usd)] + [x for x in s.items if x[1] in ("EA", "LS", "LOT")][:3]
    for i, (desc, u, lo, hi, p) in enumerate(lines, 1):
        q = rng.randint(lo, hi)
        up = round(p * rng.uniform(0.85, 1.15), 2)
        total += q * up
        rows.append([str(i), desc, str(q), u, f"${up:,.2f}", f"${q * up:,.2f}"])
    out = [seller, rng.choice(("QUOTATION", "PRICE QUOTE", "Sales Quote")) + f" #Q-{rng.randint(10000, 99999)}", f"Date: {c.date}   Valid for 30 days", "",
           f"Prepared for: {unit}, {org}", f"Project: {s.title}", "", render_table(c.ext, ["Line", "Description", "Qty", "Unit", "Unit Price", "Extended"], rows), "",
           f"Subtotal: ${total:,.2f}", f"Shipping: ${rng.randint(80, 900):,}.00", "",
           rng.choice(("Pricing reflects the state cooperative contract discount.", "Lead time 2-3 weeks ARO.", "Installation not included unless listed.")),
           f"Contact: {rng.choice(('Kyle Benson', 'Maria Ochoa', 'Dana Whitfield'))}, Account Manager"]
    return "\n".join(out) + "\n"


def b_us_brandname(rng: random.Random, s: Subject, c: UsCtx, rvn: str, usd: float) -> str:
    org, dept, unit = local_ctx(rng, s)
    q = rng.randint(2, 30)
    out = [org, dept, "", rng.choice(("SOLE SOURCE / BRAND NAME JUSTIFICATION", "Brand Name Only Purchase Request")), "",
           f"Requesting department: {unit}", f"Item requested: {rvn}", f"Quantity: {q}", f"Estimated cost: ${q * usd * rng.uniform(0.9, 1.1):,.2f}", "",
           "Justification:", f"The {unit} currently operates equipment of the same manufacturer and model family. {rng.choice(s.intro)} "
           f"The requested {rvn} units are compatible with the existing accessories, software and training, and buying another brand would require replacing them.",
           "", f"Recommended vendor: {US_DEALERS[s.kind]} (authorized dealer).",
           f"Requested by: {rng.choice(('R. Summers', 'D. Patel', 'J. Whitaker', 'M. Crowley'))}, {unit}   Date: {c.date}", "Approved: ____________________  Purchasing Agent"]
    return "\n".join(out) + "\n"


# =====================================================================================
# Language pools
# =====================================================================================
POOLS: dict[str, str] = {}

POOLS["en"] = r"""
cur: GBP
money: {cur} {v}
num: en
date: {d} {mon} {y}
months: January February March April May June July August September October November December
ref: {y}/S {a}-{n}
ref: CF-{n}-{y}
ref: RFQ{y}-{n}
ref: T{n}/{a}
list_sep: ", "
and: " and "
unit_pcs: each
unit_month: month
item_fmt: {i}. {d} - {q} {u}
lot_fmt: Lot {i}: {q} x {d}
cols: Item | Description | Unit | Qty | Unit price ({cur}) | Total ({cur})
buyer: Leeds City Council
buyer: Kent and Medway NHS Procurement Hub
buyer: Highland Council
buyer: University of Exeter
buyer: Cardiff and Vale University Health Board
buyer: Health Service Executive @EUR
buyer: Dublin City Council @EUR
buyer: Department of Education, Victoria @AUD
buyer: City of Gold Coast @AUD
buyer: Transport for NSW @AUD
buyer: City of Saskatoon @CAD
buyer: Nova Scotia Health Authority @CAD
buyer: Waikato District Council @NZD
buyer: Ministry for Primary Industries @NZD
seller: Northgate Digital Services Ltd
seller: Bramble IT Solutions Ltd
seller: Pennine Telecom Ltd
seller: Southern Cross Technology Pty Ltd
seller: Maple Leaf Systems Inc.
seller: Kerry Networks Ltd
seller: Tasman Cloud Services Ltd
seller_gen: Castlegate Facilities Ltd
seller_gen: Harper & Lowe Contracts Ltd
seller_gen: Greenway Support Services Ltd
person: Joanne Pritchard, Procurement Officer
person: Aidan Kavanagh, Category Manager (ICT)
person: Priya Raman, Senior Buyer
person: Callum Fraser, Contracts Lead
person: Nicole Brennan, Procurement Advisor
general: Prices shall be fixed for the initial contract period.
general: The supplier shall hold Cyber Essentials Plus certification.
general: Payment is made within 30 days of a valid invoice.
general: The contract is let under the buyer's standard terms and conditions.
general: Social value carries 10% of the total score.
general: Delivery to the buyer's central stores, with removal of packaging.
short: {title}\n{buyer} - {ref}\n{intro}\nDeadline for tenders: {deadline}.{extra}
short: {buyer}: {title}. {intro} Closing {deadline}. Ref {ref}.\n{extra}
short: Contract notice - {title}\n{intro}\nCPV {cpv}. Value approx. {amount}. Deadline {deadline}.\n{extra}
short: Opportunity: {title} ({buyer})\n{intro} Estimated value {amount}.\n{extra}
notice: {buyer}\nContract notice {ref}\n\nTitle: {title}\n\nDescription\n{intros}\n\nKey requirements\n{reqs}\n{extra}\n\nEstimated value: {amount} excluding VAT\nProcedure: open\nDeadline for tenders: {deadline}\nContact: {person}
notice: TENDER: {title}\nIssued by {buyer}, {date}\n\n{intros}\n\nThe contract will cover:\n{reqs}\n\n{general}\n{extra}\n\nResponses through the e-tendering portal by {deadline}. Reference {ref}.
rfq: {buyer}\nRequest for Quotation {ref}\n{date}\n\nWe invite you to quote for {title_l}.\n{intro}\n\n{items}\n\nRequirements:\n{reqs}\n{extra}\n\nPlease return your quotation by {deadline}, stating delivery time and validity.\n{person}
rfq: REQUEST FOR QUOTE - {title}\nRef: {ref}\n\nQuantities:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nQuotes to {person} by {deadline}.
spec: {buyer}\nSpecification: {title}\nTender reference {ref}\n\n1. Background\n{intros}\n\n2. Requirements\n{reqs}\n{extra}\n\n3. Quantities\n{items}\n\n4. General\n{general}
spec: Statement of Requirements - {title}\n{buyer}\n\nPurpose\n{intro}\n\nMandatory requirements\n{reqs}\n{extra}\n\nContract terms\n{general}
offer: {bidder}\nQuotation for {buyer}\nYour ref: {ref}   Date: {date}\n\nFurther to your request, we are pleased to quote for {title_l}.\n\n{table}\n\nTotal (excluding VAT): {total}\n{extra}\n\nQuotation valid for 60 days. Delivery {n} weeks from order.\n{person}
offer: Tender response - {title}\nBidder: {bidder}\nSubmitted to {buyer}, {date}\n\nPricing schedule\n{table}\n\nTotal tendered price: {total}\n\n{extra}\n\nSigned for and on behalf of {bidder}
boq: Pricing schedule - {title}\n{buyer} ({ref})\n{table}\nTotal: {total}\n{extra}
boq: {bidder} - price list for {buyer}\n{title}\n{table}\n{extra}\nAll prices exclude VAT.
calloff: Call-off order under framework agreement {ref}\nCustomer: {buyer}\nSupplier: {bidder}\nDate: {date}\n\nGoods and services called off:\n{items}\n\nOrder value: {total}\n{extra}\nDelivery to the address on the purchase order.
calloff: Further competition under framework {ref} - {title}\n{buyer} invites the framework suppliers to respond by {deadline}.\n\n{intro}\n\nRequirement:\n{items}\n{reqs}\n{extra}
email: From: {person}\nTo: {bidder}\nSubject: {title} - quote please\n\nHello,\n\nCould you quote for the following for {buyer}?\n\n{items}\n\n{extra}\nWe need delivery by {deadline}.\n\nThanks,\n{person}
email: Subject: RE: {title}\nFrom: account manager, {bidder}\n\nHi,\n\nThanks for the enquiry. Our prices:\n\n{table}\n\nTotal {total} ex VAT.\n{extra}\n\nKind regards\n{bidder}
award: Contract award notice\n{buyer} - {title} ({ref})\n\nAwarded to: {bidder}\nContract value: {amount}\nDate of award: {date}\n\nSupplied under the contract:\n{lots}\n{extra}
award: AWARD: {title}\n{buyer} has awarded the contract to {bidder} ({amount}).\n{lots}\n{extra}
award: Notice of award - {ref}\nThe contract for {title_l} was awarded on {date} to {bidder}, the most economically advantageous tender.\nItems delivered:\n{lots}\nValue: {amount}\n{extra}
equiv: Reference product: {x} or equivalent.
equiv: Specified product: {x}, or an equivalent approved by the buyer.
equiv: The solution is to be based on {x} (or equivalent).
incumbent: The current provider, {x}, will continue to deliver {what} during the transition and until the new contract starts.
incumbent: Incumbent: {x}. The buyer intends to extend the existing arrangement with {x} for {what} for a further 12 months while this requirement is re-let.
incumbent: {x} currently provides {what} and will carry on providing it under a direct award extension.
cert: Certificate of compliance: {bidder} confirms that none of the equipment or services offered is produced or provided by {vendors}, or by any of their subsidiaries or affiliates.
cert: We certify that we do not supply, and will not supply under this contract, any product of {vendors}.
prohib: Equipment or services produced by Huawei, ZTE, Hikvision or Dahua, or their subsidiaries, will not be accepted.
prohib: In line with the Procurement Policy Note on surveillance equipment, cameras manufactured by Hikvision or Dahua must not be offered.
prohib: Bids containing products of Kaspersky, Huawei or ZTE will be rejected.
incidental: Site visits start from the car park opposite the Huawei office building; visitors should sign in at reception.
incidental: Bidders may find it convenient to stay at the Riverside Lodge, next to the Huawei research centre.
incidental: Note: the neighbouring unit is leased to a Hikvision distributor; access to the yard is shared during deliveries.
incidental: Background reading: a local news story about ZTE's regional office closing is attached for information only and forms no part of the tender.
rx_buyer: China Mobile International (UK) Ltd | china_mobile
rx_buyer: China Telecom (Europe) Ltd | china_telecom
rx_buyer: China Unicom (Europe) Operations Ltd | china_unicom
rx_buyer: Huawei Technologies (UK) Co. Ltd | huawei
rx_supplier: network | Huawei Technologies (UK) Co. Ltd | huawei
rx_supplier: mobile | China Mobile International (UK) Ltd | china_mobile
rx_supplier: dataline | China Telecom (Europe) Ltd | china_telecom
rx_supplier: hosting | Huawei Cloud | huawei
rx_supplier: cctv | Hikvision UK & Ireland | hikvision

## ICT laptops-schools computers
T Laptops for secondary schools
I Supply of student and staff laptops for eleven secondary schools, with imaging, asset tagging and delivery to each school.
I Devices are to be enrolled in the council's device management service before delivery.
I A four-year warranty and a spares pool are required.
R Processor = Intel Core i5 (13th generation) or AMD Ryzen 5 7000 series or better
R Memory and storage = 16 GB RAM, 256 GB NVMe SSD
R Display = 14-inch full HD, anti-glare
R Durability = MIL-STD-810H tested, spill-resistant keyboard
R Warranty = Four-year on-site warranty with accidental damage cover
Q 14-inch student laptop | each | 400 | 1400 | 720
Q Staff laptop, 16 GB | each | 60 | 200 | 950
Q Charging trolley, 32 bays | each | 10 | 40 | 1300
Q Imaging and asset tagging | each | 460 | 1600 | 18
C 30213100
N laptops for schools (computers: in scope under the widened scope)
## ICT service-desk itops
T Managed IT service desk and end-user support
I The authority seeks a managed service desk for 3,200 users, covering telephone, portal and chat, with second-line support on site at two offices.
I The service includes joiners, movers and leavers, device provisioning and a knowledge base.
R Hours = 07:00 to 19:00 Monday to Friday, out-of-hours on-call for priority 1 incidents
R Service levels = 85% of calls answered in 30 seconds, 75% first-contact resolution
R Tooling = The supplier uses the authority's ITSM platform
R Reporting = Monthly service report and service review meeting
Q Service desk, per month | month | 24 | 48 | 52000
Q Second-line on-site engineer, per day | day | 200 | 480 | 420
C 72253000
N managed IT service desk and support (IT services: in scope under the widened scope)
## ICT case-management saas
T Hosted case management system for social care
I Replacement of the social care case management system with a hosted (SaaS) solution, including data migration and integration with the health record.
I The system will be used by about 1,100 practitioners.
R Hosting = UK data centres, ISO 27001, 99.9% availability
R Integration = FHIR interface to the shared care record
R Migration = Migration of 15 years of case records with reconciliation
R Support = UK-based support 08:00 to 18:00
Q SaaS subscription, per user per year | each | 900 | 1200 | 420
Q Implementation and migration services | each | 1 | 1 | 350000
C 48000000
N hosted case management system with implementation (software and SaaS: in scope under the widened scope)
## ICT website-rebuild dev
T Website redesign, development and hosting
I The council requires a new public website on an open-source content management system, with content migration, accessibility testing and three years of hosting and support.
I The current site has about 2,400 pages and 60 online forms.
R Accessibility = WCAG 2.2 AA, tested with assistive technologies
R CMS = Open-source CMS with editorial workflow and multilingual support
R Hosting = Managed hosting with CDN and daily backups
R Support = Security patching and a bank of 40 development days per year
Q Discovery, design and build | each | 1 | 1 | 140000
Q Hosting and support, per year | each | 3 | 3 | 24000
Q Development days | day | 40 | 120 | 650
C 72413000
N website development and hosting (software development and hosting: in scope under the widened scope)
## ICT cloud-hosting hosting
T Cloud hosting and managed infrastructure services
I Migration of the authority's on-premises servers to a public cloud, with managed operation of the hosted estate for three years.
I About 140 virtual machines and 60 TB of data are in scope.
R Regions = UK or EEA regions only
R Operations = 24x7 monitoring, patching and backup
R Security = Landing zone aligned to the NCSC cloud security principles
R Exit = Documented exit plan and data return
Q Cloud consumption (estimated), per month | month | 36 | 36 | 38000
Q Migration services | each | 1 | 1 | 240000
Q Managed service, per month | month | 36 | 36 | 21000
C 72415000
N cloud hosting and managed infrastructure (hosting and IT services: in scope)
## ICT mobile-contract mobile
T Mobile voice and data services
I Provision of 2,300 mobile connections for staff, including handsets, SIM-only lines and data-only SIMs for tablets.
I Coverage in rural areas is a key evaluation criterion.
R Coverage = 4G/5G coverage maps for the council area, with indoor coverage at named sites
R Tariffs = Pooled data, EU roaming included
R Devices = Handsets supplied on a 24-month refresh
R Management = Online portal for orders, bars and reporting
Q Voice and data connection, per month | month | 2000 | 2400 | 14
Q Data-only SIM, per month | month | 300 | 600 | 8
Q Smartphone handset | each | 400 | 900 | 380
C 64212000
N mobile voice and data connections with handsets (telecom services)
## ICT wan-lines dataline
T Wide area network and internet connectivity
I Provision of data lines between 64 sites and a resilient internet breakout, managed end to end.
R Bandwidth = 100 Mbit/s to 1 Gbit/s symmetrical by site category
R Resilience = Dual-fed core sites with automatic failover
R Service = 99.95% availability at core sites, 5-hour fix
R Security = Managed firewall at the internet breakout
Q Site connection, per month | month | 60 | 70 | 420
Q Core site resilient circuit, per month | month | 2 | 4 | 2600
Q Installation, per site | each | 64 | 70 | 900
C 64200000
N WAN data lines and internet connectivity (telecom services)
## ICT office-licences software
T Office productivity and collaboration software licences
X corp
I Renewal of office productivity, e-mail and collaboration licences for 4,800 users for three years, through a licensing solution partner.
R Licences = Enterprise licences with e-mail, file sharing, video meetings and office apps
R Partner = Licensing partner with public-sector agreement experience
R Reporting = Quarterly licence usage and true-up report
Q Enterprise licence, per user per year | each | 4600 | 5000 | 310
Q Frontline licence, per user per year | each | 300 | 800 | 96
C 48000000
N software licences (in scope under the widened scope)
## ICT endpoint-protection security
T Endpoint detection and response licences and service
I Replacement of the current antivirus with an endpoint detection and response product for 6,500 devices, with a 24x7 managed detection service.
R Coverage = Windows, macOS and Linux servers
R Response = Isolation, rollback and threat hunting
R Service = 24x7 managed detection and response with a 30-minute response for critical alerts
Q EDR licence, per device per year | each | 6000 | 7000 | 42
Q Managed detection and response, per month | month | 36 | 36 | 14000
C 48761000
N EDR licences and managed detection and response (security software and services)
## ICT car-park-cctv cctv
T CCTV upgrade for multi-storey car parks
I Replacement of analogue cameras in four multi-storey car parks with IP cameras, recorders and links to the council's monitoring centre.
R Cameras = 4 MP IP cameras with IR, IK10, number plate capture at barriers
R Recording = 31 days retention, recording at 15 fps
R Network = Fibre links from each car park to the monitoring centre
Q 4 MP IP dome camera | each | 80 | 160 | 420
Q ANPR camera | each | 8 | 16 | 1900
Q Network video recorder, 32 channels | each | 4 | 4 | 3600
C 32323500
N video surveillance (IP cameras and recorders)
## ICT ambulance-radio radio
T Two-way radio for patient transport fleet
I Supply of digital mobile and portable radios for the non-emergency patient transport fleet, with programming and vehicle installation.
R Standard = DMR Tier II, compatible with the existing repeater network
R Mobiles = Vehicle radios with GPS and lone-worker alarm
R Portables = IP67 portables with man-down
Q DMR mobile radio, installed | each | 60 | 140 | 690
Q DMR portable radio | each | 40 | 120 | 540
Q Programming and installation | each | 1 | 1 | 18000
C 32344200
N digital two-way radios (DMR)
## ICT library-wifi network
T Wi-Fi and network refresh for public libraries
I Replacement of switches and wireless access points in 18 libraries, with cloud management and a public Wi-Fi service.
R Switches = 24-port PoE+ switches with 10G uplinks
R Wi-Fi = Wi-Fi 6 access points, cloud-managed
R Public Wi-Fi = Captive portal and content filtering
Q 24-port PoE+ switch | each | 18 | 40 | 1900
Q Wi-Fi 6 access point | each | 90 | 180 | 520
Q Installation per site | each | 18 | 18 | 1600
C 32420000
N network switches and Wi-Fi (network equipment)
## ICT erp-implementation dev
T Finance and HR system implementation partner
I The university seeks a partner to implement its chosen cloud ERP for finance, procurement and HR, including configuration, integrations, data migration and testing.
R Scope = Finance, procurement, payroll and HR modules
R Integrations = Student record, banking and research grants systems
R Approach = Agile delivery with a fixed-price phase one
Q Implementation services, phase one | each | 1 | 1 | 1200000
Q Post go-live support, per month | month | 6 | 12 | 40000
C 72263000
N ERP implementation services (software implementation: in scope under the widened scope)
## ICT survey-drones drones
T Survey drones and mapping software
I Supply of drones with RTK for coastal erosion monitoring, with mapping software and pilot training.
R Aircraft = Multirotor, RTK, 40-minute endurance, IP54
R Payload = 45 MP mapping camera and thermal camera
R Training = GVC-level pilot training for three staff
Q Survey drone with RTK | each | 2 | 6 | 19000
Q Mapping software licence | each | 1 | 3 | 4200
C 35613000
N drones for survey
## ICT smart-bins iot
T Fill-level sensors for litter bins
I Installation of cellular fill-level sensors in 1,500 litter bins, with a hosted dashboard for route planning.
R Connectivity = LTE-M/NB-IoT with fallback
R Battery = Five-year battery life
R Platform = Hosted dashboard with API
Q Fill-level sensor with cellular module | each | 1200 | 1600 | 95
Q Connectivity and platform, per sensor per year | each | 1200 | 1600 | 18
C 32500000
N IoT sensors with cellular modules and a hosted platform
//
// ------------------------------------------------------------------ OOS
## OOS managed-print print
T Managed print service
I Provision of multifunction devices, print management software and maintenance for 120 sites, priced per page.
I Secure release by staff ID badge is required.
R Devices = A3 and A4 colour multifunction devices
R Service = Next-business-day fix, consumables included
R Reporting = Monthly volume reports per cost centre
Q A3 colour multifunction device | each | 80 | 160 | 2600
Q Cost per mono page | each | 2000000 | 6000000 | 0.006
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS council-chamber-av av
T Audio-visual refurbishment of the council chamber
I Replacement of the chamber's microphones, voting consoles, displays and sound system.
I Webcasting is provided separately and is not part of this contract.
R Microphones = 70 delegate units with request-to-speak
R Displays = Two 86-inch displays and a confidence monitor
R Sound = Column loudspeakers with DSP
Q Delegate microphone unit | each | 70 | 80 | 620
Q 86-inch display | each | 2 | 3 | 3400
Q Installation and commissioning | each | 1 | 1 | 28000
C 32321200
N HARD: audio-visual equipment for a council chamber without network cameras or radio
## OOS digital-strategy-advice consult
T Advisory support for a digital strategy
I Consultancy to develop the authority's five-year digital strategy, through interviews, workshops and a benchmarking report.
I The supplier will not deliver, build or operate any system.
R Outputs = Current-state assessment, strategy document and roadmap
R Engagement = Workshops with 12 service areas
Q Consultancy days | day | 60 | 120 | 1100
C 79411000
N HARD: advice only, no ICT delivered
## OOS journal-subscriptions subs
T Journal and database subscriptions for the library
I Renewal of electronic journal packages and bibliographic database subscriptions for the university library.
R Access = IP-authenticated and single sign-on access
R Usage = COUNTER 5 usage statistics
Q E-journal package, annual | each | 4 | 12 | 38000
Q Bibliographic database, annual | each | 3 | 8 | 22000
C 79980000
N HARD: data and content subscriptions are not in scope
## OOS agency-staff staffing
T Temporary agency staff - administration and clerical
I Provision of temporary administrative, clerical and reception staff on request.
R Vetting = DBS checks where required
R Fill rate = 90% of requests filled within 48 hours
Q Administrative assistant, per hour | each | 8000 | 20000 | 24
Q Receptionist, per hour | each | 3000 | 8000 | 22
C 79620000
N HARD: staffing with no ICT delivered
## OOS guarding guard
T Manned guarding and key holding
I Static guarding at the civic centre and mobile patrols to 26 depots, with alarm response and key holding.
I Officers carry two-way radios and body-worn cameras supplied by the contractor.
R Licensing = SIA-licensed officers
R Patrols = Two mobile patrols per night
Q Static guarding, per hour | each | 8000 | 9000 | 26
Q Mobile patrol visit | each | 9000 | 19000 | 18
C 79713000
N HARD: guard services; radios and body cameras are the guards' tools, guarding is what is bought
## OOS refuse-vehicles vehicles
T Refuse collection vehicles
I Supply of 26-tonne refuse collection vehicles with bin lifts and a 360-degree camera system and in-cab monitor.
R Chassis = Euro VI, 6x2 rear steer
R Safety = Reversing camera, 360-degree cameras and audible warnings
Q 26-tonne refuse collection vehicle | each | 4 | 12 | 260000
C 34144510
N HARD: vehicles; the cameras are vehicle safety accessories, not video surveillance
## OOS primary-substation substation
T 33/11 kV primary substation works
I Construction of a new primary substation with transformers, switchgear, protection and a control building.
R Transformers = Two 33/11 kV 24 MVA transformers
R Protection = Numerical protection relays and SCADA interface
Q 33/11 kV transformer | each | 2 | 2 | 820000
Q 11 kV switchboard | each | 1 | 1 | 640000
C 45310000
N HARD: electrical substation; protection relays and SCADA interface are part of power works, not ICT bought
## OOS patient-monitors medical
T Patient monitors for critical care
I Supply of bedside patient monitors and central stations for two critical care units.
R Parameters = ECG, SpO2, NIBP, temperature, capnography
R Central station = 16 beds per central station
Q Bedside patient monitor | each | 30 | 60 | 14000
Q Central monitoring station | each | 2 | 4 | 38000
C 33195000
N HARD: medical devices (patient monitors) are not in scope
## OOS school-extension works
T Primary school extension
I Construction of a two-storey, four-classroom extension with toilets and a new entrance.
R Structure = Timber frame on concrete foundations
R Energy = Air-source heat pump, solar PV
Q Main works contract | each | 1 | 1 | 3800000
C 45214200
N building works; nothing ICT is bought
## OOS school-catering food
T School meals catering
I Provision of school meals to 42 primary schools, including special diets and holiday clubs.
R Standards = School food standards, 70% fresh ingredients
R Allergens = Allergen management plan
Q Primary meal | each | 1200000 | 1600000 | 3.1
C 55523100
N school catering; nothing ICT is bought
## OOS office-cleaning cleaning
T Office cleaning services
I Daily cleaning of council offices, depots and public toilets.
R Frequency = Daily offices, twice-daily toilets
R Products = Eco-labelled products
Q Cleaning, per month | month | 36 | 36 | 42000
C 90911200
N office cleaning; nothing ICT is bought
## OOS home-school-transport transport
T Home-to-school transport routes
I Transport of pupils on 38 routes by minibus and taxi, with passenger assistants where required.
R Vehicles = Vehicles under eight years old, wheelchair accessible where specified
R Staff = Enhanced DBS checks for drivers and assistants
Q Route, per day | day | 190 | 195 | 160
C 60130000
N school transport; nothing ICT is bought
## OOS road-resurfacing roadworks
T Carriageway resurfacing programme
I Planing and resurfacing of 14 km of A and B roads, with road markings and traffic management.
R Materials = Stone mastic asphalt surface course
R Traffic management = Chapter 8 compliant
Q Planing and resurfacing | m2 | 60000 | 90000 | 18
Q Road markings | m | 20000 | 40000 | 1.4
C 45233140
N road works; nothing ICT is bought
## OOS office-furniture furniture
T Office furniture for a new office floor
I Supply and installation of desks, chairs, storage and meeting room furniture for a newly leased office floor of about 180 workstations.
X corp
R Chairs = BS EN 1335, five-year warranty
R Desks = Sit-stand desks for 30% of workstations
Q Sit-stand desk | each | 80 | 200 | 520
Q Task chair | each | 200 | 400 | 260
C 39130000
N office furniture; nothing ICT is bought
## OOS office-fitout fitout
T Category A to B fit-out of leased office space
I Fit-out of the fourth and fifth floors of a leased office building: partitions, meeting rooms, tea points, finishes and mechanical and electrical adaptations.
I Works must be completed within 14 weeks of possession, with noisy works outside the landlord's core hours.
R Partitions = Glazed and solid partitions with 42 dB acoustic rating
R Finishes = Carpet tiles, vinyl in tea points, acoustic ceiling rafts
R M&E = Adaptation of fan coil units and lighting to the new layout
Q Fit-out works, lump sum | each | 1 | 1 | 1400000
Q Provisional sum, landlord approvals | each | 1 | 1 | 25000
C 45400000
X corp
N office fit-out works; nothing ICT is bought
## OOS staff-restaurant food
T Staff restaurant and hospitality catering
I Operation of the staff restaurant and coffee bar for about 600 employees, with hospitality catering for meetings and events.
R Menu = Daily changing hot menu with vegetarian and vegan options
R Hospitality = Meeting catering ordered through the reception desk by noon the day before
R Sustainability = Seasonal and locally sourced produce, food waste reporting
Q Staff restaurant management fee, per month | month | 24 | 36 | 9000
Q Hospitality lunch, per person | each | 3000 | 9000 | 14
C 55520000
X corp
N staff restaurant and hospitality catering; nothing ICT is bought
## OOS travel-management travel
T Business travel management services
I A travel management company to book flights, rail and hotels for about 900 travelling staff, with duty-of-care tracking of travellers.
R Booking = Online booking tool and an offline team for complex trips
R Policy = Enforcement of the company travel policy and approval workflow
R Reporting = Monthly spend and carbon reports
Q Transaction fee, online booking | each | 3000 | 8000 | 9
Q Transaction fee, offline booking | each | 500 | 1500 | 28
C 63512000
X corp
N travel management services; nothing ICT is bought (the booking tool is part of the agency's service)
## ICT customer-app dev
T Development of a customer self-service mobile app
I Design and development of iOS and Android apps and a web portal where customers view invoices, top up accounts and raise support requests.
I The supplier will also operate the apps for two years after launch.
R Platforms = Native or cross-platform apps for iOS 16+ and Android 11+
R Integration = REST APIs to billing and CRM systems
R Security = OWASP MASVS L2, penetration test before launch
R Operation = Release management, monitoring and bug fixing for 24 months
Q Design and development, fixed price | each | 1 | 1 | 620000
Q Operation and maintenance, per month | month | 24 | 24 | 18000
C 72262000
X corp
N app development and operation (software development: in scope under the widened scope)
"""

POOLS["nb"] = r"""
cur: NOK
money: {v} {cur}
num: sp
date: {d}. {mon} {y}
months: januar februar mars april mai juni juli august september oktober november desember
ref: {y}/{n}
ref: Doffin {y}-{n}
ref: Saksnr. {y}/{a}{n}
list_sep: ", "
and: " og "
unit_pcs: stk
unit_month: mnd
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Delkontrakt {i}: {d} – {q} {u}
cols: Pos. | Beskrivelse | Enhet | Antall | Enhetspris ({cur}) | Sum ({cur})
buyer: Bergen kommune
buyer: Trøndelag fylkeskommune
buyer: Helse Vest IKT AS
buyer: Universitetet i Tromsø – Norges arktiske universitet
buyer: Statens vegvesen
buyer: Bodø kommune
buyer: Innlandet fylkeskommune
buyer: Direktoratet for forvaltning og økonomistyring (DFØ)
buyer: Sandnes kommune
buyer: Sykehuset Østfold HF
seller: Nordlys IT AS
seller: Fjordnett AS
seller: Vestlandsdata AS
seller: Sørlandets Tele og Data AS
seller: Polar Systemdrift AS
seller: Akershus Kontorteknikk AS
seller_gen: Fjellbygg Entreprenør AS
seller_gen: Norsk Kontorservice AS
seller_gen: Vestland Drift og Service AS
person: Ingrid Solberg, innkjøpsrådgiver
person: Ole Martin Haugen, seniorrådgiver anskaffelser
person: Kari Nygård, rådgiver
person: Espen Lunde, IKT-innkjøper
general: Leverandøren må signere databehandleravtale før oppstart.
general: Avtalen reguleres av SSA-L og SSA-D der det er relevant.
general: Alle priser oppgis eksklusive merverdiavgift.
general: Leveranse til oppdragsgivers varemottak innen avtalt dato.
general: Kontraktsvilkårene følger statens standardavtaler.
general: Tildeling skjer på grunnlag av beste forhold mellom pris og kvalitet.
short: {title}\n{buyer} kunngjør konkurranse. {intro}\nTilbudsfrist: {deadline}.\n{extra}
short: {buyer} – {title}\n{intro} Anslått verdi {amount}. Frist {deadline}.\n{extra}
short: Kunngjøring: {title}\n{intro}\nCPV: {cpv}. Ref. {ref}. Tilbudsfrist {deadline}.\n{extra}
short: {title} ({ref})\nOppdragsgiver: {buyer}\n{intro}\n{extra}
notice: {buyer}\nKunngjøring av konkurranse – {ref}\n\n{title}\n\nBeskrivelse av anskaffelsen\n{intros}\n\nSentrale krav\n{reqs}\n{extra}\n\nAnslått verdi: {amount} ekskl. mva.\nProsedyre: åpen anbudskonkurranse\nTilbudsfrist: {deadline}\nKontaktperson: {person}
notice: KONKURRANSE: {title}\nOppdragsgiver: {buyer}\nPublisert {date}\n\n{intros}\n\nLeveransen omfatter:\n{reqs}\n\n{general}\n{extra}\n\nKonkurransegrunnlaget er tilgjengelig i KGV. Frist for tilbud: {deadline}.
rfq: {buyer}\nForespørsel om pristilbud – {ref}\n{date}\n\nVi ber om tilbud på {title_l}.\n{intro}\n\n{items}\n\nKrav:\n{reqs}\n{extra}\n\nTilbud sendes innen {deadline} med leveringstid og vedståelsesfrist.\n{person}
rfq: PRISFORESPØRSEL: {title}\nReferanse {ref}\n\nAntall og varer:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nSvar til {person} innen {deadline}.
spec: {buyer}\nKravspesifikasjon – {title}\nSak {ref}\n\n1. Bakgrunn\n{intros}\n\n2. Krav til leveransen\n{reqs}\n{extra}\n\n3. Mengder\n{items}\n\n4. Øvrige vilkår\n{general}
spec: Bilag 1 – Kundens kravspesifikasjon: {title}\n{buyer}\n\nFormål\n{intro}\n\nMinstekrav (M) og evalueringskrav (E)\n{reqs}\n{extra}\n\nVilkår\n{general}
offer: {bidder}\nTilbud til {buyer}\nDeres ref.: {ref}   Dato: {date}\n\nVi takker for forespørselen og tilbyr {title_l} som følger:\n\n{table}\n\nSum eks. mva: {total}\n{extra}\n\nTilbudet er gyldig i 60 dager. Leveringstid {n} uker.\nMed vennlig hilsen\n{person}
offer: Tilbud – {title}\nTilbyder: {bidder}\nTil: {buyer}, {date}\n\nPrisskjema\n{table}\n\nTotal tilbudt pris: {total}\n\n{extra}\n\nSignert for {bidder}
boq: Prisskjema – {title}\n{buyer} ({ref})\n{table}\nSum: {total}\n{extra}
boq: {bidder} – prisliste for {buyer}\n{title}\n{table}\n{extra}\nAlle priser eks. mva.
calloff: Avrop på rammeavtale {ref}\nKunde: {buyer}\nLeverandør: {bidder}\nDato: {date}\n\nAvropet gjelder:\n{items}\n\nAvropets verdi: {total}\n{extra}\nLevering til adressen i bestillingen.
calloff: Minikonkurranse under rammeavtale {ref} – {title}\n{buyer} inviterer rammeavtaleleverandørene til å gi tilbud innen {deadline}.\n\n{intro}\n\nBehov:\n{items}\n{reqs}\n{extra}
email: Fra: {person}\nTil: {bidder}\nEmne: {title} – tilbud?\n\nHei,\n\nKan dere gi oss pris på følgende for {buyer}?\n\n{items}\n\n{extra}\nVi trenger levering innen {deadline}.\n\nMvh\n{person}
email: Emne: SV: {title}\nFra: kundeansvarlig, {bidder}\n\nHei,\n\nTakk for henvendelsen. Her er våre priser:\n\n{table}\n\nTotalt {total} eks. mva.\n{extra}\n\nMed vennlig hilsen\n{bidder}
award: Kunngjøring av kontraktstildeling\n{buyer} – {title} ({ref})\n\nKontrakt tildelt: {bidder}\nKontraktsverdi: {amount}\nTildelingsdato: {date}\n\nLeveransen omfatter:\n{lots}\n{extra}
award: TILDELING: {title}\n{buyer} har tildelt kontrakten til {bidder} ({amount}).\n{lots}\n{extra}
award: Meddelelse om tildeling – {ref}\nKontrakten om {title_l} ble tildelt {bidder} den {date} som det økonomisk mest fordelaktige tilbudet.\nLevert:\n{lots}\nVerdi: {amount}\n{extra}
equiv: Referanseprodukt: {x} eller tilsvarende.
equiv: Løsningen skal baseres på {x} eller likeverdig.
incumbent: Nåværende leverandør, {x}, fortsetter å levere {what} i overgangsperioden fram til ny avtale er på plass.
incumbent: Eksisterende avtale med {x} om {what} forlenges med 12 måneder mens ny konkurranse gjennomføres.
incumbent: {x} leverer i dag {what} og vil fortsette leveransen under en opsjon på forlengelse.
cert: Egenerklæring: {bidder} bekrefter at ingen av de tilbudte produktene eller tjenestene er produsert eller levert av {vendors}, eller av datterselskaper av disse.
cert: Vi bekrefter at vi ikke leverer, og ikke vil levere under denne avtalen, produkter fra {vendors}.
prohib: Utstyr produsert av Huawei, ZTE, Hikvision eller Dahua aksepteres ikke.
prohib: Tilbud som inneholder produkter fra Kaspersky, Huawei eller ZTE vil bli avvist.
prohib: Av sikkerhetshensyn godtas ikke kameraer eller opptakere fra Hikvision og Dahua.
incidental: Befaringen starter på parkeringsplassen ved Huawei-kontoret på Fornebu; oppmøte i resepsjonen kl. 09.00.
incidental: Tilbydere som trenger overnatting kan bruke hotellet rett ved Huawei-bygget på Skøyen.
incidental: Til orientering: en avisartikkel om at ZTE legger ned sitt nordiske kontor er vedlagt ved en feil og inngår ikke i konkurransegrunnlaget.
rx_buyer: Huawei Technologies Norway AS | huawei
rx_buyer: ZTE Norway AS | zte
rx_buyer: China Telecom (Europe) Ltd, filial Norge | china_telecom
rx_supplier: network | Huawei Technologies Norway AS | huawei
rx_supplier: hosting | Huawei Cloud | huawei
rx_supplier: mobile | China Mobile International | china_mobile

## ICT elev-pc computers
T Bærbare PC-er til elever i videregående skole
I Fylkeskommunen skal kjøpe bærbare PC-er til elevene i første klasse ved 22 videregående skoler, med klargjøring og innrullering i mobilhåndtering.
I Maskinene leveres med skolens programvarepakke og eierskapsmerking.
I Det kreves fire års garanti med reservemaskiner på hver skole.
R Prosessor = Minst Intel Core i5 eller tilsvarende AMD Ryzen 5
R Minne og lagring = 16 GB RAM og 256 GB SSD
R Skjerm = 14" full HD, matt
R Batteri = Minst ti timers reell brukstid
R Garanti = Fire år på stedet, inkludert uhellsforsikring
Q Bærbar PC 14" for elever | stk | 1500 | 4000 | 640
Q Lærermaskin 14" | stk | 100 | 300 | 900
Q Klargjøring og merking | stk | 1600 | 4300 | 16
C 30213100
N bærbare PC-er for elever (computers: in scope under the widened scope)
## ICT saksbehandling saas
T Sak- og arkivsystem som skytjeneste
I Kommunen skal anskaffe et sak- og arkivsystem levert som skytjeneste (SaaS), med konvertering av historiske data og integrasjon mot fagsystemer.
I Systemet skal brukes av om lag 900 saksbehandlere.
R Standard = Noark 5-godkjent
R Drift = Data lagret i EU/EØS, tilgjengelighet 99,5 %
R Integrasjon = Integrasjon mot folkeregisteret, matrikkelen og eFormidling
R Opplæring = Superbrukeropplæring og e-læringskurs
Q Abonnement per bruker per år | stk | 800 | 1000 | 260
Q Implementering og konvertering | stk | 1 | 1 | 180000
C 48000000
N sak- og arkivsystem som SaaS med implementering (software/SaaS: in scope under the widened scope)
## ICT driftsavtale itops
T Drift av IT-plattform og brukerstøtte
I Anskaffelsen gjelder drift av servere, lagring og klienter samt brukerstøtte (servicedesk) for kommunens 2 400 ansatte.
I Leverandøren overtar driften fra kommunens egen IT-avdeling etter en transisjonsperiode på tre måneder.
R Servicedesk = Åpent 07.30–16.00 på hverdager, 80 % løst ved første kontakt
R Drift = Overvåking døgnet rundt av kritiske tjenester
R Sikkerhet = Patching innen 14 dager, kritiske sårbarheter innen 72 timer
R Rapportering = Månedlig tjenestenivårapport
Q Drift per måned | mnd | 36 | 48 | 62000
Q Transisjon | stk | 1 | 1 | 140000
C 72250000
N IT-drift og brukerstøtte (IT operation and service desk: in scope under the widened scope)
## ICT nettside dev
T Ny nettside for kommunen – utvikling og drift
I Kommunen skal ha ny nettside basert på en åpen publiseringsløsning, med innholdsmigrering, universell utforming og drift i tre år.
R Universell utforming = WCAG 2.1 AA, testet med brukere
R Publisering = Redaksjonell arbeidsflyt og nynorsk/bokmål
R Drift = Hosting i Norge, døgnkontinuerlig overvåking
Q Utvikling, fastpris | stk | 1 | 1 | 110000
Q Drift og forvaltning per år | stk | 3 | 3 | 20000
C 72413000
X corp
N nettstedsutvikling og drift (software development and hosting: in scope under the widened scope)
## ICT mobilabonnement mobile
T Mobiltelefoni og mobilt bredbånd
I Avtalen omfatter om lag 1 800 mobilabonnement, datakort til nettbrett og bedriftsnett med sentralbordfunksjon.
R Dekning = God innendørsdekning på oppgitte lokasjoner
R Abonnement = Fri tale og SMS, delt datapott, roaming i EU/EØS
R Administrasjon = Selvbetjeningsportal for bestillinger og sperrer
Q Mobilabonnement per måned | mnd | 1700 | 1900 | 16
Q Datakort per måned | mnd | 200 | 400 | 9
C 64212000
N mobilabonnement og mobilt bredbånd (telecom services)
## ICT datalinjer dataline
T Datalinjer og internett til skoler og sykehjem
I Anskaffelsen gjelder fiberbaserte datalinjer til 48 lokasjoner og redundant internettaksess fra to datasentre.
R Kapasitet = 100 Mbit/s til 1 Gbit/s symmetrisk
R Tilgjengelighet = 99,9 % per lokasjon
R Feilretting = Fire timers retting på hovedlokasjoner
Q Datalinje per lokasjon per måned | mnd | 45 | 50 | 380
Q Etablering per lokasjon | stk | 45 | 50 | 1100
C 64200000
N datalinjer og internett (telecom services)
## ICT kameraovervaking cctv
T Kameraovervåking av skoler og idrettshaller
I Kommunen skal montere IP-kameraer ved inngangspartier og utearealer på 14 skoler og 6 idrettshaller, med opptak i sentral videoløsning.
R Kameraer = 4 MP IP-kameraer med IR og IK10
R Opptak = Lagring i 7 døgn i henhold til personvernregelverket
R Nett = Eget kamera-VLAN på eksisterende svitsjer
Q IP-kamera 4 MP, montert | stk | 80 | 200 | 450
Q Opptaker 32 kanaler | stk | 4 | 8 | 3200
C 35125300
N kameraovervåking (IP cameras, video recording)
## ICT sambandsradio radio
T Digitale radioer til havnevesenet
I Havnevesenet skal erstatte analoge radioer med digitale håndholdte og kjøretøymonterte radioer.
R Standard = DMR Tier II med kryptering
R Robusthet = IP67, ATEX-variant for tankanlegget
R Programmering = Programmert med havnas kanaler
Q Håndholdt DMR-radio | stk | 30 | 80 | 560
Q Kjøretøyradio, montert | stk | 10 | 20 | 720
C 32344200
N digitale tale-radioer (two-way radio)
## ICT brannmur-nett network
T Nye brannmurer og svitsjer i datasenter
I Utskifting av kjernesvitsjer og brannmurer i kommunens to datasentre, med installasjon og tre års support.
R Svitsjer = 25/100G kjernesvitsjer i redundant oppsett
R Brannmur = Neste generasjons brannmur med IPS og VPN
R Support = Tre års produsentsupport med neste dags erstatning
Q Kjernesvitsj 32 x 100G | stk | 2 | 4 | 21000
Q Brannmur, par | stk | 2 | 2 | 38000
Q Installasjon og konfigurasjon | stk | 1 | 1 | 30000
C 32420000
N core switches and firewalls (network equipment)
//
// ------------------------------------------------------------------ OOS
## OOS skrivere print
T Multifunksjonsmaskiner og utskriftstjeneste
I Avtalen gjelder leie og service av 140 multifunksjonsmaskiner med sikker utskrift med ansattkort.
R Maskiner = A3 farge, 35 sider per minutt
R Service = Responstid neste virkedag, forbruksmateriell inkludert
Q Leie per maskin per måned | mnd | 130 | 150 | 110
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS kommunestyresal av
T AV-utstyr til kommunestyresalen
I Nye mikrofoner, voteringsanlegg, skjermer og lydanlegg i kommunestyresalen.
I Strømming av møtene er ikke en del av anskaffelsen.
R Mikrofoner = 50 delegatenheter med talerliste
R Skjermer = To 86" skjermer
Q Delegatmikrofon | stk | 50 | 55 | 580
Q Skjerm 86" | stk | 2 | 2 | 3100
N HARD: audio-visual equipment for a council hall without network cameras or radio
## OOS radgivning-digitalisering consult
T Rådgivning om digitaliseringsstrategi
I Konsulentbistand til å utarbeide kommunens digitaliseringsstrategi gjennom intervjuer og arbeidsmøter.
I Leverandøren skal ikke levere eller drifte IT-systemer.
R Leveranse = Nåsituasjonsanalyse, strategi og tiltaksplan
Q Konsulenttimer | stk | 300 | 700 | 160
C 79411000
N HARD: advice only, no ICT delivered
## OOS vikartjenester staffing
T Vikartjenester for kontor og administrasjon
I Avtalen gjelder innleie av kontorpersonell og resepsjonister ved behov.
R Kompetanse = Relevant erfaring og gode norskkunnskaper
Q Kontorvikar per time | stk | 3000 | 9000 | 48
C 79620000
N HARD: staffing with no ICT delivered
## OOS vektertjenester guard
T Vektertjenester og alarmrespons
I Stasjonær vakt på rådhuset og mobil vakt til 30 kommunale bygg.
I Vekterne bruker radioer og kroppskameraer som vaktselskapet holder.
R Godkjenning = Godkjent vaktselskap etter vaktvirksomhetsloven
Q Stasjonær vakt per time | stk | 4000 | 8800 | 55
Q Mobil vaktrunde | stk | 5000 | 10000 | 22
C 79713000
N HARD: guard services; radios and body cameras are the guards' tools
## OOS renovasjonsbiler vehicles
T Renovasjonsbiler
I Kjøp av seks renovasjonsbiler med sidelaster, ryggekamera og skjerm i førerhuset.
R Miljø = Elektrisk drivlinje
R Sikkerhet = Ryggekamera og 360-graders kamerasystem
Q Renovasjonsbil, elektrisk | stk | 4 | 8 | 480000
C 34144510
N HARD: vehicles; the cameras are vehicle safety accessories
## OOS nettstasjon substation
T Bygging av ny nettstasjon
I Bygging av ny nettstasjon med transformator, høyspenningsanlegg og fjernstyring.
R Transformator = 1 250 kVA
Q Nettstasjon, komplett | stk | 1 | 2 | 160000
C 45310000
N HARD: electrical substation; remote control is part of power works
## OOS rehabilitering-skole works
T Rehabilitering av skolebygg
I Totalentreprise for rehabilitering av en ungdomsskole med nytt tak, vinduer og ventilasjon.
R Energi = Passivhusnivå for ventilasjon
Q Totalentreprise | stk | 1 | 1 | 6200000
C 45214200
N building works; nothing ICT is bought
## OOS matleveranser food
T Matvarer til sykehjem og barnehager
I Levering av matvarer, meieriprodukter og frukt til 26 enheter.
R Levering = To ganger per uke
Q Matvarer, anslått årsvolum | stk | 1 | 1 | 900000
C 15000000
N food supplies; nothing ICT is bought
## OOS kontormobler furniture
T Kontormøbler til nye kontorlokaler
I Levering og montering av skrivebord, stoler og oppbevaring til et nytt kontorlokale med om lag 120 arbeidsplasser.
R Stoler = Testet etter NS-EN 1335
R Bord = Elektrisk hev/senk
Q Hev/senk-bord | stk | 100 | 140 | 480
Q Kontorstol | stk | 110 | 150 | 290
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS kontorrenhold cleaning
T Renhold av kontorlokaler
I Daglig renhold av kontorlokaler, møterom og kantine i et leid kontorbygg på om lag 3 000 m².
R Kvalitet = INSTA 800, kvalitetsprofil 3
Q Renhold per måned | mnd | 24 | 36 | 5200
C 90911200
X corp
N office cleaning; nothing ICT is bought
## OOS veivedlikehold roadworks
T Asfaltering og vegvedlikehold
I Reasfaltering av kommunale veier og fortau, inkludert oppmerking.
R Asfalt = Agb 11
Q Asfaltering | m2 | 20000 | 50000 | 14
C 45233140
N road works; nothing ICT is bought
"""

POOLS["de"] = r"""
cur: EUR
money: {v} {cur}
num: de
date: {d}. {mon} {y}
months: Januar Februar März April Mai Juni Juli August September Oktober November Dezember
ref: VgV-{y}-{n}
ref: {a}/{y}/{n}
ref: Vergabe-Nr. {n}-{y}
list_sep: ", "
and: " und "
unit_pcs: Stk.
unit_month: Monat
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Los {i}: {d} – {q} {u}
cols: Pos. | Bezeichnung | ME | Menge | EP ({cur}) | GP ({cur})
buyer: Stadt Leipzig, Amt für Digitalisierung
buyer: Landeshauptstadt Hannover
buyer: Universitätsklinikum Freiburg
buyer: Landratsamt Ravensburg
buyer: Bezirksamt Friedrichshain-Kreuzberg von Berlin
buyer: Dataport AöR
buyer: Technische Universität Dortmund
buyer: Stadt Graz @EUR
buyer: Kanton Luzern @CHF
seller: Rheinland IT-Systemhaus GmbH
seller: Nordwest Netzwerktechnik GmbH
seller: Alpenland Informatik AG
seller: Elbe Cloud Services GmbH
seller: Schwabennetz Kommunikation GmbH & Co. KG
seller_gen: Müller Gebäudeservice GmbH
seller_gen: Hansa Bau und Ausbau GmbH
seller_gen: Südwest Dienstleistungen GmbH
person: Sabine Krüger, Zentrale Vergabestelle
person: Thomas Reinhardt, Einkauf IT
person: Dr. Anna Lehmann, Projektleitung
person: Michael Schuster, Beschaffung
general: Es gelten die EVB-IT in der jeweils aktuellen Fassung.
general: Zahlung innerhalb von 30 Tagen nach Rechnungseingang.
general: Die Angebotspreise verstehen sich netto zzgl. gesetzlicher USt.
general: Der Zuschlag erfolgt auf das wirtschaftlichste Angebot.
general: Lieferung frei Verwendungsstelle, inklusive Entsorgung der Verpackung.
general: Der Auftragnehmer schließt einen Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO.
short: {title}\n{buyer}\n{intro}\nAngebotsfrist: {deadline}.\n{extra}
short: Bekanntmachung: {title} – {buyer}. {intro} Schlusstermin {deadline}.\n{extra}
short: {title} ({ref})\n{intro}\nCPV {cpv}, geschätzter Wert {amount}.\n{extra}
short: Öffentliche Ausschreibung {ref}: {title}\nAuftraggeber: {buyer}\n{intro}\n{extra}
notice: {buyer}\nAuftragsbekanntmachung {ref}\n\nBezeichnung: {title}\n\nBeschreibung der Beschaffung\n{intros}\n\nWesentliche Anforderungen\n{reqs}\n{extra}\n\nGeschätzter Auftragswert: {amount} netto\nVerfahrensart: offenes Verfahren\nSchlusstermin für Angebote: {deadline}\nKontakt: {person}
notice: AUSSCHREIBUNG: {title}\nVergabestelle: {buyer}\nVeröffentlicht am {date}\n\n{intros}\n\nLeistungsumfang:\n{reqs}\n\n{general}\n{extra}\n\nDie Vergabeunterlagen stehen auf der Vergabeplattform bereit. Angebote bis {deadline}.
rfq: {buyer}\nPreisanfrage {ref}\n{date}\n\nWir bitten um ein Angebot für {title}.\n{intro}\n\n{items}\n\nAnforderungen:\n{reqs}\n{extra}\n\nBitte senden Sie Ihr Angebot bis {deadline} mit Lieferzeit und Bindefrist.\n{person}
rfq: ANGEBOTSANFRAGE – {title}\nAktenzeichen {ref}\n\nMengen:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nAngebote an {person} bis {deadline}.
spec: {buyer}\nLeistungsbeschreibung: {title}\nVergabenummer {ref}\n\n1. Ausgangslage\n{intros}\n\n2. Anforderungen\n{reqs}\n{extra}\n\n3. Mengengerüst\n{items}\n\n4. Allgemeines\n{general}
spec: Anlage 2 – Leistungsbeschreibung {title}\n{buyer}\n\nZiel\n{intro}\n\nMindestanforderungen (A-Kriterien)\n{reqs}\n{extra}\n\nVertragsbedingungen\n{general}
offer: {bidder}\nAngebot an {buyer}\nIhr Zeichen: {ref}   Datum: {date}\n\nVielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen {title} wie folgt an:\n\n{table}\n\nGesamtsumme netto: {total}\n{extra}\n\nBindefrist 60 Tage. Lieferzeit {n} Wochen nach Auftrag.\nMit freundlichen Grüßen\n{person}
offer: Angebot – {title}\nBieter: {bidder}\nAn: {buyer}, {date}\n\nPreisblatt\n{table}\n\nAngebotssumme: {total}\n\n{extra}\n\nRechtsverbindlich unterschrieben für {bidder}
boq: Preisblatt – {title}\n{buyer} ({ref})\n{table}\nSumme: {total}\n{extra}
boq: {bidder} – Preisliste für {buyer}\n{title}\n{table}\n{extra}\nAlle Preise netto.
calloff: Einzelabruf aus Rahmenvertrag {ref}\nAbrufende Stelle: {buyer}\nAuftragnehmer: {bidder}\nDatum: {date}\n\nAbgerufene Leistungen:\n{items}\n\nAbrufwert: {total}\n{extra}\nLieferung an die im Abruf genannte Adresse.
calloff: Miniwettbewerb im Rahmenvertrag {ref} – {title}\n{buyer} fordert die Rahmenvertragspartner zur Angebotsabgabe bis {deadline} auf.\n\n{intro}\n\nBedarf:\n{items}\n{reqs}\n{extra}
email: Von: {person}\nAn: {bidder}\nBetreff: Anfrage {title}\n\nSehr geehrte Damen und Herren,\n\nbitte senden Sie uns für {buyer} ein Angebot über:\n\n{items}\n\n{extra}\nLiefertermin spätestens {deadline}.\n\nMit freundlichen Grüßen\n{person}
email: Betreff: AW: {title}\nVon: Vertrieb, {bidder}\n\nGuten Tag,\n\nvielen Dank für Ihre Anfrage. Unsere Preise:\n\n{table}\n\nSumme {total} netto.\n{extra}\n\nFreundliche Grüße\n{bidder}
award: Bekanntmachung über vergebene Aufträge\n{buyer} – {title} ({ref})\n\nZuschlag erteilt an: {bidder}\nAuftragswert: {amount}\nTag der Zuschlagserteilung: {date}\n\nGegenstand der Lieferung:\n{lots}\n{extra}
award: ZUSCHLAG: {title}\n{buyer} hat den Auftrag an {bidder} vergeben ({amount}).\n{lots}\n{extra}
award: Vergabevermerk – {ref}\nDer Auftrag „{title}“ wurde am {date} an {bidder} als wirtschaftlichstes Angebot vergeben.\nGeliefert wurden:\n{lots}\nWert: {amount}\n{extra}
equiv: Leitfabrikat: {x} oder gleichwertig.
equiv: Referenzprodukt {x} oder gleichwertig.
incumbent: Der bisherige Dienstleister, {x}, erbringt {what} bis zum Beginn des neuen Vertrags weiter.
incumbent: Der bestehende Vertrag mit {x} über {what} wird für die Dauer des Vergabeverfahrens um zwölf Monate verlängert.
incumbent: Derzeit erbringt {x} die Leistung {what}; die Leistung wird im Rahmen einer Verlängerungsoption fortgeführt.
cert: Eigenerklärung: {bidder} erklärt, dass keines der angebotenen Produkte oder keine der angebotenen Leistungen von {vendors} oder deren Tochtergesellschaften hergestellt oder erbracht wird.
cert: Wir bestätigen, dass wir im Rahmen dieses Auftrags keine Produkte von {vendors} liefern.
prohib: Komponenten der Hersteller Huawei und ZTE sind nicht zugelassen.
prohib: Kameras und Rekorder von Hikvision oder Dahua werden nicht akzeptiert.
prohib: Produkte von Kaspersky werden gemäß BSI-Warnung nicht berücksichtigt.
incidental: Die Ortsbesichtigung beginnt am Parkplatz gegenüber dem Huawei-Bürogebäude; Treffpunkt ist der Haupteingang.
incidental: Für auswärtige Bieter bietet sich das Hotel neben dem Huawei-Campus an.
incidental: Hinweis: Ein Zeitungsartikel über die Schließung eines ZTE-Standorts wurde versehentlich beigefügt und ist nicht Bestandteil der Vergabeunterlagen.
rx_buyer: Huawei Technologies Deutschland GmbH | huawei
rx_buyer: ZTE Deutschland GmbH | zte
rx_buyer: China Mobile International (Germany) GmbH | china_mobile
rx_buyer: Hytera Mobilfunk GmbH | hytera
rx_supplier: network | Huawei Technologies Deutschland GmbH | huawei
rx_supplier: radio | Hytera Mobilfunk GmbH | hytera
rx_supplier: dataline | China Telecom (Europe) Ltd, Niederlassung Frankfurt | china_telecom

## ICT notebooks-verwaltung computers
T Notebooks und Dockingstationen für die Verwaltung
I Beschafft werden Notebooks mit Dockingstationen für die Umstellung der Verwaltung auf mobile Arbeitsplätze.
I Die Geräte werden vom Auftragnehmer vorinstalliert, inventarisiert und an die Standorte geliefert.
R Prozessor = Mindestens Intel Core Ultra 5 oder gleichwertig
R Arbeitsspeicher = 16 GB, SSD 512 GB
R Display = 14 Zoll, entspiegelt, mindestens 300 cd/m²
R Garantie = Vier Jahre Vor-Ort-Service, Festplatteneinbehalt
Q Notebook 14 Zoll | Stk. | 300 | 900 | 980
Q USB-C-Dockingstation | Stk. | 300 | 900 | 190
Q Vorinstallation und Inventarisierung | Stk. | 300 | 900 | 25
C 30213100
N notebooks for an administration (computers: in scope under the widened scope)
## ICT fachverfahren saas
T Fachverfahren für das Bürgeramt als Cloud-Dienst
I Das Bürgeramt benötigt ein Fachverfahren für Terminvergabe, Antragsbearbeitung und Gebührenabrechnung, betrieben als Cloud-Dienst.
I Die Lösung wird an das Bürgerkonto und die E-Akte angebunden.
R Betrieb = Rechenzentrum in Deutschland, BSI C5-Testat
R Schnittstellen = OZG-konforme Anbindung, XÖV-Standards
R Verfügbarkeit = 99,5 % in den Servicezeiten
Q Nutzungsgebühr pro Arbeitsplatz und Jahr | Stk. | 80 | 200 | 900
Q Einführung und Datenübernahme | Stk. | 1 | 1 | 95000
C 48000000
N cloud specialist application for a citizens' office (SaaS: in scope under the widened scope)
## ICT servicedesk itops
T Service Desk und IT-Arbeitsplatzbetreuung
I Der Auftragnehmer übernimmt den First- und Second-Level-Support für rund 1.800 Beschäftigte, einschließlich Vor-Ort-Service an drei Standorten.
R Erreichbarkeit = Montag bis Freitag 7 bis 18 Uhr
R Servicelevel = 80 % der Anrufe innerhalb von 30 Sekunden angenommen
R Werkzeuge = Nutzung des ITSM-Tools des Auftraggebers
Q Service Desk pauschal pro Monat | Monat | 24 | 48 | 48000
Q Vor-Ort-Einsatz pro Stunde | Stk. | 500 | 2000 | 85
C 72253000
N IT service desk and workplace support (IT services: in scope under the widened scope)
## ICT portalentwicklung dev
T Entwicklung eines Kundenportals
I Entwicklung und Betrieb eines Webportals mit App, über das Kunden Verträge verwalten, Rechnungen abrufen und Störungen melden.
I Nach dem Go-live betreut der Auftragnehmer das Portal zwei Jahre.
R Technologie = Container-basierte Architektur, offene Schnittstellen
R Sicherheit = Penetrationstest vor Go-live, BSI IT-Grundschutz
R Barrierefreiheit = BITV 2.0
Q Entwicklung Festpreis | Stk. | 1 | 1 | 480000
Q Betrieb und Weiterentwicklung pro Monat | Monat | 24 | 24 | 16000
C 72262000
X corp
N portal development and operation (software development: in scope under the widened scope)
## ICT rechenzentrum-hosting hosting
T Hosting der Fachanwendungen im Rechenzentrum
I Die Fachanwendungen der Stadt sollen in ein zertifiziertes Rechenzentrum eines Dienstleisters verlagert und dort betrieben werden.
R Zertifizierung = ISO 27001 auf Basis IT-Grundschutz
R Betrieb = Betriebsführung, Backup und Monitoring rund um die Uhr
R Standort = Ausschließlich Deutschland
Q Hosting pro Monat | Monat | 36 | 48 | 26000
Q Migration | Stk. | 1 | 1 | 120000
C 72415000
N hosting and operation of applications (hosting and IT services)
## ICT mobilfunk mobile
T Mobilfunkdienstleistungen und Endgeräte
I Rahmenvertrag über Mobilfunkdienste für rund 2.500 SIM-Karten einschließlich Smartphones und Mobile-Device-Management.
R Netz = 5G/LTE-Abdeckung im Kreisgebiet
R Tarife = Flatrate Sprache und SMS, Datenpool
Q Mobilfunkanschluss pro Monat | Monat | 2400 | 2600 | 13
Q Smartphone | Stk. | 300 | 800 | 420
C 64212000
N mobile lines and smartphones (telecom services)
## ICT standortvernetzung dataline
T Standortvernetzung und Internetzugang
I Vernetzung von 38 Schulen und Verwaltungsgebäuden über ein verwaltetes Weitverkehrsnetz mit zentralem Internetzugang.
R Bandbreite = 100 Mbit/s bis 1 Gbit/s symmetrisch
R Verfügbarkeit = 99,9 % je Standort
Q Standortanschluss pro Monat | Monat | 36 | 40 | 450
Q Bereitstellung je Standort | Stk. | 36 | 40 | 1200
C 64200000
N WAN data lines and internet access (telecom services)
## ICT videoueberwachung cctv
T Videoüberwachung für Wertstoffhöfe
I Installation von IP-Kameras an acht Wertstoffhöfen mit zentraler Aufzeichnung.
R Kameras = 4-MP-Netzwerkkameras mit IR
R Aufzeichnung = 72 Stunden Speicherdauer, Datenschutzkonzept
Q Netzwerkkamera 4 MP | Stk. | 40 | 90 | 460
Q Netzwerk-Videorekorder | Stk. | 8 | 8 | 1900
C 35125300
N video surveillance with IP cameras
## ICT digitalfunk radio
T Digitalfunkgeräte für die Feuerwehr
I Beschaffung von BOS-Digitalfunkgeräten (TETRA) für die Freiwillige Feuerwehr.
R Zulassung = BDBOS-Zulassung
R Ausstattung = ATEX-Variante für den Atemschutz
Q Handfunkgerät TETRA | Stk. | 40 | 120 | 780
Q Fahrzeugfunkgerät | Stk. | 10 | 30 | 900
C 32344200
N TETRA radios (two-way radio)
## ICT campus-wlan network
T WLAN-Ausbau und Switches für den Campus
I Erneuerung der Access-Switches und Ausbau des WLAN in den Hörsaalgebäuden.
R Switches = 48 Ports PoE+, 10G-Uplinks
R WLAN = Wi-Fi 6E, eduroam-fähig
Q Access-Switch 48 Port | Stk. | 30 | 80 | 3600
Q Access Point Wi-Fi 6E | Stk. | 150 | 400 | 690
C 32420000
N switches and Wi-Fi (network equipment)
//
// ------------------------------------------------------------------ OOS
## OOS druckerflotte print
T Managed Print Services
I Miete und Wartung von 220 Multifunktionsgeräten mit Follow-Me-Printing.
R Geräte = A3-Farbgeräte, 40 Seiten pro Minute
R Service = Reaktionszeit acht Stunden
Q Miete je Gerät und Monat | Monat | 220 | 240 | 95
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS medientechnik-saal av
T Medientechnik für den Ratssaal
I Erneuerung von Beschallung, Konferenzmikrofonen und Großbildschirmen im Ratssaal.
R Mikrofone = 60 Sprechstellen
R Bildschirme = Zwei 98-Zoll-Displays
Q Sprechstelle | Stk. | 60 | 65 | 540
Q Display 98 Zoll | Stk. | 2 | 2 | 8200
N HARD: audio-visual equipment without network cameras or radio
## OOS beratung-organisation consult
T Organisationsberatung
I Beratungsleistungen zur Neuorganisation der Verwaltung, ohne Lieferung von IT-Systemen.
R Leistungen = Ist-Analyse, Soll-Konzept, Umsetzungsplanung
Q Beratertag | Stk. | 60 | 150 | 1200
C 79411000
N HARD: advice only, no ICT delivered
## OOS schulung-fuehrung training
T Führungskräfteschulungen
I Präsenzseminare für 120 Führungskräfte zu Führung, Kommunikation und Konfliktmanagement.
R Format = Gruppen bis 15 Personen, Präsenz
Q Seminartag | Stk. | 30 | 60 | 1800
C 80500000
N HARD: training with no ICT delivered
## OOS zeitschriften subs
T Zeitschriften- und Datenbankabonnements
I Bezug von Fachzeitschriften und juristischen Datenbanken für die Bibliothek.
R Zugang = IP-basierter Zugang
Q Jahresabonnement | Stk. | 40 | 120 | 900
C 79980000
N HARD: content subscriptions are not in scope
## OOS wachdienst guard
T Wach- und Sicherheitsdienst
I Bewachung des Verwaltungszentrums, Empfangsdienst und Revierfahrten.
I Die Wachleute führen Funkgeräte des Dienstleisters mit.
R Qualifikation = Sachkundeprüfung nach § 34a GewO
Q Wachstunde | Stk. | 6000 | 9000 | 32
C 79713000
N HARD: guard services; the radios are the guards' tools
## OOS kehrmaschinen vehicles
T Kehrmaschinen mit Rückfahrkamera
I Lieferung von zwei Kompaktkehrmaschinen mit Rückfahrkamera und Monitor.
R Antrieb = Elektrisch
Q Kompaktkehrmaschine | Stk. | 2 | 3 | 180000
C 34144000
N HARD: vehicles; the camera is a vehicle accessory
## OOS umspannwerk substation
T Erweiterung des Umspannwerks
I Erweiterung eines 110/20-kV-Umspannwerks mit neuem Transformator und Schaltanlage.
R Transformator = 40 MVA
Q Transformator 110/20 kV | Stk. | 1 | 1 | 1100000
C 45310000
N HARD: electrical substation; not ICT
## OOS kita-neubau works
T Neubau einer Kindertagesstätte
I Rohbau- und Ausbauarbeiten für eine viergruppige Kita in Holzbauweise.
R Bauweise = Holzrahmenbau, KfW-Effizienzhaus 40
Q Rohbau pauschal | Stk. | 1 | 1 | 2400000
C 45214200
N building works; nothing ICT is bought
## OOS bueromoebel furniture
T Büromöbel für neue Büroflächen
I Lieferung und Montage von Schreibtischen, Bürostühlen und Schränken für eine neu angemietete Bürofläche.
R Stühle = DIN EN 1335
R Tische = Elektrisch höhenverstellbar
Q Schreibtisch höhenverstellbar | Stk. | 60 | 160 | 520
Q Bürodrehstuhl | Stk. | 70 | 170 | 310
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS kantine food
T Betrieb der Betriebskantine
I Bewirtschaftung der Betriebskantine für rund 450 Beschäftigte einschließlich Besprechungsverpflegung.
R Angebot = Täglich drei Menüs, davon eines vegetarisch
Q Bewirtschaftungspauschale pro Monat | Monat | 24 | 36 | 7000
C 55520000
X corp
N staff canteen catering; nothing ICT is bought
## OOS winterdienst roadworks
T Winterdienst auf Gemeindestraßen
I Räum- und Streudienst auf 80 km Gemeindestraßen und Gehwegen.
R Bereitschaft = Einsatz innerhalb von 30 Minuten
Q Einsatzstunde Räumfahrzeug | Stk. | 300 | 900 | 120
C 90600000
N winter road service; nothing ICT is bought
"""

POOLS["fr"] = r"""
cur: EUR
money: {v} {cur}
num: sp
date: {d} {mon} {y}
months: janvier février mars avril mai juin juillet août septembre octobre novembre décembre
ref: {y}-{n}
ref: AO n° {y}/{a}-{n}
ref: Marché {n}-{y}
list_sep: ", "
and: " et "
unit_pcs: u
unit_month: mois
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Lot {i} : {d} – {q} {u}
cols: N° | Désignation | Unité | Quantité | PU HT ({cur}) | Montant HT ({cur})
req_fmt: - {k} : {v}
buyer: Ville de Nantes
buyer: Conseil départemental de la Haute-Garonne
buyer: Région Bourgogne-Franche-Comté
buyer: Centre hospitalier de Valenciennes
buyer: Université de Strasbourg
buyer: Syndicat mixte Manche Numérique
buyer: Ville de Liège @EUR
buyer: Ville de Laval (Québec) @CAD
buyer: Centre de services scolaire des Draveurs @CAD
buyer: République et canton de Genève, Office cantonal des systèmes d'information @CHF
seller: Armor Informatique SAS
seller: Réseaux du Midi SARL
seller: Numérique Rhône-Alpes SAS
seller: Solutions TI Laurentides inc.
seller: Cloud Provence SAS
seller_gen: Groupe Bâtir Atlantique SAS
seller_gen: Services Généraux du Rhône SARL
seller_gen: Provence Équipement SAS
person: Mme Hélène Garnier, acheteuse publique
person: M. Nicolas Perrin, chef de projet
person: Mme Sophie Lambert, service de la commande publique
person: M. Karim Benali, responsable achats informatiques
general: Les prix sont fermes et non révisables pendant la première année.
general: Le titulaire respecte le RGPD et signe un accord de sous-traitance des données.
general: Le délai de paiement est de 30 jours.
general: Le marché est attribué à l'offre économiquement la plus avantageuse.
general: Les livraisons sont effectuées franco de port sur les sites désignés.
general: Le CCAG-TIC s'applique.
short: {title}\n{buyer}\n{intro}\nDate limite de réception des offres : {deadline}.\n{extra}
short: Avis de marché – {title} ({buyer}). {intro} Remise des offres avant le {deadline}.\n{extra}
short: {title} – réf. {ref}\n{intro}\nCPV {cpv}. Montant estimé {amount} HT.\n{extra}
short: Consultation : {title}\nAcheteur : {buyer}\n{intro}\n{extra}
notice: {buyer}\nAvis d'appel public à la concurrence – {ref}\n\nObjet : {title}\n\nDescription\n{intros}\n\nPrincipales exigences\n{reqs}\n{extra}\n\nValeur estimée : {amount} HT\nProcédure : appel d'offres ouvert\nDate limite : {deadline}\nContact : {person}
notice: APPEL D'OFFRES : {title}\nPouvoir adjudicateur : {buyer}\nPublié le {date}\n\n{intros}\n\nLe marché comprend :\n{reqs}\n\n{general}\n{extra}\n\nLe DCE est téléchargeable sur le profil d'acheteur. Offres avant le {deadline}.
rfq: {buyer}\nDemande de devis – {ref}\n{date}\n\nNous vous remercions de nous adresser un devis pour {title_l}.\n{intro}\n\n{items}\n\nExigences :\n{reqs}\n{extra}\n\nMerci de répondre avant le {deadline} en précisant le délai de livraison.\n{person}
rfq: CONSULTATION – {title}\nRéférence {ref}\n\nQuantités :\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nRéponses à {person} avant le {deadline}.
spec: {buyer}\nCCTP – {title}\nMarché {ref}\n\n1. Contexte\n{intros}\n\n2. Exigences techniques\n{reqs}\n{extra}\n\n3. Quantités estimatives\n{items}\n\n4. Dispositions générales\n{general}
spec: Cahier des charges : {title}\n{buyer}\n\nObjet\n{intro}\n\nExigences minimales\n{reqs}\n{extra}\n\nConditions\n{general}
offer: {bidder}\nOffre à l'attention de {buyer}\nVotre réf. : {ref}   Date : {date}\n\nSuite à votre consultation, nous avons le plaisir de vous proposer {title_l} :\n\n{table}\n\nTotal HT : {total}\n{extra}\n\nOffre valable 90 jours. Délai de livraison : {n} semaines.\nCordialement,\n{person}
offer: Offre – {title}\nCandidat : {bidder}\nDestinataire : {buyer}, le {date}\n\nBordereau de prix\n{table}\n\nMontant total de l'offre : {total}\n\n{extra}\n\nPour {bidder}, le représentant habilité
boq: Bordereau des prix – {title}\n{buyer} ({ref})\n{table}\nTotal : {total}\n{extra}
boq: {bidder} – liste de prix pour {buyer}\n{title}\n{table}\n{extra}\nPrix hors taxes.
calloff: Bon de commande au titre de l'accord-cadre {ref}\nAcheteur : {buyer}\nTitulaire : {bidder}\nDate : {date}\n\nPrestations commandées :\n{items}\n\nMontant : {total}\n{extra}\nLivraison à l'adresse indiquée sur le bon.
calloff: Marché subséquent n° {ref} – {title}\n{buyer} invite les titulaires de l'accord-cadre à remettre une offre avant le {deadline}.\n\n{intro}\n\nBesoin :\n{items}\n{reqs}\n{extra}
email: De : {person}\nÀ : {bidder}\nObjet : Demande de prix – {title}\n\nBonjour,\n\nPourriez-vous nous chiffrer les éléments suivants pour {buyer} ?\n\n{items}\n\n{extra}\nLivraison souhaitée avant le {deadline}.\n\nBien cordialement,\n{person}
email: Objet : RE: {title}\nDe : service commercial, {bidder}\n\nBonjour,\n\nMerci pour votre demande. Voici nos prix :\n\n{table}\n\nTotal {total} HT.\n{extra}\n\nCordialement,\n{bidder}
award: Avis d'attribution\n{buyer} – {title} ({ref})\n\nAttributaire : {bidder}\nMontant du marché : {amount}\nDate d'attribution : {date}\n\nFournitures livrées :\n{lots}\n{extra}
award: ATTRIBUTION : {title}\n{buyer} a attribué le marché à {bidder} ({amount}).\n{lots}\n{extra}
award: Avis d'attribution – {ref}\nLe marché relatif à {title_l} a été attribué le {date} à {bidder}, offre économiquement la plus avantageuse.\nFournitures :\n{lots}\nMontant : {amount}\n{extra}
equiv: Matériel de référence : {x} ou équivalent.
equiv: Référence : {x} ou techniquement équivalent.
incumbent: Le prestataire actuel, {x}, continue d'assurer {what} jusqu'au démarrage du nouveau marché.
incumbent: Le contrat en cours avec {x} pour {what} est prolongé de douze mois pendant la remise en concurrence.
incumbent: {x} assure aujourd'hui {what} et poursuivra la prestation au titre d'une reconduction.
cert: Attestation sur l'honneur : {bidder} certifie qu'aucun des équipements ou services proposés n'est fabriqué ou fourni par {vendors}, ni par l'une de leurs filiales.
cert: Nous attestons ne fournir aucun produit de {vendors} dans le cadre du présent marché.
prohib: Les équipements des constructeurs Huawei et ZTE ne sont pas admis.
prohib: Aucune caméra ni enregistreur Hikvision ou Dahua ne sera accepté.
prohib: Les offres comprenant des logiciels Kaspersky seront écartées.
incidental: La visite de site débute sur le parking situé en face des bureaux de Huawei ; rendez-vous à l'accueil à 9 h 30.
incidental: Les candidats venant de loin peuvent loger à l'hôtel voisin du centre de recherche de Huawei.
incidental: Pour information : un article de presse sur la fermeture d'un site de ZTE a été joint par erreur et ne fait pas partie du DCE.
rx_buyer: Huawei Technologies France SASU | huawei
rx_buyer: ZTE France SASU | zte
rx_buyer: China Telecom (Europe) Limited, succursale France | china_telecom
rx_buyer: Hikvision France SAS | hikvision
rx_supplier: network | Huawei Technologies France SASU | huawei
rx_supplier: cctv | Hikvision France SAS | hikvision
rx_supplier: mobile | China Mobile International | china_mobile

## ICT ordinateurs-colleges computers
T Ordinateurs portables pour les collèges
I Fourniture d'ordinateurs portables pour les élèves et enseignants de 38 collèges, avec préparation et déploiement.
I Les postes sont inscrits dans la solution de gestion de flotte du département avant livraison.
R Processeur = Intel Core i5 ou AMD Ryzen 5 de dernière génération
R Mémoire = 16 Go de RAM, SSD 256 Go
R Écran = 14 pouces Full HD
R Garantie = Quatre ans sur site
Q Ordinateur portable élève | u | 1000 | 3000 | 620
Q Ordinateur portable enseignant | u | 100 | 300 | 900
Q Préparation et étiquetage | u | 1100 | 3300 | 15
C 30213100
N laptops for schools (computers: in scope under the widened scope)
## ICT logiciel-rh saas
T Solution de gestion des ressources humaines en mode SaaS
I Mise en place d'un logiciel de gestion des ressources humaines et de paie hébergé (SaaS), avec reprise des données et formation.
I La solution couvrira environ 4 500 agents.
R Hébergement = En France, certification HDS non requise, SecNumCloud souhaité
R Fonctions = Paie, carrières, absences, entretiens annuels
R Reprise = Reprise de dix ans d'historique
Q Abonnement annuel par agent | u | 4000 | 5000 | 30
Q Mise en œuvre et reprise de données | u | 1 | 1 | 240000
C 48450000
N HR and payroll SaaS with implementation (software: in scope under the widened scope)
## ICT infogerance itops
T Infogérance du système d'information et support utilisateurs
I Le marché porte sur l'infogérance des serveurs et du réseau ainsi que sur le support aux utilisateurs (centre de services).
R Centre de services = Du lundi au vendredi, de 8 h à 18 h
R Supervision = Supervision 24/7 des services critiques
R Niveaux de service = Rétablissement en 4 heures des incidents majeurs
Q Forfait mensuel d'infogérance | mois | 36 | 48 | 38000
Q Prestations ponctuelles (jour) | u | 50 | 200 | 650
C 72250000
N IT outsourcing and user support (IT services: in scope under the widened scope)
## ICT site-internet dev
T Refonte et hébergement du site internet
I Refonte complète du site internet, développement sur un CMS libre, migration des contenus et hébergement pendant trois ans.
R Accessibilité = RGAA 4.1, niveau AA
R Hébergement = Hébergement en France avec sauvegardes quotidiennes
R Maintenance = Maintenance corrective et évolutive
Q Conception et développement | u | 1 | 1 | 90000
Q Hébergement et maintenance annuels | u | 3 | 3 | 15000
C 72413000
X corp
N website development and hosting (software development: in scope under the widened scope)
## ICT telephonie-mobile mobile
T Services de téléphonie mobile
I Fourniture de 1 200 lignes mobiles, de cartes SIM data et de terminaux pour les agents.
R Couverture = Couverture 4G/5G sur l'ensemble du territoire départemental
R Forfaits = Appels illimités, enveloppe data mutualisée
Q Ligne mobile mensuelle | mois | 1100 | 1300 | 12
Q Smartphone | u | 200 | 500 | 360
C 64212000
N mobile telephone lines and handsets (telecom services)
## ICT hebergement-cloud hosting
T Hébergement en nuage des applications métier
I Migration et hébergement des applications métier sur une plateforme cloud qualifiée, avec exploitation.
R Qualification = SecNumCloud
R Exploitation = Sauvegarde, supervision, plan de reprise d'activité
Q Hébergement mensuel | mois | 36 | 36 | 21000
Q Migration | u | 1 | 1 | 80000
C 72415000
N cloud hosting and operation (hosting: in scope)
## ICT videoprotection cctv
T Extension du système de vidéoprotection urbaine
I Installation de caméras de vidéoprotection sur la voie publique et raccordement au centre de supervision urbain.
R Caméras = Caméras IP 4K et dômes motorisés
R Stockage = Conservation des images 30 jours
R Réseau = Raccordement par fibre optique
Q Caméra IP 4K | u | 20 | 60 | 980
Q Dôme motorisé | u | 5 | 15 | 2400
C 35125300
N video surveillance (IP cameras)
## ICT radios-police radio
T Postes radio numériques pour la police municipale
I Acquisition de terminaux radio numériques portatifs et embarqués pour la police municipale.
R Norme = DMR tier III, chiffrement
R Terminaux = Portatifs IP67 avec bouton d'alerte
Q Terminal portatif | u | 30 | 80 | 620
Q Terminal véhicule | u | 10 | 25 | 780
C 32344200
N digital two-way radios
## ICT antivirus-edr security
T Solution de protection des postes de travail (EDR)
I Remplacement de l'antivirus par une solution EDR pour 3 000 postes et serveurs, avec service de détection managé.
R Couverture = Windows, macOS, Linux
R Service = Détection et réponse 24/7
Q Licence EDR annuelle | u | 2800 | 3200 | 40
Q Service MDR mensuel | mois | 36 | 36 | 9000
C 48761000
N EDR and managed detection (security software and services)
//
// ------------------------------------------------------------------ OOS
## OOS impression print
T Location et maintenance de copieurs multifonctions
I Location de 160 copieurs multifonctions avec maintenance et impression sécurisée par badge.
R Matériel = A3 couleur, 35 pages par minute
Q Location mensuelle par copieur | mois | 150 | 170 | 90
C 30120000
N HARD: copiers and managed print are not in scope
## OOS sonorisation-salle av
T Équipement audiovisuel de la salle du conseil
I Renouvellement de la sonorisation, des micros de conférence et des écrans de la salle du conseil municipal.
R Micros = 55 postes délégués
Q Poste délégué | u | 55 | 60 | 520
Q Écran 86 pouces | u | 2 | 2 | 3000
N HARD: audio-visual equipment without network cameras or radio
## OOS conseil-strategie consult
T Mission de conseil en organisation
I Accompagnement à la réorganisation des services, sans fourniture ni exploitation de systèmes informatiques.
R Livrables = Diagnostic, scénarios, plan d'action
Q Jour de conseil | u | 40 | 120 | 1100
C 79411000
N HARD: advice only, no ICT delivered
## OOS formation-management training
T Formations au management
I Sessions de formation en présentiel pour 90 encadrants.
R Format = Groupes de 12, deux jours
Q Journée de formation | u | 15 | 40 | 1600
C 80500000
N HARD: training with no ICT delivered
## OOS gardiennage guard
T Prestations de gardiennage et de surveillance
I Gardiennage de l'hôtel de ville et rondes sur 20 sites municipaux.
I Les agents sont équipés de radios fournies par le prestataire.
R Agents = Carte professionnelle CNAPS
Q Heure de gardiennage | u | 5000 | 9000 | 28
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS bennes-om vehicles
T Bennes à ordures ménagères
I Acquisition de bennes à ordures ménagères équipées de caméras de recul.
R Motorisation = GNV
Q Benne 19 tonnes | u | 2 | 6 | 240000
C 34144510
N HARD: vehicles; reversing cameras are vehicle accessories
## OOS restauration-scolaire food
T Fourniture de repas pour la restauration scolaire
I Fourniture et livraison en liaison froide de repas pour 24 écoles.
R Qualité = 50 % de produits durables, dont 20 % bio
Q Repas | u | 400000 | 700000 | 3.4
C 55523100
N school meals; nothing ICT is bought
## OOS mobilier-bureau furniture
T Mobilier de bureau pour un nouveau plateau
I Fourniture et installation de mobilier de bureau pour un plateau de bureaux loué d'environ 140 postes.
R Sièges = Norme NF EN 1335
Q Bureau réglable | u | 100 | 150 | 480
Q Siège de bureau | u | 120 | 160 | 280
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS nettoyage-bureaux cleaning
T Nettoyage des locaux
I Nettoyage quotidien de bureaux, salles de réunion et espaces de restauration d'un immeuble d'environ 2 500 m².
R Produits = Écolabel européen
Q Forfait mensuel de nettoyage | mois | 24 | 36 | 4800
C 90911200
X corp
N office cleaning; nothing ICT is bought
## OOS voirie roadworks
T Travaux d'entretien de voirie
I Réfection de chaussées et de trottoirs sur le territoire communal.
R Enrobés = BBSG 0/10
Q Enrobé mis en œuvre | m2 | 10000 | 40000 | 16
C 45233140
N road works; nothing ICT is bought
"""

POOLS["es"] = r"""
cur: EUR
money: {v} {cur}
num: de
date: {d} de {mon} de {y}
months: enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
ref: Expte. {n}/{y}
ref: LP-{y}-{n}
ref: {a}/{y}/{n}
list_sep: ", "
and: " y "
unit_pcs: ud.
unit_month: mes
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Lote {i}: {d} – {q} {u}
cols: N.º | Descripción | Unidad | Cantidad | Precio unitario ({cur}) | Importe ({cur})
buyer: Ayuntamiento de Zaragoza
buyer: Diputación Provincial de Cádiz
buyer: Servicio Madrileño de Salud
buyer: Universidad de Granada
buyer: Consorcio de Aguas de Asturias
buyer: Generalitat Valenciana, Conselleria de Educación
buyer: Municipalidad de Providencia @CLP
buyer: Secretaría de Administración del Estado de Jalisco @MXN
buyer: Alcaldía de Bucaramanga @COP
seller: Iberia Sistemas Informáticos S.L.
seller: Redes del Cantábrico S.A.
seller: Soluciones TIC del Sur S.L.
seller: Andes Tecnología SpA
seller: Conecta Bajío S.A. de C.V.
seller_gen: Servicios Integrales Levante S.L.
seller_gen: Construcciones Duero S.A.
seller_gen: Suministros Cantábrico S.L.
person: Lucía Romero, Servicio de Contratación
person: Javier Ortega, jefe de sistemas
person: María José Herrera, técnica de compras
person: Andrés Cabrera, Unidad de Adquisiciones
general: Los precios incluyen transporte, instalación y retirada de embalajes.
general: El adjudicatario cumplirá el Esquema Nacional de Seguridad.
general: El pago se realizará a 30 días desde la conformidad de la factura.
general: La adjudicación recaerá en la oferta con mejor relación calidad-precio.
general: Será de aplicación el Reglamento General de Protección de Datos.
short: {title}\n{buyer}\n{intro}\nPlazo de presentación de ofertas: {deadline}.\n{extra}
short: Anuncio de licitación – {title} ({buyer}). {intro} Ofertas hasta el {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Valor estimado {amount}.\n{extra}
short: Licitación: {title}\nÓrgano de contratación: {buyer}\n{intro}\n{extra}
notice: {buyer}\nAnuncio de licitación – {ref}\n\nObjeto: {title}\n\nDescripción\n{intros}\n\nRequisitos principales\n{reqs}\n{extra}\n\nValor estimado: {amount} (IVA excluido)\nProcedimiento: abierto\nFecha límite: {deadline}\nContacto: {person}
notice: LICITACIÓN: {title}\nEntidad contratante: {buyer}\nPublicado el {date}\n\n{intros}\n\nEl contrato comprende:\n{reqs}\n\n{general}\n{extra}\n\nLos pliegos están disponibles en la Plataforma de Contratación. Ofertas hasta el {deadline}.
rfq: {buyer}\nSolicitud de cotización – {ref}\n{date}\n\nLes invitamos a cotizar {title_l}.\n{intro}\n\n{items}\n\nRequisitos:\n{reqs}\n{extra}\n\nEnvíen su cotización antes del {deadline}, indicando plazo de entrega y validez.\n{person}
rfq: PETICIÓN DE OFERTA – {title}\nReferencia {ref}\n\nCantidades:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nOfertas a {person} antes del {deadline}.
spec: {buyer}\nPliego de prescripciones técnicas: {title}\nExpediente {ref}\n\n1. Antecedentes\n{intros}\n\n2. Requisitos técnicos\n{reqs}\n{extra}\n\n3. Cantidades\n{items}\n\n4. Condiciones generales\n{general}
spec: Especificaciones técnicas – {title}\n{buyer}\n\nObjeto\n{intro}\n\nRequisitos mínimos\n{reqs}\n{extra}\n\nCondiciones\n{general}
offer: {bidder}\nOferta para {buyer}\nSu ref.: {ref}   Fecha: {date}\n\nEn respuesta a su solicitud, nos complace ofertar {title_l}:\n\n{table}\n\nTotal (sin IVA): {total}\n{extra}\n\nValidez de la oferta: 60 días. Plazo de entrega: {n} semanas.\nAtentamente,\n{person}
offer: Proposición económica – {title}\nLicitador: {bidder}\nDirigida a: {buyer}, {date}\n\nCuadro de precios\n{table}\n\nImporte total ofertado: {total}\n\n{extra}\n\nFirmado en nombre de {bidder}
boq: Cuadro de precios – {title}\n{buyer} ({ref})\n{table}\nTotal: {total}\n{extra}
boq: {bidder} – lista de precios para {buyer}\n{title}\n{table}\n{extra}\nPrecios sin IVA.
calloff: Contrato basado en el acuerdo marco {ref}\nEntidad: {buyer}\nAdjudicatario: {bidder}\nFecha: {date}\n\nSuministros y servicios pedidos:\n{items}\n\nImporte: {total}\n{extra}\nEntrega en la dirección indicada en el pedido.
calloff: Segunda licitación del acuerdo marco {ref} – {title}\n{buyer} invita a las empresas del acuerdo marco a presentar oferta antes del {deadline}.\n\n{intro}\n\nNecesidad:\n{items}\n{reqs}\n{extra}
email: De: {person}\nPara: {bidder}\nAsunto: Presupuesto – {title}\n\nBuenos días:\n\n¿Nos pueden enviar presupuesto de lo siguiente para {buyer}?\n\n{items}\n\n{extra}\nNecesitamos la entrega antes del {deadline}.\n\nUn saludo,\n{person}
email: Asunto: RE: {title}\nDe: departamento comercial, {bidder}\n\nBuenos días:\n\nGracias por su consulta. Nuestros precios:\n\n{table}\n\nTotal {total} sin IVA.\n{extra}\n\nSaludos cordiales,\n{bidder}
award: Anuncio de adjudicación\n{buyer} – {title} ({ref})\n\nAdjudicatario: {bidder}\nImporte de adjudicación: {amount}\nFecha de adjudicación: {date}\n\nSuministro:\n{lots}\n{extra}
award: ADJUDICACIÓN: {title}\n{buyer} ha adjudicado el contrato a {bidder} ({amount}).\n{lots}\n{extra}
award: Resolución de adjudicación – {ref}\nEl contrato de {title_l} se adjudicó el {date} a {bidder}, por ser la oferta con mejor relación calidad-precio.\nBienes entregados:\n{lots}\nImporte: {amount}\n{extra}
equiv: Equipo de referencia: {x} o equivalente.
equiv: Se toma como referencia {x} o similar de prestaciones iguales o superiores.
incumbent: El proveedor actual, {x}, seguirá prestando {what} hasta el inicio del nuevo contrato.
incumbent: Se prorroga por doce meses el contrato vigente con {x} para {what} mientras se tramita la nueva licitación.
incumbent: {x} presta actualmente {what} y continuará haciéndolo durante el periodo de transición.
cert: Declaración responsable: {bidder} declara que ninguno de los equipos o servicios ofertados está fabricado o prestado por {vendors}, ni por sus filiales.
cert: Certificamos que no suministramos, ni suministraremos en este contrato, productos de {vendors}.
prohib: No se aceptarán equipos de los fabricantes Huawei o ZTE.
prohib: No se admitirán cámaras ni grabadores Hikvision o Dahua.
prohib: Las ofertas que incluyan productos de Kaspersky serán excluidas.
incidental: La visita a las instalaciones comenzará en el aparcamiento frente a las oficinas de Huawei; punto de encuentro en la recepción a las 10:00.
incidental: Los licitadores que necesiten alojamiento pueden utilizar el hotel contiguo al centro de innovación de Huawei.
incidental: Nota: por error se adjuntó una noticia de prensa sobre el cierre de una oficina de ZTE; no forma parte de los pliegos.
rx_buyer: Huawei Technologies España S.L. | huawei
rx_buyer: ZTE España S.L.U. | zte
rx_buyer: China Unicom (Europe) Operations Limited, sucursal en España | china_unicom
rx_buyer: China Mobile International (Spain) S.L. | china_mobile
rx_supplier: network | Huawei Technologies España S.L. | huawei
rx_supplier: hosting | Huawei Cloud | huawei
rx_supplier: dataline | China Unicom (Europe) Operations | china_unicom

## ICT portatiles-docentes computers
T Suministro de ordenadores portátiles para docentes
I Suministro de ordenadores portátiles para el profesorado de centros públicos, con preparación, etiquetado y entrega en cada centro.
I Los equipos se entregarán con la maqueta corporativa y registrados en la herramienta de gestión.
R Procesador = Intel Core i5 de 13.ª generación o AMD Ryzen 5 equivalente
R Memoria = 16 GB de RAM, SSD de 512 GB
R Pantalla = 14 pulgadas Full HD antirreflejo
R Garantía = Cuatro años in situ
Q Ordenador portátil 14" | ud. | 500 | 2500 | 720
Q Maletín de transporte | ud. | 500 | 2500 | 20
Q Preparación y etiquetado | ud. | 500 | 2500 | 14
C 30213100
N laptops for teachers (computers: in scope under the widened scope)
## ICT gestion-expedientes saas
T Plataforma de gestión de expedientes en la nube
I Contratación de una plataforma de tramitación electrónica de expedientes en modalidad de servicio (SaaS), con migración y formación.
I La plataforma dará servicio a unos 700 empleados municipales.
R Alojamiento = Centros de datos en la UE, certificación ENS nivel medio
R Integraciones = Registro electrónico, notificaciones y firma electrónica
R Formación = Formación presencial y en línea
Q Suscripción anual por usuario | ud. | 600 | 800 | 220
Q Implantación y migración | ud. | 1 | 1 | 150000
C 48000000
N case-file management SaaS with implementation (software: in scope under the widened scope)
## ICT soporte-usuarios itops
T Servicio de soporte a usuarios y mantenimiento de puestos
I Servicio de atención a usuarios (CAU) y mantenimiento de 2.000 puestos de trabajo y periféricos.
R Horario = De lunes a viernes de 8:00 a 20:00
R Niveles de servicio = Resolución del 75 % de incidencias en primer nivel
R Herramienta = Uso de la herramienta de gestión del servicio del organismo
Q Servicio mensual del CAU | mes | 24 | 48 | 42000
Q Técnico presencial, jornada | ud. | 100 | 400 | 320
C 72253000
N user support desk and desktop maintenance (IT services: in scope under the widened scope)
## ICT desarrollo-app dev
T Desarrollo de aplicación móvil de atención al ciudadano
I Diseño, desarrollo y mantenimiento de una aplicación móvil para trámites, citas previas e incidencias en la vía pública.
R Plataformas = iOS y Android
R Integración = Conexión con la sede electrónica y el sistema de incidencias
R Mantenimiento = Dos años de mantenimiento evolutivo
Q Desarrollo, precio cerrado | ud. | 1 | 1 | 180000
Q Mantenimiento mensual | mes | 24 | 24 | 6000
C 72262000
X corp
N mobile app development and maintenance (software development: in scope under the widened scope)
## ICT telefonia-movil mobile
T Servicios de telefonía móvil y datos
I Prestación de servicios de telefonía móvil para 900 líneas de voz y datos, incluidos terminales.
R Cobertura = 4G/5G en todo el término municipal
R Tarifas = Llamadas ilimitadas y bolsa de datos compartida
Q Línea de voz y datos, mensual | mes | 850 | 950 | 11
Q Terminal smartphone | ud. | 200 | 400 | 320
C 64212000
N mobile voice and data lines (telecom services)
## ICT lineas-datos dataline
T Servicio de comunicaciones de datos e internet
I Red privada de datos que interconecta 52 sedes con acceso a internet centralizado y redundante.
R Caudal = 100 Mbit/s a 1 Gbit/s simétricos
R Disponibilidad = 99,9 % en sedes principales
Q Línea de datos por sede, mensual | mes | 50 | 55 | 350
Q Alta por sede | ud. | 50 | 55 | 900
C 64200000
N data lines and internet (telecom services)
## ICT videovigilancia cctv
T Sistema de videovigilancia en instalaciones deportivas
I Instalación de cámaras IP y grabadores en polideportivos y piscinas municipales.
R Cámaras = IP de 4 MP con infrarrojos
R Grabación = 15 días de almacenamiento
Q Cámara IP 4 MP | ud. | 50 | 120 | 410
Q Grabador de red 32 canales | ud. | 4 | 10 | 2100
C 35125300
N video surveillance (IP cameras)
## ICT radio-proteccion-civil radio
T Equipos de radiocomunicación para Protección Civil
I Adquisición de terminales portátiles y móviles de radio digital para la agrupación de Protección Civil.
R Estándar = DMR o TETRA compatible con la red autonómica
R Terminales = Portátiles IP67 con GPS
Q Terminal portátil | ud. | 30 | 80 | 600
Q Terminal móvil para vehículo | ud. | 8 | 20 | 760
C 32344200
N digital two-way radios
## ICT drones-inspeccion drones
T Drones para inspección de infraestructuras
I Suministro de drones con cámara térmica para la inspección de puentes y depósitos.
R Aeronave = Multirrotor, 40 minutos de autonomía
R Carga útil = Cámara térmica y zoom 30x
Q Dron con cámara térmica | ud. | 2 | 5 | 14000
Q Baterías adicionales | ud. | 6 | 20 | 300
C 35613000
N drones for inspection
//
// ------------------------------------------------------------------ OOS
## OOS impresion print
T Servicio de impresión gestionada
I Arrendamiento y mantenimiento de 180 equipos multifunción con impresión segura mediante tarjeta.
R Equipos = A3 color, 35 ppm
Q Arrendamiento mensual por equipo | mes | 170 | 190 | 85
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS audiovisuales-pleno av
T Equipamiento audiovisual del salón de plenos
I Renovación de micrófonos de conferencia, sistema de votación y pantallas del salón de plenos.
R Micrófonos = 40 unidades de delegado
Q Unidad de delegado | ud. | 40 | 45 | 500
Q Pantalla de 86 pulgadas | ud. | 2 | 2 | 2900
N HARD: audio-visual equipment without network cameras or radio
## OOS consultoria-estrategia consult
T Consultoría para el plan estratégico
I Asistencia técnica para elaborar el plan estratégico de la entidad, sin suministro de sistemas informáticos.
R Entregables = Diagnóstico, plan y cuadro de mando en documento
Q Jornada de consultoría | ud. | 50 | 120 | 900
C 79411000
N HARD: advice only, no ICT delivered
## OOS suscripciones-bases subs
T Suscripción a bases de datos jurídicas
I Acceso a bases de datos de legislación y jurisprudencia para los servicios jurídicos.
R Acceso = Por IP y usuario
Q Suscripción anual | ud. | 1 | 3 | 24000
C 79980000
N HARD: data subscriptions are not in scope
## OOS vigilancia guard
T Servicio de vigilancia y seguridad
I Vigilancia presencial en edificios municipales y rondas nocturnas.
I Los vigilantes portan transmisores facilitados por la empresa de seguridad.
R Personal = Vigilantes habilitados
Q Hora de vigilancia | ud. | 8000 | 20000 | 21
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS camiones-basura vehicles
T Vehículos recolectores de residuos
I Suministro de camiones recolectores con cámara de visión trasera.
R Motorización = Gas natural comprimido
Q Camión recolector | ud. | 2 | 6 | 230000
C 34144510
N HARD: vehicles; reversing camera is a vehicle accessory
## OOS subestacion substation
T Obras de la subestación eléctrica
I Ampliación de una subestación 66/20 kV con nuevo transformador y celdas.
R Transformador = 25 MVA
Q Transformador 66/20 kV | ud. | 1 | 1 | 900000
C 45310000
N HARD: electrical substation; not ICT
## OOS comedor-escolar food
T Servicio de comedor escolar
I Gestión del servicio de comedor en 18 colegios públicos.
R Menús = Elaborados in situ con productos de proximidad
Q Menú diario | ud. | 200000 | 400000 | 4.5
C 55523100
N school canteen service; nothing ICT is bought
## OOS mobiliario-oficina furniture
T Mobiliario de oficina para nuevas instalaciones
I Suministro y montaje de mobiliario para una nueva planta de oficinas de unos 100 puestos.
R Sillas = UNE-EN 1335
Q Mesa de trabajo | ud. | 80 | 120 | 390
Q Silla operativa | ud. | 90 | 130 | 240
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS limpieza-oficinas cleaning
T Servicio de limpieza de oficinas
I Limpieza diaria de oficinas y zonas comunes de un edificio de unos 2.000 m².
R Productos = Con etiqueta ecológica
Q Servicio mensual | mes | 24 | 36 | 3800
C 90911200
X corp
N office cleaning; nothing ICT is bought
## OOS asfaltado roadworks
T Obras de asfaltado de calles
I Fresado y reposición de firme en calles del casco urbano.
R Mezcla = AC16 surf
Q Asfaltado | m2 | 15000 | 40000 | 12
C 45233140
N road works; nothing ICT is bought
"""

POOLS["ja"] = r"""
cur: JPY
cur_sym: 円
money: {v}{cur}
num: en
date: {y}年{m}月{d}日
ref: 第{y}-{n}号
ref: 調達番号 {a}{n}
ref: 案件番号{y}{n}
list_sep: 、
and: 及び
unit_pcs: 台
unit_month: 月
item_fmt: {i}. {d}　{q}{u}
lot_fmt: 第{i}号：{d}　{q}{u}
cols: No. | 品名 | 単位 | 数量 | 単価（{cur}） | 金額（{cur}）
req_fmt: ・{k}：{v}
vendor_names: ファーウェイ, ZTE, ハイテラ, ハイクビジョン, ダーファ, カスペルスキー
buyer: 横浜市デジタル統括本部
buyer: 福岡県総務部
buyer: 国立大学法人東北大学
buyer: 独立行政法人国立病院機構 大阪医療センター
buyer: 札幌市教育委員会
buyer: 国土交通省 中部地方整備局
buyer: 浜松市
buyer: 神戸市水道局
buyer: 岡山県倉敷市
seller: 株式会社ミナトシステムズ
seller: 東和ネットワーク株式会社
seller: 株式会社北辰情報サービス
seller: さくら電子工業株式会社
seller: 株式会社アオバクラウド
seller_gen: 株式会社大和ビルサービス
seller_gen: 東邦建設株式会社
seller_gen: 株式会社みどり商事
person: 契約課 佐藤 美咲
person: 情報政策課 鈴木 健太
person: 調達担当 高橋 由美
person: 総務課 伊藤 大輔
general: 契約保証金は免除する。
general: 支払いは検収後30日以内とする。
general: 価格は消費税及び地方消費税を含まない額とする。
general: 個人情報の取扱いに関する特記事項を遵守すること。
general: 総合評価落札方式により落札者を決定する。
general: 納入場所は発注者の指定する場所とする。
short: {title}\n{buyer}\n{intro}\n入札書提出期限：{deadline}\n{extra}
short: 【入札公告】{title}（{buyer}）{intro}提出期限は{deadline}。\n{extra}
short: {title}（{ref}）\n{intro}\n予定価格 {amount}（税抜）\n{extra}
short: 調達案件：{title}\n発注者：{buyer}\n{intro}\n{extra}
notice: 入札公告\n\n次のとおり一般競争入札に付します。\n{date}\n{buyer}\n\n1. 調達件名　{title}\n2. 調達概要\n{intros}\n3. 主な要件\n{reqs}\n{extra}\n4. 入札書の提出期限　{deadline}\n5. 問合せ先　{person}
notice: 【公告】{title}\n発注者：{buyer}\n公告日：{date}\n\n{intros}\n\n調達内容：\n{reqs}\n\n{general}\n{extra}\n\n入札説明書は電子調達システムから入手すること。提出期限：{deadline}
rfq: {buyer}\n見積依頼書（{ref}）\n{date}\n\n下記のとおり「{title}」について見積りを依頼します。\n{intro}\n\n{items}\n\n要件：\n{reqs}\n{extra}\n\n見積書は{deadline}までに、納期及び有効期限を明記のうえ提出してください。\n{person}
rfq: 見積依頼：{title}\n管理番号 {ref}\n\n数量：\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\n回答期限：{deadline}（担当：{person}）
spec: {buyer}\n{title} 仕様書\n{ref}\n\n1. 背景及び目的\n{intros}\n\n2. 要件\n{reqs}\n{extra}\n\n3. 数量\n{items}\n\n4. その他\n{general}
spec: 調達仕様書：{title}\n{buyer}\n\n目的\n{intro}\n\n必須要件\n{reqs}\n{extra}\n\n契約条件\n{general}
offer: {bidder}\n御見積書\n{buyer} 御中\n貴番号：{ref}　日付：{date}\n\n「{title}」について、下記のとおり御見積申し上げます。\n\n{table}\n\n合計（税抜）：{total}\n{extra}\n\n有効期限：発行日から60日。納期：受注後{n}週間。\n{person}
offer: 提案書（価格）― {title}\n提案者：{bidder}\n提出先：{buyer}　{date}\n\n価格表\n{table}\n\n提案総額：{total}\n\n{extra}\n\n{bidder} 代表取締役
boq: 内訳書 ― {title}\n{buyer}（{ref}）\n{table}\n合計：{total}\n{extra}
boq: {bidder} ― {buyer}向け価格表\n{title}\n{table}\n{extra}\n価格は税抜です。
calloff: 単価契約に基づく発注書（契約番号 {ref}）\n発注者：{buyer}\n受注者：{bidder}\n発注日：{date}\n\n発注内容：\n{items}\n\n発注金額：{total}\n{extra}\n納入場所は発注書記載のとおり。
calloff: ミニコンペ（基本契約 {ref}）― {title}\n{buyer}は基本契約締結事業者に対し、{deadline}までの提案を依頼します。\n\n{intro}\n\n調達内容：\n{items}\n{reqs}\n{extra}
email: 差出人：{person}\n宛先：{bidder}\n件名：{title}のお見積りのお願い\n\nいつもお世話になっております。\n{buyer}向けに、以下のお見積りをお願いできますでしょうか。\n\n{items}\n\n{extra}\n納期は{deadline}までを希望します。\n\nよろしくお願いいたします。\n{person}
email: 件名：RE: {title}\n差出人：{bidder} 営業部\n\nお問い合わせありがとうございます。価格は以下のとおりです。\n\n{table}\n\n合計 {total}（税抜）\n{extra}\n\n引き続きよろしくお願いいたします。\n{bidder}
award: 落札者等の公示\n{buyer} ― {title}（{ref}）\n\n落札者：{bidder}\n落札金額：{amount}\n落札決定日：{date}\n\n納入物品：\n{lots}\n{extra}
award: 【契約締結】{title}\n{buyer}は{bidder}と契約を締結しました（{amount}）。\n{lots}\n{extra}
award: 入札結果のお知らせ（{ref}）\n「{title}」は{date}に{bidder}が落札しました。\n納入品：\n{lots}\n契約金額：{amount}\n{extra}
equiv: 参考機種：{x}又は同等品以上。
equiv: {x}相当品を基準とする。
incumbent: 現行事業者である{x}が、新契約の開始まで引き続き「{what}」を提供する。
incumbent: {x}との現行契約（{what}）を、再調達の完了まで12か月延長する。
incumbent: 現在は{x}が「{what}」を提供しており、移行期間中も継続する。
cert: 誓約書：{bidder}は、本件で提供する機器及びサービスのいずれも{vendors}（その子会社を含む）が製造又は提供したものではないことを誓約します。
cert: 当社は、本契約において{vendors}の製品を一切納入しないことを確約します。
prohib: ファーウェイ、ZTE、ハイクビジョン及びダーファ製の機器は納入不可とする。
prohib: サプライチェーン・リスク対策のため、カスペルスキー製品は採用しない。
prohib: ハイクビジョン又はダーファ製のカメラ及び録画装置は使用しないこと。
incidental: 現地説明会は、ファーウェイの研究開発拠点向かいの駐車場に午前10時集合とする。
incidental: 遠方からの参加者には、ファーウェイ日本法人のオフィスに隣接するホテルが便利です。
incidental: 参考：ZTEの事業所閉鎖に関する新聞記事が誤って添付されていますが、入札説明書の一部ではありません。
rx_buyer: 華為技術日本株式会社 | huawei
rx_buyer: チャイナ・テレコム・ジャパン株式会社 | china_telecom
rx_buyer: ZTEジャパン株式会社 | zte
rx_buyer: チャイナ・モバイル・インターナショナル・ジャパン株式会社 | china_mobile
rx_supplier: network | 華為技術日本株式会社 | huawei
rx_supplier: dataline | チャイナ・テレコム・ジャパン株式会社 | china_telecom
rx_supplier: mobile | チャイナ・モバイル・インターナショナル・ジャパン株式会社 | china_mobile
incumbent_x: mobile | チャイナ・モバイル | china_mobile
incumbent_x: dataline | チャイナ・テレコム | china_telecom
incumbent_x: hosting | ファーウェイ・クラウド | huawei
incumbent_x: security | カスペルスキー | kaspersky
incumbent_x: itops | 華為技術日本株式会社 | huawei
incumbent_x: saas | ファーウェイ・クラウド | huawei
rvn: network | ファーウェイ製 L2スイッチ S5735-L48T4X-A1 | huawei | 1900
rvn: network | 華為技術 AirEngine 5762-12 無線アクセスポイント | huawei | 450
rvn: cctv | ハイクビジョン製 ネットワークカメラ DS-2CD2386G2-IU | hikvision | 190
rvn: cctv | ダーファ IPC-HFW3849T1-AS-PV 屋外カメラ | dahua | 210
rvn: radio | ハイテラ製 デジタル無線機 PD685G | hytera | 520
rvn: security | カスペルスキー エンドポイントセキュリティ | kaspersky | 28
rvn: computers | ファーウェイ MateBook D 16 ノートPC | huawei | 780
rvn: computers | ファーウェイ MatePad 11.5 タブレット | huawei | 330
rvn: mobile | チャイナ・モバイル 国際ローミングSIM | china_mobile | 15
rvn: dataline | チャイナ・テレコム 国際専用線 100Mbps | china_telecom | 900
rvn: hosting | ファーウェイ・クラウド ECS（8vCPU/32GB） | huawei | 320
rvn: drones | DJI Matrice 350 RTK（Zenmuse H20T付） | dji | 15000

## ICT gakushu-tanmatsu computers
T 学習者用端末及び充電保管庫の購入
I 市立小中学校の児童生徒が使用する学習者用端末を更新するもの。
I 端末は教育委員会のMDMに登録したうえで各学校へ納入する。
I 保守は5年間の動産総合保険を含むこと。
R OS = 文部科学省の学習者用端末最低スペック基準を満たすこと
R メモリ・ストレージ = 8GB以上、128GB以上
R 画面 = 10.1インチ以上、タッチ対応
R キーボード = 着脱式又は一体型のハードウェアキーボード
Q 学習者用端末 | 台 | 3000 | 12000 | 360
Q 充電保管庫（40台用） | 台 | 80 | 300 | 1400
Q 初期設定及びキッティング | 台 | 3000 | 12000 | 12
C 30213200
N student tablets/PCs for schools (computers: in scope under the widened scope)
## ICT jinji-kyuyo saas
T 人事給与システム（クラウドサービス）の導入
I 職員約3,500人の人事給与事務を行うクラウド型システムを導入し、現行システムからデータを移行する。
I ガバメントクラウドとの連携を考慮すること。
R 提供形態 = SaaS、国内データセンター、ISMAP登録サービス
R 機能 = 給与計算、人事異動、勤怠管理、年末調整
R 移行 = 過去10年分の人事データ移行
Q クラウド利用料（年額） | 式 | 1 | 1 | 90000
Q 導入・データ移行作業 | 式 | 1 | 1 | 160000
C 48450000
N HR and payroll cloud service with migration (software/SaaS: in scope under the widened scope)
## ICT unyo-hoshu itops
T 庁内情報システム運用保守及びヘルプデスク業務
I 庁内ネットワーク、サーバ及び約2,000台の端末の運用保守並びに職員向けヘルプデスクを委託するもの。
R ヘルプデスク = 平日8時30分から17時15分まで、電話・メール対応
R 運用監視 = 基幹サーバの24時間監視
R 報告 = 月次運用報告書の提出
Q 運用保守業務（月額） | 月 | 36 | 60 | 36000
Q 常駐SE | 人月 | 24 | 60 | 7000
C 72250000
N IT operation, maintenance and help desk (IT services: in scope under the widened scope)
## ICT website-saikochiku dev
T 公式ウェブサイト再構築業務
I 公式ウェブサイトをCMSで再構築し、ページ移行、アクセシビリティ対応及び3年間の運用を行う。
R アクセシビリティ = JIS X 8341-3:2016 適合レベルAA
R CMS = 職員が更新できるCMSを導入すること
R 運用 = クラウド上での運用、バックアップ及び障害対応
Q 構築業務 | 式 | 1 | 1 | 120000
Q 運用業務（年額） | 式 | 3 | 3 | 24000
C 72413000
X corp
N website rebuild and operation (software development: in scope under the widened scope)
## ICT cloud-iko hosting
T 基幹業務システムのクラウド移行及び運用
I オンプレミスで稼働する基幹業務システムをクラウド環境に移行し、運用する。
R 環境 = ISMAP登録クラウド、国内リージョン
R 運用 = 24時間監視、バックアップ、パッチ適用
Q クラウド利用料（月額） | 月 | 36 | 60 | 20000
Q 移行作業 | 式 | 1 | 1 | 140000
C 72415000
N cloud migration and hosting (hosting: in scope)
## ICT keitai-denwa mobile
T 携帯電話端末及び通信サービスの調達
I 職員用スマートフォン約800台と音声・データ通信サービスを調達するもの。
R 通信 = 5G/4G対応、かけ放題、データ共有プラン
R 端末 = MDM対応のスマートフォン
Q 通信サービス（月額・回線） | 月 | 750 | 850 | 18
Q スマートフォン | 台 | 750 | 850 | 320
C 64212000
N smartphones and mobile lines (telecom services)
## ICT kyoten-kaisen dataline
T 拠点間ネットワーク回線サービス
I 本庁舎と出先機関42拠点を結ぶ閉域網回線とインターネット接続サービスを調達する。
R 帯域 = 本庁舎10Gbps、拠点100Mbps以上のベストエフォート
R 可用性 = 稼働率99.9%以上、冗長構成
Q 拠点回線（月額） | 月 | 40 | 45 | 260
Q 初期工事 | 式 | 1 | 1 | 28000
C 64200000
N network data lines between sites (telecom services)
## ICT bohan-camera cctv
T 防犯カメラ設置業務
I 駅前広場及び市営駐輪場に防犯カメラを設置し、録画装置と遠隔閲覧環境を整備する。
R カメラ = 400万画素以上のIPカメラ、赤外線対応
R 録画 = 30日以上の録画保存
Q IPカメラ | 台 | 20 | 60 | 420
Q ネットワークレコーダー | 台 | 2 | 5 | 2200
C 35125300
N security cameras and recorders (video surveillance)
## ICT bosai-musen radio
T 防災行政無線（移動系）デジタル無線機の購入
I 災害時の連絡手段として、デジタル携帯型無線機及び車載型無線機を購入する。
R 方式 = 260MHz帯デジタル移動系
R 耐環境性 = IP67相当の防水防塵
Q 携帯型無線機 | 台 | 30 | 100 | 900
Q 車載型無線機 | 台 | 10 | 30 | 1200
C 32344200
N digital two-way radios for disaster communication
## ICT network-kiki network
T 庁内ネットワーク機器更新
I 保守期限を迎えるコアスイッチ、フロアスイッチ及び無線LANアクセスポイントを更新する。
R コアスイッチ = 10G/25Gポート、冗長構成
R 無線LAN = Wi-Fi 6E対応
R 設定 = 既存VLAN設計の移行
Q コアスイッチ | 台 | 2 | 2 | 22000
Q フロアスイッチ（48ポート） | 台 | 20 | 60 | 2800
Q 無線LANアクセスポイント | 台 | 60 | 200 | 600
C 32420000
N network switches and Wi-Fi
## ICT endpoint-security security
T エンドポイントセキュリティ製品の導入
I 職員端末及びサーバ約4,000台にEDR製品を導入し、監視サービスを利用する。
R 機能 = 振る舞い検知、隔離、ログ保存90日
R 監視 = 24時間365日のSOCサービス
Q EDRライセンス（年間） | ライセンス | 3800 | 4200 | 45
Q SOC監視サービス（月額） | 月 | 36 | 36 | 8000
C 48761000
N EDR licences and SOC monitoring (security software and services)
//
// ------------------------------------------------------------------ OOS
## OOS fukugoki print
T 複合機の賃貸借及び保守
I 庁内で使用する複合機120台の賃貸借及び保守を行うもの。
R 機能 = A3カラー、ICカード認証印刷
Q 複合機（月額） | 月 | 110 | 130 | 120
C 30120000
N HARD: copiers and managed print are not in scope
## OOS gijo-onkyo av
T 議場音響設備の更新
I 議場の会議用マイク、音響設備及び表示装置を更新する。
R マイク = 議員席45台
Q 会議用マイク | 台 | 45 | 50 | 480
Q 表示装置（85型） | 台 | 2 | 2 | 3100
N HARD: audio-visual equipment without network cameras or radio
## OOS gyomu-kaizen consult
T 業務改善支援コンサルティング
I 窓口業務の改善に向けた現状分析と改善提案を委託するもの。システムの構築は含まない。
R 成果物 = 現状分析報告書及び改善計画
Q コンサルティング | 人日 | 40 | 100 | 1100
C 79411000
N HARD: advice only, no ICT delivered
## OOS kanrishoku-kenshu training
T 管理職研修の実施
I 管理職を対象とした集合研修を実施するもの。
R 形式 = 対面、1回20名、2日間
Q 研修実施 | 回 | 4 | 10 | 3500
C 80500000
N HARD: training with no ICT delivered
## OOS keibi guard
T 庁舎警備業務
I 本庁舎の常駐警備及び夜間巡回を行う。警備員は受託者が用意する無線機を携行する。
R 資格 = 施設警備業務検定2級以上の者を配置
Q 常駐警備（月額） | 月 | 36 | 36 | 12000
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS gomi-shushusha vehicles
T 塵芥収集車の購入
I バックカメラ付き塵芥収集車を購入するもの。
R 仕様 = 2トン級、プレス式
Q 塵芥収集車 | 台 | 2 | 6 | 85000
C 34144510
N HARD: vehicles; the back camera is a vehicle accessory
## OOS henden-setsubi substation
T 受変電設備更新工事
I 庁舎の受変電設備（高圧受電盤、変圧器）を更新する工事。
R 変圧器 = 500kVA
Q 受変電設備一式 | 式 | 1 | 1 | 420000
C 45310000
N HARD: electrical substation works; not ICT
## OOS seitai-monitor medical
T 生体情報モニタの購入
I 集中治療室で使用する生体情報モニタ及びセントラルモニタを購入する。
R 測定項目 = 心電図、SpO2、非観血血圧
Q ベッドサイドモニタ | 台 | 10 | 30 | 12000
Q セントラルモニタ | 台 | 1 | 2 | 30000
C 33195000
N HARD: medical devices are not in scope
## OOS kosha-kaishu works
T 小学校校舎大規模改修工事
I 校舎の外壁改修、屋上防水及びトイレ改修を行う工事。
R 工期 = 夏季休業期間を中心に施工
Q 改修工事一式 | 式 | 1 | 1 | 1800000
C 45214200
N building works; nothing ICT is bought
## OOS jimu-kagu furniture
T 事務用家具の購入
I 新オフィスへの移転に伴い、事務机、椅子及び収納家具を購入する。
R 椅子 = 肘付き、背もたれ調整機能
Q 事務机 | 台 | 80 | 150 | 420
Q 事務椅子 | 脚 | 80 | 150 | 260
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS office-seiso cleaning
T オフィス清掃業務
I 賃借オフィス（約1,800平方メートル）の日常清掃及び定期清掃を委託する。
R 頻度 = 日常清掃は平日毎日、床ワックスは年4回
Q 日常清掃（月額） | 月 | 12 | 36 | 4200
C 90911200
X corp
N office cleaning; nothing ICT is bought
## OOS shain-shokudo food
T 社員食堂運営業務
I 社員約300名が利用する食堂の運営及び会議用弁当の提供を委託する。
R 献立 = 日替わり定食2種及び麺類
Q 食堂運営（月額） | 月 | 12 | 36 | 6500
C 55520000
X corp
N staff canteen; nothing ICT is bought
## OOS doro-hoso roadworks
T 市道舗装補修工事
I 市道の舗装打換え及び区画線設置を行う工事。
R 舗装 = 密粒度アスファルト混合物
Q 舗装打換え | m2 | 3000 | 9000 | 30
C 45233140
N road works; nothing ICT is bought
"""

POOLS["zh"] = r"""
cur: CNY
cur_sym: 元
money: {v}{cur}
num: en
date: {y}年{m}月{d}日
ref: {y}-{n}
ref: 采购编号 ZC{y}{n}
ref: 项目编号：{a}{y}{n}
list_sep: 、
and: 和
unit_pcs: 台
unit_month: 月
item_fmt: {i}. {d}　{q}{u}
lot_fmt: 包{i}：{d}　{q}{u}
cols: 序号 | 名称 | 单位 | 数量 | 单价（{cur}） | 金额（{cur}）
req_fmt: ・{k}：{v}
vendor_names: 华为, 中兴通讯, 海能达, 海康威视, 大华, 卡巴斯基
buyer: 杭州市数据资源管理局
buyer: 成都市教育局
buyer: 苏州工业园区管理委员会
buyer: 深圳市南山区人民医院
buyer: 武汉大学
buyer: 广州地铁集团有限公司
buyer: 青岛市公安局
buyer: 西安市自然资源和规划局
seller: 浙江数智科技有限公司
seller: 江苏恒信网络工程有限公司
seller: 北京华泰信息技术有限公司
seller: 广东云帆数据服务有限公司
seller: 四川蜀通通信工程有限公司
seller_gen: 上海安泰物业管理有限公司
seller_gen: 江苏华建建设工程有限公司
seller_gen: 广州顺达商贸有限公司
person: 采购部 王磊
person: 信息中心 李娜
person: 招标代理 张伟
person: 办公室 陈静
general: 报价含税、运输、安装及调试费用。
general: 中标人须签订数据安全保密协议。
general: 付款方式：验收合格后30日内支付合同款。
general: 采用综合评分法确定中标人。
general: 质保期自验收合格之日起计算。
general: 交货地点为采购人指定地点。
short: {title}\n采购人：{buyer}\n{intro}\n投标截止时间：{deadline}\n{extra}
short: 【招标公告】{title}（{buyer}）{intro}截止时间{deadline}。\n{extra}
short: {title}（{ref}）\n{intro}\n预算金额：{amount}\n{extra}
short: 询价公告：{title}\n{buyer}\n{intro}\n{extra}
notice: 公开招标公告\n\n{buyer}\n项目编号：{ref}\n\n一、项目名称：{title}\n二、项目概况\n{intros}\n三、主要技术要求\n{reqs}\n{extra}\n四、预算金额：{amount}\n五、投标截止时间：{deadline}\n六、联系人：{person}
notice: 【采购公告】{title}\n采购人：{buyer}\n发布日期：{date}\n\n{intros}\n\n采购内容：\n{reqs}\n\n{general}\n{extra}\n\n请于{deadline}前在政府采购平台获取招标文件并递交投标文件。
rfq: {buyer}\n询价函（{ref}）\n{date}\n\n现就“{title}”进行询价，请贵公司报价。\n{intro}\n\n{items}\n\n技术要求：\n{reqs}\n{extra}\n\n请于{deadline}前提交报价单，注明交货期及报价有效期。\n{person}
rfq: 询价单：{title}\n编号 {ref}\n\n采购清单：\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\n报价截止：{deadline}（联系人：{person}）
spec: {buyer}\n{title} 采购需求\n{ref}\n\n一、项目背景\n{intros}\n\n二、技术要求\n{reqs}\n{extra}\n\n三、采购数量\n{items}\n\n四、商务要求\n{general}
spec: 技术规格书：{title}\n{buyer}\n\n项目目标\n{intro}\n\n实质性要求\n{reqs}\n{extra}\n\n合同条款\n{general}
offer: {bidder}\n报价单\n致：{buyer}\n项目编号：{ref}　日期：{date}\n\n现就“{title}”报价如下：\n\n{table}\n\n合计（含税）：{total}\n{extra}\n\n报价有效期60天，交货期为合同签订后{n}周。\n{person}
offer: 投标报价表 —— {title}\n投标人：{bidder}\n采购人：{buyer}　{date}\n\n分项报价\n{table}\n\n投标总价：{total}\n\n{extra}\n\n投标人（盖章）：{bidder}
boq: 分项报价明细表 —— {title}\n{buyer}（{ref}）\n{table}\n合计：{total}\n{extra}
boq: {bidder} —— {buyer}产品报价清单\n{title}\n{table}\n{extra}\n以上价格均含税。
calloff: 框架协议采购订单（协议编号 {ref}）\n采购人：{buyer}\n供应商：{bidder}\n下单日期：{date}\n\n订购内容：\n{items}\n\n订单金额：{total}\n{extra}\n送货地址见订单。
calloff: 框架协议二次竞价（{ref}）—— {title}\n{buyer}邀请入围供应商于{deadline}前报价。\n\n{intro}\n\n需求清单：\n{items}\n{reqs}\n{extra}
email: 发件人：{person}\n收件人：{bidder}\n主题：关于“{title}”的报价请求\n\n您好！\n请为{buyer}报价以下产品和服务：\n\n{items}\n\n{extra}\n要求{deadline}前交货。\n\n谢谢！\n{person}
email: 主题：回复：{title}\n发件人：{bidder} 销售部\n\n您好，感谢询价，报价如下：\n\n{table}\n\n合计 {total}（含税）\n{extra}\n\n如有疑问请随时联系。\n{bidder}
award: 中标结果公告\n{buyer} —— {title}（{ref}）\n\n中标供应商：{bidder}\n中标金额：{amount}\n公告日期：{date}\n\n主要标的信息：\n{lots}\n{extra}
award: 【成交公告】{title}\n{buyer}已与{bidder}签订合同（{amount}）。\n{lots}\n{extra}
award: 中标（成交）结果公告（{ref}）\n“{title}”于{date}确定中标人为{bidder}。\n供货清单：\n{lots}\n合同金额：{amount}\n{extra}
equiv: 参考品牌型号：{x}或同等及以上档次产品。
equiv: 以{x}为参考，性能不低于该型号。
incumbent: 现有服务商{x}将继续提供{what}，直至新合同开始履行。
incumbent: 与{x}签订的现有合同（{what}）延期12个月，待重新采购完成。
incumbent: 目前由{x}提供{what}，过渡期内继续由其提供服务。
cert: 承诺函：{bidder}承诺，本项目所投设备及服务均不是由{vendors}（含其子公司）生产或提供。
cert: 我公司承诺在本合同项下不提供{vendors}的任何产品。
prohib: 本项目不接受华为、中兴通讯、海康威视或大华品牌的设备。
prohib: 出口项目合规要求：不得提供卡巴斯基软件。
prohib: 所投摄像机及录像设备不得为海康威视或大华产品。
incidental: 现场踏勘集合地点为华为研发中心对面的停车场，上午九点半集合。
incidental: 外地投标人可入住紧邻华为园区的酒店，距项目现场步行十分钟。
incidental: 附件中关于中兴通讯区域办公室搬迁的新闻报道系误附，不属于招标文件内容。
rx_buyer: 中国移动通信集团浙江有限公司 | china_mobile
rx_buyer: 中国电信股份有限公司江苏分公司 | china_telecom
rx_buyer: 中国联通北京市分公司 | china_unicom
rx_buyer: 华为技术有限公司 | huawei
rx_supplier: network | 华为技术有限公司 | huawei
rx_supplier: dataline | 中国电信股份有限公司上海分公司 | china_telecom
rx_supplier: mobile | 中国移动通信集团广东有限公司 | china_mobile
rx_supplier: hosting | 华为云计算技术有限公司 | huawei
rx_supplier: cctv | 杭州海康威视数字技术股份有限公司 | hikvision
incumbent_x: dataline | 中国电信 | china_telecom
incumbent_x: mobile | 中国移动 | china_mobile
incumbent_x: mobile | 中国联通 | china_unicom
incumbent_x: hosting | 华为云 | huawei
incumbent_x: security | 卡巴斯基 | kaspersky
incumbent_x: itops | 华为技术服务有限公司 | huawei
incumbent_x: saas | 华为云 | huawei
rvn: network | 华为 S5735-L48T4X-A1 千兆交换机 | huawei | 1900
rvn: network | 中兴通讯 ZXR10 5960-52TM-H 交换机 | zte | 2700
rvn: cctv | 海康威视 DS-2CD3T86FWDV2-I3S 800万像素网络摄像机 | hikvision | 200
rvn: cctv | 大华 DH-IPC-HFW3849T1-AS-PV 网络摄像机 | dahua | 210
rvn: cctv | 萤石 C6c 云台摄像机 | hikvision | 40
rvn: radio | 海能达 PD680 数字对讲机 | hytera | 300
rvn: computers | 华为 MateBook D 14 笔记本电脑 | huawei | 650
rvn: computers | 华为 MatePad 11.5 平板电脑 | huawei | 300
rvn: servers | 华为 OceanStor 5310 存储系统 | huawei | 36000
rvn: security | 卡巴斯基终端安全软件 | kaspersky | 28
rvn: hosting | 华为云 ECS 弹性云服务器 | huawei | 200
rvn: dataline | 中国电信 MPLS 专线 100M | china_telecom | 900
rvn: dataline | 中国联通 互联网专线 500M | china_unicom | 800
rvn: mobile | 中国移动 5G 集团套餐 | china_mobile | 20
rvn: drones | 大疆 Matrice 350 RTK 无人机 | dji | 15000
rvn: iot | 移远通信 EC25 4G 模组 | quectel | 22

## ICT jiaoshi-bijiben computers
T 教师用笔记本电脑采购项目
I 为全市中小学教师配备笔记本电脑，用于备课、授课和在线教研。
I 供应商负责预装教学软件、资产贴标并配送至各学校。
I 要求提供三年上门保修服务。
R 处理器 = 不低于第13代酷睿i5或同等性能
R 内存及硬盘 = 16GB内存，512GB固态硬盘
R 屏幕 = 14英寸，分辨率不低于1920×1080
R 售后 = 三年原厂上门保修
Q 笔记本电脑 | 台 | 800 | 3000 | 650
Q 电脑包 | 个 | 800 | 3000 | 12
Q 预装及贴标服务 | 台 | 800 | 3000 | 5
C 30213100
N laptops for teachers (computers: in scope under the widened scope)
## ICT zhengwu-pingtai dev
T 政务服务移动端应用开发项目
I 开发政务服务移动端应用及配套管理后台，实现事项办理、预约和评价功能。
I 项目包含上线后两年的运维服务。
R 平台 = 支持iOS、安卓及微信小程序
R 安全 = 通过网络安全等级保护三级测评
R 接口 = 与统一身份认证平台对接
Q 应用开发（包干） | 项 | 1 | 1 | 260000
Q 运维服务（每月） | 月 | 24 | 24 | 6000
C 72262000
X corp
N government service app development and operation (software development: in scope under the widened scope)
## ICT yunwei-fuwu itops
T 信息化系统运维服务项目
I 为机关信息中心提供机房、网络、服务器及约1500台终端的运维服务和桌面支持。
R 服务时间 = 工作日8:30—17:30驻场，7×24小时故障响应
R 响应时间 = 重大故障30分钟内响应
R 报告 = 每月提交运维报告
Q 驻场运维（每月） | 月 | 12 | 36 | 18000
Q 应急保障（次） | 次 | 10 | 40 | 600
C 72250000
N IT operation and maintenance with desktop support (IT services: in scope under the widened scope)
## ICT zhengwu-yun hosting
T 政务云资源租用服务
I 租用政务云计算、存储和网络资源，承载局属业务系统。
R 资源 = 云主机200台、云存储300TB
R 安全 = 等保三级，异地容灾备份
Q 云资源租用（每月） | 月 | 12 | 36 | 30000
Q 迁移服务 | 项 | 1 | 1 | 50000
C 72415000
N government cloud hosting (hosting: in scope)
## ICT zhengban-ruanjian software
T 办公软件正版化采购
I 采购办公软件和操作系统正版授权，覆盖全局约2000台计算机。
R 授权 = 永久授权，含三年升级服务
R 兼容性 = 兼容主流文档格式
Q 办公软件授权 | 套 | 1800 | 2200 | 45
Q 操作系统授权 | 套 | 1800 | 2200 | 60
C 48000000
N software licences (in scope under the widened scope)
## ICT shipin-jiankong cctv
T 校园视频监控系统建设项目
I 在校园出入口、教学楼走廊及操场安装高清网络摄像机，建设集中存储和管理平台。
R 摄像机 = 400万像素以上网络摄像机，支持红外夜视
R 存储 = 录像保存不少于30天
R 平台 = 支持GB/T 28181接入
Q 网络摄像机 | 台 | 100 | 400 | 160
Q 网络硬盘录像机 | 台 | 4 | 16 | 900
Q 安装调试 | 项 | 1 | 1 | 20000
C 35125300
N campus video surveillance (IP cameras, NVR)
## ICT duijiangji radio
T 数字对讲机采购项目
I 采购数字对讲机及中转台，用于大型活动安保和日常巡逻通信。
R 制式 = DMR数字制式，兼容模拟
R 防护 = IP67防尘防水
Q 数字对讲机 | 台 | 100 | 300 | 220
Q 数字中转台 | 台 | 2 | 6 | 2200
C 32344200
N digital two-way radios
## ICT zhuanxian dataline
T 互联网及数据专线租用服务
I 租用主中心互联网专线和各分支机构数据专线，为期三年。
R 带宽 = 主中心1000M，分支机构100M
R 可用性 = 年可用率不低于99.9%
Q 互联网专线（每月） | 月 | 36 | 36 | 2600
Q 分支数据专线（每月） | 月 | 36 | 36 | 300
C 64200000
N internet and data lines (telecom services)
## ICT zhongduan-anquan security
T 终端安全管理系统采购
I 为全部办公终端和服务器部署终端防病毒及EDR软件，并提供三年升级服务。
R 功能 = 病毒查杀、勒索防护、终端管控
R 管理 = 统一管理控制台
Q 终端安全授权 | 点 | 1500 | 3000 | 18
Q 服务器安全授权 | 点 | 50 | 150 | 90
C 48761000
N endpoint security software (security software)
## ICT xiaoyuanwang network
T 校园网升级改造项目
I 更换核心交换机、汇聚交换机和无线接入点，实现全校无线覆盖。
R 核心 = 双核心冗余，万兆上联
R 无线 = 支持Wi-Fi 6
Q 核心交换机 | 台 | 2 | 2 | 18000
Q 接入交换机 | 台 | 40 | 120 | 900
Q 无线接入点 | 台 | 200 | 600 | 240
C 32420000
N campus network switches and Wi-Fi
## ICT wurenji-xunjian drones
T 巡检无人机采购项目
I 采购多旋翼无人机用于国土资源巡查和应急测绘。
R 续航 = 不少于40分钟
R 载荷 = 可见光与热成像双光相机
Q 巡检无人机 | 架 | 2 | 8 | 14000
Q 备用电池 | 块 | 10 | 30 | 250
C 35613000
N inspection drones
## ICT shuibiao-mozu iot
T 物联网智能水表及通信模组采购
I 采购NB-IoT智能水表，实现远程抄表。
R 通信 = NB-IoT/Cat.1
R 电池 = 寿命不少于6年
Q 物联网水表 | 只 | 5000 | 20000 | 28
Q 抄表平台服务（年） | 年 | 1 | 3 | 15000
C 32500000
N IoT meters with cellular modules
//
// ------------------------------------------------------------------ OOS
## OOS fuyinji print
T 复印机租赁服务
I 租赁多功能复印机150台，含维修保养和耗材。
R 配置 = A3彩色，刷卡打印
Q 复印机租赁（每台每月） | 月 | 140 | 160 | 60
C 30120000
N HARD: copiers are not in scope
## OOS huiyishi-yinxiang av
T 会议室音视频设备采购
I 为报告厅采购音响、会议话筒和大屏显示设备。
R 话筒 = 会议话筒40只
Q 会议话筒 | 只 | 40 | 45 | 180
Q 86英寸显示屏 | 台 | 2 | 2 | 2600
N HARD: audio-visual equipment without network cameras or radio
## OOS guanli-zixun consult
T 管理咨询服务
I 为单位编制“十五五”发展规划提供咨询服务，不涉及信息系统建设。
R 成果 = 规划文本及研究报告
Q 咨询服务 | 项 | 1 | 1 | 60000
C 79411000
N HARD: advice only, no ICT delivered
## OOS baoan guard
T 保安服务采购项目
I 为办公大楼提供24小时门岗、巡逻和消防监控室值守服务，保安员配备对讲机。
R 人员 = 持证保安员18名
Q 保安服务（每月） | 月 | 12 | 36 | 9000
C 79713000
N HARD: guard services; the walkie-talkies are the guards' tools
## OOS huanwei-cheliang vehicles
T 环卫车辆采购项目
I 采购压缩式垃圾车，配备倒车影像系统。
R 车型 = 8吨压缩式
Q 压缩式垃圾车 | 辆 | 3 | 10 | 40000
C 34144510
N HARD: vehicles; the reversing camera is a vehicle accessory
## OOS biandianzhan substation
T 10kV配电室改造工程
I 对院区配电室进行改造，更换变压器和高低压开关柜。
R 变压器 = 1250kVA干式变压器
Q 配电改造工程 | 项 | 1 | 1 | 280000
C 45310000
N HARD: electrical distribution works; not ICT
## OOS jianhuyi medical
T 监护仪采购项目
I 采购重症监护室病人监护仪及中央监护系统。
R 参数 = 心电、血氧、无创血压
Q 病人监护仪 | 台 | 20 | 60 | 5000
C 33195000
N HARD: medical devices are not in scope
## OOS jiaoxuelou works
T 教学楼维修改造工程
I 对教学楼外墙、屋面防水和卫生间进行维修改造。
R 工期 = 暑假期间完成
Q 维修改造工程 | 项 | 1 | 1 | 500000
C 45214200
N building works; nothing ICT is bought
## OOS bangong-jiaju furniture
T 办公家具采购项目
I 为新办公场所采购办公桌椅、文件柜和会议桌。
R 环保 = 符合国家环保标准E1级
Q 办公桌 | 张 | 80 | 200 | 250
Q 办公椅 | 把 | 80 | 200 | 120
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS wuye-baojie cleaning
T 物业保洁服务项目
I 为办公楼提供日常保洁、绿化养护和垃圾清运服务。
R 面积 = 约12000平方米
Q 物业保洁（每月） | 月 | 12 | 36 | 7000
C 90911200
X corp
N office cleaning and building services; nothing ICT is bought
## OOS shitang-shicai food
T 职工食堂食材配送服务
I 为职工食堂配送蔬菜、肉类、粮油等食材。
R 配送 = 每日早上七点前送达
Q 食材配送（年度预算） | 项 | 1 | 1 | 120000
C 15000000
X corp
N canteen food supplies; nothing ICT is bought
## OOS yuangong-tijian medical
T 员工年度健康体检服务
I 为约600名员工提供年度健康体检服务。
R 机构 = 二级以上医疗机构
Q 体检套餐 | 人 | 550 | 650 | 80
C 85100000
X corp
N staff health check-ups; nothing ICT is bought
## OOS daolu-gaizao roadworks
T 市政道路改造工程
I 对城区道路进行沥青罩面、人行道改造和交通标线施划。
R 路面 = AC-13C沥青混凝土
Q 沥青罩面 | 平方米 | 10000 | 40000 | 9
C 45233140
N road works; nothing ICT is bought
"""

POOLS["it"] = r"""
cur: EUR
money: {v} {cur}
num: de
date: {d} {mon} {y}
months: gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
ref: CIG {a}{n}
ref: Gara n. {n}/{y}
ref: Prot. {y}/{n}
list_sep: ", "
and: " e "
unit_pcs: pz
unit_month: mese
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Lotto {i}: {d} – {q} {u}
cols: N. | Descrizione | U.M. | Quantità | Prezzo unitario ({cur}) | Importo ({cur})
buyer: Comune di Bologna
buyer: Regione Piemonte
buyer: Azienda USL Toscana Centro
buyer: Università degli Studi di Padova
buyer: Città Metropolitana di Napoli
buyer: Comune di Trento
buyer: ASST Grande Ospedale Metropolitano Niguarda
seller: Sistemi Informativi Adriatici S.r.l.
seller: Reti e Servizi Lombardia S.p.A.
seller: Tecnocloud Sud S.r.l.
seller: Dolomiti Digitale S.r.l.
seller_gen: Servizi Integrati Emilia S.r.l.
seller_gen: Costruzioni Padane S.p.A.
seller_gen: Forniture Tirreno S.r.l.
person: dott.ssa Giulia Ferri, Ufficio Gare
person: ing. Marco Bellini, RUP
person: Francesca Conti, Servizio Acquisti
general: I prezzi si intendono IVA esclusa.
general: L'aggiudicazione avviene secondo il criterio dell'offerta economicamente più vantaggiosa.
general: Il pagamento avviene entro 30 giorni dal ricevimento della fattura elettronica.
general: Il fornitore nomina un responsabile del trattamento dei dati ai sensi del GDPR.
general: La consegna è franco destino presso le sedi indicate.
short: {title}\n{buyer}\n{intro}\nScadenza presentazione offerte: {deadline}.\n{extra}
short: Bando di gara – {title} ({buyer}). {intro} Offerte entro il {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Importo stimato {amount}.\n{extra}
notice: {buyer}\nBando di gara – {ref}\n\nOggetto: {title}\n\nDescrizione\n{intros}\n\nRequisiti principali\n{reqs}\n{extra}\n\nImporto a base d'asta: {amount} IVA esclusa\nProcedura: aperta\nTermine: {deadline}\nRUP: {person}
notice: AVVISO DI GARA: {title}\nStazione appaltante: {buyer}\nPubblicato il {date}\n\n{intros}\n\nL'appalto comprende:\n{reqs}\n\n{general}\n{extra}\n\nLa documentazione è disponibile sulla piattaforma telematica. Offerte entro il {deadline}.
rfq: {buyer}\nRichiesta di preventivo – {ref}\n{date}\n\nSi richiede un preventivo per {title_l}.\n{intro}\n\n{items}\n\nRequisiti:\n{reqs}\n{extra}\n\nSi prega di inviare l'offerta entro il {deadline}, indicando tempi di consegna e validità.\n{person}
rfq: RDO – {title}\nRiferimento {ref}\n\nQuantità:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nRisposte a {person} entro il {deadline}.
spec: {buyer}\nCapitolato tecnico – {title}\nGara {ref}\n\n1. Premessa\n{intros}\n\n2. Requisiti tecnici\n{reqs}\n{extra}\n\n3. Quantità\n{items}\n\n4. Condizioni generali\n{general}
spec: Specifiche tecniche: {title}\n{buyer}\n\nOggetto\n{intro}\n\nRequisiti minimi\n{reqs}\n{extra}\n\nCondizioni\n{general}
offer: {bidder}\nOfferta per {buyer}\nVs. rif.: {ref}   Data: {date}\n\nIn riscontro alla Vs. richiesta, siamo lieti di offrire {title_l}:\n\n{table}\n\nTotale IVA esclusa: {total}\n{extra}\n\nValidità dell'offerta: 90 giorni. Consegna: {n} settimane.\nCordiali saluti,\n{person}
offer: Offerta economica – {title}\nConcorrente: {bidder}\nA: {buyer}, {date}\n\nDettaglio prezzi\n{table}\n\nImporto complessivo offerto: {total}\n\n{extra}\n\nIl legale rappresentante di {bidder}
boq: Elenco prezzi – {title}\n{buyer} ({ref})\n{table}\nTotale: {total}\n{extra}
boq: {bidder} – listino per {buyer}\n{title}\n{table}\n{extra}\nPrezzi IVA esclusa.
calloff: Ordinativo di fornitura su accordo quadro {ref}\nAmministrazione: {buyer}\nFornitore: {bidder}\nData: {date}\n\nBeni e servizi ordinati:\n{items}\n\nImporto: {total}\n{extra}\nConsegna all'indirizzo indicato nell'ordine.
calloff: Appalto specifico nell'ambito dell'accordo quadro {ref} – {title}\n{buyer} invita gli operatori dell'accordo quadro a presentare offerta entro il {deadline}.\n\n{intro}\n\nFabbisogno:\n{items}\n{reqs}\n{extra}
email: Da: {person}\nA: {bidder}\nOggetto: Richiesta offerta – {title}\n\nBuongiorno,\n\npotete inviarci un'offerta per quanto segue, per conto di {buyer}?\n\n{items}\n\n{extra}\nLa consegna è richiesta entro il {deadline}.\n\nGrazie e cordiali saluti,\n{person}
email: Oggetto: R: {title}\nDa: ufficio commerciale, {bidder}\n\nBuongiorno,\n\ngrazie per la richiesta. Ecco i nostri prezzi:\n\n{table}\n\nTotale {total} IVA esclusa.\n{extra}\n\nCordiali saluti,\n{bidder}
award: Avviso di aggiudicazione\n{buyer} – {title} ({ref})\n\nAggiudicatario: {bidder}\nImporto di aggiudicazione: {amount}\nData di aggiudicazione: {date}\n\nFornitura:\n{lots}\n{extra}
award: ESITO DI GARA: {title}\n{buyer} ha aggiudicato l'appalto a {bidder} ({amount}).\n{lots}\n{extra}
equiv: Prodotto di riferimento: {x} o equivalente.
equiv: Si indica come riferimento {x} o prodotto con caratteristiche equivalenti.
incumbent: L'attuale fornitore, {x}, continuerà a erogare {what} fino all'avvio del nuovo contratto.
incumbent: Il contratto in essere con {x} per {what} è prorogato di dodici mesi nelle more della nuova gara.
cert: Dichiarazione sostitutiva: {bidder} dichiara che nessuno dei prodotti o servizi offerti è fabbricato o fornito da {vendors}, né da loro controllate.
cert: Dichiariamo di non fornire, nell'ambito del presente appalto, prodotti di {vendors}.
prohib: Non sono ammessi apparati dei produttori Huawei e ZTE.
prohib: Non saranno accettate telecamere o videoregistratori Hikvision o Dahua.
prohib: Le offerte contenenti prodotti Kaspersky saranno escluse.
incidental: Il sopralluogo inizia dal parcheggio di fronte agli uffici di Huawei; ritrovo alla reception alle ore 10.
incidental: Per il pernottamento i concorrenti possono utilizzare l'albergo accanto al centro di ricerca Huawei.
incidental: Nota: un articolo di giornale sulla chiusura di una sede ZTE è stato allegato per errore e non fa parte della documentazione di gara.
rx_buyer: Huawei Technologies Italia S.r.l. | huawei
rx_buyer: ZTE Italia S.r.l. | zte
rx_buyer: Hikvision Italy S.r.l. | hikvision

## ICT notebook-scuole computers
T Fornitura di notebook per le scuole
I Fornitura di notebook per studenti e docenti degli istituti superiori, con configurazione e consegna presso ogni istituto.
I I dispositivi sono registrati nella piattaforma di gestione prima della consegna.
R Processore = Intel Core i5 o AMD Ryzen 5 di ultima generazione
R Memoria = 16 GB RAM, SSD 256 GB
R Garanzia = Tre anni on-site
Q Notebook 14" | pz | 400 | 1500 | 640
Q Carrello di ricarica | pz | 10 | 40 | 1200
C 30213100
N laptops for schools (computers: in scope under the widened scope)
## ICT protocollo-saas saas
T Piattaforma di protocollo e gestione documentale in cloud
I Acquisizione di una piattaforma SaaS qualificata per protocollo informatico, gestione documentale e conservazione, con migrazione dei dati.
R Qualificazione = Servizio SaaS qualificato ACN
R Integrazioni = PagoPA, SPID e sistemi di conservazione
Q Canone annuale SaaS | pz | 3 | 3 | 60000
Q Migrazione e formazione | pz | 1 | 1 | 45000
C 48000000
N cloud document management platform (SaaS: in scope under the widened scope)
## ICT assistenza-sistemistica itops
T Servizio di assistenza sistemistica e help desk
I Servizio di help desk e assistenza sistemistica per circa 1.500 postazioni di lavoro e i server dell'ente.
R Orario = Dal lunedì al venerdì, 8–18
R Livelli di servizio = Presa in carico entro 30 minuti
Q Canone mensile del servizio | mese | 24 | 36 | 30000
Q Giornata tecnico on-site | pz | 50 | 200 | 300
C 72253000
N help desk and systems support (IT services: in scope under the widened scope)
## ICT telefonia-mobile mobile
T Servizi di telefonia mobile
I Servizi di telefonia mobile per 1.000 SIM voce e dati, con fornitura di smartphone.
R Copertura = 4G/5G su tutto il territorio regionale
R Tariffe = Traffico nazionale illimitato, pool dati
Q SIM voce e dati, canone mensile | mese | 900 | 1100 | 10
Q Smartphone | pz | 200 | 500 | 330
C 64212000
N mobile lines and smartphones (telecom services)
## ICT videosorveglianza cctv
T Impianto di videosorveglianza comunale
I Realizzazione di un impianto di videosorveglianza nelle piazze e nei parchi cittadini con centrale presso la Polizia Locale.
R Telecamere = IP 4 MP con IR
R Conservazione = Immagini conservate per 7 giorni
Q Telecamera IP 4 MP | pz | 30 | 90 | 450
Q Videoregistratore di rete | pz | 2 | 6 | 2000
C 35125300
N video surveillance (IP cameras)
## ICT rete-lan network
T Rinnovo apparati di rete LAN e Wi-Fi
I Sostituzione degli switch di accesso e degli access point negli edifici comunali.
R Switch = 48 porte PoE+, uplink 10G
R Wi-Fi = Wi-Fi 6, gestione centralizzata
Q Switch 48 porte | pz | 20 | 60 | 2700
Q Access point Wi-Fi 6 | pz | 80 | 200 | 520
C 32420000
N network switches and Wi-Fi
## ICT sicurezza-endpoint security
T Licenze di sicurezza endpoint e servizio SOC
I Licenze EDR per 2.500 postazioni e server, con servizio di monitoraggio SOC 24/7.
R Copertura = Windows, macOS e Linux
R SOC = Monitoraggio continuo con risposta agli incidenti
Q Licenza EDR annuale | pz | 2300 | 2700 | 40
Q Servizio SOC mensile | mese | 36 | 36 | 7000
C 48761000
N EDR and SOC service (security software and services)
//
// ------------------------------------------------------------------ OOS
## OOS stampanti print
T Noleggio di multifunzione e servizio di stampa gestita
I Noleggio di 200 apparecchiature multifunzione con assistenza e materiali di consumo.
R Apparecchiature = A3 colore, stampa sicura con badge
Q Canone mensile per apparecchiatura | mese | 190 | 210 | 80
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS consulenza-organizzativa consult
T Servizi di consulenza organizzativa
I Supporto alla riorganizzazione degli uffici, senza fornitura di sistemi informatici.
R Prodotti = Analisi, piano di riorganizzazione, formazione dei dirigenti
Q Giornata di consulenza | pz | 40 | 100 | 900
C 79411000
N HARD: advice only, no ICT delivered
## OOS vigilanza guard
T Servizio di vigilanza armata
I Vigilanza armata presso la sede comunale e ronde notturne; le guardie sono dotate di radio fornite dall'istituto di vigilanza.
R Personale = Guardie particolari giurate
Q Ora di vigilanza | pz | 6000 | 9000 | 24
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS mezzi-raccolta vehicles
T Fornitura di autocompattatori
I Fornitura di autocompattatori per la raccolta dei rifiuti con telecamera di retromarcia.
R Alimentazione = Metano
Q Autocompattatore | pz | 2 | 6 | 210000
C 34144510
N HARD: vehicles; the reversing camera is a vehicle accessory
## OOS ristrutturazione-scuola works
T Lavori di ristrutturazione della scuola primaria
I Lavori di adeguamento sismico e rifacimento della copertura della scuola primaria.
R Durata = 300 giorni
Q Lavori a corpo | pz | 1 | 1 | 1600000
C 45214200
N building works; nothing ICT is bought
## OOS mensa-scolastica food
T Servizio di ristorazione scolastica
I Servizio di mensa per le scuole dell'infanzia e primarie del comune.
R Qualità = Prodotti biologici e a km zero
Q Pasto | pz | 150000 | 300000 | 4.8
C 55523100
N school catering; nothing ICT is bought
## OOS arredi-ufficio furniture
T Fornitura di arredi per ufficio
I Fornitura e montaggio di scrivanie, sedute e armadi per una nuova sede di uffici.
R Sedute = UNI EN 1335
Q Scrivania operativa | pz | 60 | 140 | 380
Q Seduta operativa | pz | 60 | 140 | 230
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS pulizie-uffici cleaning
T Servizio di pulizia degli uffici
I Pulizia giornaliera degli uffici e delle aree comuni di una sede aziendale di circa 2.000 m².
R Prodotti = Conformi ai CAM
Q Canone mensile | mese | 24 | 36 | 3500
C 90911200
X corp
N office cleaning; nothing ICT is bought
"""

POOLS["nl"] = r"""
cur: EUR
money: {cur} {v}
num: de
date: {d} {mon} {y}
months: januari februari maart april mei juni juli augustus september oktober november december
ref: {y}-{n}
ref: Kenmerk {a}/{y}/{n}
ref: TenderNed {n}{a}
list_sep: ", "
and: " en "
unit_pcs: st.
unit_month: maand
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Perceel {i}: {d} – {q} {u}
cols: Nr. | Omschrijving | Eenheid | Aantal | Prijs per eenheid ({cur}) | Totaal ({cur})
buyer: Gemeente Utrecht
buyer: Provincie Gelderland
buyer: Rijkswaterstaat
buyer: Universiteit Twente
buyer: Gemeente Eindhoven
buyer: Stad Gent
buyer: Erasmus MC
seller: Lowlands ICT B.V.
seller: Polder Netwerken B.V.
seller: Brabant Cloud Services B.V.
seller: Schelde Digitaal NV
seller_gen: Van den Berg Facilitair B.V.
seller_gen: Bouwbedrijf De Zuidas B.V.
seller_gen: Hollandse Leveranciers B.V.
person: Annelies de Vries, inkoopadviseur
person: Joris van Dijk, categoriemanager ICT
person: Fatima El Amrani, contractmanager
general: Alle prijzen zijn exclusief btw.
general: De Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT) zijn van toepassing.
general: Betaling binnen 30 dagen na ontvangst van een correcte factuur.
general: Gunning op basis van de beste prijs-kwaliteitverhouding.
general: Levering franco op de opgegeven locaties.
short: {title}\n{buyer}\n{intro}\nSluitingsdatum inschrijving: {deadline}.\n{extra}
short: Aankondiging opdracht – {title} ({buyer}). {intro} Inschrijven tot {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Geraamde waarde {amount}.\n{extra}
notice: {buyer}\nAankondiging van een opdracht – {ref}\n\nTitel: {title}\n\nBeschrijving\n{intros}\n\nBelangrijkste eisen\n{reqs}\n{extra}\n\nGeraamde waarde: {amount} excl. btw\nProcedure: openbaar\nSluitingstermijn: {deadline}\nContactpersoon: {person}
notice: AANBESTEDING: {title}\nAanbestedende dienst: {buyer}\nGepubliceerd op {date}\n\n{intros}\n\nDe opdracht omvat:\n{reqs}\n\n{general}\n{extra}\n\nDe aanbestedingsstukken staan op TenderNed. Inschrijvingen vóór {deadline}.
rfq: {buyer}\nOfferteaanvraag – {ref}\n{date}\n\nGraag ontvangen wij een offerte voor {title_l}.\n{intro}\n\n{items}\n\nEisen:\n{reqs}\n{extra}\n\nWij ontvangen uw offerte graag vóór {deadline}, met levertijd en geldigheidsduur.\n{person}
rfq: OFFERTEAANVRAAG – {title}\nKenmerk {ref}\n\nAantallen:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nReacties naar {person} vóór {deadline}.
spec: {buyer}\nProgramma van eisen – {title}\n{ref}\n\n1. Achtergrond\n{intros}\n\n2. Eisen\n{reqs}\n{extra}\n\n3. Aantallen\n{items}\n\n4. Overige voorwaarden\n{general}
spec: Beschrijvend document: {title}\n{buyer}\n\nDoel\n{intro}\n\nKnock-outcriteria\n{reqs}\n{extra}\n\nVoorwaarden\n{general}
offer: {bidder}\nOfferte voor {buyer}\nUw kenmerk: {ref}   Datum: {date}\n\nNaar aanleiding van uw aanvraag bieden wij u graag {title_l} aan:\n\n{table}\n\nTotaal excl. btw: {total}\n{extra}\n\nDeze offerte is 60 dagen geldig. Levertijd: {n} weken.\nMet vriendelijke groet,\n{person}
offer: Inschrijving – {title}\nInschrijver: {bidder}\nAan: {buyer}, {date}\n\nPrijzenblad\n{table}\n\nTotale inschrijvingssom: {total}\n\n{extra}\n\nNamens {bidder}, de tekenbevoegde
boq: Prijzenblad – {title}\n{buyer} ({ref})\n{table}\nTotaal: {total}\n{extra}
boq: {bidder} – prijslijst voor {buyer}\n{title}\n{table}\n{extra}\nPrijzen excl. btw.
calloff: Nadere opdracht onder raamovereenkomst {ref}\nOpdrachtgever: {buyer}\nLeverancier: {bidder}\nDatum: {date}\n\nBesteld:\n{items}\n\nOrderwaarde: {total}\n{extra}\nLevering op het adres in de bestelling.
calloff: Minicompetitie binnen raamovereenkomst {ref} – {title}\n{buyer} nodigt de raamcontractanten uit om vóór {deadline} een aanbieding te doen.\n\n{intro}\n\nBehoefte:\n{items}\n{reqs}\n{extra}
email: Van: {person}\nAan: {bidder}\nOnderwerp: Prijsaanvraag {title}\n\nBeste,\n\nKunnen jullie een prijs geven voor het volgende, voor {buyer}?\n\n{items}\n\n{extra}\nWe hebben het nodig vóór {deadline}.\n\nGroet,\n{person}
email: Onderwerp: RE: {title}\nVan: accountmanager, {bidder}\n\nBeste,\n\nDank voor uw aanvraag. Onze prijzen:\n\n{table}\n\nTotaal {total} excl. btw.\n{extra}\n\nMet vriendelijke groet,\n{bidder}
award: Aankondiging van gegunde opdracht\n{buyer} – {title} ({ref})\n\nGegund aan: {bidder}\nWaarde van de opdracht: {amount}\nDatum gunning: {date}\n\nGeleverd:\n{lots}\n{extra}
award: GUNNING: {title}\n{buyer} heeft de opdracht gegund aan {bidder} ({amount}).\n{lots}\n{extra}
equiv: Referentieproduct: {x} of gelijkwaardig.
equiv: Uitgangspunt is {x} of een gelijkwaardig product.
incumbent: De huidige leverancier, {x}, blijft {what} leveren tot het nieuwe contract ingaat.
incumbent: Het lopende contract met {x} voor {what} wordt met twaalf maanden verlengd zolang de nieuwe aanbesteding loopt.
cert: Eigen verklaring: {bidder} verklaart dat geen van de aangeboden producten of diensten is geproduceerd of geleverd door {vendors} of hun dochterondernemingen.
cert: Wij verklaren dat wij onder deze overeenkomst geen producten van {vendors} leveren.
prohib: Apparatuur van Huawei of ZTE wordt niet geaccepteerd.
prohib: Camera's en recorders van Hikvision of Dahua zijn uitgesloten.
prohib: Inschrijvingen met producten van Kaspersky worden terzijde gelegd.
incidental: Het locatiebezoek start op het parkeerterrein tegenover het kantoor van Huawei; verzamelen bij de receptie om 10.00 uur.
incidental: Inschrijvers kunnen overnachten in het hotel naast de Huawei-campus.
incidental: Let op: een krantenartikel over de sluiting van een ZTE-vestiging is per vergissing bijgevoegd en maakt geen deel uit van de aanbestedingsstukken.
rx_buyer: Huawei Technologies Nederland B.V. | huawei
rx_buyer: ZTE Netherlands B.V. | zte
rx_buyer: China Mobile International (Netherlands) B.V. | china_mobile

## ICT laptops-ambtenaren computers
T Laptops en dockingstations voor medewerkers
I Levering van laptops met dockingstations voor het hybride werken van de gemeentelijke medewerkers, inclusief voorbereiding en uitrol.
R Processor = Intel Core Ultra 5 of gelijkwaardig
R Geheugen = 16 GB, SSD 512 GB
R Garantie = Vier jaar on-site
Q Laptop 14 inch | st. | 300 | 1200 | 950
Q Dockingstation USB-C | st. | 300 | 1200 | 180
C 30213100
N laptops for staff (computers: in scope under the widened scope)
## ICT zaaksysteem saas
T Zaaksysteem als SaaS-dienst
I Aanschaf van een zaakgericht werken-systeem als clouddienst, inclusief implementatie, koppelingen en migratie.
R Standaarden = Common Ground, ZGW API's
R Hosting = Datacenters in de EU, ISO 27001, BIO-conform
Q SaaS-abonnement per jaar | st. | 3 | 4 | 90000
Q Implementatie en migratie | st. | 1 | 1 | 120000
C 48000000
N case management SaaS (software/SaaS: in scope under the widened scope)
## ICT werkplekbeheer itops
T Werkplekbeheer en servicedesk
I Beheer van circa 1.800 werkplekken en een servicedesk voor alle medewerkers.
R Servicedesk = Bereikbaar op werkdagen van 7.30 tot 18.00 uur
R Beheer = Patchmanagement, software-uitrol en hardwarevervanging
Q Beheer per maand | maand | 36 | 48 | 36000
C 72253000
N workplace management and service desk (IT services: in scope under the widened scope)
## ICT mobiele-telefonie mobile
T Mobiele telefonie en data
I Mobiele abonnementen voor 1.400 medewerkers, inclusief smartphones en een beheerportaal.
R Dekning = 4G/5G dekking, ook in de polders
R Bundels = Onbeperkt bellen, gedeelde databundel
Q Abonnement per maand | maand | 1300 | 1500 | 12
Q Smartphone | st. | 300 | 700 | 380
C 64212000
N mobile subscriptions and smartphones (telecom services)
## ICT camerabewaking cctv
T Cameratoezicht in uitgaansgebieden
I Plaatsing en beheer van IP-camera's in het uitgaansgebied en op stationspleinen, met aansluiting op de meldkamer.
R Camera's = IP-camera's 4K met wide dynamic range
R Opslag = Bewaartermijn 28 dagen
Q IP-camera 4K | st. | 20 | 60 | 900
Q Netwerkvideorecorder | st. | 2 | 4 | 3000
C 35125300
N video surveillance (IP cameras)
## ICT datacenter-hosting hosting
T Hosting van applicaties en infrastructuur
I Hosting en beheer van de applicaties van de organisatie in een extern datacenter of publieke cloud.
R Locatie = Uitsluitend in Nederland of de EU
R Beheer = 24x7 monitoring, back-up en uitwijk
Q Hosting per maand | maand | 36 | 48 | 22000
Q Migratie | st. | 1 | 1 | 90000
C 72415000
N hosting and managed infrastructure (hosting: in scope)
//
// ------------------------------------------------------------------ OOS
## OOS printdiensten print
T Multifunctionals en printdiensten
I Huur en onderhoud van 150 multifunctionals met veilig printen via de personeelspas.
R Apparaten = A3 kleur, 40 pagina's per minuut
Q Huur per apparaat per maand | maand | 140 | 160 | 90
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS raadzaal-av av
T Audiovisuele middelen voor de raadzaal
I Vervanging van het conferentiesysteem, de geluidsinstallatie en de schermen in de raadzaal.
R Microfoons = 45 delegatieposten
Q Delegatiepost | st. | 45 | 50 | 520
Q Scherm 86 inch | st. | 2 | 2 | 3000
N HARD: audio-visual equipment without network cameras or radio
## OOS beveiliging guard
T Beveiligingsdiensten
I Objectbeveiliging van het stadhuis en surveillance langs 25 gemeentelijke panden; beveiligers dragen portofoons van de beveiligingsorganisatie.
R Personeel = Diploma Beveiliger 2
Q Uur objectbeveiliging | st. | 5000 | 9000 | 34
C 79713000
N HARD: guard services; the portable radios are the guards' tools
## OOS inhuur-personeel staffing
T Inhuur van tijdelijk personeel
I Inhuur van tijdelijk administratief en secretarieel personeel op afroep.
R Beschikbaarheid = Binnen 48 uur inzetbaar
Q Uurtarief administratief medewerker | st. | 4000 | 12000 | 42
C 79620000
N HARD: staffing with no ICT delivered
## OOS onderhoud-wegen roadworks
T Groot onderhoud wegen
I Vervangen van asfaltdeklagen en herstellen van fietspaden.
R Asfalt = Geluidsreducerend dunne deklaag
Q Deklaag vervangen | m2 | 10000 | 40000 | 19
C 45233140
N road works; nothing ICT is bought
## OOS catering food
T Catering en bedrijfsrestaurant
I Exploitatie van het bedrijfsrestaurant en vergadercatering voor circa 500 medewerkers.
R Aanbod = Gezond en duurzaam assortiment
Q Exploitatievergoeding per maand | maand | 24 | 36 | 8000
C 55520000
X corp
N staff restaurant catering; nothing ICT is bought
## OOS kantoormeubilair furniture
T Kantoormeubilair
I Levering en montage van bureaus, bureaustoelen en kasten voor een nieuwe kantoorverdieping.
R Stoelen = NEN-EN 1335
Q Zit-sta-bureau | st. | 60 | 150 | 500
Q Bureaustoel | st. | 60 | 150 | 300
C 39130000
X corp
N office furniture; nothing ICT is bought
"""

POOLS["pl"] = r"""
cur: PLN
money: {v} {cur}
num: sp
date: {d} {mon} {y} r.
months: stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
ref: ZP.{a}.{n}.{y}
ref: Znak sprawy: {n}/{y}
ref: BZP {y}/{n}
list_sep: ", "
and: " i "
unit_pcs: szt.
unit_month: mies.
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Część {i}: {d} – {q} {u}
cols: Lp. | Opis | J.m. | Ilość | Cena jedn. netto ({cur}) | Wartość netto ({cur})
buyer: Urząd Miasta Krakowa
buyer: Gmina Miejska Gdańsk
buyer: Uniwersytet Wrocławski
buyer: Województwo Mazowieckie
buyer: Szpital Uniwersytecki w Poznaniu
buyer: Powiat Olsztyński
buyer: Zarząd Dróg Miejskich w Łodzi
seller: Infotech Polska Sp. z o.o.
seller: Sieci Bałtyk Sp. z o.o.
seller: Chmura Śląsk S.A.
seller: Mazowieckie Centrum Informatyki Sp. z o.o.
seller_gen: Usługi Komunalne Wisła Sp. z o.o.
seller_gen: Budowlani Pomorza Sp. z o.o.
seller_gen: Zaopatrzenie Karpaty Sp. z o.o.
person: Anna Kowalska, Biuro Zamówień Publicznych
person: Piotr Wiśniewski, kierownik działu IT
person: Katarzyna Zielińska, specjalista ds. zamówień
general: Ceny należy podać w kwocie netto i brutto.
general: Kryteria oceny ofert: cena 60%, jakość 40%.
general: Płatność w terminie 30 dni od doręczenia prawidłowej faktury.
general: Wykonawca zawrze umowę powierzenia przetwarzania danych osobowych.
general: Dostawa na koszt wykonawcy do siedziby zamawiającego.
short: {title}\n{buyer}\n{intro}\nTermin składania ofert: {deadline}.\n{extra}
short: Ogłoszenie o zamówieniu – {title} ({buyer}). {intro} Oferty do {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Wartość szacunkowa {amount}.\n{extra}
notice: {buyer}\nOgłoszenie o zamówieniu – {ref}\n\nNazwa zamówienia: {title}\n\nOpis przedmiotu zamówienia\n{intros}\n\nNajważniejsze wymagania\n{reqs}\n{extra}\n\nWartość szacunkowa: {amount} netto\nTryb: przetarg nieograniczony\nTermin składania ofert: {deadline}\nKontakt: {person}
notice: PRZETARG: {title}\nZamawiający: {buyer}\nData publikacji: {date}\n\n{intros}\n\nZamówienie obejmuje:\n{reqs}\n\n{general}\n{extra}\n\nSWZ dostępna na platformie zakupowej. Oferty do {deadline}.
rfq: {buyer}\nZapytanie ofertowe – {ref}\n{date}\n\nZwracamy się z prośbą o przedstawienie oferty na {title_l}.\n{intro}\n\n{items}\n\nWymagania:\n{reqs}\n{extra}\n\nOfertę prosimy przesłać do {deadline}, podając termin dostawy i ważność oferty.\n{person}
rfq: ZAPYTANIE CENOWE – {title}\nZnak {ref}\n\nIlości:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nOdpowiedzi do {person} do {deadline}.
spec: {buyer}\nOpis przedmiotu zamówienia – {title}\n{ref}\n\n1. Informacje ogólne\n{intros}\n\n2. Wymagania techniczne\n{reqs}\n{extra}\n\n3. Ilości\n{items}\n\n4. Warunki ogólne\n{general}
spec: Specyfikacja techniczna: {title}\n{buyer}\n\nCel\n{intro}\n\nWymagania minimalne\n{reqs}\n{extra}\n\nWarunki\n{general}
offer: {bidder}\nOferta dla {buyer}\nDot.: {ref}   Data: {date}\n\nW odpowiedzi na zapytanie przedstawiamy ofertę na {title_l}:\n\n{table}\n\nRazem netto: {total}\n{extra}\n\nOferta ważna 60 dni. Termin dostawy: {n} tygodni.\nZ poważaniem,\n{person}
offer: Formularz ofertowy – {title}\nWykonawca: {bidder}\nZamawiający: {buyer}, {date}\n\nFormularz cenowy\n{table}\n\nŁączna cena oferty: {total}\n\n{extra}\n\nPodpis osoby upoważnionej do reprezentowania {bidder}
boq: Formularz cenowy – {title}\n{buyer} ({ref})\n{table}\nRazem: {total}\n{extra}
boq: {bidder} – cennik dla {buyer}\n{title}\n{table}\n{extra}\nCeny netto.
calloff: Zamówienie wykonawcze do umowy ramowej {ref}\nZamawiający: {buyer}\nWykonawca: {bidder}\nData: {date}\n\nZamawiane dostawy i usługi:\n{items}\n\nWartość: {total}\n{extra}\nDostawa na adres wskazany w zamówieniu.
calloff: Zaproszenie do złożenia oferty w ramach umowy ramowej {ref} – {title}\n{buyer} zaprasza wykonawców do złożenia ofert do {deadline}.\n\n{intro}\n\nZapotrzebowanie:\n{items}\n{reqs}\n{extra}
email: Od: {person}\nDo: {bidder}\nTemat: Prośba o wycenę – {title}\n\nDzień dobry,\n\nprosimy o wycenę poniższych pozycji dla {buyer}:\n\n{items}\n\n{extra}\nTermin dostawy: do {deadline}.\n\nPozdrawiam,\n{person}
email: Temat: Odp: {title}\nOd: dział handlowy, {bidder}\n\nDzień dobry,\n\ndziękujemy za zapytanie. Nasze ceny:\n\n{table}\n\nRazem {total} netto.\n{extra}\n\nZ poważaniem,\n{bidder}
award: Ogłoszenie o udzieleniu zamówienia\n{buyer} – {title} ({ref})\n\nWykonawca: {bidder}\nWartość umowy: {amount}\nData udzielenia zamówienia: {date}\n\nPrzedmiot dostawy:\n{lots}\n{extra}
award: WYBÓR OFERTY: {title}\n{buyer} udzielił zamówienia firmie {bidder} ({amount}).\n{lots}\n{extra}
equiv: Produkt referencyjny: {x} lub równoważny.
equiv: Wzorcowo: {x} lub produkt o parametrach nie gorszych.
incumbent: Obecny wykonawca, {x}, będzie nadal świadczył {what} do czasu rozpoczęcia nowej umowy.
incumbent: Obowiązująca umowa z {x} na {what} zostaje przedłużona o dwanaście miesięcy na czas nowego postępowania.
cert: Oświadczenie: {bidder} oświadcza, że żaden z oferowanych produktów ani usług nie jest wytwarzany ani świadczony przez {vendors} ani ich spółki zależne.
cert: Oświadczamy, że w ramach niniejszej umowy nie dostarczamy produktów {vendors}.
prohib: Nie dopuszcza się urządzeń producentów Huawei i ZTE.
prohib: Kamery i rejestratory Hikvision lub Dahua nie będą akceptowane.
prohib: Oferty zawierające oprogramowanie Kaspersky zostaną odrzucone.
incidental: Wizja lokalna rozpocznie się na parkingu naprzeciwko biura Huawei; zbiórka w recepcji o godz. 10:00.
incidental: Wykonawcy z innych miast mogą skorzystać z hotelu obok kampusu Huawei.
incidental: Uwaga: artykuł prasowy o zamknięciu biura ZTE został dołączony omyłkowo i nie stanowi części SWZ.
rx_buyer: Huawei Polska Sp. z o.o. | huawei
rx_buyer: ZTE Poland Sp. z o.o. | zte
rx_buyer: China Telecom (Europe) Ltd, oddział w Polsce | china_telecom

## ICT laptopy-szkoly computers
T Dostawa laptopów dla szkół
I Dostawa laptopów dla uczniów i nauczycieli szkół podstawowych wraz z konfiguracją i oznakowaniem.
R Procesor = Intel Core i5 lub AMD Ryzen 5 najnowszej generacji
R Pamięć = 16 GB RAM, SSD 256 GB
R Gwarancja = 36 miesięcy w miejscu użytkowania
Q Laptop 14" | szt. | 300 | 1200 | 600
Q Szafa do ładowania | szt. | 10 | 40 | 1100
C 30213100
N laptops for schools (computers: in scope under the widened scope)
## ICT system-ezd saas
T System elektronicznego zarządzania dokumentacją w chmurze
I Wdrożenie systemu EZD w modelu SaaS wraz z migracją danych i szkoleniami.
R Hosting = Centra danych w UE
R Integracje = ePUAP, system kadrowy
Q Abonament roczny | szt. | 3 | 3 | 40000
Q Wdrożenie i migracja | szt. | 1 | 1 | 60000
C 48000000
N document management SaaS (software: in scope under the widened scope)
## ICT obsluga-informatyczna itops
T Obsługa informatyczna urzędu
I Kompleksowa obsługa informatyczna: helpdesk, administracja serwerami i wsparcie stanowisk pracy.
R Helpdesk = Dni robocze 7:30–15:30
R Czas reakcji = Awaria krytyczna: 2 godziny
Q Ryczałt miesięczny | mies. | 24 | 36 | 14000
C 72253000
N IT support and helpdesk (IT services: in scope under the widened scope)
## ICT telefonia-komorkowa mobile
T Usługi telefonii komórkowej
I Świadczenie usług telefonii komórkowej dla 600 numerów wraz z dostawą smartfonów.
R Zasięg = 4G/5G na terenie województwa
R Taryfa = Nielimitowane rozmowy, wspólny pakiet danych
Q Abonament miesięczny | mies. | 550 | 650 | 9
Q Smartfon | szt. | 100 | 300 | 310
C 64212000
N mobile telephony and smartphones (telecom services)
## ICT monitoring-miejski cctv
T Rozbudowa systemu monitoringu miejskiego
I Rozbudowa monitoringu wizyjnego o nowe kamery IP na skrzyżowaniach i w parkach.
R Kamery = IP 4 MP z IR
R Archiwizacja = 30 dni
Q Kamera IP 4 MP | szt. | 20 | 80 | 420
Q Rejestrator sieciowy | szt. | 2 | 6 | 1900
C 35125300
N video surveillance (IP cameras)
## ICT siec-lan network
T Modernizacja sieci LAN i Wi-Fi
I Wymiana przełączników dostępowych i punktów dostępowych w budynkach uczelni.
R Przełączniki = 48 portów PoE+, uplink 10G
R Wi-Fi = Wi-Fi 6
Q Przełącznik 48 portów | szt. | 20 | 60 | 2600
Q Punkt dostępowy Wi-Fi 6 | szt. | 80 | 250 | 480
C 32420000
N network switches and Wi-Fi
## ICT ochrona-stacji security
T Oprogramowanie antywirusowe i EDR
I Zakup licencji EDR na 1 200 stanowisk i serwerów na 36 miesięcy.
R Funkcje = Ochrona przed ransomware, izolacja stacji
Q Licencja EDR na 36 miesięcy | szt. | 1100 | 1300 | 70
C 48761000
N antivirus/EDR licences (security software)
//
// ------------------------------------------------------------------ OOS
## OOS urzadzenia-drukujace print
T Dzierżawa urządzeń wielofunkcyjnych
I Dzierżawa 90 urządzeń wielofunkcyjnych z serwisem i materiałami eksploatacyjnymi.
R Urządzenia = A3 kolor, wydruk podążający na kartę
Q Dzierżawa miesięczna urządzenia | mies. | 80 | 100 | 70
C 30120000
N HARD: copiers and managed print are not in scope
## OOS szkolenia-kadr training
T Szkolenia dla kadry kierowniczej
I Szkolenia stacjonarne z zarządzania zespołem dla 80 kierowników.
R Forma = Warsztaty dwudniowe, grupy do 12 osób
Q Dzień szkoleniowy | szt. | 10 | 30 | 1300
C 80500000
N HARD: training with no ICT delivered
## OOS ochrona-fizyczna guard
T Usługa ochrony fizycznej obiektów
I Ochrona budynku urzędu i patrole interwencyjne; pracownicy ochrony wyposażeni w radiotelefony wykonawcy.
R Personel = Kwalifikowani pracownicy ochrony
Q Roboczogodzina ochrony | szt. | 6000 | 9000 | 8
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS smieciarki vehicles
T Dostawa śmieciarek
I Dostawa śmieciarek z kamerą cofania i monitorem w kabinie.
R Napęd = Euro VI
Q Śmieciarka | szt. | 2 | 5 | 220000
C 34144510
N HARD: vehicles; the camera is a vehicle accessory
## OOS termomodernizacja works
T Termomodernizacja budynku szkoły
I Docieplenie ścian, wymiana okien i modernizacja kotłowni w budynku szkoły.
R Okna = Współczynnik U nie większy niż 0,9
Q Roboty budowlane | szt. | 1 | 1 | 700000
C 45214200
N building works; nothing ICT is bought
## OOS meble-biurowe furniture
T Dostawa mebli biurowych
I Dostawa i montaż biurek, krzeseł i szaf do nowej siedziby biura.
R Krzesła = PN-EN 1335
Q Biurko | szt. | 40 | 120 | 320
Q Krzesło obrotowe | szt. | 40 | 120 | 190
C 39130000
X corp
N office furniture; nothing ICT is bought
## OOS catering-pracowniczy food
T Catering dla pracowników i spotkań
I Prowadzenie stołówki pracowniczej oraz catering na spotkania dla około 300 osób.
R Menu = Codziennie dwa dania, w tym wegetariańskie
Q Ryczałt miesięczny | mies. | 12 | 24 | 5000
C 55520000
X corp
N staff catering; nothing ICT is bought
"""

POOLS["sv"] = r"""
cur: SEK
money: {v} {cur}
num: sp
date: {d} {mon} {y}
months: januari februari mars april maj juni juli augusti september oktober november december
ref: Dnr {y}/{n}
ref: Upphandling {a}-{n}
ref: KS {y}-{n}
list_sep: ", "
and: " och "
unit_pcs: st
unit_month: mån
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Anbudsområde {i}: {d} – {q} {u}
cols: Pos | Beskrivning | Enhet | Antal | À-pris ({cur}) | Summa ({cur})
buyer: Göteborgs Stad
buyer: Region Skåne
buyer: Uppsala universitet
buyer: Trafikverket
buyer: Umeå kommun
buyer: Region Västerbotten
buyer: Norrköpings kommun
seller: Mälardalens IT AB
seller: Norrnät Kommunikation AB
seller: Västkust Molntjänster AB
seller: Skånes Datakonsult AB
seller_gen: Norrlands Fastighetsservice AB
seller_gen: Byggkompaniet Väst AB
seller_gen: Svea Leveranser AB
person: Emma Lindqvist, upphandlare
person: Johan Bergström, IT-strateg
person: Sara Nilsson, inköpssamordnare
general: Alla priser anges exklusive moms.
general: Tilldelning sker utifrån bästa förhållandet mellan pris och kvalitet.
general: Betalning sker 30 dagar efter godkänd faktura.
general: Leverantören ska teckna personuppgiftsbiträdesavtal.
general: Leverans fritt levererat till angiven adress.
short: {title}\n{buyer}\n{intro}\nSista anbudsdag: {deadline}.\n{extra}
short: Annons – {title} ({buyer}). {intro} Anbud senast {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Uppskattat värde {amount}.\n{extra}
notice: {buyer}\nUpphandlingsannons – {ref}\n\nBenämning: {title}\n\nBeskrivning\n{intros}\n\nViktigaste krav\n{reqs}\n{extra}\n\nUppskattat värde: {amount} exkl. moms\nFörfarande: öppet förfarande\nSista anbudsdag: {deadline}\nKontakt: {person}
notice: UPPHANDLING: {title}\nUpphandlande myndighet: {buyer}\nPublicerad {date}\n\n{intros}\n\nUppdraget omfattar:\n{reqs}\n\n{general}\n{extra}\n\nUpphandlingsdokumenten finns i upphandlingsverktyget. Anbud senast {deadline}.
rfq: {buyer}\nPrisförfrågan – {ref}\n{date}\n\nVi ber om offert på {title_l}.\n{intro}\n\n{items}\n\nKrav:\n{reqs}\n{extra}\n\nSkicka offerten senast {deadline} med leveranstid och giltighetstid.\n{person}
rfq: PRISFÖRFRÅGAN – {title}\nReferens {ref}\n\nAntal:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nSvar till {person} senast {deadline}.
spec: {buyer}\nKravspecifikation – {title}\n{ref}\n\n1. Bakgrund\n{intros}\n\n2. Krav\n{reqs}\n{extra}\n\n3. Volymer\n{items}\n\n4. Övriga villkor\n{general}
spec: Teknisk specifikation: {title}\n{buyer}\n\nSyfte\n{intro}\n\nSkallkrav\n{reqs}\n{extra}\n\nVillkor\n{general}
offer: {bidder}\nOffert till {buyer}\nEr referens: {ref}   Datum: {date}\n\nTack för er förfrågan. Vi offererar {title_l} enligt nedan:\n\n{table}\n\nSumma exkl. moms: {total}\n{extra}\n\nOfferten gäller i 60 dagar. Leveranstid {n} veckor.\nMed vänliga hälsningar\n{person}
offer: Anbud – {title}\nAnbudsgivare: {bidder}\nTill: {buyer}, {date}\n\nPrisbilaga\n{table}\n\nTotalt anbudspris: {total}\n\n{extra}\n\nUndertecknat för {bidder}
boq: Prisbilaga – {title}\n{buyer} ({ref})\n{table}\nSumma: {total}\n{extra}
boq: {bidder} – prislista för {buyer}\n{title}\n{table}\n{extra}\nPriser exkl. moms.
calloff: Avrop från ramavtal {ref}\nBeställare: {buyer}\nLeverantör: {bidder}\nDatum: {date}\n\nAvropet omfattar:\n{items}\n\nAvropets värde: {total}\n{extra}\nLeverans till adressen i beställningen.
calloff: Förnyad konkurrensutsättning inom ramavtal {ref} – {title}\n{buyer} inbjuder ramavtalsleverantörerna att lämna avropssvar senast {deadline}.\n\n{intro}\n\nBehov:\n{items}\n{reqs}\n{extra}
email: Från: {person}\nTill: {bidder}\nÄmne: Prisförfrågan {title}\n\nHej,\n\nKan ni lämna pris på följande till {buyer}?\n\n{items}\n\n{extra}\nVi behöver leverans senast {deadline}.\n\nMvh\n{person}
email: Ämne: SV: {title}\nFrån: säljavdelningen, {bidder}\n\nHej,\n\nTack för förfrågan. Här är våra priser:\n\n{table}\n\nTotalt {total} exkl. moms.\n{extra}\n\nVänliga hälsningar\n{bidder}
award: Tilldelningsbeslut\n{buyer} – {title} ({ref})\n\nTilldelad leverantör: {bidder}\nKontraktsvärde: {amount}\nBeslutsdatum: {date}\n\nLevererat:\n{lots}\n{extra}
award: TILLDELNING: {title}\n{buyer} har tilldelat kontraktet till {bidder} ({amount}).\n{lots}\n{extra}
equiv: Referensprodukt: {x} eller likvärdig.
equiv: Lösningen ska utgå från {x} eller likvärdigt.
incumbent: Nuvarande leverantör, {x}, fortsätter att leverera {what} tills det nya avtalet börjar gälla.
incumbent: Befintligt avtal med {x} om {what} förlängs med tolv månader under den nya upphandlingen.
cert: Sanningsförsäkran: {bidder} intygar att ingen av de erbjudna produkterna eller tjänsterna är tillverkad eller levererad av {vendors} eller deras dotterbolag.
cert: Vi intygar att vi inte levererar produkter från {vendors} inom detta avtal.
prohib: Utrustning från Huawei och ZTE accepteras inte.
prohib: Kameror och inspelningsenheter från Hikvision eller Dahua godtas inte.
prohib: Anbud som innehåller produkter från Kaspersky kommer att förkastas.
incidental: Platsbesöket startar på parkeringen mittemot Huawei-kontoret i Kista; samling i receptionen kl. 10.00.
incidental: Anbudsgivare som behöver övernatta kan bo på hotellet intill Huawei-kontoret.
incidental: Observera: en tidningsartikel om att ZTE stänger sitt nordiska kontor bifogades av misstag och ingår inte i upphandlingsdokumenten.
rx_buyer: Huawei Technologies Sweden AB | huawei
rx_buyer: ZTE Sweden AB | zte
rx_buyer: China Mobile International (Sweden) AB | china_mobile

## ICT datorer-elever computers
T Bärbara datorer till grundskolan
I Leverans av bärbara datorer och Chromebook-alternativ till elever i årskurs 4–9, med förberedelse och leverans till skolorna.
R Processor = Minst Intel Core i3 eller motsvarande
R Minne = 8 GB RAM, 128 GB SSD
R Garanti = Tre år med olycksskydd
Q Bärbar dator för elever | st | 800 | 3000 | 420
Q Laddskåp 32 platser | st | 20 | 80 | 1300
C 30213100
N laptops for pupils (computers: in scope under the widened scope)
## ICT e-tjanst-plattform saas
T E-tjänsteplattform som molntjänst
I Upphandling av en plattform för e-tjänster och ärendehantering som molntjänst, med införande och utbildning.
R Drift = Data lagras inom EU/EES
R Integration = E-legitimation och dokument- och ärendehanteringssystem
Q Licens per år | st | 3 | 4 | 45000
Q Införande | st | 1 | 1 | 70000
C 48000000
N e-service platform as a cloud service (software/SaaS: in scope under the widened scope)
## ICT it-support itops
T IT-drift och support
I Drift av servermiljö och användarsupport (servicedesk) för cirka 1 300 användare.
R Servicedesk = Vardagar 07.00–17.00
R Drift = Övervakning dygnet runt av kritiska system
Q Drift och support per månad | mån | 36 | 48 | 30000
C 72253000
N IT operation and service desk (IT services: in scope under the widened scope)
## ICT mobiltelefoni mobile
T Mobiltelefoni och mobildata
I Mobilabonnemang för cirka 2 000 anställda samt växeltjänst i mobilen.
R Täckning = God täckning i hela länet
R Abonnemang = Fria samtal och gemensam datapott
Q Abonnemang per månad | mån | 1900 | 2100 | 11
Q Smartphone | st | 300 | 700 | 360
C 64212000
N mobile subscriptions (telecom services)
## ICT kamerabevakning cctv
T Kamerabevakning av kommunala fastigheter
I Installation av IP-kameror vid skolor och fritidsgårdar med inspelning i central videoplattform.
R Kameror = IP-kameror 4 MP med IR
R Lagring = 72 timmar enligt kamerabevakningslagen
Q IP-kamera 4 MP | st | 40 | 120 | 430
Q Inspelningsserver | st | 1 | 3 | 5000
C 35125300
N video surveillance (IP cameras)
## ICT radio-raddningstjanst radio
T Radioterminaler för räddningstjänsten
I Inköp av handburna och fordonsmonterade Rakel-terminaler.
R Standard = TETRA, godkända för Rakel
R Tillbehör = Laddare och headset
Q Handburen terminal | st | 30 | 90 | 760
Q Fordonsterminal | st | 10 | 30 | 900
C 32344200
N TETRA radio terminals
//
// ------------------------------------------------------------------ OOS
## OOS utskriftstjanst print
T Utskriftstjänst med multifunktionsskrivare
I Hyra och service av 130 multifunktionsskrivare med säker utskrift.
R Skrivare = A3 färg
Q Hyra per skrivare och månad | mån | 120 | 140 | 85
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS konsulttjanst-organisation consult
T Konsultstöd för verksamhetsutveckling
I Konsultstöd för att ta fram en verksamhetsplan; inga IT-system levereras.
R Leverans = Nulägesanalys, plan och workshops
Q Konsulttimme | st | 200 | 600 | 140
C 79411000
N HARD: advice only, no ICT delivered
## OOS bevakning guard
T Bevakningstjänster
I Stationär bevakning och ronderingar vid kommunens fastigheter; väktarna bär radio från bevakningsföretaget.
R Personal = Auktoriserade väktare
Q Timme stationär bevakning | st | 4000 | 8000 | 50
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS patientmonitorer medical
T Patientövervakningsutrustning
I Inköp av patientmonitorer och centralövervakning till intensivvårdsavdelningen.
R Parametrar = EKG, SpO2, blodtryck
Q Patientmonitor | st | 10 | 30 | 13000
C 33195000
N HARD: medical devices are not in scope
## OOS skolmat food
T Livsmedel till skolkök
I Leverans av livsmedel till 40 skolkök.
R Leverans = Tre gånger per vecka
Q Livsmedel, uppskattad årsvolym | st | 1 | 1 | 700000
C 15000000
N food supplies; nothing ICT is bought
## OOS kontorsmobler furniture
T Kontorsmöbler till nya lokaler
I Leverans och montering av skrivbord, kontorsstolar och förvaring till nya kontorslokaler.
R Stolar = SS-EN 1335
Q Höj- och sänkbart skrivbord | st | 60 | 150 | 480
Q Kontorsstol | st | 60 | 150 | 290
C 39130000
X corp
N office furniture; nothing ICT is bought
"""

POOLS["da"] = r"""
cur: DKK
money: {v} {cur}
num: de
date: {d}. {mon} {y}
months: januar februar marts april maj juni juli august september oktober november december
ref: Udbud {y}-{n}
ref: J.nr. {y}-{a}-{n}
ref: SKI {n}/{y}
list_sep: ", "
and: " og "
unit_pcs: stk.
unit_month: md.
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Delaftale {i}: {d} – {q} {u}
cols: Pos. | Beskrivelse | Enhed | Antal | Enhedspris ({cur}) | I alt ({cur})
buyer: Aarhus Kommune
buyer: Region Hovedstaden
buyer: Københavns Universitet
buyer: Odense Kommune
buyer: Vejdirektoratet
buyer: Aalborg Kommune
buyer: Region Syddanmark
seller: Jysk IT-Service A/S
seller: Fynsnet ApS
seller: Øresund Cloud A/S
seller: Nordsjællands Datateknik ApS
seller_gen: Dansk Facility Service A/S
seller_gen: Byggefirma Sjælland ApS
seller_gen: Vestjysk Leverandør A/S
person: Mette Kristensen, udbudskonsulent
person: Lars Sørensen, IT-indkøber
person: Camilla Holm, kontraktansvarlig
general: Alle priser angives ekskl. moms.
general: Tildeling sker på grundlag af bedste forhold mellem pris og kvalitet.
general: Betaling sker 30 dage efter modtagelse af korrekt faktura.
general: Leverandøren indgår databehandleraftale.
general: Levering frit på de angivne adresser.
short: {title}\n{buyer}\n{intro}\nTilbudsfrist: {deadline}.\n{extra}
short: Udbudsbekendtgørelse – {title} ({buyer}). {intro} Frist {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Anslået værdi {amount}.\n{extra}
notice: {buyer}\nUdbudsbekendtgørelse – {ref}\n\nBetegnelse: {title}\n\nBeskrivelse\n{intros}\n\nVæsentligste krav\n{reqs}\n{extra}\n\nAnslået værdi: {amount} ekskl. moms\nProcedure: offentligt udbud\nTilbudsfrist: {deadline}\nKontakt: {person}
notice: UDBUD: {title}\nOrdregiver: {buyer}\nOffentliggjort {date}\n\n{intros}\n\nKontrakten omfatter:\n{reqs}\n\n{general}\n{extra}\n\nUdbudsmaterialet findes på udbudsportalen. Tilbud senest {deadline}.
rfq: {buyer}\nAnmodning om tilbud – {ref}\n{date}\n\nVi beder om tilbud på {title_l}.\n{intro}\n\n{items}\n\nKrav:\n{reqs}\n{extra}\n\nSend venligst tilbud senest {deadline} med leveringstid og vedståelsesfrist.\n{person}
rfq: PRISFORESPØRGSEL – {title}\nReference {ref}\n\nAntal:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nSvar til {person} senest {deadline}.
spec: {buyer}\nKravspecifikation – {title}\n{ref}\n\n1. Baggrund\n{intros}\n\n2. Krav\n{reqs}\n{extra}\n\n3. Mængder\n{items}\n\n4. Øvrige vilkår\n{general}
spec: Bilag 2 – Kravspecifikation: {title}\n{buyer}\n\nFormål\n{intro}\n\nMindstekrav\n{reqs}\n{extra}\n\nVilkår\n{general}
offer: {bidder}\nTilbud til {buyer}\nJeres ref.: {ref}   Dato: {date}\n\nTak for forespørgslen. Vi tilbyder {title_l} som følger:\n\n{table}\n\nI alt ekskl. moms: {total}\n{extra}\n\nTilbuddet gælder i 60 dage. Leveringstid {n} uger.\nMed venlig hilsen\n{person}
offer: Tilbud – {title}\nTilbudsgiver: {bidder}\nTil: {buyer}, {date}\n\nTilbudsliste\n{table}\n\nSamlet tilbudspris: {total}\n\n{extra}\n\nUnderskrevet for {bidder}
boq: Tilbudsliste – {title}\n{buyer} ({ref})\n{table}\nI alt: {total}\n{extra}
boq: {bidder} – prisliste til {buyer}\n{title}\n{table}\n{extra}\nPriser ekskl. moms.
calloff: Leveringsaftale under rammeaftale {ref}\nKunde: {buyer}\nLeverandør: {bidder}\nDato: {date}\n\nBestilt:\n{items}\n\nOrdreværdi: {total}\n{extra}\nLevering til adressen i bestillingen.
calloff: Miniudbud under rammeaftale {ref} – {title}\n{buyer} opfordrer rammeaftaleleverandørerne til at afgive tilbud senest {deadline}.\n\n{intro}\n\nBehov:\n{items}\n{reqs}\n{extra}
email: Fra: {person}\nTil: {bidder}\nEmne: Tilbud på {title}\n\nHej,\n\nKan I give os en pris på følgende til {buyer}?\n\n{items}\n\n{extra}\nVi skal have leveret senest {deadline}.\n\nVenlig hilsen\n{person}
email: Emne: SV: {title}\nFra: salgsafdelingen, {bidder}\n\nHej,\n\nTak for henvendelsen. Her er vores priser:\n\n{table}\n\nI alt {total} ekskl. moms.\n{extra}\n\nVenlig hilsen\n{bidder}
award: Bekendtgørelse om indgåede kontrakter\n{buyer} – {title} ({ref})\n\nKontrakten er tildelt: {bidder}\nKontraktværdi: {amount}\nTildelingsdato: {date}\n\nLeveret:\n{lots}\n{extra}
award: TILDELING: {title}\n{buyer} har tildelt kontrakten til {bidder} ({amount}).\n{lots}\n{extra}
equiv: Referenceprodukt: {x} eller tilsvarende.
equiv: Løsningen tager udgangspunkt i {x} eller tilsvarende.
incumbent: Den nuværende leverandør, {x}, fortsætter med at levere {what}, indtil den nye kontrakt træder i kraft.
incumbent: Den gældende aftale med {x} om {what} forlænges med tolv måneder under det nye udbud.
cert: Tro og love-erklæring: {bidder} erklærer, at ingen af de tilbudte produkter eller tjenester er fremstillet eller leveret af {vendors} eller deres datterselskaber.
cert: Vi erklærer, at vi ikke leverer produkter fra {vendors} under denne aftale.
prohib: Udstyr fra Huawei og ZTE accepteres ikke.
prohib: Kameraer og optagere fra Hikvision eller Dahua accepteres ikke.
prohib: Tilbud med produkter fra Kaspersky vil blive afvist.
incidental: Besigtigelsen starter på parkeringspladsen over for Huawei-kontoret; mødested i receptionen kl. 10.00.
incidental: Tilbudsgivere, der har brug for overnatning, kan bo på hotellet ved siden af Huawei-domicilet.
incidental: Bemærk: en avisartikel om lukningen af et ZTE-kontor er vedlagt ved en fejl og indgår ikke i udbudsmaterialet.
rx_buyer: Huawei Technologies Denmark ApS | huawei
rx_buyer: ZTE Denmark ApS | zte
rx_buyer: China Telecom (Europe) Ltd, filial Danmark | china_telecom

## ICT baerbare-pc computers
T Bærbare computere til medarbejdere
I Levering af bærbare computere med dockingstationer til kommunens administrative medarbejdere, inkl. klargøring.
R Processor = Intel Core Ultra 5 eller tilsvarende
R Hukommelse = 16 GB RAM, 512 GB SSD
R Garanti = Fire års on-site service
Q Bærbar computer 14" | stk. | 300 | 1000 | 980
Q Dockingstation | stk. | 300 | 1000 | 190
C 30213100
N laptops for staff (computers: in scope under the widened scope)
## ICT borgerservice-system saas
T Booking- og sagssystem til borgerservice som SaaS
I Anskaffelse af et cloudbaseret booking- og sagssystem til borgerservice med implementering og uddannelse.
R Drift = Data behandles i EU
R Integration = MitID og Digital Post
Q Abonnement pr. år | stk. | 3 | 4 | 38000
Q Implementering | stk. | 1 | 1 | 50000
C 48000000
N booking and case system as SaaS (software: in scope under the widened scope)
## ICT it-drift itops
T IT-drift og brugersupport
I Drift af servere og netværk samt servicedesk for ca. 1.100 brugere.
R Servicedesk = Hverdage 8–16
R Drift = Døgnovervågning af kritiske systemer
Q Drift pr. måned | md. | 36 | 48 | 26000
C 72253000
N IT operation and user support (IT services: in scope under the widened scope)
## ICT mobilabonnementer mobile
T Mobilabonnementer og mobilt bredbånd
I Mobilabonnementer til ca. 1.500 medarbejdere samt datakort til tablets.
R Dækning = God dækning i hele kommunen
R Abonnement = Fri tale, fælles datapulje
Q Abonnement pr. måned | md. | 1400 | 1600 | 12
Q Datakort pr. måned | md. | 200 | 400 | 7
C 64212000
N mobile subscriptions (telecom services)
## ICT tv-overvaagning cctv
T Tv-overvågning af genbrugspladser
I Opsætning af IP-kameraer på kommunens genbrugspladser med central optagelse.
R Kameraer = 4 MP IP-kameraer med IR
R Opbevaring = 30 dage
Q IP-kamera 4 MP | stk. | 20 | 60 | 440
Q Netværksoptager | stk. | 4 | 8 | 1800
C 35125300
N video surveillance (IP cameras)
## ICT netvaerk-skoler network
T Netværk og trådløst netværk på skoler
I Udskiftning af switche og trådløse accesspoints på 22 skoler.
R Switche = 48 porte PoE+
R Trådløst = Wi-Fi 6
Q Switch 48 porte | stk. | 30 | 70 | 2500
Q Accesspoint Wi-Fi 6 | stk. | 150 | 400 | 500
C 32420000
N network switches and Wi-Fi
//
// ------------------------------------------------------------------ OOS
## OOS printloesning print
T Printløsning og multifunktionsmaskiner
I Leje og service af 100 multifunktionsmaskiner med sikker print.
R Maskiner = A3 farve
Q Leje pr. maskine pr. måned | md. | 90 | 110 | 85
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS byraadssal-av av
T AV-udstyr til byrådssalen
I Nyt konferencesystem, højttalere og skærme i byrådssalen.
R Mikrofoner = 35 delegerede
Q Delegeretenhed | stk. | 35 | 40 | 500
Q Skærm 86" | stk. | 2 | 2 | 3000
N HARD: audio-visual equipment without network cameras or radio
## OOS vagtservice guard
T Vagt- og sikringsservice
I Vagtrundering og alarmudrykning til kommunens ejendomme; vagterne bærer radioer fra vagtselskabet.
R Personale = Autoriserede vagter
Q Vagtrunde | stk. | 4000 | 9000 | 25
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS skraldebiler vehicles
T Renovationsbiler
I Levering af renovationsbiler med bakkamera og skærm i førerhuset.
R Drivlinje = Elektrisk
Q Renovationsbil | stk. | 2 | 6 | 420000
C 34144510
N HARD: vehicles; the reversing camera is a vehicle accessory
## OOS skoleombygning works
T Ombygning af skole
I Ombygning og energirenovering af en folkeskole i hovedentreprise.
R Energi = Bygningsreglementets renoveringsklasse 1
Q Hovedentreprise | stk. | 1 | 1 | 2200000
C 45214200
N building works; nothing ICT is bought
## OOS kontorrengoering cleaning
T Rengøring af kontorlokaler
I Daglig rengøring af kontorlokaler og mødelokaler i et lejet kontorhus på ca. 2.500 m².
R Kvalitet = INSTA 800
Q Rengøring pr. måned | md. | 24 | 36 | 4500
C 90911200
X corp
N office cleaning; nothing ICT is bought
"""

POOLS["fi"] = r"""
cur: EUR
money: {v} {cur}
num: sp
date: {d}.{m}.{y}
ref: Dnro {n}/{y}
ref: Hankinta {y}-{n}
ref: HILMA {a}{n}
list_sep: ", "
and: " ja "
unit_pcs: kpl
unit_month: kk
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Osa-alue {i}: {d} – {q} {u}
cols: Nro | Kuvaus | Yksikkö | Määrä | Yksikköhinta ({cur}) | Yhteensä ({cur})
buyer: Tampereen kaupunki
buyer: Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala
buyer: Oulun yliopisto
buyer: Pirkanmaan hyvinvointialue
buyer: Väylävirasto
buyer: Jyväskylän kaupunki
buyer: Hansel Oy
seller: Pohjolan IT-palvelut Oy
seller: Saimaan Verkot Oy
seller: Lapin Pilvi Oy
seller: Uudenmaan Datatekniikka Oy
seller_gen: Suomen Kiinteistöpalvelut Oy
seller_gen: Rakennusliike Häme Oy
seller_gen: Pohjanmaan Tukku Oy
person: Riikka Virtanen, hankinta-asiantuntija
person: Mikko Laine, ICT-päällikkö
person: Hanna Korhonen, hankintasihteeri
general: Hinnat ilmoitetaan ilman arvonlisäveroa.
general: Valintaperusteena on kokonaistaloudellinen edullisuus.
general: Maksuehto 30 päivää laskun vastaanottamisesta.
general: Toimittaja tekee henkilötietojen käsittelysopimuksen.
general: JIT 2015 -ehtoja sovelletaan.
short: {title}\n{buyer}\n{intro}\nTarjousten jättöaika päättyy {deadline}.\n{extra}
short: Hankintailmoitus – {title} ({buyer}). {intro} Tarjoukset viimeistään {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Arvioitu arvo {amount}.\n{extra}
notice: {buyer}\nHankintailmoitus – {ref}\n\nHankinnan nimi: {title}\n\nKuvaus\n{intros}\n\nKeskeiset vaatimukset\n{reqs}\n{extra}\n\nArvioitu arvo: {amount} alv 0 %\nMenettely: avoin menettely\nTarjousten jättöaika: {deadline}\nYhteyshenkilö: {person}
notice: HANKINTA: {title}\nHankintayksikkö: {buyer}\nJulkaistu {date}\n\n{intros}\n\nHankinta sisältää:\n{reqs}\n\n{general}\n{extra}\n\nTarjouspyyntöasiakirjat ovat kilpailutusjärjestelmässä. Tarjoukset viimeistään {deadline}.
rfq: {buyer}\nTarjouspyyntö – {ref}\n{date}\n\nPyydämme tarjousta seuraavasta hankinnasta: {title}.\n{intro}\n\n{items}\n\nVaatimukset:\n{reqs}\n{extra}\n\nTarjous pyydetään toimittamaan viimeistään {deadline}, ilmoittaen toimitusaika ja voimassaolo.\n{person}
rfq: HINTAKYSELY – {title}\nViite {ref}\n\nMäärät:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nVastaukset: {person}, viimeistään {deadline}.
spec: {buyer}\nVaatimusmäärittely – {title}\n{ref}\n\n1. Tausta\n{intros}\n\n2. Vaatimukset\n{reqs}\n{extra}\n\n3. Määrät\n{items}\n\n4. Muut ehdot\n{general}
spec: Tarjouspyynnön liite 1 – {title}\n{buyer}\n\nTavoite\n{intro}\n\nEhdottomat vaatimukset\n{reqs}\n{extra}\n\nEhdot\n{general}
offer: {bidder}\nTarjous: {buyer}\nViitteenne: {ref}   Päiväys: {date}\n\nKiitämme tarjouspyynnöstä. Tarjoamme seuraavaa: {title}.\n\n{table}\n\nYhteensä alv 0 %: {total}\n{extra}\n\nTarjous on voimassa 60 päivää. Toimitusaika {n} viikkoa.\nYstävällisin terveisin\n{person}
offer: Tarjous – {title}\nTarjoaja: {bidder}\nVastaanottaja: {buyer}, {date}\n\nHintalomake\n{table}\n\nTarjouksen kokonaishinta: {total}\n\n{extra}\n\n{bidder}, allekirjoitusoikeudellinen edustaja
boq: Hintalomake – {title}\n{buyer} ({ref})\n{table}\nYhteensä: {total}\n{extra}
boq: {bidder} – hinnasto, {buyer}\n{title}\n{table}\n{extra}\nHinnat alv 0 %.
calloff: Tilaus puitejärjestelyn {ref} perusteella\nTilaaja: {buyer}\nToimittaja: {bidder}\nPäiväys: {date}\n\nTilattu:\n{items}\n\nTilauksen arvo: {total}\n{extra}\nToimitus tilauksessa mainittuun osoitteeseen.
calloff: Kevennetty kilpailutus puitejärjestelyssä {ref} – {title}\n{buyer} pyytää puitejärjestelyn toimittajilta tarjouksia viimeistään {deadline}.\n\n{intro}\n\nTarve:\n{items}\n{reqs}\n{extra}
email: Lähettäjä: {person}\nVastaanottaja: {bidder}\nAihe: Tarjouspyyntö – {title}\n\nHei,\n\nvoisitteko antaa hinnan seuraavista, tilaaja {buyer}?\n\n{items}\n\n{extra}\nToimitus tarvitaan viimeistään {deadline}.\n\nTerveisin\n{person}
email: Aihe: VS: {title}\nLähettäjä: myynti, {bidder}\n\nHei,\n\nkiitos kyselystä. Hintamme:\n\n{table}\n\nYhteensä {total} alv 0 %.\n{extra}\n\nYstävällisin terveisin\n{bidder}
award: Ilmoitus hankintasopimuksen tekemisestä\n{buyer} – {title} ({ref})\n\nValittu toimittaja: {bidder}\nSopimuksen arvo: {amount}\nHankintapäätös: {date}\n\nToimitettu:\n{lots}\n{extra}
award: HANKINTAPÄÄTÖS: {title}\n{buyer} on valinnut toimittajaksi {bidder} ({amount}).\n{lots}\n{extra}
equiv: Viitetuote: {x} tai vastaava.
equiv: Ratkaisun pohjana on {x} tai vastaava.
incumbent: Nykyinen toimittaja, {x}, jatkaa palvelun ({what}) tuottamista uuden sopimuksen alkuun asti.
incumbent: Voimassa olevaa sopimusta {x}:n kanssa ({what}) jatketaan kahdellatoista kuukaudella uuden kilpailutuksen ajaksi.
cert: Vakuutus: {bidder} vakuuttaa, ettei mikään tarjotuista tuotteista tai palveluista ole {vendors} tai niiden tytäryhtiöiden valmistama tai toimittama.
cert: Vakuutamme, ettemme toimita tämän sopimuksen perusteella tuotteita, joiden valmistaja on {vendors}.
prohib: Huawein ja ZTE:n valmistamia laitteita ei hyväksytä.
prohib: Seuraavien valmistajien laitteita ei hyväksytä: Huawei, ZTE, Hikvision ja Dahua.
prohib: Kaspersky-tuotteita sisältävät tarjoukset hylätään.
incidental: Kohdekäynti alkaa Huawei-toimiston vastapäätä olevalta pysäköintialueelta; kokoontuminen aulassa klo 10.
incidental: Kaukaa saapuvat tarjoajat voivat majoittua Huawei-toimiston viereiseen hotelliin.
incidental: Huom: ZTE:n toimiston sulkemista koskeva lehtiartikkeli on liitetty vahingossa eikä kuulu tarjouspyyntöasiakirjoihin.
rx_buyer: Huawei Technologies Oy (Finland) Co. Ltd | huawei
rx_buyer: ZTE Finland Oy | zte
rx_buyer: China Unicom (Europe) Operations, Suomen sivuliike | china_unicom

## ICT kannettavat computers
T Kannettavat tietokoneet oppilaille ja opettajille
I Kannettavien tietokoneiden hankinta perusopetuksen oppilaille ja opettajille, sisältäen käyttöönoton ja toimituksen kouluille.
R Suoritin = Vähintään Intel Core i5 tai vastaava
R Muisti = 16 Gt RAM, 256 Gt SSD
R Takuu = Kolmen vuoden on-site-takuu
Q Kannettava tietokone | kpl | 500 | 2000 | 620
Q Latauskaappi | kpl | 20 | 60 | 1200
C 30213100
N laptops for schools (computers: in scope under the widened scope)
## ICT asianhallinta saas
T Asianhallintajärjestelmä pilvipalveluna
I Asian- ja dokumentinhallintajärjestelmän hankinta SaaS-palveluna, käyttöönotto ja tiedonsiirto.
R Palvelu = Tietojen sijainti EU/ETA-alueella
R Integraatiot = Suomi.fi-palvelut ja arkistointi
Q Vuosimaksu | kpl | 3 | 4 | 42000
Q Käyttöönotto ja tiedonsiirto | kpl | 1 | 1 | 65000
C 48000000
N case and document management SaaS (software: in scope under the widened scope)
## ICT lahituki itops
T Lähituki- ja palvelupistepalvelut
I Käyttäjätuki, palvelupiste ja työasemien lähituki noin 2 000 käyttäjälle.
R Palvelupiste = Arkisin klo 7–17
R Palvelutaso = 80 % tukipyynnöistä ratkaistaan ensimmäisellä yhteydenotolla
Q Palvelu kuukaudessa | kk | 36 | 48 | 32000
C 72253000
N service desk and on-site support (IT services: in scope under the widened scope)
## ICT matkaviestin mobile
T Matkaviestinpalvelut
I Puhe- ja dataliittymät noin 1 200 työntekijälle sekä älypuhelimet.
R Kattavuus = 5G/4G koko maakunnassa
R Liittymät = Rajaton puhe, yhteinen datapaketti
Q Liittymä kuukaudessa | kk | 1100 | 1300 | 12
Q Älypuhelin | kpl | 200 | 500 | 350
C 64212000
N mobile lines and smartphones (telecom services)
## ICT kameravalvonta cctv
T Kameravalvonta kouluille
I IP-kameravalvonnan toteutus koulujen sisäänkäynteihin ja piha-alueille.
R Kamerat = 4 MP IP-kamerat
R Tallennus = 14 vuorokautta
Q IP-kamera 4 MP | kpl | 30 | 90 | 420
Q Tallennin | kpl | 2 | 6 | 1900
C 35125300
N video surveillance (IP cameras)
## ICT tietoturva security
T Päätelaitteiden tietoturvaohjelmisto
I EDR-ohjelmiston lisenssit 3 000 päätelaitteelle ja palvelimelle sekä 24/7-valvontapalvelu.
R Toiminnot = Käyttäytymispohjainen tunnistus, eristäminen
R Valvonta = SOC-palvelu ympäri vuorokauden
Q EDR-lisenssi vuodessa | kpl | 2800 | 3200 | 38
Q SOC-palvelu kuukaudessa | kk | 36 | 36 | 7000
C 48761000
N EDR licences and SOC service (security software and services)
//
// ------------------------------------------------------------------ OOS
## OOS tulostuspalvelu print
T Tulostuspalvelu ja monitoimilaitteet
I Monitoimilaitteiden vuokraus ja huolto 120 laitteelle sekä tulostuksen hallinta.
R Laitteet = A3 väri, korttitunnistus
Q Laitteen kuukausivuokra | kk | 110 | 130 | 80
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS johtamiskoulutus training
T Esihenkilöiden johtamiskoulutus
I Lähiopetuksena toteutettava johtamisvalmennus 70 esihenkilölle.
R Toteutus = Kuusi valmennuspäivää
Q Valmennuspäivä | kpl | 12 | 36 | 1400
C 80500000
N HARD: training with no ICT delivered
## OOS vartiointi guard
T Vartiointipalvelut
I Kiinteä vartiointi kaupungintalolla ja piirivartiointi; vartijoilla on vartiointiliikkeen radiopuhelimet.
R Henkilöstö = Hyväksytyt vartijat
Q Vartiointitunti | kpl | 4000 | 8000 | 36
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS sahkoasema substation
T Sähköaseman laajennus
I 110/20 kV sähköaseman laajennus uudella päämuuntajalla.
R Muuntaja = 40 MVA
Q Päämuuntaja | kpl | 1 | 1 | 1000000
C 45310000
N HARD: electrical substation; not ICT
## OOS paivakotirakennus works
T Päiväkodin rakentaminen
I Uuden kuuden ryhmän päiväkodin rakentaminen kokonaisurakkana.
R Rakenne = Puurakenteinen
Q Kokonaisurakka | kpl | 1 | 1 | 4200000
C 45214200
N building works; nothing ICT is bought
## OOS toimistokalusteet furniture
T Toimistokalusteet uusiin tiloihin
I Työpöytien, työtuolien ja säilytyskalusteiden toimitus ja asennus uusiin toimitiloihin.
R Tuolit = SFS-EN 1335
Q Sähköpöytä | kpl | 50 | 140 | 500
Q Työtuoli | kpl | 50 | 140 | 300
C 39130000
X corp
N office furniture; nothing ICT is bought
"""

POOLS["pt"] = r"""
cur: EUR
money: {v} {cur}
num: de
date: {d} de {mon} de {y}
months: janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
ref: Proc. {n}/{y}
ref: Concurso Público n.º {n}/{y}
ref: Pregão Eletrônico {n}/{y}
list_sep: ", "
and: " e "
unit_pcs: un.
unit_month: mês
item_fmt: {i}. {d} – {q} {u}
lot_fmt: Lote {i}: {d} – {q} {u}
cols: Item | Descrição | Unid. | Qtd. | Preço unitário ({cur}) | Total ({cur})
buyer: Câmara Municipal do Porto
buyer: Universidade de Coimbra
buyer: Centro Hospitalar Universitário de Lisboa Central
buyer: Município de Braga
buyer: Prefeitura Municipal de Curitiba @BRL
buyer: Secretaria de Estado da Educação de Minas Gerais @BRL
buyer: Tribunal Regional Federal da 4ª Região @BRL
seller: Lusitânia Sistemas, Lda.
seller: Redes do Atlântico, S.A.
seller: TechSul Soluções em TI Ltda.
seller: Nuvem Paulista Serviços Ltda.
seller_gen: Serviços Integrados do Norte, Lda.
seller_gen: Construções Tejo, S.A.
seller_gen: Fornecimentos Atlântico, Lda.
person: Ana Rodrigues, Divisão de Contratação Pública
person: João Ferreira, Departamento de Sistemas de Informação
person: Mariana Souza, pregoeira
general: Os preços não incluem IVA.
general: A adjudicação é feita segundo o critério da proposta economicamente mais vantajosa.
general: O pagamento é efetuado a 30 dias da receção da fatura.
general: O adjudicatário cumpre o RGPD e celebra acordo de subcontratação de dados.
general: A entrega é feita nas instalações indicadas pela entidade adjudicante.
short: {title}\n{buyer}\n{intro}\nPrazo para apresentação de propostas: {deadline}.\n{extra}
short: Anúncio de procedimento – {title} ({buyer}). {intro} Propostas até {deadline}.\n{extra}
short: {title} – {ref}\n{intro}\nCPV {cpv}. Valor estimado {amount}.\n{extra}
notice: {buyer}\nAnúncio de procedimento – {ref}\n\nObjeto: {title}\n\nDescrição\n{intros}\n\nPrincipais requisitos\n{reqs}\n{extra}\n\nPreço base: {amount}\nProcedimento: concurso público\nPrazo: {deadline}\nContacto: {person}
notice: EDITAL: {title}\nÓrgão: {buyer}\nPublicado em {date}\n\n{intros}\n\nO objeto compreende:\n{reqs}\n\n{general}\n{extra}\n\nAs peças do procedimento estão disponíveis na plataforma eletrónica. Propostas até {deadline}.
rfq: {buyer}\nPedido de cotação – {ref}\n{date}\n\nSolicitamos cotação para {title_l}.\n{intro}\n\n{items}\n\nRequisitos:\n{reqs}\n{extra}\n\nPedimos o envio da proposta até {deadline}, indicando prazo de entrega e validade.\n{person}
rfq: CONSULTA DE PREÇOS – {title}\nReferência {ref}\n\nQuantidades:\n{items}\n\n{reqs}\n\n{general}\n{extra}\n\nRespostas para {person} até {deadline}.
spec: {buyer}\nCaderno de encargos – especificações técnicas: {title}\n{ref}\n\n1. Enquadramento\n{intros}\n\n2. Requisitos técnicos\n{reqs}\n{extra}\n\n3. Quantidades\n{items}\n\n4. Condições gerais\n{general}
spec: Termo de referência: {title}\n{buyer}\n\nObjetivo\n{intro}\n\nRequisitos mínimos\n{reqs}\n{extra}\n\nCondições\n{general}
offer: {bidder}\nProposta para {buyer}\nV/ ref.: {ref}   Data: {date}\n\nEm resposta ao vosso pedido, temos o prazer de apresentar proposta para {title_l}:\n\n{table}\n\nTotal sem IVA: {total}\n{extra}\n\nValidade da proposta: 60 dias. Prazo de entrega: {n} semanas.\nCom os melhores cumprimentos,\n{person}
offer: Proposta de preço – {title}\nConcorrente: {bidder}\nDestinatário: {buyer}, {date}\n\nMapa de preços\n{table}\n\nValor global da proposta: {total}\n\n{extra}\n\nAssinado pelo representante legal de {bidder}
boq: Mapa de quantidades e preços – {title}\n{buyer} ({ref})\n{table}\nTotal: {total}\n{extra}
boq: {bidder} – tabela de preços para {buyer}\n{title}\n{table}\n{extra}\nPreços sem impostos.
calloff: Contrato ao abrigo do acordo-quadro {ref}\nEntidade: {buyer}\nFornecedor: {bidder}\nData: {date}\n\nBens e serviços encomendados:\n{items}\n\nValor: {total}\n{extra}\nEntrega no endereço indicado na nota de encomenda.
calloff: Convite ao abrigo do acordo-quadro {ref} – {title}\n{buyer} convida os cocontratantes do acordo-quadro a apresentar proposta até {deadline}.\n\n{intro}\n\nNecessidade:\n{items}\n{reqs}\n{extra}
email: De: {person}\nPara: {bidder}\nAssunto: Pedido de orçamento – {title}\n\nBom dia,\n\npodem enviar-nos orçamento para o seguinte, para {buyer}?\n\n{items}\n\n{extra}\nPrecisamos da entrega até {deadline}.\n\nObrigado,\n{person}
email: Assunto: RE: {title}\nDe: departamento comercial, {bidder}\n\nBom dia,\n\nobrigado pelo contacto. Os nossos preços:\n\n{table}\n\nTotal {total} sem impostos.\n{extra}\n\nCumprimentos,\n{bidder}
award: Anúncio de adjudicação\n{buyer} – {title} ({ref})\n\nAdjudicatário: {bidder}\nValor do contrato: {amount}\nData da adjudicação: {date}\n\nFornecimento:\n{lots}\n{extra}
award: RESULTADO: {title}\n{buyer} adjudicou o contrato a {bidder} ({amount}).\n{lots}\n{extra}
equiv: Produto de referência: {x} ou equivalente.
equiv: Tem-se como referência {x} ou similar com desempenho igual ou superior.
incumbent: O atual prestador, {x}, continuará a assegurar {what} até ao início do novo contrato.
incumbent: O contrato em vigor com {x} para {what} é prorrogado por doze meses durante o novo procedimento.
cert: Declaração de conformidade: {bidder} declara que nenhum dos equipamentos ou serviços propostos é fabricado ou prestado por {vendors}, nem pelas suas subsidiárias.
cert: Declaramos que não fornecemos, no âmbito deste contrato, produtos de {vendors}.
prohib: Não são admitidos equipamentos dos fabricantes Huawei e ZTE.
prohib: Não serão aceites câmaras ou gravadores Hikvision ou Dahua.
prohib: As propostas que incluam produtos Kaspersky serão excluídas.
incidental: A visita ao local começa no parque de estacionamento em frente aos escritórios da Huawei; ponto de encontro na receção às 10h00.
incidental: Os concorrentes que necessitem de alojamento podem ficar no hotel ao lado do centro de inovação da Huawei.
incidental: Nota: uma notícia sobre o encerramento de um escritório da ZTE foi anexada por engano e não faz parte das peças do procedimento.
rx_buyer: Huawei Technologies Portugal, Lda. | huawei
rx_buyer: Huawei do Brasil Telecomunicações Ltda. | huawei
rx_buyer: ZTE do Brasil Indústria, Comércio, Serviços e Participações Ltda. | zte

## ICT computadores-portateis computers
T Aquisição de computadores portáteis para escolas
I Fornecimento de computadores portáteis para alunos e professores, com configuração e entrega nas escolas.
R Processador = Intel Core i5 ou AMD Ryzen 5 de geração atual
R Memória = 16 GB RAM, SSD 256 GB
R Garantia = Três anos no local
Q Computador portátil 14" | un. | 500 | 2000 | 610
Q Carrinho de carregamento | un. | 20 | 60 | 1100
C 30213100
N laptops for schools (computers: in scope under the widened scope)
## ICT gestao-documental saas
T Plataforma de gestão documental em nuvem
I Aquisição de plataforma de gestão documental e processual em modelo SaaS, com migração e formação.
R Alojamento = Centros de dados na UE
R Integrações = Autenticação.gov e faturação eletrónica
Q Subscrição anual | un. | 3 | 3 | 36000
Q Implementação e migração | un. | 1 | 1 | 55000
C 48000000
N document management SaaS (software: in scope under the widened scope)
## ICT suporte-ti itops
T Serviços de suporte de TI e service desk
I Prestação de serviços de service desk, suporte local e administração de sistemas para cerca de 1 600 utilizadores.
R Horário = Dias úteis das 8h às 19h
R Níveis de serviço = Resolução de 75 % dos pedidos no primeiro contacto
Q Serviço mensal | mês | 24 | 36 | 28000
C 72253000
N IT service desk and support (IT services: in scope under the widened scope)
## ICT comunicacoes-moveis mobile
T Serviços de comunicações móveis
I Serviços de voz e dados móveis para 1 000 cartões SIM, incluindo smartphones.
R Cobertura = 4G/5G em todo o território
R Tarifário = Chamadas ilimitadas, plafond de dados partilhado
Q Cartão SIM, mensalidade | mês | 900 | 1100 | 10
Q Smartphone | un. | 200 | 500 | 320
C 64212000
N mobile voice and data (telecom services)
## ICT videovigilancia-municipal cctv
T Sistema de videovigilância
I Instalação de câmaras IP em espaços públicos e ligação à central da Polícia Municipal.
R Câmaras = IP 4 MP com infravermelhos
R Gravação = 30 dias
Q Câmara IP 4 MP | un. | 20 | 80 | 430
Q Gravador de rede | un. | 2 | 6 | 2000
C 35125300
N video surveillance (IP cameras)
## ICT alojamento-cloud hosting
T Alojamento em nuvem e gestão de infraestrutura
I Migração e alojamento dos sistemas da entidade numa nuvem pública, com operação e cópias de segurança.
R Localização = Regiões na UE
R Operação = Monitorização 24x7
Q Alojamento mensal | mês | 36 | 36 | 15000
Q Migração | un. | 1 | 1 | 60000
C 72415000
N cloud hosting and operation (hosting: in scope)
//
// ------------------------------------------------------------------ OOS
## OOS impressao print
T Serviço de impressão e multifunções
I Aluguer e manutenção de 110 equipamentos multifunções com impressão segura.
R Equipamentos = A3 a cores
Q Aluguer mensal por equipamento | mês | 100 | 120 | 80
C 30120000
N HARD: managed print (printers and copiers are not in scope)
## OOS consultoria-gestao consult
T Consultoria de gestão
I Apoio à elaboração do plano estratégico da entidade, sem fornecimento de sistemas informáticos.
R Entregáveis = Diagnóstico, plano estratégico e relatório final
Q Dia de consultoria | un. | 40 | 100 | 850
C 79411000
N HARD: advice only, no ICT delivered
## OOS vigilancia-seguranca guard
T Serviços de vigilância e segurança
I Vigilância humana nos edifícios municipais; os vigilantes usam rádios fornecidos pela empresa de segurança.
R Pessoal = Vigilantes com cartão profissional
Q Hora de vigilância | un. | 5000 | 9000 | 14
C 79713000
N HARD: guard services; radios are the guards' tools
## OOS viaturas-recolha vehicles
T Aquisição de viaturas de recolha de resíduos
I Fornecimento de viaturas de recolha de resíduos com câmara de marcha-atrás.
R Motorização = Elétrica
Q Viatura de recolha | un. | 2 | 5 | 380000
C 34144510
N HARD: vehicles; the camera is a vehicle accessory
## OOS refeicoes-escolares food
T Fornecimento de refeições escolares
I Confeção e fornecimento de refeições nas escolas do município.
R Qualidade = Produtos locais e biológicos
Q Refeição | un. | 100000 | 300000 | 3.2
C 55523100
N school meals; nothing ICT is bought
## OOS mobiliario-escritorio furniture
T Mobiliário de escritório
I Fornecimento e montagem de secretárias, cadeiras e armários para novas instalações de escritório.
R Cadeiras = EN 1335
Q Secretária | un. | 50 | 140 | 360
Q Cadeira de escritório | un. | 50 | 140 | 220
C 39130000
X corp
N office furniture; nothing ICT is bought
"""


# =====================================================================================
# Frames and subjects of every language, checked on load
# =====================================================================================

FRAMES: dict[str, dict[str, list[str]]] = {}
SUBJECTS: dict[str, list[Subject]] = {}
REQUIRED = ("cur", "money", "num", "date", "ref", "buyer", "seller", "seller_gen", "person", "unit_pcs", "unit_month", "item_fmt", "cols", "list_sep", "and",
            "general", "equiv", "incumbent", "cert", "prohib", "incidental", "rx_buyer") + tuple(SHAPES)
for _lang, _text in POOLS.items():
    FRAMES[_lang], SUBJECTS[_lang] = parse_pool(_lang, _text)
    _missing = [k for k in REQUIRED if k not in FRAMES[_lang]]
    if _missing:
        raise ValueError(f"{_lang}: frame lacks {_missing}")
    for _shape in SHAPES:
        for _tpl in FRAMES[_lang][_shape]:
            if "{extra}" not in _tpl:
                raise ValueError(f"{_lang}/{_shape}: template without {{extra}}: {_tpl[:60]!r}")


def lang_rvn(lang: str, kind: str) -> list[tuple]:
    """Restricted lines for a kind: the language's own (CJK names) and the shared ones."""
    own = [tuple(x.strip() for x in line.split(" | "))[1:] for line in FRAMES[lang].get("rvn", []) if line.split(" | ")[0] == kind]
    own = [(a, b, c) + (("model",) if len(rest) and rest[0] == "model" else ()) for a, b, c, *rest in own]
    return own, RVN_LINES.get(kind, [])


def lang_providers(lang: str, key: str, kind: str) -> list[tuple[str, str]]:
    own = [tuple(x.strip() for x in line.split(" | "))[1:] for line in FRAMES[lang].get(key, []) if line.split(" | ")[0] == kind]
    return own or ([] if key == "rx_supplier" else INCUMBENT.get(kind, []))


# =====================================================================================
# Plans: how many documents of each role and label every language gets
# =====================================================================================

# (label, role) -> count. Roles: plain, prohib (restricted names only in an exclusion), buyer_rx (a restricted entity is the
# buyer), incidental, cert (bidder certifies it supplies no restricted vendor), award_ok (award, compliant brand), rvn
# (restricted line item with quantity, or "or equivalent" reference model), award_rvn (award listing a restricted product),
# award_rx (contract awarded to a restricted entity), incumbent (a restricted provider keeps providing the service).
Q_SMALL = {(OOS, "plain"): 5, (OOS, "prohib"): 1, (OOS, "buyer_rx"): 1, (OOS, "incidental"): 1,
           (ICT, "plain"): 3, (ICT, "cert"): 1, (ICT, "award_ok"): 1, (ICT, "prohib"): 1,
           (RVN, "rvn"): 2, (RVN, "award_rvn"): 1, (RVN, "incumbent"): 1}
Q_MID = {(OOS, "plain"): 7, (OOS, "prohib"): 1, (OOS, "buyer_rx"): 1, (OOS, "incidental"): 1,
         (ICT, "plain"): 5, (ICT, "cert"): 1, (ICT, "award_ok"): 1, (ICT, "prohib"): 1, (ICT, "buyer_rx"): 1,
         (RVN, "rvn"): 2, (RVN, "award_rvn"): 1, (RVN, "incumbent"): 1, (RVN, "award_rx"): 1}
Q_CJK = {(OOS, "plain"): 8, (OOS, "prohib"): 1, (OOS, "buyer_rx"): 2, (OOS, "incidental"): 1,
         (ICT, "plain"): 6, (ICT, "cert"): 1, (ICT, "award_ok"): 1, (ICT, "prohib"): 1, (ICT, "buyer_rx"): 1,
         (RVN, "rvn"): 4, (RVN, "award_rvn"): 2, (RVN, "incumbent"): 1, (RVN, "award_rx"): 1}
Q_EN = {(OOS, "plain"): 16, (OOS, "prohib"): 2, (OOS, "buyer_rx"): 2, (OOS, "incidental"): 2,
        (ICT, "plain"): 12, (ICT, "cert"): 2, (ICT, "award_ok"): 2, (ICT, "prohib"): 1, (ICT, "buyer_rx"): 1,
        (RVN, "rvn"): 6, (RVN, "award_rvn"): 2, (RVN, "incumbent"): 2, (RVN, "award_rx"): 2}
QUOTAS = {"en": Q_EN, "ja": Q_CJK, "zh": Q_CJK, "fr": Q_MID, "de": Q_MID, "nb": Q_MID, "es": Q_MID,
          "it": Q_SMALL, "nl": Q_SMALL, "pl": Q_SMALL, "sv": Q_SMALL, "da": Q_SMALL, "fi": Q_SMALL, "pt": Q_SMALL}
ROLE_SHAPES = {
    "plain": ("short", "short", "short", "short", "notice", "notice", "rfq", "rfq", "spec", "offer", "boq", "calloff", "email", "award"),
    "prohib": ("short", "notice", "notice", "spec", "rfq"), "buyer_rx": ("short", "notice", "rfq", "spec"),
    "incidental": ("notice", "rfq", "spec"), "cert": ("offer",), "award_ok": ("award",),
    "rvn": ("rfq", "offer", "boq", "calloff", "email", "spec", "notice", "short"), "award_rvn": ("award",), "award_rx": ("award",),
    "incumbent": ("notice", "spec", "email", "short"),
}
SERVICE_KINDS = ("saas", "dev", "hosting", "itops", "dataline")  # a restricted line goes in as a priced line, never as "or equivalent"
PROHIB_KINDS = ("network", "cctv", "radio", "security", "drones", "iot", "computers", "servers", "mobile", "dataline", "itops", "hosting")


def eligible(lang: str, label: str, role: str) -> list[Subject]:
    subs = SUBJECTS[lang]
    if label == OOS:
        pool = [s for s in subs if s.label == OOS]
        if role == "buyer_rx":
            pool = [s for s in pool if "corp" in s.flags]
        return pool
    pool = [s for s in subs if s.label == ICT]
    if role == "buyer_rx":
        return [s for s in pool if "corp" in s.flags]
    if role == "prohib":
        return [s for s in pool if s.kind in PROHIB_KINDS]
    if role in ("cert", "award_ok"):
        return [s for s in pool if s.kind in COMPLIANT]
    if role in ("rvn", "award_rvn"):
        return [s for s in pool if any(lang_rvn(lang, s.kind))]
    if role == "incumbent":
        return [s for s in pool if lang_providers(lang, "incumbent_x", s.kind)]
    if role == "award_rx":
        return [s for s in pool if lang_providers(lang, "rx_supplier", s.kind)]
    return pool


def make_plans(rng: random.Random) -> list[Plan]:
    plans: list[Plan] = []
    used: dict[tuple, int] = {}
    for lang, quota in QUOTAS.items():
        if lang not in FRAMES:
            continue
        F = FRAMES[lang]
        for (label, role), count in quota.items():
            pool = eligible(lang, label, role)
            if not pool:
                raise ValueError(f"{lang}: no subject for {label}/{role}")
            for _ in range(count):
                least = min(used.get((lang, s.key), 0) for s in pool)
                s = rng.choice([s for s in pool if used.get((lang, s.key), 0) == least])
                used[(lang, s.key)] = used.get((lang, s.key), 0) + 1
                shapes = ROLE_SHAPES[role]
                if role == "rvn" and s.kind in SERVICE_KINDS:
                    shapes = tuple(x for x in shapes if x not in EQUIV_SHAPES)
                shape = rng.choice(shapes)
                p = Plan(lang, label, role, s, shape)
                if role in ("rvn", "award_rvn"):
                    own, shared = lang_rvn(lang, s.kind)
                    cands = own if own and (not shared or rng.random() < 0.7) else shared
                    least = min(used.get(("rvn", c[0]), 0) for c in cands)
                    line = rng.choice([c for c in cands if used.get(("rvn", c[0]), 0) == least])
                    used[("rvn", line[0])] = used.get(("rvn", line[0]), 0) + 1
                    p.x, p.entity, p.usd, p.model_only = line[0], line[1], float(line[2]), len(line) > 3
                elif role in ("incumbent", "award_rx"):
                    p.x, p.entity = rng.choice(lang_providers(lang, "incumbent_x" if role == "incumbent" else "rx_supplier", s.kind))
                elif role == "buyer_rx":
                    p.x, p.entity = rng.choice([tuple(x.strip() for x in line.split(" | ")) for line in F["rx_buyer"]])
                plans.append(p)
    return plans


_CJK_ONLY = re.compile(r"^[^A-Za-z]*$")


def note_for(p: Plan, text: str) -> str:
    s = p.subject
    what = s.note.removeprefix("HARD: ")
    ent = f"[entity: {p.entity}]" if p.entity else ""
    if p.role == "rvn":
        cjk = p.lang in CJK and bool(re.search(r"[\u3040-\u9fff]", p.x))
        if p.shape in EQUIV_SHAPES:
            return f"HARD: {what}; restricted product as the 'or equivalent' reference model: {p.x} {ent}"
        hard = "HARD: " if p.model_only or cjk else ""
        how = "model number only, " if p.model_only else ("name in CJK script, " if cjk else "")
        return f"{hard}{what}; {how}restricted product quoted/ordered as a line item with quantity: {p.x} {ent}"
    if p.role == "award_rvn":
        hard = "HARD: " if p.model_only else ""
        return f"{hard}award notice for {what}; the supplied items include the restricted product {p.x} {ent}"
    if p.role == "award_rx":
        return f"award notice: the contract for {what} was awarded to the restricted entity {p.x} {ent}"
    if p.role == "incumbent":
        return f"HARD: {what}; the incumbent {p.x} continues to provide the service (a restricted provider is supplying) {ent}"
    if p.role == "cert":
        return f"HARD: {what}; the bidder's certificate names restricted vendors only to deny supplying them, and quotes a compliant brand"
    if p.role == "award_ok":
        return f"award notice for {what}; awardee and brands are not restricted"
    if p.role == "prohib":
        if p.label == OOS:
            return f"HARD: {what}; the restricted-vendor clause is boilerplate in a purchase that is not ICT"
        return f"HARD: {what}; restricted vendors named only in a prohibition sentence"
    if p.role == "buyer_rx":
        if p.label == OOS:
            return f"HARD: the restricted entity {p.x} is the buyer, not a supplier; it buys {what} {ent}"
        return f"HARD: the restricted entity {p.x} is the buyer, not a supplier; it buys ICT from others: {what} {ent}"
    if p.role == "incidental":
        return f"HARD: {what}; incidental mention of a restricted vendor (location or news), nothing of it is bought"
    return s.note


# ------------------------------------------------------------------ US plans
# (label, shape, kind of subject, count); RVN plans name a restricted product in a county quote, a brand-name
# justification or an "or equal" bid item.
US_QUOTA = ((OOS, "sf1449", 15), (OOS, "rfq", 8), (OOS, "pws", 6), (OOS, "reps", 5), (OOS, "local", 4),
            (ICT, "sf1449", 11), (ICT, "rfq", 6), (ICT, "pws", 4), (ICT, "reps", 4), (ICT, "local", 4),
            (RVN, "quote", 3), (RVN, "brandname", 1), (RVN, "local", 2))


def us_plans(rng: random.Random) -> list[Plan]:
    plans, used = [], {}
    for label, shape, count in US_QUOTA:
        local = label == RVN or shape == "local"
        pool = [s for s in US_SUBJECTS if s.label == (ICT if label == RVN else label) and ("local" in s.flags) == local]
        for _ in range(count):
            least = min(used.get(s.key, 0) for s in pool)
            s = rng.choice([s for s in pool if used.get(s.key, 0) == least])
            used[s.key] = used.get(s.key, 0) + 1
            p = Plan("en", label, "us", s, shape)
            if label == RVN:
                cands = [c for c in RVN_LINES[s.kind] if len(c) == 3]  # US quotes write the brand
                line = rng.choice(cands)
                p.x, p.entity, p.usd = line[0], line[1], float(line[2])
            plans.append(p)
    return plans


def us_note(p: Plan) -> str:
    what = p.subject.note.removeprefix("HARD: ")
    if p.label == RVN:
        how = {"quote": "quoted as a line item", "brandname": "requested by brand name", "local": "specified as an 'or equal' bid item"}[p.shape]
        return f"{what}; restricted product {how}: {p.x} [entity: {p.entity}]"
    if p.label == OOS:
        return f"HARD: {what}; the FAR/DFARS/2 CFR 200.216 text naming Huawei, ZTE, Hytera, Hikvision, Dahua or Kaspersky is boilerplate"
    return f"HARD: {what}; restricted vendors named only in FAR/DFARS/2 CFR 200.216 prohibition clauses and representations"


def build_us(rng: random.Random, p: Plan, ext: str) -> str:
    s = p.subject
    c = us_ctx(rng, s, ext)
    if p.shape == "sf1449":
        return b_us_sf1449(rng, s, c)
    if p.shape == "rfq":
        return b_us_rfq(rng, s, c)
    if p.shape == "pws":
        return b_us_pws(rng, s, c)
    if p.shape == "reps":
        return b_us_reps(rng, s, c)
    if p.shape == "local":
        return b_us_local(rng, s, c, p.x)
    if p.shape == "quote":
        return b_us_quote(rng, s, c, p.x, p.usd)
    return b_us_brandname(rng, s, c, p.x, p.usd)


# =====================================================================================
# Build, write, measure
# =====================================================================================


def build(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    others = [sh for _, sh in existing_shingles(PREFIX)]  # grows with each accepted document
    docs: list[Doc] = []
    plans = us_plans(rng) + make_plans(rng)
    for counter, p in enumerate(plans, 1):
        if p.role == "us":
            ext = rng.choice((".txt", ".txt", ".md", ".html"))
            slug_, doctype = US_SHAPES[p.shape]
            text, _, sh = least_similar(lambda: (build_us(rng, p, ext), None), others)
            note = us_note(p)
        else:
            ext = rng.choice(EXTS.get(p.shape, EXT_DEFAULT))
            slug_, doctype = SHAPES[p.shape]
            if p.role == "cert":
                doctype += " with a certificate of compliance"
            text, _, sh = least_similar(lambda: (build_general(rng, p, ext), None), others)
            if ext == ".md" and len(text.split("\n")[0]) > 100:
                ext = ".txt"  # a one-paragraph notice makes a poor Markdown heading
            note = note_for(p, text)
        others.append(sh)
        name = f"{PREFIX}{p.lang}-{slug_}-{p.subject.key}-{counter:03d}{ext}"
        docs.append(Doc(p.lang, name, dress(text, ext) if ext != ".csv" else text, p.label, doctype, re.sub(r"\s+", " ", note).strip()))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261215)
    ap.add_argument("--measure", action="store_true", help="only measure near-duplicates of the existing files")
    a = ap.parse_args(argv)
    if not a.measure:
        docs = build(a.seed)
        write_part(docs, PREFIX, LABELS_FILE, SOURCE, lineterminator="\n")
        counts: dict[tuple[str, str], int] = {}
        for d in docs:
            counts[(d.lang, d.label)] = counts.get((d.lang, d.label), 0) + 1
        print(f"wrote {len(docs)} documents and {LABELS_FILE.name}")
        for lang in sorted({d.lang for d in docs}):
            print(f"  {lang}: " + ", ".join(f"{lab} {counts.get((lang, lab), 0)}" for lab in (RVN, ICT, OOS)))
        for label in (RVN, ICT, OOS):
            k = sum(1 for d in docs if d.label == label)
            print(f"  {label}: {k} ({100 * k / len(docs):.0f}%)")
        hard = sum(1 for d in docs if d.note.startswith("HARD:"))
        print(f"  HARD notes: {hard} ({100 * hard / len(docs):.0f}%)")
    n, nd, best, nparts, ndd, best_e = measure(PREFIX)
    print(f"near-duplicates (word 5-shingle Jaccard >= 0.5): {nd} of {n} documents ({100 * nd / max(n, 1):.1f}%), "
          f"part E: {ndd} of {nparts}; highest pair {best:.2f} (with a part-E document: {best_e:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
