"""Build seed-set half A of the tender-triage training data (English, Spanish, Vietnamese).

Why a generator: the classifier needs a few hundred labelled documents that vary in type, buyer,
length and format, and whose label depends on *what is bought* and *whether a restricted vendor
is part of the offer*, not on the template. Writing 300+ files one by one would take days; so the
team wrote, by hand and natively in each language, pools of distinct sections:

* per equipment/service category: titles, scope paragraphs, line items, technical requirements,
  compliant-brand items and restricted-vendor items (named outright, as model numbers only, as a
  subsidiary brand such as EZVIZ/Imou/HiLook, in CJK script, or as an "or equivalent" reference);
* per document type (notice, RFQ, RFP, invitation to bid, offer letter, quote, price list, bill of
  quantities, specification, datasheet, award notice, contract annex, SOW, market research,
  framework call-off, e-mail request): its own opening, instructions and closing sentences;
* hard-case inserts: prohibition clauses, FAR 52.204-2x / NDAA s.889 boilerplate and
  certifications, incidental mentions of restricted names, compliance certificates;
* generic long-form sections (terms, delivery, warranty, evaluation, ...) for 1,500-4,000 word
  documents.

Each document picks a label, a document type, a category and a "mode" (how, or whether, a
restricted name appears), then a renderer assembles blocks (headings, paragraphs, lists, tables)
in a type-specific, partly random order and writes them as .txt, .md, .html or .csv. The label is
fixed by construction (the mode decides it), and the notes column says why. The run is seeded, so
`python training_data/tools/build_a.py` regenerates the same files and tools/parts/labels_a.csv (then run tools/merge_labels.py).

Near-duplicates: after writing, every pair of documents is compared by the Jaccard similarity of
their word 5-shingles; the share of documents with a partner at >= 0.5 is printed (target < 5%).
"""

from __future__ import annotations

import csv
import html
import itertools
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "documents"
LABELS = ROOT / "tools" / "parts" / "labels_a.csv"  # merged into labels.csv by tools/merge_labels.py
SOURCE = "seed set written by the tender-triage team"
SEED = 20260301

RVN = "restricted_vendor_named"
ICT = "in_scope_ict"
OUT = "out_of_scope"


# --------------------------------------------------------------------------- document model
@dataclass
class Doc:
    """A document as blocks, so one content plan can be written in any format."""

    title: str
    blocks: list = field(default_factory=list)

    def h(self, text: str) -> None:
        self.blocks.append(("h", text))

    def p(self, text: str) -> None:
        if text:
            self.blocks.append(("p", text))

    def ul(self, items: list[str]) -> None:
        if items:
            self.blocks.append(("ul", list(items)))

    def ol(self, items: list[str]) -> None:
        if items:
            self.blocks.append(("ol", list(items)))

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        self.blocks.append(("table", list(header), [list(map(str, r)) for r in rows]))

    def kv(self, pairs: list[tuple[str, str]]) -> None:
        self.blocks.append(("kv", list(pairs)))

    def words(self) -> int:
        return len(render_txt(self, 0).split())


def _txt_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: " | ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([line(header), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows])


def render_txt(doc: Doc, style: int) -> str:
    out = [doc.title.upper() if style % 2 else doc.title, ("=" if style % 3 else "-") * min(len(doc.title), 72), ""]
    n = 0
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            n += 1
            if style % 3 == 0:
                out += [f"{n}. {b[1].upper()}", ""]
            elif style % 3 == 1:
                out += [b[1], "-" * len(b[1]), ""]
            else:
                out += [f"{n}. {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            mark = "-" if style % 2 else "*"
            out += [f"  {mark} {x}" for x in b[1]] + [""]
        elif kind == "ol":
            out += [f"  ({chr(97 + i)}) {x}" if style % 2 else f"  {i + 1}) {x}" for i, x in enumerate(b[1])] + [""]
        elif kind == "table":
            out += [_txt_table(b[1], b[2]), ""]
        elif kind == "kv":
            w = max(len(k) for k, _ in b[1])
            out += [f"{k.ljust(w)} : {v}" for k, v in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_md(doc: Doc, style: int) -> str:
    out = [f"# {doc.title}", ""]
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            out += [("## " if style % 2 else "### ") + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i + 1}. {x}" for i, x in enumerate(b[1])] + [""]
        elif kind == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "|".join("---" for _ in b[1]) + "|"]
            out += ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in b[2]] + [""]
        elif kind == "kv":
            out += [f"**{k}:** {v}  " for k, v in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_html(doc: Doc, style: int, lang: str) -> str:
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{e(doc.title)}</title>',
           "<style>body{font-family:Arial,sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head><body>", f"<h1>{e(doc.title)}</h1>"]
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "table":
            out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2]]
            out.append("</table>")
        elif kind == "kv":
            out.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[1]) + "</dl>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_csv(doc: Doc) -> str:
    """A BOQ/price list as a spreadsheet export: preamble lines as one-cell rows, then the table."""
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([doc.title])
    for b in doc.blocks:
        if b[0] == "p":
            w.writerow([b[1]])
        elif b[0] == "kv":
            for k, v in b[1]:
                w.writerow([k, v])
        elif b[0] == "table":
            w.writerow(b[1])
            w.writerows(b[2])
        elif b[0] in ("ul", "ol"):
            for x in b[1]:
                w.writerow([x])
        elif b[0] == "h":
            w.writerow([])
            w.writerow([b[1]])
    return buf.getvalue()


# --------------------------------------------------------------------------- helpers
def pick(rng: random.Random, seq, k: int | None = None):
    if k is None:
        return rng.choice(seq)
    return rng.sample(list(seq), min(k, len(seq)))


def slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return "-".join(s.split("-")[:4])


def money(rng: random.Random, lo: float, hi: float, sep: str = ",", dec: str = ".", decimals: int = 2) -> str:
    v = rng.uniform(lo, hi)
    v = round(v, decimals) if decimals else int(round(v, -1 if v > 1000 else 0))
    whole, _, frac = f"{v:.{decimals}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", sep)
    return grouped + (dec + frac if decimals else "")


@dataclass
class Plan:
    lang: str
    label: str
    doctype: str
    cat: str
    mode: str
    fmt: str
    long: bool
    idx: int
    batch: str = ""  # "" for the documents drawn since the set was made; "nearmiss" for the near-miss pass


# --------------------------------------------------------------------------- near-duplicates
def shingles(text: str, n: int = 5) -> set:
    toks = re.findall(r"\w+", text.lower())
    return {" ".join(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1))}


def near_duplicates(texts: dict[str, str], threshold: float = 0.5) -> tuple[int, float, list]:
    """Documents with at least one partner whose 5-shingle Jaccard >= threshold; also the max."""
    sh = {k: shingles(v) for k, v in texts.items()}
    keys = sorted(sh)
    flagged, pairs, best = set(), [], 0.0
    for a, b in itertools.combinations(keys, 2):
        sa, sb = sh[a], sh[b]
        if not sa or not sb:
            continue
        small, large = (sa, sb) if len(sa) < len(sb) else (sb, sa)
        if len(small) / len(large) < threshold:  # Jaccard <= |small|/|large|
            continue
        j = len(sa & sb) / len(sa | sb)
        best = max(best, j)
        if j >= threshold:
            flagged |= {a, b}
            pairs.append((a, b, round(j, 3)))
    return len(flagged), best, pairs


# =========================================================================== ENGLISH
# Buyers: (name, city, country, currency, style). style drives clause choice (FAR only for us_fed).
EN_BUYERS = [
    ("Department of Veterans Affairs, Network Contracting Office 21", "Sacramento, CA", "USA", "USD", "us_fed"),
    ("U.S. Army Mission and Installation Contracting Command, Fort Hood", "Fort Cavazos, TX", "USA", "USD", "us_fed"),
    ("Naval Facilities Engineering Systems Command Southwest", "San Diego, CA", "USA", "USD", "us_fed"),
    ("U.S. Fish and Wildlife Service, Region 6", "Lakewood, CO", "USA", "USD", "us_fed"),
    ("General Services Administration, Public Buildings Service Region 4", "Atlanta, GA", "USA", "USD", "us_fed"),
    ("U.S. Coast Guard Base Ketchikan", "Ketchikan, AK", "USA", "USD", "us_fed"),
    ("Bureau of Land Management, Nevada State Office", "Reno, NV", "USA", "USD", "us_fed"),
    ("Indian Health Service, Albuquerque Area", "Albuquerque, NM", "USA", "USD", "us_fed"),
    ("Federal Aviation Administration, Logistics Center", "Oklahoma City, OK", "USA", "USD", "us_fed"),
    ("USDA Forest Service, Pacific Northwest Region", "Portland, OR", "USA", "USD", "us_fed"),
    ("City of Tucson Procurement Department", "Tucson, AZ", "USA", "USD", "us_local"),
    ("Harris County Purchasing Agent", "Houston, TX", "USA", "USD", "us_local"),
    ("State of Ohio Department of Administrative Services", "Columbus, OH", "USA", "USD", "us_local"),
    ("Metropolitan Transit Authority of Wake County", "Raleigh, NC", "USA", "USD", "us_local"),
    ("Town of Brookhaven Division of Purchasing", "Farmingville, NY", "USA", "USD", "us_local"),
    ("Minnesota Department of Transportation", "St. Paul, MN", "USA", "USD", "us_local"),
    ("Leeds City Council", "Leeds", "United Kingdom", "GBP", "uk"),
    ("Royal Devon University Healthcare NHS Foundation Trust", "Exeter", "United Kingdom", "GBP", "uk"),
    ("Highways England South West (National Highways)", "Bristol", "United Kingdom", "GBP", "uk"),
    ("Scottish Water", "Dunfermline", "United Kingdom", "GBP", "uk"),
    ("London Borough of Camden", "London", "United Kingdom", "GBP", "uk"),
    ("Department of Home Affairs", "Canberra, ACT", "Australia", "AUD", "au"),
    ("City of Gold Coast", "Southport, QLD", "Australia", "AUD", "au"),
    ("Transport for NSW", "Sydney, NSW", "Australia", "AUD", "au"),
    ("Public Services and Procurement Canada", "Gatineau, QC", "Canada", "CAD", "ca"),
    ("City of Winnipeg Materials Management", "Winnipeg, MB", "Canada", "CAD", "ca"),
    ("Alberta Health Services", "Edmonton, AB", "Canada", "CAD", "ca"),
    ("Bharat Sanchar Nigam Limited, Kerala Circle", "Thiruvananthapuram", "India", "INR", "in"),
    ("Indian Institute of Technology Madras", "Chennai", "India", "INR", "in"),
    ("Municipal Corporation of Greater Mumbai", "Mumbai", "India", "INR", "in"),
    ("Kenya Power and Lighting Company PLC", "Nairobi", "Kenya", "KES", "ke"),
    ("Kenya Revenue Authority", "Nairobi", "Kenya", "KES", "ke"),
    ("County Government of Kisumu", "Kisumu", "Kenya", "KES", "ke"),
    ("Kenya Ports Authority", "Mombasa", "Kenya", "KES", "ke"),
]

EN_SUPPLIERS = [
    "Northgate Integrated Systems LLC", "Bluewater Networks Ltd", "Kestrel Communications Inc.",
    "Savanna Technologies Ltd", "Ironbark Security Pty Ltd", "Redline Secure Solutions Inc.",
    "Maplebridge Telecom Corp.", "Tridev Infotech Pvt. Ltd.", "Harbourside AV & IT Ltd",
    "Summit Federal Services LLC", "Copperleaf Supply Co.", "Ngong Road Technologies Ltd",
    "Pinecrest Office Solutions", "Lakeshore Facility Group", "Granite State Fleet Supply",
    "Westmoor Engineering Ltd", "Acacia General Merchants", "Pacific Rim Trading (HK) Ltd",
    "Orion Datacom Pvt Ltd", "Delta Gulf Integrators", "Cobalt Systems Group", "Greenfield Janitorial Inc.",
]

# Categories. kind: "in" (regimes restrict it), "out" (not ICT), "adj" (ICT-adjacent, out of scope).
# items: (description, unit, low price, high price). restricted: (entity, text, style).
EN_CATS = {
    "network-switch": dict(
        kind="in", cpv="32422000 Network components",
        titles=["Supply of access layer network switches", "Campus LAN switch refresh", "Replacement of edge switches in district schools", "Core and distribution switching upgrade"],
        scope=[
            "The existing access switches were installed between 2012 and 2015, have reached end of support, and can no longer receive security patches. This requirement replaces them like for like, adding PoE+ on every access port so that wireless access points and desk phones can be powered from the switch.",
            "The Contractor shall supply, configure and install managed Layer 2/Layer 3 switches in the communications rooms listed in Annex A, migrate the existing VLAN plan, and remove the old units for certified disposal.",
            "Around 2,400 wired ports across four buildings are in scope. Uplinks to the new distribution pair must run at 10 Gb/s over existing single-mode fibre; all units must be stackable and managed from a single console.",
            "The purpose of this procurement is a resilient two-tier switching fabric for the new administrative headquarters, including two chassis-free core switches in a virtual chassis configuration and forty stacked access switches.",
        ],
        items=[("48-port Gigabit PoE+ access switch, 4 x 10G SFP+ uplinks, 740 W PoE budget", "each", 1900, 4200),
               ("24-port Gigabit managed switch, 4 x 1G SFP uplinks, fanless", "each", 380, 950),
               ("10G SFP+ LR transceiver, single-mode, 10 km", "each", 45, 220),
               ("Stacking cable, 1 m", "each", 60, 140),
               ("Core switch, 32 x 100G QSFP28, redundant PSU and fans", "each", 18000, 42000),
               ("Installation, configuration and migration services", "lot", 8000, 30000),
               ("5-year next-business-day hardware replacement and software support", "per switch", 150, 600),
               ("Rack mounting kit and cable management", "set", 25, 90)],
        reqs=["Support IEEE 802.1Q VLANs (minimum 4,000), 802.1X port authentication and MAC authentication bypass.",
              "Provide IEEE 802.3at PoE+ on all copper ports with a total budget not less than 740 W per 48-port unit.",
              "Support OSPFv2/v3 and static routing; VRRP for gateway redundancy.",
              "Offer a management interface reachable by SSHv2, SNMPv3 and a REST API; Telnet and HTTP must be disableable.",
              "Be stackable up to eight members with a single management IP address.",
              "Store firmware images signed by the manufacturer and verify them at boot.",
              "Have an MTBF stated by the manufacturer of at least 250,000 hours.",
              "Operate at 0-45 degrees C without active cooling for the fanless models."],
        compliant=["Cisco Catalyst C9200L-48P-4X-E", "Aruba CX 6100 48G Class4 PoE 4SFP+ (JL675A)", "Juniper EX2300-48P", "Extreme Networks 5320-48P-8XE", "Arista CCS-720XP-48ZC2"],
        restricted=[("huawei", "Huawei S5735-L48P4X-A1 48-port PoE+ switch", "name"),
                    ("huawei", "S5720-28X-SI-AC 24 x GE + 4 x 10GE SFP+ switch", "model"),
                    ("huawei", "Huawei CloudEngine S5731-H48P4XC campus switch", "name"),
                    ("huawei", "CloudEngine 6857-48S6CQ-EI data-centre switch", "model"),
                    ("zte", "ZTE ZXR10 5960-64DL-H aggregation switch", "name"),
                    ("zte", "ZXR10 5250-52TM-H L3 access switch", "model"),
                    ("huawei", "华为 S5735-S48P4X 千兆交换机", "cjk")],
    ),
    "router": dict(
        kind="in", cpv="32413100 Network routers",
        titles=["Branch office routers and SD-WAN edge devices", "WAN router replacement for 60 remote sites", "Internet edge router pair", "Provider edge router upgrade"],
        scope=[
            "Each branch currently connects through a single copper DSL line and an unsupported router. The Authority intends to deploy a dual-uplink edge router at every branch, with one wired and one LTE path, managed from a central orchestrator.",
            "The successful bidder will deliver two carrier-grade routers for the internet edge of the data centre, configure BGP sessions with two upstream providers, and hand over documented configurations.",
            "This tender covers routers for 60 remote sites (depots, pump stations and libraries), zero-touch provisioning, and three years of support. Sites have between 5 and 40 users each.",
        ],
        items=[("Branch router, 4 x GE LAN, 2 x GE WAN, integrated LTE Cat 6 modem", "each", 650, 1800),
               ("Aggregation router, 8 x 10GE, 2 x 100GE, redundant power", "each", 14000, 36000),
               ("SD-WAN orchestrator licence, 3 years", "per site", 300, 900),
               ("Rack-mount kit and console cable", "each", 20, 70),
               ("On-site installation and cut-over per site", "per site", 400, 1400),
               ("Spare router kept at central store", "each", 650, 1800)],
        reqs=["Provide hardware-accelerated IPsec with throughput of at least 500 Mb/s at IMIX.",
              "Support BGP-4 with full internet table (at least 1.2 million IPv4 routes) on the edge pair.",
              "Support zero-touch provisioning from the vendor's cloud or an on-premises controller.",
              "Allow configuration rollback and keep at least two firmware images.",
              "Provide NetFlow/IPFIX export and SNMPv3 monitoring.",
              "Support dual SIM failover on the LTE models."],
        compliant=["Cisco ISR 1121-8PLTEP", "Juniper SRX300", "Fortinet FortiGate 60F with FortiExtender", "Cisco Catalyst 8300-1N1S-6T", "Juniper MX204"],
        restricted=[("huawei", "Huawei AR2220E enterprise router", "name"),
                    ("huawei", "AR1220E-S branch router with 4G module", "model"),
                    ("huawei", "NetEngine NE40E-X8 service router", "name"),
                    ("zte", "ZTE ZXR10 M6000-8S Plus router", "name"),
                    ("zte", "MF286D 4G LTE router", "model"),
                    ("huawei", "华为 AR6120 企业路由器", "cjk")],
    ),
    "wifi": dict(
        kind="in", cpv="32422000 Network components; 32420000 Network equipment",
        titles=["Wireless LAN for campus buildings", "Wi-Fi 6 access points for public libraries", "Guest and staff wireless network for hospital wards", "Outdoor Wi-Fi for parks and transit stops"],
        scope=[
            "Coverage is required in 14 libraries with a total of 9,800 square metres. The network must provide separate SSIDs for staff, public and IoT devices, with a captive portal for public users.",
            "The supplier will carry out a predictive and on-site survey, propose access point placement, supply the access points and controller licences, and validate coverage after installation with a heat map per floor.",
            "The wireless network will serve clinical devices as well as patients and visitors. Roaming between access points must be seamless for voice handsets.",
        ],
        items=[("Indoor Wi-Fi 6 access point, 4x4 MU-MIMO, 2.5G uplink", "each", 420, 1100),
               ("Outdoor Wi-Fi 6 access point, IP67, with mounting kit", "each", 900, 2200),
               ("Wireless controller or cloud management licence, 5 years", "per AP", 90, 300),
               ("Site survey and post-installation validation", "lot", 3000, 12000),
               ("Ceiling mounting bracket", "each", 12, 40)],
        reqs=["Comply with IEEE 802.11ax and be Wi-Fi Alliance certified.",
              "Support WPA3-Enterprise and WPA3-Personal; WEP and TKIP shall not be available.",
              "Support 802.11k/v/r for fast roaming.",
              "Be powered by 802.3at PoE at full functionality.",
              "Provide a wireless intrusion detection function that reports rogue access points.",
              "Report per-client statistics to the central management system."],
        compliant=["Aruba AP-535", "Cisco Catalyst CW9166I", "Ruckus R650", "Juniper Mist AP45", "Extreme AP4000"],
        restricted=[("huawei", "Huawei AirEngine 5761-11 Wi-Fi 6 access point", "name"),
                    ("huawei", "AP4050DN dual-band access point", "model"),
                    ("huawei", "AirEngine 8760-X1-PRO indoor AP", "model"),
                    ("zte", "ZTE ZXV10 W812N outdoor AP", "name"),
                    ("huawei", "華為 AirEngine 6761-21 無線基地台", "cjk")],
    ),
    "firewall": dict(
        kind="in", cpv="48730000 Security software package; 32420000 Network equipment",
        titles=["Next-generation firewall cluster", "Perimeter firewall replacement", "Firewalls for water treatment OT network", "Unified threat management appliances for branch offices"],
        scope=[
            "The existing perimeter firewalls reach end of life next year. The Council requires a high-availability pair with intrusion prevention, application control, TLS inspection and remote-access VPN for 1,500 users.",
            "The operational technology network at the treatment works must be segmented from the corporate network. The supplier shall provide industrial firewalls that understand Modbus/TCP and DNP3, and a management station.",
            "Twenty-two branch offices need a small firewall with integrated SD-WAN so that internet breakout can be local while the security policy stays central.",
        ],
        items=[("Next-generation firewall appliance, 10 Gb/s threat protection throughput", "each", 12000, 38000),
               ("Branch UTM firewall, 1 Gb/s threat protection", "each", 700, 2200),
               ("Threat protection subscription (IPS, anti-malware, URL filtering), 3 years", "per appliance", 1200, 9000),
               ("Central management appliance or licence", "each", 3000, 11000),
               ("Professional services for rule-base migration", "days", 900, 1600)],
        reqs=["Be certified to Common Criteria or an equivalent national scheme.",
              "Inspect TLS 1.3 traffic with configurable exemptions for health and banking categories.",
              "Support active/passive and active/active high availability with session synchronisation.",
              "Provide logs in syslog and CEF format to the Authority's SIEM.",
              "Provide a remote-access VPN for at least 1,500 concurrent users with multi-factor authentication."],
        compliant=["Fortinet FortiGate 400F", "Palo Alto Networks PA-3410", "Check Point Quantum 6600", "Cisco Secure Firewall 3110", "Sophos XGS 4300"],
        restricted=[("huawei", "Huawei HiSecEngine USG6525E firewall", "name"),
                    ("huawei", "USG6650E next-generation firewall", "model"),
                    ("huawei", "USG6000E series appliance (USG6555E)", "model"),
                    ("zte", "ZTE ZXSEC firewall with ZXR10 integrated security module", "name")],
    ),
    "ran-5g": dict(
        kind="in", cpv="32500000 Telecommunications equipment and supplies",
        titles=["Private 5G network for port terminal", "LTE/5G radio access network expansion", "Standalone 5G campus network", "Small-cell densification for stadium"],
        scope=[
            "The port authority intends to deploy a standalone private 5G network in band n78 covering the container yard, quay cranes and straddle carriers, with an on-premises core so that operational traffic never leaves the site.",
            "The operator requires radio units, baseband units, antennas and site installation for 120 new sites, integrated with the existing core and OSS.",
            "Coverage of the stadium bowl and concourses must support 40,000 simultaneous users at events; the solution will use small cells on the roof structure and a distributed antenna system in the concourses.",
        ],
        items=[("Massive MIMO active antenna unit, 64T64R, n78", "each", 18000, 45000),
               ("Baseband unit with 5G NR and LTE boards", "each", 22000, 60000),
               ("Remote radio unit, 4T4R, band 3/band 7", "each", 5000, 14000),
               ("5G standalone core, on-premises, 2,000 subscribers", "lot", 150000, 480000),
               ("Small cell, indoor, 4T4R n78", "each", 2500, 7000),
               ("Site integration and drive test", "per site", 3000, 9000)],
        reqs=["Comply with 3GPP Release 16 or later.",
              "Support network slicing and quality-of-service flows for crane control traffic.",
              "Provide GPS/PTP synchronisation with holdover of at least 4 hours.",
              "Be managed from an element manager with northbound interfaces to the existing OSS.",
              "Support time-division duplex frame configurations agreed with neighbouring operators."],
        compliant=["Ericsson AIR 6449 B78", "Nokia AirScale Habrok 32", "Samsung 64T64R Massive MIMO radio", "Ericsson Baseband 6648", "Nokia MX Industrial Edge"],
        restricted=[("huawei", "Huawei AAU5613 64T64R active antenna unit", "name"),
                    ("huawei", "BTS3900 baseband cabinet with RRU3908 radio units", "model"),
                    ("zte", "ZTE ZXSDR B8200 baseband unit", "name"),
                    ("huawei", "Huawei 5G Core (UNC/UDG) software licence", "name"),
                    ("huawei", "DBS3900 distributed base station with AAU5639w", "model")],
    ),
    "optical-pon": dict(
        kind="in", cpv="32524000 Telecommunications system; 32562000 Optical-fibre cables",
        titles=["GPON access network for rural broadband", "Fibre-to-the-home OLT and ONT supply", "Optical transport ring between substations", "DWDM backbone upgrade"],
        scope=[
            "The county's broadband programme connects 8,500 rural premises. This lot covers optical line terminals in four exchange buildings and optical network terminals for customer premises.",
            "The utility requires an optical transport ring between eleven substations, carrying SCADA, teleprotection and corporate traffic on separate wavelengths.",
            "Splitters, patch panels and the fibre itself are procured separately; this lot is limited to active optical equipment and its management system.",
        ],
        items=[("GPON optical line terminal chassis, 16 slots", "each", 12000, 32000),
               ("16-port GPON line card, class C+ optics", "each", 2500, 6500),
               ("Single-family ONT, 4 x GE, Wi-Fi 6, 2 x POTS", "each", 45, 120),
               ("DWDM transponder, 100G coherent", "each", 9000, 24000),
               ("Element management system licence", "lot", 10000, 40000),
               ("1:32 PLC splitter, cassette type", "each", 18, 60)],
        reqs=["Comply with ITU-T G.984 (GPON) and be upgradeable to XGS-PON in the same chassis.",
              "ONTs shall support TR-069 remote management.",
              "The transport ring shall restore traffic within 50 ms after a fibre cut.",
              "Provide alarms to the network operations centre in SNMP traps."],
        compliant=["Nokia Lightspan MF-14 OLT", "Calix E7-2 OLT", "Adtran SDX 6400 OLT", "Nokia G-2425G-A ONT", "Ciena 6500 packet-optical platform"],
        restricted=[("huawei", "Huawei SmartAX MA5800-X7 OLT", "name"),
                    ("huawei", "EchoLife HG8245H ONT", "model"),
                    ("zte", "ZTE ZXA10 C600 OLT", "name"),
                    ("zte", "ZXHN F670L GPON ONT", "model"),
                    ("huawei", "OptiX OSN 1800 V transport platform", "model"),
                    ("zte", "中兴 ZXA10 C300 光线路终端", "cjk")],
    ),
    "cctv": dict(
        kind="in", cpv="35125300 Security cameras; 32323500 Video-surveillance system",
        titles=["CCTV upgrade at city hall", "IP camera system for depot yards", "Video surveillance for school campuses", "Replacement of analogue CCTV at the county jail", "Security cameras for park-and-ride sites"],
        scope=[
            "The existing analogue cameras at the depot yards are unreliable at night and cannot be viewed remotely. The requirement is to replace them with IP cameras, recorders sized for 30 days of retention, and remote viewing for the security desk.",
            "Cameras shall cover all entrances, the public counter, parking areas and the loading dock. The contractor shall submit a camera schedule with field-of-view drawings for approval before installation.",
            "The system will be used by custody staff. Image quality must allow identification of a person at the cell door under low light, and all recordings must be exportable with a watermark for evidential use.",
            "This project installs 96 fixed cameras and 8 PTZ cameras on existing lighting columns, with fibre back to the control room.",
        ],
        items=[("4MP fixed dome IP camera, IR 30 m, IK10, PoE", "each", 160, 520),
               ("8MP bullet IP camera, motorised varifocal lens, IR 60 m", "each", 280, 900),
               ("PTZ IP camera, 2MP, 32x optical zoom, IR 150 m", "each", 900, 2600),
               ("Network video recorder, 32 channels, 8 x 8 TB", "each", 1800, 5200),
               ("Camera mounting bracket and junction box", "each", 25, 80),
               ("Installation, cabling and commissioning", "lot", 6000, 28000),
               ("Video management client licence", "per seat", 80, 300)],
        reqs=["Cameras shall be ONVIF Profile S and T conformant.",
              "Support H.265 compression and at least two independent streams.",
              "Provide true wide dynamic range of at least 120 dB.",
              "Retain 30 days of recordings at 15 fps at full resolution.",
              "Encrypt video streams and disable default accounts at commissioning.",
              "Operate from -30 to +60 degrees C with IP67 housing for outdoor units."],
        compliant=["Axis P3265-LVE dome camera", "Bosch FLEXIDOME IP 5100i IR", "Hanwha Vision XNO-8080R bullet camera", "Avigilon H5A bullet camera", "Axis Q6135-LE PTZ camera", "i-PRO WV-S2136L dome"],
        restricted=[("hikvision", "Hikvision DS-2CD2387G2-LU 8MP ColorVu bullet camera", "name"),
                    ("hikvision", "DS-2CD2143G2-I 4MP AcuSense dome", "model"),
                    ("dahua", "Dahua IPC-HDW5442T-ASE 4MP eyeball camera", "name"),
                    ("dahua", "DH-IPC-HFW2431S-S-S2 4MP bullet", "model"),
                    ("hikvision", "EZVIZ C6N indoor Wi-Fi camera", "brand"),
                    ("hikvision", "HiLook IPC-B140H 4MP bullet camera", "brand"),
                    ("hikvision", "HiWatch HWI-B121H 2MP bullet", "brand"),
                    ("dahua", "Imou Ranger 2 pan/tilt camera", "brand"),
                    ("hikvision", "海康威视 4MP 网络半球摄像机", "cjk"),
                    ("dahua", "大华 DH-IPC-HDBW3849R1-ZAS 半球摄像机", "cjk"),
                    ("hikvision", "DS-2DE4425IW-DE 4MP PTZ camera", "model")],
    ),
    "vms-nvr": dict(
        kind="in", cpv="32323500 Video-surveillance system; 48000000 Software",
        titles=["Video management system and recording servers", "NVR replacement and central monitoring", "Unified video platform for transit stations", "Storage expansion for CCTV recording"],
        scope=[
            "The Authority operates about 600 cameras from different manufacturers. It needs one video management system that brings them together, records them on new storage, and gives operators a video wall in the control room.",
            "The recorders at nine stations are full and several disks have failed. This lot replaces the recorders, migrates the recording schedules and provides central monitoring from the operations centre.",
            "The bidder must integrate the video platform with the access-control system so that door alarms bring up the nearest camera automatically.",
        ],
        items=[("Video management software, base licence", "each", 2000, 9000),
               ("Camera device licence", "per camera", 40, 180),
               ("Recording server, 2U, 16 x 16 TB, RAID 6", "each", 9000, 24000),
               ("Network video recorder, 16 channels, 4 bays", "each", 700, 2100),
               ("Video wall controller with 4 x 55-inch displays", "set", 9000, 26000),
               ("Operator workstation, dual monitor", "each", 1500, 3500)],
        reqs=["Support ONVIF Profile S/G/T devices from at least five manufacturers.",
              "Provide failover recording so that no more than 30 seconds of video is lost when a server fails.",
              "Keep an audit trail of every export and every view of recorded video.",
              "Use role-based access with integration to Active Directory.",
              "Allow evidence export in a format playable without proprietary software."],
        compliant=["Milestone XProtect Corporate", "Genetec Security Center Omnicast", "Avigilon Control Center", "Bosch DIVAR IP all-in-one 7000", "Axis Camera Station Pro"],
        restricted=[("hikvision", "Hikvision DS-7732NI-I4/16P 32-channel NVR", "name"),
                    ("hikvision", "HikCentral Professional VMS base licence", "name"),
                    ("dahua", "Dahua DSS Pro video management platform", "name"),
                    ("dahua", "NVR4208-8P-4KS2 8-channel PoE NVR", "model"),
                    ("hikvision", "DS-9632NI-I16 super NVR", "model"),
                    ("hikvision", "DS-7608NI-K2/8P recorder", "model")],
    ),
    "two-way-radio": dict(
        kind="in", cpv="32344210 Radio equipment; 32236000 Radio telephones",
        titles=["Digital two-way radio system for public works", "DMR radios and repeaters", "TETRA terminals for emergency services", "P25 radio upgrade for county sheriff"],
        scope=[
            "Road maintenance, parks and water crews currently share an analogue VHF system with poor coverage in the eastern valleys. The County will move to a DMR Tier II system with four repeater sites and about 250 radios.",
            "The supply includes handheld and vehicle radios, programming, accessories and training for fleet administrators. Radios must interoperate with neighbouring agencies on shared talk groups.",
            "This procurement replaces the sheriff's office's portable and mobile radios with P25 Phase II equipment compatible with the state-wide trunked network.",
        ],
        items=[("DMR portable radio, display and keypad, GPS, IP67", "each", 350, 900),
               ("DMR mobile radio, 45 W, with vehicle installation kit", "each", 450, 1200),
               ("DMR repeater, 50 W, with duplexer", "each", 1800, 4500),
               ("Multi-unit charger, 6 bays", "each", 250, 600),
               ("Remote speaker microphone, IP54", "each", 40, 120),
               ("Programming and fleet map configuration", "lot", 2000, 8000)],
        reqs=["Comply with ETSI TS 102 361 (DMR) Tier II, or TIA-102 (P25) where specified.",
              "Support AES-256 encryption of voice and data.",
              "Provide lone-worker and man-down functions on portables.",
              "Provide GPS location reporting to the dispatch console.",
              "Guarantee battery life of at least 16 hours in a 5/5/90 duty cycle."],
        compliant=["Motorola MOTOTRBO R7 portable", "Motorola APX 6000 P25 portable", "Kenwood NX-3320 DMR portable", "Sepura SC20 TETRA handheld", "Tait TP9300 portable", "L3Harris XL-200P"],
        restricted=[("hytera", "Hytera PD785G DMR portable radio", "name"),
                    ("hytera", "MD785G DMR mobile radio, 45 W", "model"),
                    ("hytera", "Hytera RD985 DMR repeater", "name"),
                    ("hytera", "HP785 DMR handheld with Bluetooth", "model"),
                    ("hytera", "Hytera PNC360 push-to-talk over cellular terminal", "name"),
                    ("hytera", "海能达 PD780 数字对讲机", "cjk")],
    ),
    "endpoint-security": dict(
        kind="in", cpv="48760000 Virus protection software package; 48730000 Security software",
        titles=["Endpoint protection licences renewal", "Antivirus and EDR for 3,500 endpoints", "Managed detection and response service", "Anti-malware for servers and workstations"],
        scope=[
            "The Department's current antivirus subscription expires on 30 June. It needs licences for 3,500 Windows and macOS endpoints and 220 servers, a cloud management console, and migration support.",
            "The service must detect and contain threats around the clock. The provider will operate the endpoint detection and response tooling, triage alerts and isolate hosts within agreed times.",
            "Beyond signature scanning, the product must offer behavioural detection, rollback of ransomware changes and device control for USB storage.",
        ],
        items=[("Endpoint protection licence, 3 years", "per endpoint", 18, 70),
               ("Server protection licence, 3 years", "per server", 40, 160),
               ("EDR add-on, 3 years", "per endpoint", 12, 55),
               ("Managed detection and response, 24x7", "per endpoint per year", 30, 95),
               ("Deployment and migration services", "days", 800, 1500)],
        reqs=["Detect and block malware on Windows 10/11, Windows Server 2016 or later, macOS and major Linux distributions.",
              "Provide a management console hosted in the country, or on premises.",
              "Isolate a host from the network on demand while keeping the console connection.",
              "Keep telemetry for at least 30 days for investigation.",
              "Integrate with the Authority's SIEM through an API or syslog."],
        compliant=["CrowdStrike Falcon Insight XDR", "Microsoft Defender for Endpoint Plan 2", "Trend Micro Apex One", "SentinelOne Singularity Complete", "Sophos Intercept X Advanced with XDR", "ESET PROTECT Enterprise"],
        restricted=[("kaspersky", "Kaspersky Endpoint Security for Business Advanced", "name"),
                    ("kaspersky", "Kaspersky Security Center Cloud Console", "name"),
                    ("kaspersky", "KES 12 for Windows with KSC 14 management server", "model"),
                    ("kaspersky", "Kaspersky Hybrid Cloud Security for servers", "name"),
                    ("kaspersky", "Kaspersky Anti Targeted Attack Platform", "name"),
                    ("kaspersky", "卡巴斯基 终端安全 企业版", "cjk")],
    ),
    "siem-soc": dict(
        kind="in", cpv="72212730 Security software development services; 48730000 Security software",
        titles=["Security information and event management platform", "Security operations centre as a service", "Log management and SIEM subscription"],
        scope=[
            "The Authority needs to collect logs from firewalls, servers, Microsoft 365 and endpoint tools, correlate them, and keep them for 12 months, with a 24x7 analyst service on top.",
            "The platform shall ingest about 150 GB of logs per day and offer detection content mapped to MITRE ATT&CK.",
        ],
        items=[("SIEM subscription, 150 GB/day, 3 years", "lot", 90000, 260000),
               ("24x7 SOC monitoring service", "month", 9000, 26000),
               ("Log collector appliance", "each", 2000, 6000),
               ("Onboarding of log sources", "lot", 10000, 30000)],
        reqs=["Provide 12 months of searchable retention and 7 years of archive.",
              "Offer detection rules mapped to MITRE ATT&CK with monthly updates.",
              "Escalate critical incidents by telephone within 15 minutes.",
              "Store data within the country."],
        compliant=["Splunk Enterprise Security", "Microsoft Sentinel", "IBM QRadar SIEM", "Elastic Security", "Rapid7 InsightIDR"],
        restricted=[("kaspersky", "Kaspersky Unified Monitoring and Analysis Platform (KUMA)", "name"),
                    ("kaspersky", "Kaspersky Threat Intelligence Portal subscription", "name"),
                    ("huawei", "Huawei HiSec Insight security analysis system", "name")],
    ),
    "drone": dict(
        kind="in", cpv="35613000 Unmanned aerial vehicles",
        titles=["Unmanned aircraft systems for bridge inspection", "Drones with thermal cameras for search and rescue", "UAS for wildlife surveys", "Mapping drone and photogrammetry software"],
        scope=[
            "The bridge inspection unit needs two multirotor aircraft that can fly close to structures, carry a zoom and thermal payload, and stream video to the ground crew.",
            "Search and rescue volunteers require drones with radiometric thermal cameras and spotlights, spare batteries, and training for six pilots to obtain remote pilot certificates.",
            "The survey team will map 4,000 hectares of wetland each season. The system must capture RTK-accurate imagery and produce orthomosaics.",
        ],
        items=[("Multirotor UAS, IP54, 40 min flight time, RTK module", "each", 9000, 28000),
               ("Thermal and zoom camera payload, 640 x 512 radiometric", "each", 4000, 12000),
               ("Intelligent flight battery", "each", 250, 900),
               ("Battery charging station", "each", 300, 900),
               ("Photogrammetry software licence, 1 year", "each", 1500, 4000),
               ("Pilot training and certification", "per person", 800, 2000)],
        reqs=["Encrypt the command link and video downlink with AES-256.",
              "Allow operation without any connection to the manufacturer's cloud (local data mode).",
              "Provide RTK positioning with horizontal accuracy better than 3 cm.",
              "Be operable in winds of 12 m/s."],
        compliant=["Skydio X10D", "Parrot ANAFI USA GOV", "Teal Drones Teal 2", "Freefly Astro", "Inspired Flight IF800 Tomcat"],
        restricted=[("dji", "DJI Matrice 350 RTK with Zenmuse H20T", "name"),
                    ("dji", "Mavic 3 Enterprise thermal (M3T)", "model"),
                    ("dji", "DJI Mavic 3 Multispectral", "name"),
                    ("autel_robotics", "Autel EVO II Dual 640T V3", "name"),
                    ("autel_robotics", "EVO Max 4T enterprise drone", "model"),
                    ("dji", "Matrice 30T with DJI Dock 2", "model"),
                    ("dji", "大疆 经纬 M350 RTK 无人机", "cjk")],
    ),
    "cellular-iot": dict(
        kind="in", cpv="32500000 Telecommunications equipment; 32552400 Modems",
        titles=["LTE routers and SIM connectivity for pump stations", "Cellular modems for smart meters", "4G/5G mobile hotspots for field staff", "IoT gateways for traffic signals"],
        scope=[
            "About 340 pump stations and reservoirs report to the SCADA system over leased lines that the telecom operator is withdrawing. Each site needs an industrial LTE router with a VPN back to the control centre.",
            "Field inspectors need mobile hotspots that connect laptops and tablets in rural areas. The contract covers devices, data plans and a management portal.",
            "Traffic signal controllers will report through cellular gateways to the central traffic management system.",
        ],
        items=[("Industrial LTE Cat 4 router, dual SIM, DIN rail, 2 x Ethernet", "each", 280, 750),
               ("5G mobile hotspot, Wi-Fi 6", "each", 180, 520),
               ("M.2 LTE module for rugged laptops", "each", 90, 250),
               ("IoT data plan, 500 MB per month, pooled", "per SIM per month", 2, 9),
               ("External antenna, 4G/5G, 5 m cable", "each", 30, 90)],
        reqs=["Support IPsec and OpenVPN tunnels to the control centre.",
              "Operate at -30 to +70 degrees C.",
              "Support remote firmware updates from a central portal.",
              "Fall back automatically between the two SIM cards."],
        compliant=["Teltonika RUT241", "Sierra Wireless AirLink RV55", "Cradlepoint IBR900", "Netgear Nighthawk M6", "Telit LE910C4 module"],
        restricted=[("huawei", "Huawei E5577Cs-321 mobile Wi-Fi", "name"),
                    ("zte", "ZTE MF286D LTE router", "name"),
                    ("huawei", "B315s-22 LTE CPE", "model"),
                    ("huawei", "Huawei ME909s-120 LTE module", "name"),
                    ("zte", "ZTE MU5001 5G mobile hotspot", "name")],
    ),
    "server-storage": dict(
        kind="in", cpv="48820000 Servers; 30233000 Storage equipment",
        titles=["Virtualisation servers and shared storage", "Storage array for backup", "Data centre compute refresh", "Hyperconverged cluster for hospital systems"],
        scope=[
            "The virtual server estate runs on hosts that are seven years old. The requirement is six new hosts and an all-flash array with 200 TB usable capacity, plus migration of 280 virtual machines.",
            "Backup copies must be kept on immutable storage at the secondary site. The array must support object lock and replication.",
            "The hospital wants a hyperconverged cluster of four nodes to run the patient administration system and the laboratory system.",
        ],
        items=[("2U rack server, 2 x 32-core CPU, 1 TB RAM, 2 x 25GbE", "each", 14000, 32000),
               ("All-flash storage array, 200 TB usable, dual controller", "each", 90000, 240000),
               ("Backup storage appliance with immutability, 400 TB", "each", 60000, 150000),
               ("Hyperconverged node, 4 x 7.68 TB NVMe", "each", 20000, 45000),
               ("Migration services", "lot", 15000, 60000)],
        reqs=["Provide redundant power supplies and hot-swap fans.",
              "Support firmware signed by the manufacturer and a secure boot chain.",
              "Provide a remote management controller with role-based access and audit logs.",
              "Offer five years of 4-hour on-site support."],
        compliant=["Dell PowerEdge R760", "HPE ProLiant DL380 Gen11", "NetApp AFF A400", "Pure Storage FlashArray//X50", "Lenovo ThinkSystem SR650 V3", "Nutanix NX-8150"],
        restricted=[("huawei", "Huawei OceanStor Dorado 5000 all-flash storage", "name"),
                    ("huawei", "OceanStor 5310 hybrid storage", "model"),
                    ("huawei", "Huawei TaiShan 200 (model 2280) server", "name"),
                    ("huawei", "Huawei FusionCube 1000 hyperconverged", "name")],
    ),
    "telecom-service": dict(
        kind="in", cpv="64200000 Telecommunications services",
        titles=["Wide-area network and internet services", "International private leased circuits", "Mobile voice and data services", "SIP trunking and telephony services"],
        scope=[
            "The Authority requires managed MPLS connectivity to 45 sites, two diverse internet breakouts, and a service desk available around the clock.",
            "Two international circuits are needed between the head office and the regional office abroad, with guaranteed latency and diverse routing.",
            "About 2,100 mobile lines with data bundles, device management and a business portal are in scope; the contract lasts three years with two optional years.",
        ],
        items=[("MPLS access, 100 Mb/s, managed CPE", "per site per month", 250, 900),
               ("Dedicated internet access, 1 Gb/s", "per month", 800, 3000),
               ("International private leased circuit, 1 Gb/s", "per month", 4000, 15000),
               ("Mobile line with 20 GB data", "per line per month", 8, 30),
               ("SIP trunk channel", "per channel per month", 4, 15)],
        reqs=["Guarantee availability of 99.95 percent per month for core sites.",
              "Restore faults within 4 hours for priority-1 incidents.",
              "Provide monthly service reports and a named service manager.",
              "Provide lawful, in-country handling of call records."],
        compliant=["AT&T Business VPN", "Verizon Private IP", "BT Global Fabric", "Telstra Global MPLS", "Safaricom Enterprise Fibre", "Bell MPLS"],
        restricted=[("china_telecom", "China Telecom Americas CN2 IPLC circuit", "name"),
                    ("china_mobile", "China Mobile International IEPL circuit", "name"),
                    ("china_unicom", "China Unicom Global MPLS service", "name"),
                    ("pacnet_comnet", "PacNet/ComNet international voice termination", "name"),
                    ("china_telecom", "中国电信 国际专线 1G", "cjk")],
    ),
    # ---------------------------------------------------------------- out of scope
    "janitorial": dict(
        kind="out", cpv="90910000 Cleaning services",
        titles=["Custodial services for federal building", "Janitorial services at district offices", "Cleaning of health centres", "Window and carpet cleaning"],
        scope=[
            "The contractor shall provide all labour, supervision, equipment and consumables to clean 42,000 square feet of office space, restrooms and a break room five nights a week.",
            "Services include daily trash removal, vacuuming, restroom sanitation and restocking, monthly floor scrubbing and quarterly carpet extraction.",
            "Cleaning staff must be trained in infection control; clinical areas are cleaned to the national specification for cleanliness.",
        ],
        items=[("Nightly custodial service", "month", 6000, 18000), ("Quarterly carpet extraction", "each", 1200, 4000),
               ("Window cleaning, exterior, twice yearly", "each", 900, 3000), ("Restroom consumables", "month", 400, 1500),
               ("Floor stripping and refinishing", "sq ft", 0.3, 1.2)],
        reqs=["Use cleaning chemicals certified under Green Seal GS-37 or equivalent.", "Keep a daily log signed by the supervisor.",
              "Respond to emergency spills within one hour.", "Provide staff uniforms and identification badges."],
        specs=[("Service hours", "18:00-02:00"), ("Area", "42,000 sq ft"), ("Frequency", "5 nights per week")],
    ),
    "construction": dict(
        kind="out", cpv="45000000 Construction work",
        titles=["Roof replacement at maintenance depot", "Renovation of community centre", "Culvert replacement on County Road 14", "Construction of a vehicle wash bay"],
        scope=[
            "The work consists of removing the existing built-up roof, replacing damaged decking, installing tapered insulation and a new single-ply membrane, and new gutters and downpipes.",
            "Renovation includes demolition of internal partitions, new accessible restrooms, a kitchen fit-out, and replacement of windows and doors.",
            "The contractor will replace a failed corrugated metal culvert with a precast concrete box culvert, including traffic control, excavation and paving.",
        ],
        items=[("Mobilisation and demobilisation", "lump sum", 5000, 25000), ("Excavation, unclassified", "cu yd", 18, 45),
               ("Precast concrete box culvert 8 ft x 6 ft", "lin ft", 900, 1800), ("TPO roofing membrane 60 mil", "sq ft", 6, 14),
               ("Asphalt paving, 4 inch", "ton", 95, 180), ("Traffic control", "lump sum", 4000, 16000)],
        reqs=["Comply with the prevailing wage determination attached.", "Provide a performance and payment bond of 100 percent.",
              "Submit a schedule of values within 10 days of award.", "Keep the site secure and clean at the end of each day."],
        specs=[("Period of performance", "120 calendar days"), ("Bonding", "100% performance and payment")],
    ),
    "furniture": dict(
        kind="out", cpv="39130000 Office furniture",
        titles=["Office furniture for new annex", "Ergonomic chairs and sit-stand desks", "Classroom furniture"],
        scope=["The agency is moving 180 staff into a refurbished annex and requires workstations, task chairs, storage and meeting room tables, delivered and installed.",
               "Desks must be height-adjustable with an electric motor and memory presets; chairs must meet BIFMA X5.1."],
        items=[("Electric sit-stand desk 1600 x 800", "each", 350, 900), ("Task chair, mesh back, adjustable arms", "each", 180, 650),
               ("Lockable pedestal, 3 drawers", "each", 120, 300), ("Meeting table, 10 seats", "each", 900, 2600), ("Installation", "lot", 2000, 9000)],
        reqs=["Comply with BIFMA X5.1 or EN 1335.", "Provide a 10-year warranty on frames.", "Remove all packaging from site."],
        specs=[("Desk height range", "650-1300 mm"), ("Chair load rating", "150 kg"), ("Warranty", "10 years")],
    ),
    "fuel": dict(
        kind="out", cpv="09134100 Diesel oil",
        titles=["Supply of diesel and unleaded fuel", "Bulk heating oil delivery", "Fuel cards for the vehicle fleet"],
        scope=["The County requires delivery of ultra-low sulphur diesel and unleaded gasoline to eight bulk tanks, on call, within 48 hours of an order.",
               "Pricing will be the published rack price at the terminal plus a fixed differential per gallon stated in the bid."],
        items=[("Ultra-low sulphur diesel, delivered", "gallon", 2.8, 4.5), ("Unleaded gasoline 87 octane, delivered", "gallon", 2.6, 4.2),
               ("Heating oil no. 2", "gallon", 2.9, 4.6), ("Emergency delivery surcharge", "each", 100, 400)],
        reqs=["Deliver in trucks with calibrated meters.", "Provide a delivery ticket for each tank.", "Meet ASTM D975 for diesel."],
        specs=[("Delivery window", "48 hours"), ("Tanks", "8 sites")],
    ),
    "vehicles": dict(
        kind="out", cpv="34100000 Motor vehicles",
        titles=["Purchase of half-ton pickup trucks", "Electric vans for parks department", "Refuse collection vehicles"],
        scope=["The fleet division is replacing twelve pickup trucks that exceed 150,000 miles. Units must be four-wheel drive, crew cab, with a towing package and LED light bar.",
               "Two rear-loader refuse trucks are required with a 25 cubic yard body, cart tippers and a reversing camera with in-cab monitor."],
        items=[("Half-ton pickup, crew cab, 4x4", "each", 38000, 56000), ("Electric cargo van, 200-mile range", "each", 45000, 62000),
               ("Rear-loader refuse truck, 25 cu yd", "each", 210000, 290000), ("Extended warranty, 5 years/100,000 miles", "each", 1500, 4000)],
        reqs=["Deliver units fully serviced with full tank or full charge.", "Provide operator and service manuals.",
              "Offer local warranty service within 50 miles."],
        specs=[("Drive", "4x4"), ("GVWR", "7,000 lb"), ("Warranty", "3 years/36,000 miles")],
    ),
    "catering": dict(
        kind="out", cpv="55520000 Catering services",
        titles=["Catering services for training centre", "School meal provision", "Staff canteen operation"],
        scope=["The contractor will operate the staff canteen serving breakfast and lunch to about 400 staff, including vegetarian, halal and allergen-free options.",
               "Meals for 12 primary schools are to be prepared in a central kitchen and delivered hot in insulated containers."],
        items=[("Breakfast per person", "each", 3, 8), ("Lunch per person", "each", 6, 14), ("Refreshments for meetings", "per head", 2, 6)],
        reqs=["Hold a food hygiene rating of 5.", "Publish allergen information for each dish.", "Source at least 20 percent of produce locally."],
        specs=[("Covers per day", "400"), ("Service days", "Monday to Friday")],
    ),
    "road-works": dict(
        kind="out", cpv="45233140 Roadworks",
        titles=["Resurfacing of arterial roads", "Pothole repair term contract", "Road marking and signage renewal"],
        scope=["The programme resurfaces 18 km of arterial roads, including milling, base repairs, a 40 mm surface course and new road markings.",
               "A term contract is required for reactive pothole repairs within 24 hours for emergencies and 28 days for routine defects."],
        items=[("Milling, 40 mm", "sq m", 3, 8), ("Surface course asphalt, 40 mm", "sq m", 9, 20), ("Thermoplastic road marking", "lin m", 1, 4),
               ("Traffic management per day", "day", 800, 2500)],
        reqs=["Comply with the national specification for highway works.", "Provide traffic management plans for approval.", "Guarantee surfacing for 2 years."],
        specs=[("Length", "18 km"), ("Surface course", "AC 14 close surf")],
    ),
    "lab-equipment": dict(
        kind="out", cpv="38000000 Laboratory equipment",
        titles=["FTIR spectrometer for chemistry department", "Laboratory fume hoods", "Autoclave and incubators"],
        scope=["The chemistry department requires a benchtop FTIR spectrometer with ATR accessory, software and training for four users.",
               "Two ducted fume hoods and one biosafety cabinet are to be supplied, installed and certified."],
        items=[("FTIR spectrometer with diamond ATR", "each", 18000, 45000), ("Ducted fume hood 1.5 m", "each", 7000, 15000),
               ("Class II biosafety cabinet", "each", 9000, 18000), ("Installation and certification", "lot", 2000, 6000)],
        reqs=["Spectral range 7,800-350 cm-1.", "Face velocity 0.5 m/s +/- 20 percent.", "Provide IQ/OQ documentation."],
        specs=[("Resolution", "0.5 cm-1"), ("Detector", "DTGS")],
    ),
    "uniforms": dict(
        kind="out", cpv="18100000 Occupational clothing",
        titles=["Uniforms for transit operators", "High-visibility workwear", "Firefighter station wear"],
        scope=["Approximately 900 operators are issued uniforms annually: shirts, trousers, jackets and caps in the Authority's colours, embroidered with the logo.",
               "Workwear must meet high-visibility class 3 for roadside crews."],
        items=[("Short-sleeve shirt, embroidered", "each", 15, 35), ("Work trousers", "each", 20, 45), ("Hi-vis jacket class 3", "each", 40, 110), ("Cap", "each", 6, 15)],
        reqs=["Offer sizes XS-5XL.", "Deliver individually bagged and labelled per employee.", "Meet ANSI/ISEA 107 class 3 for hi-vis items."],
        specs=[("Fabric", "65/35 polyester cotton"), ("Colour", "navy")],
    ),
    "bottled-water": dict(
        kind="out", cpv="15981000 Mineral water",
        titles=["Bottled drinking water", "Water coolers and 5-gallon bottles"],
        scope=["The City requires 16.9 oz bottled water delivered to emergency operations and 20 fire stations, and 5-gallon bottles with coolers for offices."],
        items=[("16.9 oz bottled water, case of 24", "case", 3, 8), ("5-gallon bottle", "each", 5, 10), ("Cooler rental", "month", 6, 15)],
        reqs=["Meet FDA bottled water standards.", "Deliver within 3 days of order."],
        specs=[("Bottle size", "16.9 oz"), ("Case", "24 bottles")],
    ),
    "paper-stationery": dict(
        kind="out", cpv="30197600 Processed paper",
        titles=["Copier paper and office stationery", "Maplitho paper supply", "Envelopes and printed forms"],
        scope=["Annual supply of A4 and letter copier paper, envelopes and general stationery to 30 offices, delivered monthly."],
        items=[("A4 copier paper 80 gsm, ream of 500", "ream", 3, 7), ("Maplitho paper 70 gsm", "kg", 0.8, 1.6), ("DL envelopes, box of 500", "box", 8, 20), ("Ballpoint pens, box of 50", "box", 5, 12)],
        reqs=["Paper from certified sustainable sources (FSC or PEFC).", "Brightness at least 94 percent ISO."],
        specs=[("Grammage", "80 gsm"), ("Brightness", "94% ISO")],
    ),
    "legal-services": dict(
        kind="out", cpv="79100000 Legal services",
        titles=["External legal counsel panel", "Legal advisory for land acquisition"],
        scope=["The Authority is establishing a panel of law firms to advise on procurement, employment and property matters for three years.",
               "Advice is needed on acquiring land for the new depot, including title searches and negotiation support."],
        items=[("Partner hourly rate", "hour", 250, 600), ("Associate hourly rate", "hour", 120, 320), ("Fixed fee title search", "each", 400, 1200)],
        reqs=["Firms must hold professional indemnity insurance of at least 5 million.", "Declare conflicts of interest.", "Report fees monthly."],
        specs=[("Term", "3 years"), ("Areas", "procurement, employment, property")],
    ),
    "forklift": dict(
        kind="out", cpv="42415110 Fork-lift trucks",
        titles=["Electric forklift trucks for sorting centre", "Forklift lease and maintenance"],
        scope=["Six electric counterbalance forklifts of 2.5 t capacity are required for the mail sorting centre, with lithium-ion batteries and chargers."],
        items=[("Electric forklift 2.5 t, lithium-ion", "each", 28000, 46000), ("Charger", "each", 2000, 4500), ("Full maintenance, per truck per year", "each", 1200, 3000)],
        reqs=["Lift height at least 4.5 m.", "Blue spot safety light and reversing alarm.", "Operator training for 12 staff."],
        specs=[("Capacity", "2,500 kg"), ("Lift height", "4,500 mm"), ("Battery", "80 V Li-ion")],
    ),
    # ---------------------------------------------------------------- ICT-adjacent, out of scope
    "printers-copiers": dict(
        kind="adj", cpv="30120000 Photocopying and offset printing equipment",
        titles=["Managed print service", "Multifunction copier lease", "Desktop thermal label printers"],
        scope=["The Council leases 140 multifunction devices. The new contract covers devices, toner, maintenance and a print management system with secure release by badge.",
               "Desktop thermal printers are needed to print shipping labels at the parcel counters."],
        items=[("A3 colour multifunction device, 45 ppm", "per month", 60, 180), ("A4 mono printer", "each", 180, 450), ("Thermal label printer, 203 dpi", "each", 150, 420), ("Cost per page, mono", "page", 0.004, 0.012)],
        reqs=["Support secure print release by card.", "Encrypt and overwrite the hard disk at end of lease.", "Offer duplex scanning at 100 ipm."],
        specs=[("Speed", "45 ppm"), ("Paper", "A3/A4"), ("Resolution", "1200 x 1200 dpi")],
    ),
    "laptops-schools": dict(
        kind="adj", cpv="30213100 Portable computers",
        titles=["Laptops for secondary schools", "Chromebooks for pupils", "Staff notebook refresh"],
        scope=["The district will issue a laptop to every pupil in grades 6-9, about 5,200 devices, with protective cases, device management enrolment and a three-year warranty.",
               "Teachers' notebooks purchased in 2019 are being replaced; 640 units with docking stations are required."],
        items=[("14-inch laptop, 8 GB RAM, 256 GB SSD", "each", 320, 900), ("Chromebook 11.6-inch, rugged", "each", 220, 380), ("Docking station USB-C", "each", 90, 220), ("Protective case", "each", 12, 30)],
        reqs=["Battery life of at least 10 hours.", "Spill-resistant keyboard.", "Three-year on-site warranty with accidental damage cover."],
        specs=[("Display", "14-inch FHD"), ("Memory", "8 GB"), ("Storage", "256 GB SSD")],
    ),
    "office-software": dict(
        kind="adj", cpv="48000000 Software package",
        titles=["Office productivity software licences", "Payroll and HR software", "Website redesign and hosting", "Library management system"],
        scope=["The Authority requires 3,000 productivity suite licences (word processing, spreadsheets, e-mail) under an enterprise agreement.",
               "The payroll system is to be replaced by a hosted payroll and HR solution covering 2,400 employees, including data migration and training.",
               "The website will be redesigned for accessibility (WCAG 2.2 AA), migrated to a new content management system and hosted for three years."],
        items=[("Productivity suite licence, annual", "per user", 60, 280), ("Payroll module subscription", "per employee per month", 3, 9), ("Website design and build", "lot", 20000, 90000), ("Training days", "day", 600, 1400)],
        reqs=["Meet WCAG 2.2 AA.", "Single sign-on with the Authority's identity provider.", "Data hosted within the country."],
        specs=[("Users", "3,000"), ("Term", "3 years")],
    ),
    "av-conference": dict(
        kind="adj", cpv="32321200 Audio-visual equipment",
        titles=["Audiovisual upgrade for council chamber", "Projectors and sound system for conference hall", "Meeting room displays"],
        scope=["The council chamber needs new microphones for 60 delegates, a voting system, two 98-inch displays and a webcast feed for the public.",
               "The conference hall audiovisual system (projectors, speakers, mixing desk) is to be replaced for events of up to 500 people."],
        items=[("Delegate microphone unit", "each", 300, 900), ("98-inch 4K display", "each", 5000, 12000), ("Laser projector 10,000 lumens", "each", 9000, 22000), ("Digital mixing desk", "each", 3000, 9000)],
        reqs=["Provide hearing-loop support.", "Support HDMI and wireless presentation.", "Train chamber staff."],
        specs=[("Brightness", "10,000 lm"), ("Delegates", "60")],
    ),
    "guard-services": dict(
        kind="adj", cpv="79713000 Guard services",
        titles=["Security guard services", "Manned guarding for civic centre", "Event security staff"],
        scope=["The contractor shall provide unarmed security officers 24 hours a day at the civic centre, patrol the car parks, and respond to alarms. Officers carry two-way radios supplied by the contractor and report incidents to the control room.",
               "Guards will staff the visitor desk, screen bags, and carry out hourly patrols logged with a guard tour system."],
        items=[("Security officer, unarmed", "hour", 18, 38), ("Supervisor", "hour", 24, 45), ("Mobile patrol", "visit", 25, 60)],
        reqs=["Officers must hold a valid state guard licence.", "Maintain a daily activity report.", "Carry radios and mobile phones at all times while on post."],
        specs=[("Coverage", "24/7"), ("Posts", "3")],
    ),
    "patient-monitoring": dict(
        kind="adj", cpv="33195100 Monitors",
        titles=["Patient monitors for intensive care", "Vital signs monitors", "Telemetry for cardiology ward"],
        scope=["Twenty bedside patient monitors with central station are required for the intensive care unit, measuring ECG, SpO2, NIBP, temperature and capnography."],
        items=[("Bedside patient monitor, 15-inch", "each", 6000, 14000), ("Central monitoring station", "each", 15000, 40000), ("SpO2 sensor, reusable", "each", 80, 200)],
        reqs=["Comply with IEC 60601-1 and IEC 60601-2-27.", "Integrate with the electronic patient record via HL7."],
        specs=[("Display", "15-inch touch"), ("Parameters", "ECG, SpO2, NIBP, Temp, EtCO2")],
    ),
    "truck-camera": dict(
        kind="adj", cpv="34300000 Parts and accessories for vehicles",
        titles=["Reversing cameras for refuse trucks", "Vehicle 360-degree camera kits", "Dash cameras for fleet"],
        scope=["Forty refuse trucks will be fitted with reversing cameras, side-view cameras and an in-cab monitor to reduce blind-spot collisions. The kit is wired to the vehicle's reverse gear; it is not networked."],
        items=[("Reversing camera kit with 7-inch monitor", "each", 180, 480), ("Side-view camera", "each", 90, 260), ("Fitting per vehicle", "each", 150, 350)],
        reqs=["Camera rated IP69K.", "Automatic switch to rear view when reversing.", "Fitting certified by the vehicle manufacturer."],
        specs=[("Monitor", "7-inch"), ("Rating", "IP69K")],
    ),
    "electrical-substation": dict(
        kind="adj", cpv="31200000 Electricity distribution apparatus",
        titles=["Compact secondary substations", "Ring main units and transformers", "Street lighting control cabinets"],
        scope=["The distribution company requires 35 compact secondary substations with 11 kV ring main units and 630 kVA transformers over a three-year framework. A simple remote terminal unit reports breaker status."],
        items=[("Compact secondary substation 630 kVA", "each", 45000, 90000), ("Ring main unit 11 kV", "each", 12000, 26000), ("Delivery and offloading", "each", 800, 2000)],
        reqs=["Comply with IEC 62271-202.", "Internal arc classification IAC-AB 20 kA 1 s."],
        specs=[("Rating", "630 kVA"), ("Voltage", "11/0.4 kV")],
    ),
}


EN = dict(
    equiv=["{x} or equivalent", "{x} or approved equal", "reference model {x} (or equivalent performance)", "{x}, or equal to be approved by the Engineer", "brand name or equal: {x}"],
    equiv_sentence=[
        "The basis of design is {x}. Offers of other makes are acceptable if they meet or exceed every parameter of the reference model.",
        "Reference product: {x} or equivalent. Bidders proposing an equivalent must submit a compliance matrix against the reference datasheet.",
        "Salient characteristics are those of the {x}; brand name or equal.",
        "The specification has been written around the {x}; an equal product is acceptable subject to approval.",
    ],
    H=dict(scope="Scope of work", background="Background", items="Schedule of requirements", reqs="Technical requirements",
           submission="Submission of offers", evaluation="Evaluation", terms="Terms and conditions", compliance="Supply chain and security compliance",
           contact="Contact", delivery="Delivery", pricing="Pricing", general="General", tasks="Tasks", deliverables="Deliverables",
           pop="Period of performance", questions="Questions to industry", response="Response instructions", ordering="Ordering information",
           overview="Product overview", spec="Specifications", award="Award details", schedule="Schedule", clauses="Clauses incorporated by reference"),
    table_head=["Item", "Description", "Unit", "Qty", "Unit price", "Amount"],
    table_head_noprice=["No.", "Description", "Unit", "Quantity"],
    pricelist_head=["SKU", "Description", "List price", "Discount", "Net price"],
    notice_fields=["Reference", "Contracting authority", "Title", "Classification", "Procedure", "Closing date", "Estimated value", "Place of performance"],
    procedures=["Open procedure", "Request for quotation", "Competitive sealed bid", "Restricted procedure", "Small purchase", "Combined synopsis/solicitation", "Open tender (national)", "Framework mini-competition"],
    # ---------------------------------------------------------------- openings per document type
    notice_open=[
        "{buyer} invites tenders for the following requirement.",
        "Notice is hereby given that sealed bids will be received until {deadline} for the requirement described below.",
        "This is a combined synopsis/solicitation for commercial products prepared in accordance with FAR subpart 12.6.",
        "Contract notice published under the Public Contracts Regulations 2015.",
        "Approach to market: the buyer seeks responses from suitably qualified suppliers.",
        "Tender notice. Interested eligible bidders may download the tender document free of charge from the e-procurement portal.",
    ],
    rfq_open=[
        "You are invited to submit a quotation for the goods and services listed below. Quotations must be valid for 90 days.",
        "Request for Quotation {ref}. Please quote your best delivered price, including all taxes and freight, by {deadline}.",
        "{buyer} requests written quotations from at least three suppliers for the items in the attached schedule.",
        "This RFQ is issued under simplified acquisition procedures. Award will be made to the lowest-priced technically acceptable quote.",
    ],
    rfp_open=[
        "{buyer} (the Authority) is seeking proposals from qualified firms for the requirement described in this Request for Proposals.",
        "This Request for Proposals sets out the Authority's requirements, the form of proposal, and how proposals will be evaluated.",
        "Proposers are invited to submit technical and price proposals in separate sealed envelopes or electronic folders.",
    ],
    itb_open=[
        "The {buyer} now invites sealed bids from eligible bidders for the supply described in the Schedule of Requirements.",
        "Invitation to Bid {ref}. Bidding will be conducted through national competitive bidding and is open to all eligible bidders.",
        "Eligible bidders may obtain further information and inspect the bidding documents at the procurement office between 9:00 and 16:00.",
    ],
    offer_open=[
        "Dear Sir or Madam, having examined the tender documents for {title} ({ref}), we, the undersigned, offer to supply and deliver the goods in conformity with the said documents for the sum shown below.",
        "We are pleased to submit our bid in response to your invitation {ref}. Our offer comprises the items in the attached price schedule.",
        "In response to solicitation {ref}, {supplier} hereby offers the following. Our offer remains valid for 120 days from the closing date.",
    ],
    quote_open=[
        "Thank you for your enquiry. We are pleased to quote as follows.",
        "Quotation for {buyer}. Prices are in {cur}, exclusive of sales tax unless stated.",
        "Further to our site visit, please find our quotation below.",
    ],
    pricelist_open=[
        "Price list effective {date}. Prices in {cur}. Supersedes all previous lists.",
        "Contract price list for public sector customers. Discounts shown are off manufacturer list price.",
        "Catalogue pricing for authorised government customers; volume discounts available on request.",
    ],
    boq_open=[
        "Bill of quantities. Rates shall include supply, installation, testing and commissioning unless stated otherwise.",
        "Priced schedule. The bidder shall enter a rate against every item; items left blank are deemed included elsewhere.",
        "The quantities below are estimates for bid comparison only and may vary during execution.",
    ],
    spec_open=[
        "This technical specification states the minimum requirements. Bidders shall state compliance against each clause.",
        "This section describes the performance, testing and documentation required for the {title}.",
        "Requirements marked 'shall' are mandatory; a bid failing any mandatory requirement will be rejected.",
    ],
    datasheet_open=[
        "Product datasheet submitted with the bid for evaluation.",
        "Technical data sheet. Specifications are subject to change without notice.",
        "Datasheet attached as part of the technical offer.",
    ],
    award_open=[
        "Notice of award. The contracting authority announces the award of the contract described below.",
        "Contract award notice. Following evaluation of {n} offers, the contract has been awarded as follows.",
        "The {buyer} has awarded contract {ref} to the bidder below.",
    ],
    annex_open=[
        "This Schedule forms part of the Contract between {buyer} and {supplier}.",
        "Annex B: equipment and price schedule. In the event of conflict, the conditions of contract prevail over this annex.",
        "Contract modification no. {n}: the schedule below replaces Schedule 2 in its entirety.",
    ],
    sow_open=[
        "This statement of work defines the services the contractor shall perform for {buyer}.",
        "Performance work statement. The contractor shall furnish all personnel, equipment, tools, materials, supervision and other items necessary to perform the work described below.",
        "The purpose of this statement of work is to describe the tasks, deliverables and standards for the {title}.",
    ],
    mr_open=[
        "This is a sources sought notice for market research purposes only. It is not a request for proposals and no contract will be awarded from it.",
        "Request for information. The Government is assessing the capability of industry to meet the requirement below.",
        "Market engagement notice: the buyer wishes to understand what the market can offer before issuing a tender.",
    ],
    calloff_open=[
        "Call-off order under framework agreement {ref}, Lot {n}.",
        "Further competition under the framework. Framework suppliers on the lot are invited to respond by {deadline}.",
        "Direct award call-off under the framework; pricing as per the framework price schedule.",
    ],
    email_open=[
        "Hi all,\n\nCould you please send a quote for the following? We need it by {deadline} if possible.",
        "Good morning,\n\nFollowing our call, here is what we need priced. Delivery to {city}.",
        "Hello {supplier} team,\n\nWe are putting together a budget for next year and would appreciate pricing on the items below.",
        "Hi,\n\nUrgent request from the site manager: please quote and confirm lead time.",
    ],
    # ---------------------------------------------------------------- closings
    close=[
        "Questions must be submitted in writing at least seven days before the closing date. Answers will be published to all bidders.",
        "Late submissions will not be considered.",
        "The buyer reserves the right to cancel this procurement at any time without liability.",
        "Offers shall be submitted through the e-procurement portal only; e-mailed offers will be rejected.",
        "Bidders must be registered in SAM.gov with an active UEI at the time of offer.",
        "All prices shall include delivery to the address stated, unloading and removal of packaging.",
        "Payment terms: net 30 days from receipt of a correct invoice.",
        "A bid security of 2 percent of the bid price is required in the form of a bank guarantee.",
        "The procuring entity is not bound to accept the lowest or any bid.",
        "Small and medium-sized enterprises and local suppliers are encouraged to respond.",
        "Prices shall be firm for the duration of the contract.",
        "Bidders shall attach a valid tax compliance certificate.",
    ],
    email_close=["Thanks,\n{contact}", "Regards,\n{contact}\nProcurement Officer", "Cheers,\n{contact}", "Many thanks in advance.\n{contact}"],
    signoff=["Authorised signatory", "For and on behalf of {supplier}", "Contracting Officer", "Head of Procurement"],
    # ---------------------------------------------------------------- hard-case inserts
    prohibition=[
        "In accordance with section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019, the offeror shall not provide any equipment, system or service that uses telecommunications or video surveillance equipment produced by Huawei Technologies Company, ZTE Corporation, Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or Dahua Technology Company, or their subsidiaries and affiliates.",
        "Equipment manufactured by Huawei or ZTE shall not be offered. Any bid that includes such equipment will be rejected as non-responsive.",
        "Cameras, recorders and video software from Hikvision or Dahua, including products sold under their subsidiary brands, are not acceptable and must not be proposed.",
        "Bidders shall not propose radios, repeaters or accessories manufactured by Hytera Communications or any of its affiliates.",
        "Consistent with the Telecommunications (Security) Act 2021 and the designated vendor directions, no equipment or services supplied by Huawei may be used in the network core, and the supplier shall not introduce new Huawei equipment into any part of the solution.",
        "Kaspersky-branded products and services are prohibited. Proposals including Kaspersky Lab software, directly or as an embedded engine, will be disqualified.",
        "Unmanned aircraft manufactured by DJI, Autel Robotics or any other covered foreign entity shall not be delivered under this contract (American Security Drone Act of 2023; FAR 52.240-1).",
        "The Commonwealth will not accept surveillance devices from Hikvision or Dahua, consistent with the removal of such devices from Commonwealth sites.",
        "Only equipment from trusted sources as notified under the National Security Directive on Telecommunication Sector may be supplied. Products of Huawei and ZTE shall not be offered for this network.",
        "The supplier confirms that no 5G or LTE equipment from Huawei or ZTE will be deployed, consistent with the Government of Canada's policy statement on the security of telecommunications.",
        "Bids offering network equipment from high-risk vendors (including Huawei and ZTE, as identified by the European Commission in June 2023) shall be excluded.",
        "The Contractor shall not use China Mobile, China Telecom or China Unicom for any transit, peering or circuit that forms part of the service.",
        "Note: due to security policy, Hikvision, Dahua, EZVIZ and Imou products cannot be accepted for this project. Please quote alternatives.",
    ],
    far_boiler=[
        "52.204-23 Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by Kaspersky Lab and Other Covered Entities (Dec 2023)\n52.204-24 Representation Regarding Certain Telecommunications and Video Surveillance Services or Equipment (Nov 2021)\n52.204-25 Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment (Nov 2021)\n52.204-26 Covered Telecommunications Equipment or Services-Representation (Oct 2020)",
        "52.204-25 Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment. (a) Definitions. Covered telecommunications equipment or services means telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation (or any subsidiary or affiliate of such entities); for the purpose of public safety, security of Government facilities, physical security surveillance of critical infrastructure, and other national security purposes, video surveillance and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company, or Dahua Technology Company (or any subsidiary or affiliate of such entities). (b) Prohibition. The Contractor is prohibited from providing to the Government any equipment, system, or service that uses covered telecommunications equipment or services as a substantial or essential component of any system.",
        "The following clauses are incorporated by reference: 52.203-19, 52.204-13, 52.204-18, 52.204-23 (Kaspersky Lab covered entities), 52.204-25, 52.209-6, 52.212-4, 52.219-6, 52.222-21, 52.222-26, 52.222-36, 52.222-50, 52.223-18, 52.225-13, 52.232-33, 52.233-3.",
        "(d) Reporting requirement. In the event the Contractor identifies covered telecommunications equipment or services used as a substantial or essential component of any system, or as critical technology as part of any system, during contract performance, the Contractor shall report the information in paragraph (d)(2) to the Contracting Officer within one business day, as required by FAR 52.204-25. Covered entities include Huawei, ZTE, Hytera, Hikvision and Dahua.",
        "2 CFR 200.216 Prohibition on certain telecommunications and video surveillance services or equipment applies to this federally funded award. Recipients may not use grant funds to procure equipment produced by Huawei Technologies Company or ZTE Corporation, or video surveillance equipment produced by Hytera, Hikvision or Dahua.",
    ],
    ndaa_cert=[
        "The Offeror represents that it [ ] will, [X] will not provide covered telecommunications equipment or services to the Government in the performance of any contract, subcontract or other contractual instrument resulting from this solicitation (FAR 52.204-24(d)(1)).",
        "Section 889 certification: the bidder certifies that it does not use covered telecommunications equipment or services (Huawei, ZTE, Hytera, Hikvision, Dahua) as described in FAR 52.204-24, and will not provide them under this contract.",
        "Representation (52.204-26): After conducting a reasonable inquiry, the Offeror represents that it does not provide covered telecommunications equipment or services as a part of its offered products or services, and does not use covered equipment or services.",
        "Vendor certification: our company does not purchase, use or supply telecommunications equipment from Huawei or ZTE, nor video surveillance equipment from Hikvision, Dahua or Hytera.",
    ],
    compliance_cert=[
        "We confirm that none of the offered equipment is produced by Huawei, ZTE, Hytera, Hikvision or Dahua or their subsidiaries. Country of origin for each item is stated in the price schedule.",
        "The offered {brand} products are fully compliant with Section 889 of the FY2019 NDAA and are listed as TAA compliant.",
        "Supply chain declaration: the proposed solution contains no components from vendors on the FCC Covered List. The main components are manufactured by {brand}.",
        "NDAA compliant. All cameras and recorders quoted are {brand} and do not contain HiSilicon chipsets.",
        "Blue UAS cleared: the offered aircraft ({brand}) appears on the Defense Innovation Unit's Blue UAS list and is not a product of DJI or Autel.",
    ],
    incidental=[
        "Bidders attending the pre-bid meeting can stay at the Riverside Hotel, a ten-minute walk from the Huawei research campus; the meeting room is on the ground floor.",
        "The pre-bid conference coincides with the regional technology week, whose keynote speakers include representatives of Ericsson, Huawei and Nokia; bidders should book parking in advance.",
        "The building roof already carries a solar array with Huawei SUN2000 string inverters installed by the landlord; the array is outside the scope of this procurement and must not be disturbed.",
        "Aerial photographs of the site were taken in 2021 with a DJI drone by a volunteer; they are included for information only and are not part of the works.",
        "Contractors' staff must not use personal phones, of any brand including Huawei or Samsung, to photograph residents.",
        "The visitor car park is opposite the Hikvision regional office; contractors should use the rear entrance for deliveries.",
        "For information: the previous contractor's report noted that a Hikvision camera already installed by the landlord overlooks the loading bay. It is outside the scope of this contract.",
        "The contract kick-off meeting will take place at the Convention Centre, which hosts the Huawei Connect exhibition the same week; book accommodation early.",
        "The economic impact statement cites a news report on ZTE's investment in the region as background; it has no bearing on the evaluation of offers.",
        "Deliveries go to the exhibition centre's goods entrance, which is shared with the Lenovo and Huawei showrooms; book a slot with the centre manager.",
        "Shipping note: imported goods arrive through the same terminal used by Huawei's logistics partner; allow for port congestion in the delivery schedule.",
        "The school's robotics club uses a donated DJI Tello for lessons; it is not part of this procurement.",
        "Among the student internships reported last year were placements at Deloitte, Huawei and the city council.",
    ],
    generic=[
        ("Delivery", "Goods shall be delivered DDP to the consignee address within the period stated in the schedule. Partial deliveries are permitted only with written agreement. The supplier shall notify the receiving store at least 48 hours before delivery and shall provide a delivery note listing item numbers, quantities and serial numbers where applicable."),
        ("Warranty", "The supplier warrants that the goods are new, unused and free from defects in design, materials and workmanship for the warranty period. Defects notified during that period shall be remedied at no cost within 14 days, failing which the purchaser may remedy them at the supplier's risk and expense."),
        ("Inspection and acceptance", "The purchaser may inspect and test the goods at the supplier's premises or on delivery. Acceptance shall not relieve the supplier of warranty obligations. Items that fail acceptance tests shall be replaced or corrected and re-tested at the supplier's cost."),
        ("Payment", "Invoices shall quote the purchase order number and be sent electronically. Payment will be made within 30 days of receipt of a valid invoice for goods accepted. Advance payments are not available."),
        ("Liquidated damages", "If the supplier fails to deliver within the agreed period, the purchaser shall deduct liquidated damages of 0.5 percent of the delivered price of the delayed goods per week of delay, up to a maximum of 10 percent of the contract price."),
        ("Insurance", "The contractor shall maintain public liability insurance of not less than 5 million, employer's liability as required by law, and professional indemnity where design is part of the services, and shall provide certificates before starting work."),
        ("Confidentiality", "The contractor shall treat as confidential all information obtained in performing the contract and shall not disclose it to third parties without written consent, except as required by law. This obligation survives termination."),
        ("Data protection", "Where the contractor processes personal data on behalf of the authority, it shall do so only on documented instructions, implement appropriate technical and organisational measures, and notify any personal data breach without undue delay and in any event within 24 hours."),
        ("Termination", "The authority may terminate the contract for default by written notice if the contractor fails to remedy a material breach within 30 days of notice. The authority may also terminate for convenience on 60 days' notice, paying for work properly performed."),
        ("Disputes", "The parties shall attempt to resolve disputes by negotiation between senior representatives. Disputes not resolved within 30 days may be referred to mediation and, failing that, to the courts of the jurisdiction stated in the contract."),
        ("Evaluation criteria", "Offers will be evaluated on technical merit (40 percent), price (40 percent), delivery and support (10 percent) and past performance (10 percent). Technical scores below 60 percent of available points will be eliminated before price is opened."),
        ("Eligibility", "Bidders must be legally registered, hold a valid tax compliance certificate, not be debarred from public procurement, and demonstrate at least three contracts of similar nature and size completed in the last five years."),
        ("Bid validity and security", "Bids shall remain valid for 120 days after the closing date. Each bid shall be accompanied by a bid security in the form of a bank guarantee valid for 30 days beyond bid validity."),
        ("Pre-bid meeting", "A non-mandatory pre-bid meeting and site visit will be held; attendees should bring identification and wear safety footwear. Minutes will be issued to all registered bidders."),
        ("Subcontracting", "The contractor shall not subcontract any part of the contract without prior written approval. The contractor remains fully responsible for the acts and omissions of its subcontractors."),
        ("Training", "The supplier shall provide hands-on training for operators and administrators, with course materials in the language of the contract, and a training attendance record."),
        ("Documentation", "As-built drawings, operation and maintenance manuals and test records shall be delivered in electronic and printed form before final acceptance."),
        ("Health and safety", "The contractor shall submit a site-specific health and safety plan, method statements and risk assessments before starting work, and shall comply with site induction requirements."),
        ("Environmental requirements", "Packaging shall be minimised and recyclable. The supplier shall take back packaging and end-of-life equipment and provide evidence of lawful disposal."),
        ("Price adjustment", "Prices are fixed for the first twelve months. Thereafter, adjustment may be requested annually by reference to the published consumer price index, limited to 3 percent per year."),
        ("Key personnel", "The contractor shall name a contract manager and deputy who are authorised to act for it. Replacement of key personnel requires the authority's approval and persons of equal qualification."),
        ("Reporting", "The contractor shall submit a monthly report covering work performed, issues, risks, upcoming activities and performance against service levels."),
        ("Transition", "At the end of the contract the contractor shall cooperate with any successor, transfer documentation and data, and continue services for up to 90 days if requested."),
        ("Conflict of interest", "Bidders shall declare any relationship with officials of the authority that could give rise to an actual or perceived conflict of interest."),
        ("Anti-corruption", "Any offer of gifts or inducements to officials of the authority will result in rejection of the bid and may lead to debarment."),
        ("Quality management", "The supplier shall operate a quality management system certified to ISO 9001 or equivalent and make quality records available on request."),
        ("Site conditions", "Bidders are deemed to have inspected the site and to have satisfied themselves as to access, working hours, existing services and any constraints before pricing."),
        ("Spare parts", "The supplier shall guarantee availability of spare parts for at least seven years from acceptance and shall state the price of recommended spares."),
    ],
    mr_questions=[
        "Describe your company's capability to deliver this requirement, including similar contracts performed in the last three years.",
        "Are the items available on a GSA schedule or other government-wide contract? If so, state the contract number.",
        "What lead time do you expect between order and delivery?",
        "Identify your business size under the applicable NAICS code and any socio-economic status.",
        "Would you recommend changes to the draft requirement that would increase competition?",
        "What pricing model do you propose, and what are the main cost drivers?",
    ],
    sow_tasks=[
        "Conduct a site survey and submit a survey report within 15 days of award.",
        "Submit a project schedule and implementation plan for approval.",
        "Deliver, install and configure the equipment at the locations listed.",
        "Test each installed item and record the results in the acceptance test report.",
        "Train government personnel in operation and routine maintenance.",
        "Provide warranty support and corrective maintenance during the warranty period.",
        "Remove and dispose of replaced equipment in accordance with applicable regulations.",
        "Attend progress meetings every two weeks and submit minutes within two days.",
    ],
)

EN["generic"] += [
    ("Definitions", "In this contract, 'Authority' means the contracting body named in the form of agreement; 'Contractor' means the person whose tender has been accepted; 'Goods' means all items the Contractor is required to supply; 'Site' means the places where the Goods are to be delivered or installed; and 'Working Day' means any day other than a Saturday, Sunday or public holiday at the Site. Headings are for convenience and do not affect interpretation. Words in the singular include the plural and vice versa."),
    ("Force majeure", "Neither party shall be liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, war, civil disturbance or acts of government, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects. If a force majeure event continues for more than 90 days, either party may terminate on written notice without liability for the termination itself."),
    ("Intellectual property", "All reports, drawings and other deliverables produced specifically for the Authority shall vest in the Authority on payment. The Contractor grants a non-exclusive, perpetual licence to use any pre-existing material incorporated in the deliverables for the purposes of the contract. The Contractor shall indemnify the Authority against claims that the deliverables infringe third-party rights."),
    ("Records and audit", "The Contractor shall keep full and accurate records of the contract, including time sheets, invoices and correspondence, for six years after final payment, and shall allow the Authority's auditors reasonable access to them during normal working hours on five working days' notice."),
    ("Change control", "Either party may propose a change by written change request describing the change, its reasons, its effect on price and programme, and any risks. No change is binding until both parties sign a change note. The Contractor shall not delay performance of unaffected work while a change request is being considered."),
    ("Performance security", "Within 14 days of the notification of award, the successful bidder shall furnish a performance security of 10 percent of the contract price in the form of an unconditional bank guarantee from a reputable bank. The security shall remain valid until 30 days after the end of the defects liability period."),
    ("Invoicing", "Each invoice shall show the contract reference, the purchase order number, a description of the goods or services, the period covered, the quantity, the unit price, applicable taxes shown separately, and the bank details of the Contractor. Invoices that do not meet these requirements will be returned unpaid."),
    ("Service levels", "Performance will be measured monthly against the agreed service levels. Where the Contractor misses a service level in two consecutive months, it shall submit a remediation plan within ten working days; repeated failure may lead to service credits of up to 15 percent of the monthly charge."),
    ("Complaints", "Bidders who consider that they have been harmed by a breach of the procurement rules may request a debriefing within five days of the notification of the outcome and may lodge a complaint with the review body within the period set by law."),
    ("Language and units", "All documents, correspondence and manuals shall be in English. Measurements shall be in metric units unless the schedule states otherwise; where imperial units are used, metric equivalents shall be given."),
    ("Governing law", "The contract shall be governed by and construed in accordance with the laws of the jurisdiction of the Authority, and the parties submit to the exclusive jurisdiction of its courts."),
    ("Packing and marking", "Goods shall be packed to withstand rough handling and exposure during transit and open storage. Each package shall be marked with the contract number, the consignee, gross and net weight, and handling instructions, and shall contain a packing list."),
]
EN_DOCTYPES = ["notice", "rfq", "rfp", "itb", "offer", "quote", "pricelist", "boq", "spec", "datasheet", "award", "annex", "sow", "mr", "calloff", "email"]

# Which prohibition clause fits which buyer style and category (index-aligned with EN["prohibition"]).
EN_PROHIB_META = [
    ({"us_fed", "us_local"}, {"network-switch", "router", "wifi", "firewall", "cctv", "vms-nvr", "two-way-radio", "cellular-iot", "server-storage", "optical-pon", "telecom-service"}),
    (None, {"network-switch", "router", "wifi", "firewall", "optical-pon", "ran-5g", "cellular-iot", "server-storage"}),
    (None, {"cctv", "vms-nvr"}),
    (None, {"two-way-radio"}),
    ({"uk"}, {"network-switch", "router", "ran-5g", "optical-pon", "telecom-service", "wifi"}),
    (None, {"endpoint-security", "siem-soc"}),
    ({"us_fed", "us_local"}, {"drone"}),
    ({"au"}, {"cctv", "vms-nvr"}),
    ({"in"}, {"network-switch", "router", "optical-pon", "ran-5g", "wifi", "cellular-iot"}),
    ({"ca"}, {"ran-5g", "router", "optical-pon", "cellular-iot"}),
    (None, {"ran-5g", "network-switch", "router", "optical-pon", "firewall"}),
    (None, {"telecom-service"}),
    (None, {"cctv", "vms-nvr"}),
]

EN_CATS["laptops-schools"]["restricted"] = [("huawei", "Huawei MateBook D 16 laptop, i5, 16 GB", "name"), ("huawei", "MateBook 14 (Huawei) notebook", "name")]
EN_CATS["office-software"]["restricted"] = [("kaspersky", "Kaspersky Small Office Security bundled with the office suite", "name")]
# Laptops and generic software (office, payroll/HR, library, website design and hosting) were
# ICT-adjacent and out of scope when the set was made; the widened scope (DESIGN.md, "Verdicts")
# makes them ICT. They stay in the "adjacent" draw, so every other document is regenerated as it
# was, and label_for() gives their documents in_scope_ict.
EN_CATS["laptops-schools"]["widened"] = True
EN_CATS["office-software"]["widened"] = True

EN.update(
    doc_names=dict(quote="Quotation", offer="Bid submission", pricelist="Government price list", spec="Technical specification",
                   datasheet="Datasheet", award="Contract award notice", annex="Schedule 2", sow="Statement of Work",
                   rfp="Request for Proposals", mr="Sources sought"),
    subject="Subject", total="Total", clause="Clause", requirement="Requirement", compliance="Bidder's response (Comply / Deviate)",
    feature="Requirement", parameter="Parameter", value="Value", awardee="Awarded to", date="Date", to="To", **{"from": "From"},
    pop=["The period of performance is twelve months from the date of award, with four twelve-month option periods.",
         "Work shall be completed within 90 calendar days after notice to proceed.",
         "Base year plus two option years; the Government may extend services up to six months under FAR 52.217-8.",
         "Delivery and installation must be complete before the end of the fiscal year."],
    vendor_sentence=[
        "The offered product is the {x}.",
        "Quoted model: {x}.",
        "The Contractor shall supply and install the {x} as listed in the bill of materials.",
        "We propose the {x} for this requirement; datasheet attached.",
        "To keep the estate uniform, the equipment shall be {x}, matching the units already installed.",
        "Brand and model offered: {x}.",
        "The agency intends to purchase the {x} on a brand-name basis because it must match the existing system.",
    ],
    brand_sentence=[
        "The offered product is the {x}.",
        "Quoted model: {x}.",
        "We propose the {x} for this requirement; datasheet attached.",
        "Brand and model offered: {x}.",
        "Existing equipment on site is {x}; new units should interoperate with it.",
    ],
)
EN.update(
    contacts=["J. Alvarez", "Priya Raman", "Tom Whitcombe", "Grace Wanjiru", "M. O'Connell", "Sarah Lindqvist", "Rajesh Kumar", "Aisha Mohamed",
              "Dan Kowalski", "Emily Tran", "Peter Otieno", "Claire Dubois", "Nathan Brooks", "Fiona McLeod"],
    type_names=dict(notice="tender notice", rfq="request for quotation", rfp="request for proposals", itb="invitation to bid",
                    offer="bid/offer letter", quote="quotation", pricelist="price list", boq="bill of quantities",
                    spec="technical specification", datasheet="datasheet", award="award notice", annex="contract annex",
                    sow="statement of work", mr="market-research notice", calloff="framework call-off", email="e-mail request"),
)
EN["sites"] = dict(
    heading="Annex A - List of sites", head=["No.", "Site", "Address", "Qty", "Remarks"], addr="{n} {street}",
    place=["North", "South", "East", "West", "Central", "Riverside", "Hillcrest", "Lakeview", "Oak Park", "Millbrook", "Station Road", "Harbour", "Airport", "Old Town", "Greenway", "Kingsway", "Westfield", "Parkside", "Ridgeway", "Cedar"],
    facility=["Depot", "Library", "Fire Station", "Health Centre", "Pump Station", "Reservoir", "Civic Office", "Community Hall", "Primary School", "Maintenance Yard", "Police Post", "Water Treatment Works", "Transit Centre", "Court House", "Records Store"],
    street=["Main Street", "High Street", "Elm Avenue", "Industrial Way", "Church Lane", "Mombasa Road", "Station Road", "Queen Street", "Park Drive", "Harbour Road", "Victoria Street", "Airport Road", "Mill Lane", "River Road"],
    notes=["", "", "access via rear gate", "night work only", "escort required", "roof access by ladder", "shared with tenant", "limited parking", "asbestos survey available", "weekend access only"],
)
# compliance certificates that only fit some categories (index into EN["compliance_cert"])
EN["cert_meta"] = {3: {"cctv", "vms-nvr"}, 4: {"drone"}}


# =========================================================================== SPANISH
ES_BUYERS = [
    ("Ayuntamiento de Zaragoza, Servicio de Contratación", "Zaragoza", "España", "EUR", "es"),
    ("Consorcio de Transportes de la Comunidad de Madrid", "Madrid", "España", "EUR", "es"),
    ("Servicio Andaluz de Salud, Hospital Universitario Virgen del Rocío", "Sevilla", "España", "EUR", "es"),
    ("Diputación Provincial de Valencia", "Valencia", "España", "EUR", "es"),
    ("Autoridad Portuaria de Bilbao", "Bilbao", "España", "EUR", "es"),
    ("Sociedad Terminal de Pasajeros del Sinú S.A.", "Montería", "Colombia", "COP", "co"),
    ("Alcaldía de Medellín, Secretaría de Suministros y Servicios", "Medellín", "Colombia", "COP", "co"),
    ("Empresa de Acueducto y Alcantarillado de Bogotá", "Bogotá", "Colombia", "COP", "co"),
    ("Gobernación del Valle del Cauca", "Cali", "Colombia", "COP", "co"),
    ("Programa Vías para la Paz (financiado por USAID), Alcaldía de Tumaco", "Tumaco", "Colombia", "COP", "usfund"),
    ("Proyecto Agua Segura (cooperación USAID) – Municipio de San Pedro Sula", "San Pedro Sula", "Honduras", "HNL", "usfund"),
    ("Comisión Federal de Electricidad, Gerencia de Abastecimientos", "Ciudad de México", "México", "MXN", "mx"),
    ("Gobierno del Estado de Jalisco, Secretaría de Administración", "Guadalajara", "México", "MXN", "mx"),
    ("Instituto Mexicano del Seguro Social, Delegación Nuevo León", "Monterrey", "México", "MXN", "mx"),
    ("Municipalidad de Providencia", "Santiago", "Chile", "CLP", "cl"),
    ("Servicio de Salud Valparaíso San Antonio", "Valparaíso", "Chile", "CLP", "cl"),
    ("Carabineros de Chile, Dirección de Logística", "Santiago", "Chile", "CLP", "cl"),
    ("Ministerio de Seguridad de la Provincia de Córdoba", "Córdoba", "Argentina", "ARS", "ar"),
    ("Gobierno de la Ciudad de Buenos Aires, Subsecretaría de Gestión Operativa", "Buenos Aires", "Argentina", "ARS", "ar"),
    ("Aguas y Saneamientos Argentinos S.A.", "Buenos Aires", "Argentina", "ARS", "ar"),
]
ES_SUPPLIERS = ["Soluciones Integrales de Seguridad S.L.", "Redes Andinas S.A.S.", "Telecomunicaciones del Bajío S.A. de C.V.", "Ingeniería Austral SpA",
                "Distribuidora Rioplatense S.R.L.", "Servicios Generales Iberia S.A.", "Tecnovial Ingeniería S.A.S.", "Suministros Pacífico Ltda.",
                "Comercializadora Norte Grande S.A.", "Limpiezas Ebro S.L."]

ES_CATS = {
    "cctv-its": dict(
        kind="in", cpv="32323500 Sistema de videovigilancia",
        titles=["Suministro e instalación de cámaras de videovigilancia para la terminal de transporte", "Sistema de videovigilancia para el centro histórico", "Ampliación del circuito cerrado de televisión de las plazas de mercado", "Renovación del circuito cerrado de televisión en centros de salud"],
        scope=[
            "El alcance comprende el suministro, instalación, configuración y puesta en servicio de cámaras IP fijas y tipo domo en las plataformas de abordaje, las taquillas y los parqueaderos, con enlaces de fibra óptica hasta la sala de monitoreo del edificio administrativo.",
            "Se requiere sustituir las cámaras analógicas existentes, que presentan fallas frecuentes y baja calidad nocturna, por cámaras IP con grabación centralizada y visualización desde la sala de monitoreo de la Policía Municipal.",
            "Las cámaras de los accesos vehiculares deberán permitir la lectura de placas, y las de pasillos y zonas de cargue la identificación de personas, de día y de noche; las grabaciones se conservarán durante al menos treinta días.",
            "El contratista presentará, antes de la instalación, un plano de ubicación de cada cámara con su campo de visión, para aprobación de la interventoría.",
        ],
        items=[("Cámara IP tipo domo 4 MP, IR 30 m, IK10, PoE", "und", 180, 600), ("Cámara PTZ 2 MP, zoom óptico 32x, IR 150 m", "und", 1100, 3000),
               ("Cámara bala 8 MP con lente varifocal motorizado", "und", 300, 950), ("Grabador de video en red (NVR) de 32 canales con 8 discos de 8 TB", "und", 2000, 5500),
               ("Poste metálico de 9 m con gabinete y puesta a tierra", "und", 900, 2400), ("Instalación, cableado y puesta en marcha", "global", 7000, 30000)],
        reqs=["Las cámaras deberán cumplir ONVIF Perfil S y T.", "Compresión H.265 y al menos dos flujos de video independientes.",
              "Rango dinámico amplio (WDR) de al menos 120 dB.", "Carcasa IP67 y operación entre -10 °C y +60 °C.",
              "Cifrado de los flujos de video y eliminación de las contraseñas por defecto.", "Retención de grabaciones de 30 días a 15 cuadros por segundo."],
        compliant=["Axis Q6135-LE", "Bosch AUTODOME IP starlight 7000i", "Hanwha Vision XNP-6400RW", "Axis P3265-LVE", "Avigilon H5A"],
        restricted=[("dahua", "Dahua DH-IPC-HFW5849T1-ZE-LED cámara bala 8 MP", "name"), ("hikvision", "Hikvision DS-2DE7A432IW-AEB PTZ", "name"),
                    ("hikvision", "DS-2CD2T47G2-L cámara bala ColorVu 4 MP", "model"), ("dahua", "IPC-HFW3441T-ZAS cámara bala 4 MP", "model"),
                    ("hikvision", "Cámara EZVIZ H8c para exteriores", "brand"), ("dahua", "Cámara Imou Cruiser 2 Wi-Fi", "brand"),
                    ("hikvision", "HiLook THC-B140-M cámara bala", "brand"), ("hikvision", "海康威视 球机 4MP", "cjk")],
    ),
    "red-conmutacion": dict(
        kind="in", cpv="32422000 Componentes de red",
        titles=["Adquisición de switches de acceso y distribución", "Renovación de la red de área local de las sedes", "Equipos de red capa 2 y capa 3 para el anillo de fibra", "Routers para sedes remotas"],
        scope=[
            "La red de área local actual tiene equipos fuera de soporte del fabricante. Se requiere su reemplazo por switches administrables con PoE+ en todos los puertos de acceso y enlaces de subida de 10 Gb/s.",
            "El proveedor configurará las VLAN existentes, migrará las sedes sin afectar la atención al público y retirará los equipos antiguos.",
            "Se conectarán 38 sedes remotas mediante routers con doble enlace (fibra y 4G), gestionados desde una consola central.",
        ],
        items=[("Switch de acceso 48 puertos GbE PoE+, 4 SFP+", "und", 1800, 4300), ("Switch de distribución 24 puertos SFP+ capa 3", "und", 5000, 12000),
               ("Router de sucursal con módem LTE integrado", "und", 600, 1700), ("Transceptor SFP+ 10G LR monomodo", "und", 50, 220),
               ("Servicio de instalación y migración", "global", 6000, 25000), ("Soporte y garantía 5 años", "und", 150, 600)],
        reqs=["Soporte de IEEE 802.1Q, 802.1X y 802.3at.", "Enrutamiento estático y OSPF; VRRP para redundancia de puerta de enlace.",
              "Administración por SSHv2, SNMPv3 y API REST.", "Apilamiento de hasta ocho unidades con una sola IP de gestión.",
              "Firmware firmado por el fabricante y verificación en el arranque."],
        compliant=["Cisco Catalyst 9300-48P", "Aruba CX 6200F", "Juniper EX3400-48P", "Fortinet FortiSwitch 448E-FPOE", "Cisco ISR 1111-8P"],
        restricted=[("huawei", "Huawei S5735-L48P4X-A1", "name"), ("huawei", "S5720-28X-SI-AC", "model"), ("huawei", "Router Huawei AR2220E", "name"),
                    ("zte", "ZTE ZXR10 5250-52TM-H", "name"), ("huawei", "CloudEngine S6730-H24X6C", "model"), ("huawei", "华为 S5731 交换机", "cjk")],
    ),
    "wifi": dict(
        kind="in", cpv="32422000 Componentes de red",
        titles=["Red inalámbrica para bibliotecas públicas", "Puntos de acceso Wi-Fi 6 para el campus universitario", "Wi-Fi gratuito en plazas y parques"],
        scope=["Se requiere cobertura inalámbrica en 22 plazas públicas con portal cautivo, límite de tiempo por usuario y registro conforme a la normativa de protección de datos.",
               "El campus necesita una red Wi-Fi 6 que soporte 6.000 usuarios simultáneos, con redes separadas para estudiantes, personal e invitados."],
        items=[("Punto de acceso Wi-Fi 6 interior", "und", 400, 1100), ("Punto de acceso exterior IP67", "und", 900, 2200), ("Licencia de gestión en la nube 5 años", "und", 90, 300), ("Estudio de cobertura", "global", 3000, 11000)],
        reqs=["Cumplir IEEE 802.11ax y certificación Wi-Fi Alliance.", "Soportar WPA3 Enterprise.", "Roaming rápido 802.11k/v/r.", "Alimentación PoE 802.3at."],
        compliant=["Aruba AP-515", "Ruckus R750", "Cisco Meraki MR46", "Ubiquiti UniFi U6-Enterprise"],
        restricted=[("huawei", "Huawei AirEngine 5761-11", "name"), ("huawei", "AP4050DN", "model"), ("huawei", "华为 AirEngine 6760 无线接入点", "cjk")],
    ),
    "radio-trunking": dict(
        kind="in", cpv="32344210 Equipos de radio",
        titles=["Sistema de radiocomunicación digital DMR para el corredor vial", "Radios portátiles TETRA para la policía", "Repetidoras y radios para brigadas de emergencia"],
        scope=["El sistema de radio enlazará las estaciones de peaje, las grúas, las ambulancias y el CCO mediante repetidoras DMR en cinco cerros, con cobertura del 95 % del corredor.",
               "Se adquirirán radios portátiles y móviles compatibles con la red TETRA provincial, con cifrado y localización GPS.",
               "Las brigadas forestales requieren radios robustos con función de hombre caído y baterías de larga duración."],
        items=[("Radio portátil DMR con GPS, IP67", "und", 350, 900), ("Radio móvil DMR 45 W con kit vehicular", "und", 450, 1200), ("Repetidora DMR 50 W con duplexor", "und", 1800, 4500),
               ("Cargador múltiple de 6 posiciones", "und", 250, 600), ("Torre autosoportada de 30 m", "und", 15000, 40000)],
        reqs=["Cumplir ETSI TS 102 361 (DMR) nivel II.", "Cifrado AES-256 de voz y datos.", "Función de trabajador solitario y hombre caído.", "Autonomía de batería mínima de 16 horas."],
        compliant=["Motorola MOTOTRBO R7", "Motorola DM4600e", "Kenwood NX-3220", "Sepura SC21", "Tait TP9400"],
        restricted=[("hytera", "Hytera PD785G", "name"), ("hytera", "Hytera PNC360", "name"), ("hytera", "MD785G radio móvil DMR", "model"),
                    ("hytera", "RD985 repetidora DMR", "model"), ("hytera", "海能达 PD780 对讲机", "cjk")],
    ),
    "antivirus": dict(
        kind="in", cpv="48760000 Paquetes de software de protección antivirus",
        titles=["Renovación de licencias de antivirus corporativo", "Solución EDR para estaciones de trabajo y servidores", "Servicio de monitoreo de seguridad (SOC)"],
        scope=["Se requieren 2.800 licencias de protección de endpoints para equipos Windows y macOS y 150 servidores, con consola de administración centralizada y soporte en español.",
               "La solución debe ir más allá de las firmas: detección por comportamiento, aislamiento de equipos comprometidos y reversión de cambios de ransomware.",
               "El servicio de SOC operará 24x7 la herramienta de correlación de eventos y notificará los incidentes críticos en menos de 15 minutos."],
        items=[("Licencia de protección de endpoint, 3 años", "und", 18, 70), ("Licencia para servidor, 3 años", "und", 40, 160), ("Módulo EDR, 3 años", "und", 12, 55), ("Servicio SOC 24x7", "mes", 8000, 24000)],
        reqs=["Compatibilidad con Windows 10/11, Windows Server 2016 o superior, macOS y Linux.", "Consola alojada en el país o en las instalaciones de la entidad.",
              "Aislamiento de equipos bajo demanda.", "Integración con el SIEM mediante API o syslog."],
        compliant=["ESET PROTECT Complete", "Sophos Intercept X", "Microsoft Defender para Endpoint P2", "Trend Micro Apex One", "CrowdStrike Falcon"],
        restricted=[("kaspersky", "Kaspersky Endpoint Security for Business Select", "name"), ("kaspersky", "Kaspersky Security Center", "name"),
                    ("kaspersky", "KES 12 con consola KSC 14", "model"), ("kaspersky", "Kaspersky Total Security", "name")],
    ),
    "drones": dict(
        kind="in", cpv="35613000 Vehículos aéreos no tripulados",
        titles=["Adquisición de drones para inspección de puentes", "Aeronaves no tripuladas con cámara térmica para bomberos", "Drones para levantamiento topográfico"],
        scope=["La unidad de bomberos necesita aeronaves no tripuladas con cámara térmica radiométrica y foco, para búsqueda de personas e incendios forestales.",
               "Se levantarán 3.000 hectáreas por temporada con precisión RTK y generación de ortomosaicos."],
        items=[("Dron multirrotor IP54, 40 min de vuelo, módulo RTK", "und", 9000, 28000), ("Cámara térmica 640x512 con zoom", "und", 4000, 12000), ("Batería inteligente", "und", 250, 900), ("Curso de piloto certificado", "persona", 800, 2000)],
        reqs=["Cifrado AES-256 del enlace de control y video.", "Operación sin conexión a la nube del fabricante.", "Precisión RTK horizontal menor a 3 cm."],
        compliant=["Parrot ANAFI USA", "Skydio X10", "Teal 2", "Quantum Systems Trinity Pro"],
        restricted=[("dji", "DJI Matrice 350 RTK con Zenmuse H20T", "name"), ("dji", "Mavic 3 Enterprise térmico", "model"), ("autel_robotics", "Autel EVO II Dual 640T", "name"), ("dji", "大疆 御3 行业版", "cjk")],
    ),
    "fibra-telecom": dict(
        kind="in", cpv="32524000 Sistema de telecomunicaciones; 64200000 Servicios de telecomunicaciones",
        titles=["Red de fibra óptica GPON para conectividad rural", "Servicio de conectividad MPLS e internet para sedes", "Equipos OLT y ONT para la red municipal"],
        scope=["El proyecto lleva fibra hasta el hogar a 6.000 viviendas rurales; este lote cubre las OLT en las centrales y las ONT en los domicilios.",
               "Se contratará un canal dedicado de internet de 1 Gb/s y enlaces MPLS a 40 sedes, con disponibilidad del 99,9 % y mesa de ayuda 24x7."],
        items=[("OLT GPON de 16 ranuras", "und", 12000, 32000), ("Tarjeta GPON de 16 puertos", "und", 2500, 6500), ("ONT con Wi-Fi 6 y 4 puertos GbE", "und", 45, 120), ("Canal MPLS 100 Mb/s por sede", "mes", 250, 900), ("Internet dedicado 1 Gb/s", "mes", 800, 3000)],
        reqs=["Cumplir ITU-T G.984 y permitir migración a XGS-PON.", "Gestión remota de ONT por TR-069.", "Restablecimiento de fallas en 4 horas.", "Informe mensual de disponibilidad."],
        compliant=["Nokia Lightspan MF-14", "Calix E7-2", "Adtran SDX 6400", "Claro Empresas MPLS", "Telefónica Movistar Empresas"],
        restricted=[("huawei", "Huawei SmartAX MA5800-X7", "name"), ("zte", "ZTE ZXA10 C600", "name"), ("zte", "ZXHN F670L", "model"), ("huawei", "EchoLife HG8245H", "model"), ("china_telecom", "China Telecom (Américas) circuito internacional CN2", "name")],
    ),
    # ------------------------------------------------------------------ fuera de alcance
    "aseo": dict(kind="out", cpv="90910000 Servicios de limpieza",
        titles=["Servicio de aseo y cafetería para las sedes administrativas", "Limpieza de centros de salud", "Servicio de limpieza de edificios municipales"],
        scope=["El contratista prestará el servicio integral de aseo con personal, insumos y maquinaria en 12 sedes, de lunes a sábado, incluyendo limpieza de vidrios en altura cada trimestre.",
               "La limpieza de áreas clínicas se realizará conforme al protocolo de control de infecciones del hospital, con registro diario firmado por la supervisora."],
        items=[("Operario de aseo jornada completa", "mes", 900, 1600), ("Insumos de limpieza y papel higiénico", "mes", 400, 1500), ("Limpieza de vidrios en altura", "servicio", 600, 2500)],
        reqs=["Productos con registro sanitario vigente.", "Uniforme y carné para todo el personal.", "Atención de emergencias en menos de una hora."],
        specs=[("Horario", "06:00-14:00"), ("Sedes", "12")]),
    "obra-vial": dict(kind="out", cpv="45233140 Obras viales",
        titles=["Rehabilitación de la calzada de la avenida principal", "Mantenimiento rutinario del corredor vial", "Construcción de andenes y ciclorrutas", "Iluminación vial en las glorietas de acceso"],
        scope=["Las obras comprenden fresado, reparación de base, carpeta asfáltica de 5 cm, demarcación horizontal y señalización vertical en 6 km de vía urbana.",
               "El mantenimiento rutinario incluye rocería, limpieza de cunetas y alcantarillas, bacheo y reposición de defensas metálicas.",
               "Se instalarán luminarias LED de 150 W en postes metálicos de 12 m en las glorietas, con red eléctrica subterránea."],
        items=[("Fresado de pavimento asfáltico", "m2", 3, 8), ("Mezcla asfáltica en caliente MD-12", "m3", 120, 260), ("Demarcación con pintura termoplástica", "ml", 1, 4), ("Luminaria LED 150 W", "und", 250, 600)],
        reqs=["Cumplir las especificaciones generales de construcción de carreteras vigentes.", "Plan de manejo de tránsito aprobado.", "Garantía de estabilidad de la obra de cinco años."],
        specs=[("Longitud", "6 km"), ("Plazo", "180 días")]),
    "mobiliario": dict(kind="out", cpv="39130000 Mobiliario de oficina",
        titles=["Adquisición de mobiliario de oficina", "Sillas ergonómicas y escritorios para la nueva sede", "Mobiliario escolar"],
        scope=["Se amoblarán 140 puestos de trabajo en la nueva sede, con escritorios regulables en altura, sillas ergonómicas, archivadores y mesas de reuniones.",
               "Las instituciones educativas requieren 3.000 pupitres y 100 escritorios para docentes, entregados en cada colegio."],
        items=[("Escritorio regulable eléctrico 160x80", "und", 350, 900), ("Silla ergonómica con soporte lumbar", "und", 180, 650), ("Archivador metálico de 4 gavetas", "und", 150, 350), ("Pupitre escolar unipersonal", "und", 40, 90)],
        reqs=["Cumplir la norma técnica de ergonomía aplicable.", "Garantía de 5 años en estructuras.", "Retiro de embalajes."],
        specs=[("Altura", "650-1300 mm"), ("Garantía", "5 años")]),
    "combustible": dict(kind="out", cpv="09134100 Gasóleo",
        titles=["Suministro de combustible para el parque automotor", "Suministro de ACPM y gasolina corriente"],
        scope=["Suministro de ACPM y gasolina a los vehículos y maquinaria de la entidad en estaciones de servicio del área metropolitana, con control por chip vehicular."],
        items=[("ACPM", "galón", 2, 5), ("Gasolina corriente", "galón", 2, 5), ("Chip de control vehicular", "und", 5, 20)],
        reqs=["Estaciones abiertas 24 horas.", "Reporte mensual de consumo por placa."], specs=[("Vehículos", "85")]),
    "vehiculos": dict(kind="out", cpv="34100000 Vehículos de motor",
        titles=["Adquisición de camionetas 4x4", "Compra de camiones recolectores de residuos", "Ambulancias de traslado asistencial básico"],
        scope=["Se adquirirán ocho camionetas doble cabina 4x4, con barra de luces y gancho de remolque, para las cuadrillas de mantenimiento.",
               "Dos camiones compactadores de 25 yardas cúbicas con cámara de reversa y monitor en cabina, para la recolección de residuos."],
        items=[("Camioneta doble cabina 4x4 diésel", "und", 35000, 55000), ("Camión compactador 25 yd3", "und", 150000, 250000), ("Mantenimiento preventivo 3 años", "und", 2000, 5000)],
        reqs=["Garantía de 3 años o 100.000 km.", "Red de talleres autorizados en la región.", "Entrega con SOAT y matrícula."],
        specs=[("Tracción", "4x4"), ("Motor", "diésel 2.4 L")]),
    "alimentacion": dict(kind="out", cpv="55520000 Servicios de suministro de comidas",
        titles=["Programa de alimentación escolar", "Servicio de alimentación para el personal", "Raciones para brigadas en emergencia"],
        scope=["Suministro de 12.000 raciones diarias de complemento alimentario para estudiantes de instituciones educativas oficiales, con minuta aprobada por nutricionista.",
               "El casino del hospital atenderá desayuno y almuerzo al personal de turno, con opciones vegetarianas y para celíacos."],
        items=[("Ración preparada en sitio", "ración", 1, 4), ("Almuerzo tipo ejecutivo", "und", 3, 8), ("Refrigerio", "und", 1, 3)],
        reqs=["Concepto sanitario favorable.", "Personal manipulador con curso de manipulación de alimentos.", "Trazabilidad de materias primas."],
        specs=[("Raciones/día", "12.000")]),
    "papeleria": dict(kind="out", cpv="30197600 Papel",
        titles=["Suministro de papelería y útiles de oficina", "Resmas de papel y sobres"],
        scope=["Suministro mensual de papel tamaño carta y oficio, carpetas, sobres y útiles de escritorio para 25 dependencias."],
        items=[("Resma papel carta 75 g", "resma", 3, 7), ("Carpeta legajadora", "und", 0.3, 1), ("Caja de bolígrafos x 12", "caja", 2, 6)],
        reqs=["Papel con certificación forestal.", "Entrega en cada dependencia."], specs=[("Gramaje", "75 g/m2")]),
    # ------------------------------------------------------------------ adyacentes
    "vigilancia-privada": dict(kind="adj", cpv="79713000 Servicios de guardia",
        titles=["Servicio de vigilancia y seguridad privada", "Vigilancia armada para las estaciones de peaje"],
        scope=["Prestación del servicio de vigilancia privada con y sin arma, 24 horas, en 14 puestos. Los guardas portarán radios de comunicación y teléfono celular suministrados por la empresa de vigilancia, y reportarán novedades a la central de monitoreo.",
               "El servicio incluye rondas con control de puntos, control de acceso de visitantes y apoyo en evacuaciones."],
        items=[("Puesto de vigilancia 24 horas con arma", "mes", 3000, 6000), ("Puesto 12 horas sin arma", "mes", 1500, 3000), ("Supervisor motorizado", "mes", 1800, 3200)],
        reqs=["Licencia de funcionamiento vigente de la Superintendencia de Vigilancia.", "Personal con curso de vigilancia actualizado.", "Medios de comunicación en cada puesto."],
        specs=[("Puestos", "14"), ("Modalidad", "24 horas")]),
    "impresion": dict(kind="adj", cpv="30120000 Fotocopiadoras",
        titles=["Servicio de impresión y fotocopiado (outsourcing)", "Arrendamiento de multifuncionales", "Impresoras térmicas de etiquetas"],
        scope=["Outsourcing de impresión con 90 equipos multifuncionales, tóner, mantenimiento y software de control de impresión con liberación por tarjeta.",
               "Se requieren impresoras térmicas de escritorio para etiquetas de envío en las ventanillas."],
        items=[("Multifuncional A3 color 45 ppm", "mes", 60, 180), ("Página monocromática", "pág", 0.004, 0.02), ("Impresora térmica 203 dpi", "und", 150, 420)],
        reqs=["Liberación segura de impresión.", "Borrado del disco al finalizar el contrato.", "Escaneo dúplex."],
        specs=[("Velocidad", "45 ppm"), ("Resolución", "1200 dpi")]),
    "portatiles-software": dict(kind="adj", cpv="30213100 Ordenadores portátiles; 48000000 Paquetes de software",
        titles=["Computadores portátiles para docentes", "Licencias de software de ofimática", "Software de nómina y recursos humanos", "Rediseño del portal web institucional"],
        scope=["Se entregarán 1.200 computadores portátiles a docentes de escuelas rurales, con maleta, garantía de tres años y carga de la imagen educativa.",
               "El nuevo sistema de nómina atenderá 2.000 funcionarios, con migración de datos históricos y capacitación.",
               "El portal web se rediseñará conforme a las pautas de accesibilidad WCAG 2.1 AA y se alojará durante tres años."],
        items=[("Portátil 14 pulgadas, 8 GB, SSD 256 GB", "und", 350, 900), ("Licencia de ofimática anual", "usuario", 60, 250), ("Implementación del sistema de nómina", "global", 20000, 80000), ("Diseño y desarrollo web", "global", 15000, 60000)],
        reqs=["Batería de al menos 10 horas.", "Inicio de sesión único con el directorio de la entidad.", "Datos alojados en el país."],
        specs=[("Pantalla", "14 pulgadas"), ("Memoria", "8 GB")],
        restricted=[("huawei", "Portátil Huawei MateBook D 14", "name")]),
    "audiovisual": dict(kind="adj", cpv="32321200 Equipo audiovisual",
        titles=["Sistema de audio y video para el salón del concejo", "Proyectores y sonido para el auditorio"],
        scope=["El recinto del concejo requiere micrófonos de conferencia para 40 concejales, sistema de votación, pantallas y transmisión en vivo de las sesiones."],
        items=[("Unidad de micrófono de delegado", "und", 300, 900), ("Pantalla 86 pulgadas 4K", "und", 3000, 8000), ("Proyector láser 8.000 lúmenes", "und", 7000, 18000)],
        reqs=["Compatibilidad con bucle magnético para hipoacúsicos.", "Entradas HDMI y presentación inalámbrica."],
        specs=[("Delegados", "40")]),
}

ES = dict(
    long_share=0.25,
    equiv=["{x} o equivalente", "{x} o superior", "referencia {x} o similar", "{x} (o de características iguales o superiores)"],
    equiv_sentence=["Se exige como referencia base el equipo {x} o superior; el oferente que proponga otra marca deberá demostrar equivalencia punto por punto.",
                    "Modelo de referencia: {x} o equivalente.",
                    "Las especificaciones se han tomado del {x}; se aceptan equipos de prestaciones iguales o superiores.",
                    "Referencia sugerida: {x} o similar, previa aprobación de la interventoría."],
    vendor_sentence=["El equipo ofertado es {x}.", "Marca y modelo ofertados: {x}.", "Proponemos el {x}, cuya ficha técnica se adjunta.",
                     "El contratista suministrará e instalará {x} según la lista de materiales.",
                     "Para mantener la homogeneidad con lo ya instalado, los equipos serán {x}."],
    brand_sentence=["El equipo ofertado es {x}.", "Marca y modelo ofertados: {x}.", "Proponemos el {x}, cuya ficha técnica se adjunta.",
                    "El equipamiento existente en sitio es {x}; los nuevos equipos deberán interoperar con él."],
    H=dict(scope="Alcance", background="Antecedentes", items="Cuadro de cantidades", reqs="Especificaciones técnicas mínimas",
           submission="Presentación de ofertas", evaluation="Criterios de evaluación", terms="Condiciones", compliance="Requisitos de seguridad de la cadena de suministro",
           contact="Contacto", delivery="Entrega", pricing="Precios", general="Generalidades", tasks="Obligaciones del contratista", deliverables="Entregables",
           pop="Plazo de ejecución", questions="Preguntas al mercado", response="Forma de respuesta", ordering="Información para pedidos",
           overview="Descripción del producto", spec="Características técnicas", award="Objeto adjudicado", schedule="Listado de equipos", clauses="Cláusulas del financiador"),
    table_head=["Ítem", "Descripción", "Unidad", "Cant.", "Valor unitario", "Valor total"],
    table_head_noprice=["Ítem", "Descripción", "Unidad", "Cantidad"],
    pricelist_head=["Código", "Descripción", "Precio lista", "Descuento", "Precio neto"],
    notice_fields=["Número de proceso", "Entidad contratante", "Objeto", "Código CPV / UNSPSC", "Modalidad", "Fecha de cierre", "Presupuesto oficial", "Lugar de ejecución"],
    procedures=["Licitación pública", "Selección abreviada de menor cuantía", "Procedimiento abierto simplificado", "Contratación directa", "Licitación pública nacional electrónica", "Invitación a cuando menos tres personas", "Licitación pública L1", "Convenio marco", "Mínima cuantía"],
    notice_open=["Se invita a los interesados a presentar ofertas para el siguiente proceso de contratación.",
                 "Anuncio de licitación publicado en la Plataforma de Contratación del Sector Público.",
                 "Aviso de convocatoria pública. Los pliegos pueden consultarse en el portal de contratación de la entidad.",
                 "Convocatoria: la entidad requiere contratar lo que se describe a continuación."],
    rfq_open=["Solicitamos cotización para los bienes y servicios relacionados a continuación. La cotización deberá tener validez mínima de 60 días.",
              "Solicitud de cotización {ref}. Favor cotizar precios unitarios con IVA discriminado y tiempo de entrega.",
              "Con el fin de realizar el estudio de mercado, agradecemos enviar su cotización antes del {deadline}."],
    rfp_open=["El presente pliego de condiciones establece los requisitos técnicos, jurídicos y financieros del proceso.",
              "La entidad convoca a personas naturales y jurídicas a presentar propuesta para el objeto descrito en estos términos de referencia.",
              "Las propuestas se presentarán en sobre técnico y sobre económico separados."],
    itb_open=["La {buyer} invita a los proveedores inscritos a presentar oferta para el suministro descrito en el anexo técnico.",
              "Invitación pública {ref}. Podrán participar los oferentes que cumplan los requisitos habilitantes.",
              "Se invita a presentar ofertas en la modalidad de mínima cuantía para la adquisición que se indica."],
    offer_open=["Señores {buyer}: el suscrito, en nombre de {supplier}, presenta oferta para el proceso {ref} conforme a los pliegos.",
                "Por medio de la presente sometemos a su consideración nuestra propuesta económica para {title}.",
                "Atendiendo su invitación {ref}, ofrecemos suministrar los bienes indicados en el cuadro siguiente, con validez de 90 días."],
    quote_open=["Atendiendo su amable solicitud, nos permitimos presentar la siguiente cotización.",
                "Cotización para {buyer}. Valores en {cur}, IVA no incluido salvo indicación.",
                "De acuerdo con la visita técnica realizada, cotizamos lo siguiente."],
    pricelist_open=["Lista de precios vigente desde {date}. Valores en {cur}.", "Precios para entidades públicas; descuentos sobre el precio de lista del fabricante.", "Catálogo de convenio marco, precios sujetos a disponibilidad."],
    boq_open=["Presupuesto oficial. Los precios unitarios incluyen suministro, instalación, pruebas y puesta en funcionamiento.",
              "Formulario de cantidades y precios. El oferente diligenciará todos los ítems; los ítems en blanco se entenderán incluidos.",
              "Cantidades estimadas para efectos de comparación de ofertas; podrán variar durante la ejecución."],
    spec_open=["El presente anexo técnico establece los requisitos mínimos obligatorios. El oferente indicará el cumplimiento de cada numeral.",
               "Este documento describe las características, pruebas y documentación exigidas para {title}.",
               "Los requisitos señalados como obligatorios son excluyentes: la oferta que no los cumpla será rechazada."],
    datasheet_open=["Ficha técnica presentada con la oferta.", "Hoja de datos del fabricante. Especificaciones sujetas a cambio sin previo aviso.", "Ficha técnica anexa a la propuesta técnica."],
    award_open=["Resolución de adjudicación. La entidad adjudica el contrato descrito a continuación.",
                "Acta de adjudicación: evaluadas {n} ofertas, se adjudica al oferente que obtuvo el mayor puntaje.",
                "La {buyer} comunica la adjudicación del proceso {ref}."],
    annex_open=["El presente anexo forma parte integral del contrato suscrito entre {buyer} y {supplier}.",
                "Anexo 2: listado de bienes y precios. En caso de discrepancia prevalecen las cláusulas del contrato.",
                "Otrosí no. {n}: el siguiente listado reemplaza íntegramente el anexo 2."],
    sow_open=["Los presentes términos de referencia definen los servicios que el contratista prestará a {buyer}.",
              "El contratista aportará el personal, equipos, herramientas y materiales necesarios para ejecutar las actividades descritas.",
              "Objeto: {title}. A continuación se detallan las obligaciones específicas."],
    mr_open=["Solicitud de información (RFI) con fines de estudio de mercado. No constituye oferta ni compromiso de contratación.",
             "Consulta preliminar al mercado: la entidad desea conocer las soluciones disponibles antes de publicar el pliego.",
             "Estudio de mercado. Se solicita a los proveedores información técnica y precios de referencia."],
    calloff_open=["Orden de compra derivada del acuerdo marco {ref}, lote {n}.", "Evento de cotización en la tienda virtual del Estado para proveedores del acuerdo marco.", "Pedido al amparo del convenio marco vigente; precios según catálogo."],
    email_open=["Buenos días,\n\nNos pueden cotizar lo siguiente? Lo necesitamos para el {deadline}.", "Hola {supplier},\n\nSiguiendo la conversación telefónica, les envío lo que requerimos. Entrega en {city}.",
                "Estimados,\n\nEstamos armando el presupuesto del próximo año y agradecería precios de estos ítems.", "Buenas tardes,\n\nPedido urgente de la obra: favor cotizar y confirmar plazo de entrega."],
    close=["Las observaciones al pliego se recibirán por escrito hasta cinco días antes del cierre.", "No se aceptarán ofertas extemporáneas.",
           "La entidad podrá declarar desierto el proceso.", "Las ofertas se presentarán únicamente a través de la plataforma electrónica.",
           "Forma de pago: 30 días tras la recepción a satisfacción y radicación de la factura.", "Se exige garantía de seriedad de la oferta del 10 % del presupuesto.",
           "Los precios incluyen transporte hasta el sitio de entrega, descargue y retiro de embalajes.", "Se dará preferencia a la industria nacional en caso de empate.",
           "El oferente deberá estar inscrito en el registro de proveedores.", "Adjuntar certificado de cumplimiento de obligaciones tributarias y de seguridad social."],
    email_close=["Gracias,\n{contact}", "Saludos cordiales,\n{contact}\nÁrea de Compras", "Quedo atento.\n{contact}"],
    signoff=["Representante legal", "Por {supplier}", "Ordenador del gasto", "Jefe de Compras"],
    prohibition=[
        "No se aceptarán equipos de las marcas Huawei ni ZTE. Las ofertas que los incluyan serán rechazadas.",
        "Por política de seguridad de la entidad, no se admiten cámaras, grabadores ni software de video de Hikvision o Dahua, incluidas sus marcas filiales (EZVIZ, Imou, HiLook).",
        "No se aceptarán radios ni repetidoras fabricados por Hytera Communications.",
        "Conforme al conjunto de herramientas de la UE para la ciberseguridad del 5G y a la Ley 11/2022 General de Telecomunicaciones, no podrán ofertarse equipos de proveedores calificados de alto riesgo (entre ellos Huawei y ZTE).",
        "Quedan excluidos los productos de Kaspersky Lab y cualquier solución que incorpore su motor de detección.",
        "Por exigencia del financiador, no se podrán adquirir drones de DJI ni de Autel Robotics.",
        "Proyecto financiado con recursos del Gobierno de los Estados Unidos: conforme a 2 CFR 200.216 no se podrán adquirir equipos de telecomunicaciones ni de videovigilancia de Huawei, ZTE, Hytera, Hikvision o Dahua.",
    ],
    far_boiler=[
        "Cláusula del financiador (2 CFR 200.216): queda prohibido utilizar fondos de la subvención para adquirir equipos, sistemas o servicios de telecomunicaciones o videovigilancia producidos por Huawei Technologies Company, ZTE Corporation, Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company o Dahua Technology Company, o sus filiales.",
        "Disposiciones obligatorias de USAID incorporadas por referencia: Certificación de no financiamiento del terrorismo; Prohibición de equipos de telecomunicaciones cubiertos (sección 889 de la Ley de Autorización de Defensa Nacional 2019: Huawei, ZTE, Hytera, Hikvision, Dahua); Marcado y branding; Reglas de origen y nacionalidad.",
        "El contratista certificará que no suministrará ni utilizará, en la ejecución del contrato, equipos de telecomunicaciones o de videovigilancia cubiertos por la sección 889 (Huawei, ZTE, Hytera, Hikvision y Dahua).",
    ],
    ndaa_cert=[
        "Declaración del oferente: certifico que mi empresa no suministrará equipos ni servicios de telecomunicaciones o videovigilancia cubiertos (Huawei, ZTE, Hytera, Hikvision, Dahua) en la ejecución de este contrato financiado por USAID.",
        "Formato 7 – Certificación sección 889: el proponente declara que [ ] sí [X] no suministrará equipos de telecomunicaciones cubiertos.",
    ],
    compliance_cert=["Certificamos que ninguno de los equipos ofertados es fabricado por Huawei, ZTE, Hytera, Hikvision o Dahua. Los equipos son de marca {brand}.",
                     "Los equipos {brand} ofertados no contienen componentes de fabricantes considerados de alto riesgo.",
                     "Declaración de origen: los bienes ofertados ({brand}) provienen de fabricantes no incluidos en la lista de la FCC."],
    incidental=[
        "Los asistentes a la visita técnica podrán alojarse en el hotel ubicado frente al centro de innovación de Huawei, que ofrece tarifa preferencial.",
        "La cubierta del edificio ya cuenta con paneles solares e inversores Huawei instalados por el arrendador; dichos equipos no forman parte de este proceso y no deberán intervenirse.",
        "Las fotografías aéreas del predio fueron tomadas en 2022 con un dron DJI por la comunidad y se incluyen solo como referencia.",
        "El auditorio se encuentra en el mismo edificio de las oficinas comerciales de ZTE; el acceso de proveedores será por el sótano.",
        "Entre las empresas que participaron en la feria de empleo del año pasado se encontraban Huawei, Bancolombia y Ecopetrol.",
        "El conjunto residencial vecino tiene cámaras Hikvision instaladas por la administración, las cuales no forman parte de este contrato.",
    ],
    generic=[
        ("Garantía", "El contratista garantiza que los bienes son nuevos, sin uso y libres de defectos de diseño, materiales y fabricación durante el período de garantía, y reparará o reemplazará los defectuosos en un plazo de quince días calendario desde la notificación."),
        ("Entrega", "Los bienes se entregarán en el almacén de la entidad en días hábiles entre las 8:00 y las 16:00 horas, previa coordinación con el almacenista, acompañados de remisión con número de contrato, cantidades y números de serie."),
        ("Forma de pago", "La entidad pagará dentro de los treinta días siguientes a la radicación de la factura electrónica, previa certificación de recibo a satisfacción expedida por el supervisor y acreditación de pagos de seguridad social."),
        ("Multas", "En caso de retraso injustificado, la entidad impondrá multas diarias equivalentes al uno por mil del valor del contrato, sin que superen en total el diez por ciento de dicho valor."),
        ("Garantías contractuales", "El contratista constituirá póliza de cumplimiento por el 10 % del valor del contrato, de calidad de los bienes por el 20 % y de salarios y prestaciones sociales por el 5 %, con las vigencias que exige la ley."),
        ("Supervisión", "La supervisión del contrato estará a cargo del funcionario que designe el ordenador del gasto, quien verificará el cumplimiento técnico, administrativo y financiero."),
        ("Confidencialidad", "El contratista mantendrá en reserva la información a la que tenga acceso con ocasión del contrato y no la divulgará sin autorización escrita, obligación que subsiste tras su terminación."),
        ("Protección de datos", "El tratamiento de datos personales se sujetará a la normativa de protección de datos vigente; el contratista actuará como encargado del tratamiento y notificará cualquier incidente de seguridad sin demora."),
        ("Criterios de evaluación", "Se asignarán hasta 100 puntos: oferta económica 50, calidad técnica 30, apoyo a la industria nacional 10 y vinculación de personas con discapacidad 10. En caso de empate se aplicarán los criterios de desempate de ley."),
        ("Requisitos habilitantes", "Los oferentes acreditarán capacidad jurídica, experiencia en al menos dos contratos de objeto similar en los últimos cinco años, indicadores financieros mínimos y registro único de proponentes vigente."),
        ("Capacitación", "El contratista impartirá capacitación presencial al personal operativo y administrativo, entregando material en español y certificados de asistencia."),
        ("Documentación", "Se entregarán manuales de operación y mantenimiento, planos récord y protocolos de pruebas en formato digital e impreso antes del acta de recibo final."),
        ("Seguridad y salud en el trabajo", "El contratista cumplirá el sistema de gestión de seguridad y salud en el trabajo, presentará análisis de riesgos y dotará a su personal de elementos de protección personal."),
        ("Gestión ambiental", "Los embalajes se reducirán al mínimo y el contratista retirará los residuos y equipos reemplazados, acreditando su disposición final adecuada."),
        ("Solución de controversias", "Las diferencias se resolverán mediante arreglo directo y, en su defecto, por conciliación ante la autoridad competente o la jurisdicción contencioso administrativa."),
        ("Cesión y subcontratación", "El contratista no podrá ceder el contrato ni subcontratar sin autorización previa y escrita de la entidad, y responderá por la actuación de sus subcontratistas."),
        ("Repuestos", "El oferente garantizará la disponibilidad de repuestos durante al menos siete años e indicará el precio de los repuestos recomendados."),
        ("Visita técnica", "Se realizará una visita técnica no obligatoria a los sitios de instalación; los asistentes deberán portar documento de identidad y calzado de seguridad."),
    ],
    mr_questions=["Describa la experiencia de su empresa en contratos similares de los últimos tres años.", "Indique el plazo estimado de entrega desde la orden de compra.",
                  "¿Qué modelo de precios propone y cuáles son sus principales componentes de costo?", "¿Recomienda ajustes a las especificaciones que aumenten la competencia?",
                  "Indique si los bienes están disponibles en acuerdos marco vigentes."],
    sow_tasks=["Realizar el levantamiento de información en sitio y entregar informe dentro de los 15 días siguientes al acta de inicio.", "Presentar cronograma y plan de trabajo para aprobación.",
               "Suministrar, instalar y configurar los equipos en los sitios indicados.", "Ejecutar las pruebas de aceptación y registrar los resultados.",
               "Capacitar al personal de la entidad en la operación y el mantenimiento básico.", "Atender la garantía y el mantenimiento correctivo durante el período de garantía.",
               "Asistir a los comités de seguimiento quincenales."],
    doc_names=dict(quote="Cotización", offer="Carta de presentación de la oferta", pricelist="Lista de precios", spec="Especificaciones técnicas", datasheet="Ficha técnica",
                   award="Adjudicación", annex="Anexo 2 del contrato", sow="Términos de referencia", rfp="Pliego de condiciones", mr="Solicitud de información"),
    subject="Asunto", total="Total", clause="Numeral", requirement="Requisito", compliance="Cumple / No cumple (folio)", feature="Requisito", parameter="Parámetro",
    value="Valor", awardee="Adjudicatario", date="Fecha", to="Para", **{"from": "De"},
    pop=["El plazo de ejecución es de seis meses contados a partir del acta de inicio.", "Plazo: 90 días calendario desde la firma del contrato.", "Doce meses, prorrogables por otros doce por mutuo acuerdo."],
    sites=dict(heading="Anexo A - Relación de sitios", head=["No.", "Sitio", "Dirección", "Cant.", "Observaciones"], addr="{street} {n}",
               place=["Norte", "Sur", "Oriente", "Occidente", "Centro", "La Esperanza", "San José", "El Prado", "Santa Lucía", "Villa Nueva", "Los Pinos", "Puerto"],
               facility=["Sede administrativa", "Biblioteca", "Estación de bomberos", "Centro de salud", "Estación de peaje", "Colegio", "Planta de tratamiento", "Bodega", "Inspección de policía", "Casa de la cultura"],
               street=["Calle", "Carrera", "Avenida", "Diagonal", "Transversal", "Camino", "Paseo"],
               notes=["", "", "acceso restringido", "horario nocturno", "requiere escolta", "zona rural", "sin energía estable"]),
    contacts=["María Fernanda Rojas", "Juan Carlos Pérez", "Lucía Martínez", "Andrés Gómez", "Carolina Silva", "José Luis Herrera", "Valentina Muñoz", "Diego Fernández"],
    type_names=dict(notice="anuncio de licitación", rfq="solicitud de cotización", rfp="pliego de condiciones", itb="invitación a ofertar", offer="carta de oferta",
                    quote="cotización", pricelist="lista de precios", boq="presupuesto / cuadro de cantidades", spec="especificaciones técnicas", datasheet="ficha técnica",
                    award="adjudicación", annex="anexo de contrato", sow="términos de referencia", mr="solicitud de información", calloff="orden de acuerdo marco", email="correo de solicitud"),
)
ES_CATS["portatiles-software"]["widened"] = True  # laptops, office/payroll software, web portal: ICT since the scope was widened

ES_PROHIB_META = [
    (None, {"red-conmutacion", "wifi", "fibra-telecom"}),
    (None, {"cctv-its"}),
    (None, {"radio-trunking"}),
    ({"es"}, {"red-conmutacion", "fibra-telecom", "wifi"}),
    (None, {"antivirus"}),
    ({"usfund"}, {"drones"}),
    ({"usfund"}, {"cctv-its", "red-conmutacion", "radio-trunking", "fibra-telecom"}),
]
ES.update(each="und", sep=".", dec=",", scale={"COP": 4000, "MXN": 18, "CLP": 900, "ARS": 900, "HNL": 25})


# =========================================================================== VIETNAMESE
VI_BUYERS = [
    ("Tổng công ty Bưu điện Việt Nam", "Hà Nội", "Việt Nam", "VND", "vn"),
    ("Sở Thông tin và Truyền thông tỉnh Quảng Ninh", "Hạ Long", "Việt Nam", "VND", "vn"),
    ("Bệnh viện Đa khoa tỉnh Bình Dương", "Thủ Dầu Một", "Việt Nam", "VND", "vn"),
    ("Ủy ban nhân dân quận Hải Châu", "Đà Nẵng", "Việt Nam", "VND", "vn"),
    ("Trường Đại học Bách khoa Hà Nội", "Hà Nội", "Việt Nam", "VND", "vn"),
    ("Công ty Cổ phần Cảng Sài Gòn", "TP. Hồ Chí Minh", "Việt Nam", "VND", "vn"),
    ("Tổng công ty Bảo hiểm Bảo Việt", "Hà Nội", "Việt Nam", "VND", "vn"),
    ("Ban Quản lý dự án Giao thông tỉnh Nghệ An", "Vinh", "Việt Nam", "VND", "vn"),
    ("Công ty TNHH MTV Cấp nước Cần Thơ", "Cần Thơ", "Việt Nam", "VND", "vn"),
    ("Ban Quản lý dự án ODA Đô thị thông minh (vốn vay JICA)", "Huế", "Việt Nam", "VND", "oda"),
    ("Kho bạc Nhà nước tỉnh Lâm Đồng", "Đà Lạt", "Việt Nam", "VND", "vn"),
    ("Công ty Điện lực Hải Phòng", "Hải Phòng", "Việt Nam", "VND", "vn"),
]
VI_SUPPLIERS = ["Công ty TNHH Giải pháp Mạng Sao Việt", "Công ty Cổ phần Công nghệ An Phát", "Công ty TNHH Thiết bị An ninh Hoàng Long",
                "Công ty Cổ phần Viễn thông Miền Trung", "Công ty TNHH Thương mại Dịch vụ Minh Khang", "Công ty Cổ phần Xây lắp Thăng Long",
                "Công ty TNHH Nội thất Hòa Phát Thành", "Công ty TNHH Vệ sinh Công nghiệp Sạch Xanh"]

VI_CATS = {
    "camera": dict(
        kind="in", cpv="Thiết bị giám sát hình ảnh",
        titles=["Mua sắm hệ thống camera giám sát cho trụ sở", "Lắp đặt camera an ninh tại các bưu cục", "Hệ thống camera giám sát giao thông nút giao", "Camera và đầu ghi cho tủ giao nhận hàng thông minh"],
        scope=["Trang bị camera IP và đầu ghi hình cho 42 bưu cục, lưu trữ tối thiểu 30 ngày, cho phép trung tâm điều hành xem trực tuyến và trích xuất dữ liệu khi có sự cố.",
               "Hệ thống giám sát các cổng ra vào, sảnh giao dịch, bãi đỗ xe và kho; nhà thầu khảo sát và trình phương án bố trí camera trước khi lắp đặt.",
               "Camera tại nút giao phải nhận dạng được biển số phương tiện cả ban ngày và ban đêm, truyền hình ảnh về trung tâm qua đường cáp quang.",
               "Mỗi tủ giao nhận hàng được gắn một camera quan sát người gửi nhận; hình ảnh được lưu trên máy chủ tập trung và liên kết với mã giao dịch."],
        items=[("Camera IP dạng dome 4MP, hồng ngoại 30 m, PoE", "chiếc", 8, 25), ("Camera IP thân trụ 8MP, ống kính varifocal", "chiếc", 12, 38),
               ("Camera quay quét PTZ 2MP, zoom quang 32x", "chiếc", 40, 110), ("Đầu ghi hình mạng NVR 32 kênh, 8 ổ cứng", "chiếc", 70, 200),
               ("Ổ cứng chuyên dụng giám sát 8TB", "chiếc", 7, 12), ("Vật tư, nhân công lắp đặt và cấu hình", "trọn gói", 200, 900)],
        reqs=["Camera tuân thủ chuẩn ONVIF Profile S/T.", "Hỗ trợ chuẩn nén H.265 và tối thiểu hai luồng video.", "Chống ngược sáng WDR tối thiểu 120 dB.",
              "Vỏ đạt chuẩn IP67, hoạt động ở nhiệt độ 0-60 °C.", "Mã hóa luồng video, bắt buộc đổi mật khẩu mặc định khi cài đặt.", "Lưu trữ 30 ngày ở độ phân giải tối đa, 15 khung hình/giây."],
        compliant=["Axis P3265-LVE", "Bosch FLEXIDOME IP 5100i", "Hanwha Vision XNV-6080R", "i-PRO WV-S2136L", "Vivotek FD9389-EHTV"],
        restricted=[("hikvision", "Camera Hikvision DS-2CD1023G0E-I 2MP", "name"), ("dahua", "Camera Dahua IPC-HFW1230S 2MP", "name"),
                    ("hikvision", "DS-2CD2143G2-IS dome 4MP", "model"), ("dahua", "DH-IPC-HDW2431TP-AS-S2 4MP", "model"),
                    ("hikvision", "Camera wifi EZVIZ C6N 1080p", "brand"), ("dahua", "Camera Imou Ranger 2 xoay 360 độ", "brand"),
                    ("hikvision", "Đầu ghi HiLook NVR-108MH-C 8 kênh", "brand"), ("hikvision", "海康威视 网络摄像机 4MP", "cjk"),
                    ("hikvision", "DS-7608NI-K2 đầu ghi 8 kênh", "model")]),
    "mang-lan": dict(
        kind="in", cpv="Thiết bị mạng",
        titles=["Nâng cấp hệ thống mạng LAN trụ sở chính", "Mua sắm thiết bị chuyển mạch và định tuyến", "Trang bị router cho các chi nhánh", "Hệ thống mạng không dây cho tòa nhà văn phòng"],
        scope=["Hệ thống chuyển mạch hiện tại đã hết hỗ trợ kỹ thuật của hãng. Dự án thay thế toàn bộ switch truy cập bằng switch quản trị có PoE+, đường uplink 10 Gb/s về cặp switch lõi.",
               "Mỗi chi nhánh được trang bị router hai đường truyền (cáp quang và 4G), kết nối VPN về trung tâm dữ liệu, quản lý tập trung.",
               "Mạng Wi-Fi phủ sóng toàn bộ 12 tầng văn phòng, tách riêng mạng cho cán bộ, khách và thiết bị IoT, hỗ trợ chuyển vùng liền mạch."],
        items=[("Switch truy cập 48 cổng GE PoE+, 4 cổng SFP+", "chiếc", 60, 150), ("Switch lõi 24 cổng SFP+ Layer 3", "chiếc", 150, 400),
               ("Router chi nhánh tích hợp 4G", "chiếc", 20, 60), ("Bộ phát Wi-Fi 6 gắn trần", "chiếc", 12, 35), ("Module quang SFP+ 10G LR", "chiếc", 2, 6),
               ("Dịch vụ cài đặt, cấu hình và chuyển đổi", "gói", 100, 500)],
        reqs=["Hỗ trợ VLAN 802.1Q, xác thực 802.1X, PoE+ 802.3at.", "Hỗ trợ định tuyến tĩnh, OSPF, VRRP.", "Quản trị qua SSHv2, SNMPv3; có thể tắt Telnet và HTTP.",
              "Firmware có chữ ký số của hãng sản xuất.", "Bộ phát Wi-Fi chuẩn 802.11ax, hỗ trợ WPA3.", "Bảo hành chính hãng tối thiểu 36 tháng."],
        compliant=["Cisco Catalyst C9200L-48P-4X", "Aruba CX 6100", "Juniper EX2300-48P", "Cisco ISR 1111-4P", "Aruba AP-515", "Ruijie RG-S5750"],
        restricted=[("huawei", "Switch Huawei S5735-L48P4X-A1", "name"), ("huawei", "Router Huawei NetEngine AR6120", "name"), ("huawei", "S5720-28X-SI-AC", "model"),
                    ("zte", "Switch ZTE ZXR10 5960-52TM", "name"), ("huawei", "AirEngine 5761-11 Wi-Fi 6", "model"), ("huawei", "华为 S5735 交换机", "cjk"),
                    ("zte", "ZXHN F670L ONT quang", "model")]),
    "tuong-lua": dict(
        kind="in", cpv="Thiết bị bảo mật mạng",
        titles=["Mua sắm thiết bị tường lửa thế hệ mới", "Giải pháp bảo mật vành đai cho trung tâm dữ liệu"],
        scope=["Trang bị cặp tường lửa chạy chế độ dự phòng cho trung tâm dữ liệu, có chức năng ngăn chặn xâm nhập, kiểm soát ứng dụng, giải mã SSL và VPN cho 800 người dùng.",
               "Tường lửa được đặt giữa mạng điều khiển của nhà máy nước và mạng văn phòng, hỗ trợ giao thức công nghiệp Modbus/TCP."],
        items=[("Tường lửa thế hệ mới, thông lượng chống mối đe dọa 10 Gb/s", "chiếc", 300, 900), ("Bản quyền dịch vụ bảo mật 3 năm", "bộ", 60, 250), ("Hệ thống quản trị tập trung", "bộ", 80, 250)],
        reqs=["Đạt chứng nhận Common Criteria hoặc tương đương.", "Giải mã và kiểm tra lưu lượng TLS 1.3.", "Hỗ trợ HA active/passive, đồng bộ phiên.", "Xuất nhật ký định dạng syslog về hệ thống SIEM."],
        compliant=["Fortinet FortiGate 400F", "Palo Alto PA-3410", "Check Point Quantum 6600", "Sophos XGS 4300"],
        restricted=[("huawei", "Huawei HiSecEngine USG6525E", "name"), ("huawei", "USG6650E", "model")]),
    "phan-mem-diet-virus": dict(
        kind="in", cpv="Phần mềm bảo mật",
        titles=["Mua bản quyền phần mềm diệt virus tập trung", "Gia hạn bản quyền phòng chống mã độc cho máy trạm", "Giải pháp phát hiện và phản hồi điểm cuối (EDR)"],
        scope=["Cung cấp bản quyền phòng chống mã độc tập trung cho 1.500 máy trạm và 60 máy chủ, có máy chủ quản trị đặt tại trung tâm dữ liệu của đơn vị.",
               "Giải pháp phải phát hiện mã độc theo hành vi, cô lập máy bị nhiễm và khôi phục dữ liệu bị mã hóa bởi ransomware.",
               "Thời hạn bản quyền 3 năm, bao gồm cập nhật mẫu nhận diện hằng ngày và hỗ trợ kỹ thuật 24/7 bằng tiếng Việt."],
        items=[("Bản quyền bảo vệ máy trạm 3 năm", "bản quyền", 0.5, 2), ("Bản quyền bảo vệ máy chủ 3 năm", "bản quyền", 2, 6), ("Mô-đun EDR 3 năm", "bản quyền", 0.5, 2), ("Triển khai và đào tạo", "gói", 20, 80)],
        reqs=["Hỗ trợ Windows 10/11, Windows Server 2016 trở lên, Linux.", "Máy chủ quản trị cài đặt tại chỗ, không bắt buộc kết nối đám mây.", "Cô lập máy trạm theo lệnh từ bảng điều khiển.", "Tích hợp với hệ thống giám sát an toàn thông tin qua syslog."],
        compliant=["Trend Micro Apex One", "ESET PROTECT Enterprise", "Microsoft Defender for Endpoint", "Sophos Intercept X", "Bkav Endpoint"],
        restricted=[("kaspersky", "Kaspersky Endpoint Security for Business Select", "name"), ("kaspersky", "Kaspersky Security Center 14", "name"),
                    ("kaspersky", "KES 12 và KSC 14 (bản quyền 3 năm)", "model"), ("kaspersky", "Kaspersky Endpoint Detection and Response Optimum", "name")]),
    "may-chu": dict(
        kind="in", cpv="Máy chủ và thiết bị lưu trữ",
        titles=["Mua sắm máy chủ và hệ thống lưu trữ cho trung tâm dữ liệu", "Hệ thống lưu trữ sao lưu dữ liệu"],
        scope=["Trang bị 4 máy chủ ảo hóa và 1 hệ thống lưu trữ all-flash dung lượng 100 TB khả dụng, chuyển đổi 120 máy ảo hiện có.",
               "Hệ thống sao lưu đặt tại trung tâm dự phòng, hỗ trợ bản sao bất biến chống ransomware."],
        items=[("Máy chủ 2U, 2 CPU 32 nhân, RAM 512 GB", "chiếc", 300, 700), ("Hệ thống lưu trữ all-flash 100 TB", "hệ thống", 2000, 5000), ("Dịch vụ chuyển đổi hệ thống", "gói", 200, 800)],
        reqs=["Nguồn và quạt dự phòng, thay nóng.", "Bộ điều khiển quản trị từ xa có phân quyền và nhật ký.", "Bảo hành 5 năm, hỗ trợ tại chỗ trong 4 giờ."],
        compliant=["Dell PowerEdge R760", "HPE ProLiant DL380 Gen11", "NetApp AFF A250", "Lenovo ThinkSystem SR650 V3"],
        restricted=[("huawei", "Huawei OceanStor Dorado 5000 V6", "name"), ("huawei", "OceanStor 5310", "model")]),
    "bo-dam": dict(
        kind="in", cpv="Thiết bị vô tuyến",
        titles=["Mua sắm máy bộ đàm kỹ thuật số cho lực lượng bảo vệ cảng", "Hệ thống bộ đàm DMR và trạm lặp"],
        scope=["Trang bị bộ đàm cầm tay kỹ thuật số chuẩn DMR và 3 trạm lặp để liên lạc giữa cầu cảng, bãi container và phòng điều độ, phủ sóng toàn bộ khu cảng.",
               "Bộ đàm có chức năng định vị GPS, cảnh báo người ngã và mã hóa thoại."],
        items=[("Bộ đàm cầm tay DMR, IP67, GPS", "chiếc", 8, 22), ("Bộ đàm gắn xe 45 W", "chiếc", 10, 28), ("Trạm lặp DMR 50 W", "chiếc", 40, 110), ("Bộ sạc đa năng 6 vị trí", "chiếc", 5, 15)],
        reqs=["Tuân thủ ETSI TS 102 361 (DMR) Tier II.", "Mã hóa AES-256.", "Pin hoạt động tối thiểu 16 giờ.", "Hợp chuẩn, hợp quy theo quy định của Bộ TT&TT."],
        compliant=["Motorola MOTOTRBO R7", "Kenwood NX-3320", "Motorola XiR P6620i", "Icom IC-F52D"],
        restricted=[("hytera", "Bộ đàm Hytera PD785G", "name"), ("hytera", "Hytera BD505", "name"), ("hytera", "MD785G gắn xe", "model"), ("hytera", "海能达 PD680 对讲机", "cjk")]),
    "flycam": dict(
        kind="in", cpv="Thiết bị bay không người lái",
        titles=["Mua sắm thiết bị bay không người lái phục vụ kiểm tra đường dây", "Flycam khảo sát địa hình và giám sát rừng"],
        scope=["Thiết bị bay không người lái dùng để kiểm tra đường dây tải điện, mang camera zoom và camera nhiệt, truyền hình ảnh trực tiếp về đội kiểm tra.",
               "Khảo sát 2.000 ha rừng phòng hộ mỗi năm, yêu cầu định vị RTK và phần mềm dựng bản đồ trực ảnh."],
        items=[("Thiết bị bay đa cánh quạt, bay 40 phút, RTK", "bộ", 250, 700), ("Camera nhiệt 640x512 kèm zoom", "chiếc", 100, 300), ("Pin thông minh", "chiếc", 6, 20), ("Đào tạo phi công", "người", 20, 50)],
        reqs=["Mã hóa đường truyền điều khiển và hình ảnh.", "Có chế độ hoạt động không kết nối máy chủ nhà sản xuất.", "Độ chính xác RTK dưới 3 cm.", "Có giấy phép bay theo quy định."],
        compliant=["Parrot ANAFI USA", "Skydio X10", "Teal 2"],
        restricted=[("dji", "DJI Matrice 350 RTK kèm Zenmuse H20T", "name"), ("dji", "DJI Mavic 3 Enterprise (M3T)", "name"), ("autel_robotics", "Autel EVO II Dual 640T", "name"), ("dji", "大疆 经纬 M300 RTK", "cjk")]),
    "kenh-truyen": dict(
        kind="in", cpv="Dịch vụ viễn thông",
        titles=["Thuê kênh truyền số liệu và Internet cho các chi nhánh", "Dịch vụ kênh thuê riêng quốc tế"],
        scope=["Thuê kênh truyền MPLS kết nối 63 chi nhánh về trung tâm dữ liệu và hai đường Internet trực tiếp 1 Gb/s, cam kết chất lượng dịch vụ và hỗ trợ 24/7.",
               "Thuê kênh riêng quốc tế giữa trụ sở tại Hà Nội và văn phòng đại diện ở nước ngoài, có tuyến dự phòng khác hướng."],
        items=[("Kênh MPLS 100 Mb/s", "tháng", 3, 10), ("Internet trực tiếp 1 Gb/s", "tháng", 20, 60), ("Kênh thuê riêng quốc tế 1 Gb/s", "tháng", 80, 300)],
        reqs=["Cam kết độ sẵn sàng 99,9%.", "Khắc phục sự cố trong 4 giờ.", "Báo cáo chất lượng hằng tháng."],
        compliant=["Viettel", "VNPT", "FPT Telecom", "CMC Telecom"],
        restricted=[("china_telecom", "China Telecom Global kênh CN2 quốc tế", "name"), ("china_unicom", "China Unicom kênh IPLC", "name"), ("china_mobile", "中国移动国际 专线", "cjk")]),
    # ------------------------------------------------------------------ ngoài phạm vi
    "xe-nang": dict(kind="out", cpv="Thiết bị nâng hạ",
        titles=["Mua sắm xe nâng điện cho trung tâm khai thác", "Tiêu chí kỹ thuật xe nâng hàng"],
        scope=["Trang bị 6 xe nâng điện đối trọng sức nâng 2,5 tấn, pin lithium, phục vụ bốc xếp tại trung tâm khai thác bưu chính."],
        items=[("Xe nâng điện 2,5 tấn, pin lithium", "chiếc", 600, 1100), ("Bộ sạc", "chiếc", 40, 100), ("Bảo dưỡng định kỳ 2 năm", "gói", 30, 80)],
        reqs=["Chiều cao nâng tối thiểu 4,5 m.", "Có đèn cảnh báo và còi lùi.", "Đào tạo vận hành cho 10 người."],
        specs=[("Sức nâng", "2.500 kg"), ("Chiều cao nâng", "4.500 mm")]),
    "bang-tai": dict(kind="out", cpv="Thiết bị băng tải",
        titles=["Cung cấp và lắp đặt hệ thống băng tải con lăn", "Băng tải phân loại bưu kiện"],
        scope=["Lắp đặt 120 m băng tải con lăn và vách chắn bảo vệ cho dây chuyền chia chọn bưu kiện, tải trọng 50 kg/m."],
        items=[("Băng tải con lăn, rộng 800 mm", "mét", 4, 10), ("Vách chắn bảo vệ", "mét", 1, 3), ("Tủ điều khiển băng tải", "chiếc", 30, 90)],
        reqs=["Con lăn thép mạ kẽm đường kính 50 mm.", "Có nút dừng khẩn cấp mỗi 10 m.", "Tốc độ điều chỉnh 0,2-1 m/s."],
        specs=[("Chiều rộng", "800 mm"), ("Tải trọng", "50 kg/m")]),
    "ban-ghe": dict(kind="out", cpv="Nội thất văn phòng",
        titles=["Mua sắm bàn ghế làm việc", "Trang bị nội thất phòng họp và hội trường"],
        scope=["Trang bị bàn làm việc, ghế xoay, tủ tài liệu cho 80 cán bộ tại trụ sở mới và bàn ghế cho hội trường 200 chỗ."],
        items=[("Bàn làm việc gỗ công nghiệp 1400x700", "chiếc", 2, 5), ("Ghế xoay lưng lưới", "chiếc", 1, 3), ("Tủ tài liệu sắt 4 cánh", "chiếc", 3, 6), ("Ghế hội trường có bàn viết", "chiếc", 1, 3)],
        reqs=["Gỗ đạt tiêu chuẩn phát thải E1.", "Bảo hành 24 tháng.", "Vận chuyển, lắp đặt tại chỗ."],
        specs=[("Kích thước bàn", "1400x700x750 mm")]),
    "ve-sinh": dict(kind="out", cpv="Dịch vụ vệ sinh",
        titles=["Dịch vụ vệ sinh công nghiệp tòa nhà", "Thuê dịch vụ vệ sinh bệnh viện"],
        scope=["Cung cấp dịch vụ vệ sinh hằng ngày cho tòa nhà 15 tầng, bao gồm sàn, kính, nhà vệ sinh và thu gom rác, 7 ngày mỗi tuần."],
        items=[("Nhân công vệ sinh", "tháng", 6, 12), ("Hóa chất và vật tư tiêu hao", "tháng", 5, 15), ("Vệ sinh kính mặt ngoài", "lần", 10, 30)],
        reqs=["Hóa chất có nguồn gốc rõ ràng, an toàn.", "Nhân viên mặc đồng phục, đeo thẻ.", "Có sổ theo dõi hằng ngày."],
        specs=[("Diện tích", "18.000 m2")]),
    "xay-dung": dict(kind="out", cpv="Xây lắp",
        titles=["Cải tạo, sửa chữa trụ sở làm việc", "Xây dựng nhà để xe và tường rào", "Lắp đặt hệ thống điện mặt trời áp mái"],
        scope=["Cải tạo tầng 1 và tầng 2: phá dỡ vách ngăn, chống thấm sàn mái, thay cửa, sơn lại toàn bộ và nâng cấp nhà vệ sinh.",
               "Xây dựng nhà để xe khung thép 400 m2 và 250 m tường rào, cổng chính.",
               "Lắp đặt hệ thống điện mặt trời áp mái công suất 100 kWp cho trụ sở, bao gồm tấm pin, khung giá đỡ và tủ điện."],
        items=[("Phá dỡ vách ngăn", "m2", 0.02, 0.08), ("Chống thấm sàn mái", "m2", 0.1, 0.3), ("Sơn tường trong nhà", "m2", 0.03, 0.08), ("Tấm pin năng lượng mặt trời 550 Wp", "tấm", 3, 6)],
        reqs=["Tuân thủ quy chuẩn xây dựng hiện hành.", "Có biện pháp an toàn lao động.", "Bảo hành công trình 12 tháng."],
        specs=[("Thời gian thi công", "90 ngày")]),
    "van-phong-pham": dict(kind="out", cpv="Văn phòng phẩm",
        titles=["Cung cấp văn phòng phẩm năm 2025", "Mua giấy in và vật tư văn phòng"],
        scope=["Cung cấp giấy in A4, bìa hồ sơ, bút và văn phòng phẩm cho 20 phòng ban, giao hằng tháng."],
        items=[("Giấy A4 định lượng 70 g/m2", "ram", 0.05, 0.09), ("Bìa hồ sơ", "chiếc", 0.01, 0.02), ("Bút bi hộp 20 chiếc", "hộp", 0.03, 0.07)],
        reqs=["Giấy trắng, không kẹt máy.", "Giao hàng tận nơi."], specs=[("Định lượng", "70 g/m2")]),
    # ------------------------------------------------------------------ liền kề CNTT nhưng ngoài phạm vi
    "may-in": dict(kind="adj", cpv="Máy in",
        titles=["Mua sắm máy in nhiệt để bàn khổ A8", "Thuê máy photocopy đa chức năng"],
        scope=["Trang bị máy in nhiệt để bàn in nhãn vận đơn khổ A8 tại quầy giao dịch, kết nối USB với máy tính.",
               "Thuê 30 máy photocopy đa chức năng A3 kèm mực, bảo trì và phần mềm quản lý in."],
        items=[("Máy in nhiệt 203 dpi khổ A8", "chiếc", 3, 8), ("Máy photocopy A3 45 trang/phút", "tháng", 1, 4), ("Cuộn giấy in nhiệt", "cuộn", 0.01, 0.03)],
        reqs=["Tốc độ in tối thiểu 150 mm/giây.", "Bảo hành 12 tháng.", "In bảo mật bằng thẻ từ."], specs=[("Độ phân giải", "203 dpi")]),
    "may-tinh-phan-mem": dict(kind="adj", cpv="Máy tính và phần mềm",
        titles=["Mua sắm máy tính xách tay cho giáo viên", "Phần mềm kế toán và quản lý nhân sự", "Thiết kế lại cổng thông tin điện tử"],
        scope=["Trang bị 300 máy tính xách tay cho giáo viên các trường tiểu học, kèm túi và bảo hành 3 năm.",
               "Phần mềm kế toán hành chính sự nghiệp và quản lý nhân sự, tiền lương cho 800 cán bộ, bao gồm chuyển đổi dữ liệu.",
               "Thiết kế lại giao diện cổng thông tin điện tử, đáp ứng tiêu chuẩn truy cập và chạy tốt trên điện thoại."],
        items=[("Máy tính xách tay 14 inch, RAM 8 GB, SSD 256 GB", "chiếc", 12, 25), ("Bản quyền phần mềm kế toán", "gói", 50, 200), ("Thiết kế cổng thông tin", "gói", 100, 400)],
        reqs=["Pin tối thiểu 8 giờ.", "Hỗ trợ đăng nhập một lần.", "Dữ liệu lưu trữ trong nước."], specs=[("Màn hình", "14 inch")],
        restricted=[("huawei", "Máy tính xách tay Huawei MateBook D14", "name")]),
    "xe-tai-camera-lui": dict(kind="adj", cpv="Phương tiện vận tải",
        titles=["Mua sắm xe tải thùng kín có camera lùi", "Tiêu chí kỹ thuật xe tải và vật liệu thùng xe"],
        scope=["Mua 10 xe tải 3,5 tấn thùng kín vận chuyển bưu gửi; xe được trang bị camera lùi, màn hình trong cabin và radio theo xe của nhà sản xuất."],
        items=[("Xe tải 3,5 tấn thùng kín", "chiếc", 600, 900), ("Camera lùi kèm màn hình 7 inch", "bộ", 1, 3), ("Thùng xe composite cách nhiệt", "chiếc", 60, 120)],
        reqs=["Động cơ đạt tiêu chuẩn khí thải Euro 5.", "Bảo hành 3 năm hoặc 100.000 km.", "Có trạm bảo hành tại địa phương."], specs=[("Tải trọng", "3.500 kg")]),
    "bao-ve": dict(kind="adj", cpv="Dịch vụ bảo vệ",
        titles=["Thuê dịch vụ bảo vệ chuyên nghiệp", "Dịch vụ bảo vệ mục tiêu kho hàng"],
        scope=["Bảo vệ 24/24 giờ tại trụ sở và kho hàng với 12 nhân viên; nhân viên bảo vệ được công ty dịch vụ trang bị bộ đàm, dùi cui và đèn pin, tuần tra theo ca."],
        items=[("Nhân viên bảo vệ ca 12 giờ", "tháng", 6, 10), ("Đội trưởng", "tháng", 8, 12)],
        reqs=["Công ty có giấy phép kinh doanh dịch vụ bảo vệ.", "Nhân viên có chứng chỉ nghiệp vụ bảo vệ.", "Ghi sổ giao ca."], specs=[("Số mục tiêu", "2")]),
}

VI = dict(
    long_share=0.3, sep=".", dec=",", no_decimals=True, scale={"VND": 1_000_000}, value_range=(150, 25000), each="chiếc",
    equiv=["{x} hoặc tương đương", "{x} hoặc tương đương trở lên", "tham chiếu {x} (hoặc tương đương)"],
    equiv_sentence=["Thiết bị tham chiếu: {x} hoặc tương đương; nhà thầu chào hãng khác phải lập bảng so sánh từng thông số.",
                    "Thông số kỹ thuật được xây dựng dựa trên {x}; chấp nhận thiết bị có tính năng tương đương hoặc tốt hơn.",
                    "Yêu cầu tối thiểu tương đương {x}."],
    vendor_sentence=["Thiết bị chào thầu: {x}.", "Hãng sản xuất, model: {x}.", "Chúng tôi đề xuất cung cấp {x}, kèm catalogue.",
                     "Nhà thầu cung cấp và lắp đặt {x} theo danh mục thiết bị.", "Để đồng bộ với hệ thống hiện có, thiết bị phải là {x}."],
    brand_sentence=["Thiết bị chào thầu: {x}.", "Hãng sản xuất, model: {x}.", "Chúng tôi đề xuất cung cấp {x}, kèm catalogue.",
                    "Hệ thống hiện có sử dụng {x}; thiết bị mới phải tương thích."],
    H=dict(scope="Phạm vi công việc", background="Sự cần thiết", items="Danh mục hàng hóa", reqs="Yêu cầu kỹ thuật",
           submission="Nộp hồ sơ", evaluation="Tiêu chuẩn đánh giá", terms="Điều kiện", compliance="Yêu cầu về nguồn gốc thiết bị",
           contact="Liên hệ", delivery="Giao hàng", pricing="Bảng giá", general="Yêu cầu chung", tasks="Trách nhiệm của nhà thầu", deliverables="Sản phẩm bàn giao",
           pop="Thời gian thực hiện", questions="Thông tin đề nghị cung cấp", response="Hình thức phản hồi", ordering="Thông tin đặt hàng",
           overview="Giới thiệu sản phẩm", spec="Thông số kỹ thuật", award="Nội dung gói thầu", schedule="Danh mục thiết bị", clauses="Điều khoản của nhà tài trợ"),
    table_head=["STT", "Tên hàng hóa", "ĐVT", "Số lượng", "Đơn giá (VNĐ)", "Thành tiền (VNĐ)"],
    table_head_noprice=["STT", "Tên hàng hóa, dịch vụ", "ĐVT", "Khối lượng"],
    pricelist_head=["Mã hàng", "Mô tả", "Giá niêm yết", "Chiết khấu", "Giá bán"],
    notice_fields=["Số TBMT", "Bên mời thầu", "Tên gói thầu", "Lĩnh vực", "Hình thức lựa chọn nhà thầu", "Thời điểm đóng thầu", "Giá gói thầu", "Địa điểm thực hiện"],
    procedures=["Đấu thầu rộng rãi qua mạng", "Chào hàng cạnh tranh", "Chỉ định thầu rút gọn", "Mua sắm trực tiếp", "Đấu thầu rộng rãi trong nước"],
    notice_open=["Bên mời thầu trân trọng mời các nhà thầu có đủ năng lực và kinh nghiệm tham gia đấu thầu gói thầu sau.",
                 "Thông báo mời thầu được đăng tải trên Hệ thống mạng đấu thầu quốc gia.",
                 "Nhà thầu có thể xem và tải miễn phí hồ sơ mời thầu trên Hệ thống mạng đấu thầu quốc gia."],
    rfq_open=["Kính gửi: Quý công ty. Để có cơ sở xây dựng dự toán, chúng tôi đề nghị Quý công ty báo giá các hàng hóa dưới đây.",
              "Yêu cầu báo giá số {ref}. Báo giá đã bao gồm thuế VAT, chi phí vận chuyển và lắp đặt; hiệu lực tối thiểu 60 ngày.",
              "Đề nghị các đơn vị cung cấp gửi báo giá trước {deadline} để phục vụ công tác mua sắm."],
    itb_open=["{buyer} mời các nhà thầu tham gia chào hàng cạnh tranh gói thầu {title}.",
              "Thư mời thầu số {ref}. Hồ sơ dự thầu nộp qua Hệ thống mạng đấu thầu quốc gia.",
              "Bên mời thầu mời nhà thầu nộp hồ sơ dự thầu theo chương V - Yêu cầu về kỹ thuật."],
    offer_open=["Kính gửi {buyer}. Sau khi nghiên cứu hồ sơ mời thầu, chúng tôi, {supplier}, cam kết thực hiện gói thầu {title} theo đúng yêu cầu với giá dự thầu nêu dưới đây.",
                "Đơn dự thầu. Chúng tôi xin gửi kèm bảng giá dự thầu cho gói thầu số {ref}; hồ sơ có hiệu lực 90 ngày.",
                "Thư chào giá: {supplier} trân trọng chào giá các hàng hóa sau."],
    quote_open=["{supplier} xin trân trọng gửi tới Quý khách hàng bảng báo giá như sau.", "Báo giá gửi {buyer}. Đơn giá đã bao gồm VAT 10%.", "Theo yêu cầu của Quý đơn vị sau buổi khảo sát, chúng tôi báo giá như sau."],
    pricelist_open=["Bảng giá áp dụng từ {date}. Giá bằng VNĐ, chưa bao gồm VAT.", "Bảng giá đại lý dành cho khách hàng cơ quan nhà nước.", "Bảng giá tham khảo; liên hệ để nhận chiết khấu theo số lượng."],
    boq_open=["Bảng tiên lượng mời thầu. Đơn giá bao gồm cung cấp, lắp đặt, chạy thử và chuyển giao.", "Bảng khối lượng hàng hóa; nhà thầu điền đơn giá cho từng hạng mục.", "Khối lượng dưới đây là dự kiến, dùng để so sánh giá dự thầu."],
    spec_open=["Tiêu chí kỹ thuật làm cơ sở đầu tư, mua sắm. Nhà thầu nêu rõ mức đáp ứng đối với từng tiêu chí.",
               "Tài liệu này quy định các yêu cầu kỹ thuật tối thiểu cho {title}.",
               "Các tiêu chí đánh dấu 'bắt buộc' nếu không đáp ứng thì hồ sơ bị loại."],
    datasheet_open=["Catalogue sản phẩm nộp kèm hồ sơ đề xuất kỹ thuật.", "Thông số kỹ thuật của nhà sản xuất; có thể thay đổi mà không báo trước.", "Tài liệu kỹ thuật đính kèm hồ sơ dự thầu."],
    award_open=["Thông báo kết quả lựa chọn nhà thầu.", "Quyết định phê duyệt kết quả lựa chọn nhà thầu gói thầu {ref}.", "{buyer} thông báo nhà thầu trúng thầu như sau."],
    annex_open=["Phụ lục này là bộ phận không tách rời của hợp đồng giữa {buyer} và {supplier}.", "Phụ lục 01: danh mục hàng hóa và giá hợp đồng.", "Phụ lục sửa đổi số {n}: danh mục dưới đây thay thế phụ lục 01."],
    sow_open=["Điều khoản tham chiếu mô tả các công việc nhà thầu thực hiện cho {buyer}.", "Nhà thầu cung cấp nhân lực, thiết bị, vật tư cần thiết để thực hiện các công việc dưới đây.", "Mục tiêu: {title}."],
    mr_open=["Thư mời cung cấp thông tin phục vụ khảo sát thị trường; không phải là hồ sơ mời thầu.", "Khảo sát giá thị trường để lập dự toán gói thầu.", "Đề nghị các nhà cung cấp giới thiệu giải pháp và giá tham khảo."],
    calloff_open=["Đơn đặt hàng theo thỏa thuận khung số {ref}.", "Mua sắm tập trung theo thỏa thuận khung; giá theo danh mục đã phê duyệt.", "Hợp đồng theo thỏa thuận khung, lô {n}."],
    email_open=["Chào anh/chị,\n\nNhờ bên mình báo giá giúp các mục dưới đây, cần trước {deadline} ạ.", "Kính gửi {supplier},\n\nTheo trao đổi qua điện thoại, chúng tôi gửi danh mục cần báo giá. Giao hàng tại {city}.",
                   "Chào bạn,\n\nPhòng mình đang lập kế hoạch mua sắm năm sau, nhờ bạn gửi giá tham khảo các mục sau."],
    close=["Nhà thầu nộp hồ sơ qua Hệ thống mạng đấu thầu quốc gia trước thời điểm đóng thầu.", "Hồ sơ nộp muộn sẽ không được xem xét.",
           "Bảo đảm dự thầu: 1% giá gói thầu, hiệu lực 120 ngày.", "Thanh toán bằng chuyển khoản trong vòng 30 ngày kể từ ngày nghiệm thu.",
           "Giá đã bao gồm thuế VAT, vận chuyển, lắp đặt tại địa điểm của chủ đầu tư.", "Hàng hóa mới 100%, có CO, CQ đầy đủ.",
           "Bên mời thầu có quyền hủy thầu theo quy định của Luật Đấu thầu.", "Thời gian giao hàng: trong vòng 45 ngày kể từ ngày ký hợp đồng."],
    email_close=["Cảm ơn anh/chị.\n{contact}", "Trân trọng,\n{contact}\nPhòng Hành chính - Quản trị", "Thanks,\n{contact}"],
    signoff=["Đại diện hợp pháp của nhà thầu", "Giám đốc", "Thủ trưởng đơn vị", "Trưởng phòng Kế hoạch - Vật tư"],
    prohibition=[
        "Theo yêu cầu của nhà tài trợ, không chấp nhận thiết bị mạng và viễn thông do Huawei hoặc ZTE sản xuất.",
        "Không chấp nhận camera, đầu ghi và phần mềm quản lý video của Hikvision, Dahua và các thương hiệu con (EZVIZ, Imou, HiLook).",
        "Hồ sơ chào phần mềm Kaspersky hoặc sản phẩm có nhúng công cụ quét của Kaspersky sẽ bị loại.",
        "Không chấp nhận bộ đàm, trạm lặp của hãng Hytera.",
        "Dự án sử dụng vốn vay ODA: không chấp nhận thiết bị bay không người lái của DJI hoặc Autel Robotics.",
    ],
    far_boiler=[], ndaa_cert=[],
    compliance_cert=["Chúng tôi cam kết thiết bị chào thầu không do Huawei, ZTE, Hytera, Hikvision hoặc Dahua sản xuất; thiết bị là hàng chính hãng {brand}.",
                     "Thiết bị {brand} có xuất xứ rõ ràng, đáp ứng yêu cầu về nguồn gốc của nhà tài trợ.",
                     "Giấy cam kết: toàn bộ thiết bị ({brand}) không có linh kiện của các hãng bị hạn chế theo yêu cầu của dự án."],
    incidental=[
        "Mái nhà đã có hệ thống điện mặt trời sử dụng biến tần Huawei do chủ đầu tư lắp đặt trước đây; hệ thống này không thuộc phạm vi gói thầu và nhà thầu không được can thiệp.",
        "Nhà thầu tham dự buổi khảo sát hiện trường có thể nghỉ tại khách sạn gần tòa nhà văn phòng của Huawei Việt Nam.",
        "Ảnh chụp hiện trạng được chụp bằng flycam DJI của đơn vị tư vấn và chỉ dùng để tham khảo.",
        "Khu đất tiếp giáp với nhà xưởng của một công ty lắp ráp điện thoại ZTE; nhà thầu lưu ý đường vận chuyển vật liệu.",
        "Tòa nhà đã có camera Hikvision do ban quản lý lắp đặt; hạng mục này không thuộc phạm vi gói thầu này.",
    ],
    generic=[
        ("Bảo hành", "Hàng hóa được bảo hành chính hãng tối thiểu 24 tháng kể từ ngày nghiệm thu. Trong thời gian bảo hành, nhà thầu có mặt xử lý sự cố trong vòng 24 giờ kể từ khi nhận được thông báo, thay thế thiết bị hỏng trong 7 ngày."),
        ("Giao hàng và nghiệm thu", "Nhà thầu giao hàng tại địa điểm của chủ đầu tư, kèm phiếu giao hàng, chứng nhận xuất xứ (CO) và chứng nhận chất lượng (CQ). Việc nghiệm thu được lập thành biên bản có chữ ký của hai bên."),
        ("Thanh toán", "Thanh toán bằng chuyển khoản, 100% giá trị hợp đồng sau khi nghiệm thu, bàn giao và nhận đủ hồ sơ thanh toán hợp lệ, trong vòng 30 ngày."),
        ("Bảo đảm thực hiện hợp đồng", "Nhà thầu nộp bảo đảm thực hiện hợp đồng bằng 3% giá hợp đồng dưới hình thức bảo lãnh ngân hàng, có hiệu lực đến khi hàng hóa được nghiệm thu và chuyển sang nghĩa vụ bảo hành."),
        ("Phạt vi phạm", "Chậm tiến độ giao hàng bị phạt 0,1% giá trị phần hợp đồng chậm cho mỗi ngày, tổng mức phạt không quá 8% giá trị hợp đồng."),
        ("Tư cách hợp lệ của nhà thầu", "Nhà thầu có đăng ký thành lập, hoạt động hợp pháp, hạch toán tài chính độc lập, không đang trong quá trình giải thể và đã đăng ký trên Hệ thống mạng đấu thầu quốc gia."),
        ("Năng lực và kinh nghiệm", "Nhà thầu đã hoàn thành tối thiểu 01 hợp đồng tương tự với tư cách nhà thầu chính trong vòng 3 năm gần đây, giá trị không thấp hơn 70% giá gói thầu."),
        ("Đào tạo, chuyển giao", "Nhà thầu đào tạo cho cán bộ vận hành và quản trị, cung cấp tài liệu hướng dẫn bằng tiếng Việt và lập biên bản kết thúc đào tạo."),
        ("An toàn lao động", "Nhà thầu chịu trách nhiệm về an toàn lao động, phòng chống cháy nổ và vệ sinh môi trường trong suốt quá trình thi công lắp đặt."),
        ("Bảo mật thông tin", "Nhà thầu có trách nhiệm giữ bí mật các thông tin, tài liệu được cung cấp trong quá trình thực hiện hợp đồng và không được tiết lộ cho bên thứ ba."),
        ("Tiêu chuẩn đánh giá", "Hồ sơ được đánh giá theo tiêu chí đạt/không đạt về kỹ thuật; trong số các hồ sơ đạt yêu cầu kỹ thuật, nhà thầu có giá dự thầu sau giảm giá thấp nhất được xếp hạng thứ nhất."),
        ("Giải quyết tranh chấp", "Tranh chấp phát sinh được giải quyết trên cơ sở thương lượng; trường hợp không thương lượng được sẽ đưa ra Tòa án có thẩm quyền giải quyết."),
        ("Tài liệu bàn giao", "Nhà thầu bàn giao hướng dẫn sử dụng, sơ đồ lắp đặt, biên bản kiểm tra chạy thử và phiếu bảo hành dưới dạng bản in và bản điện tử."),
        ("Phụ tùng thay thế", "Nhà thầu cam kết cung cấp phụ tùng thay thế trong vòng 5 năm sau khi hết thời gian bảo hành với giá hợp lý."),
    ],
    mr_questions=["Đề nghị giới thiệu năng lực và các hợp đồng tương tự.", "Thời gian giao hàng dự kiến.", "Giá tham khảo và điều kiện thương mại.", "Kiến nghị điều chỉnh yêu cầu kỹ thuật (nếu có)."],
    sow_tasks=["Khảo sát hiện trạng và lập phương án triển khai trong 10 ngày kể từ ngày ký hợp đồng.", "Cung cấp, lắp đặt và cấu hình thiết bị tại các địa điểm.",
               "Chạy thử, lập biên bản nghiệm thu từng hạng mục.", "Đào tạo cán bộ vận hành.", "Bảo hành, bảo trì trong thời gian bảo hành.", "Thu hồi, vận chuyển thiết bị cũ về kho của chủ đầu tư."],
    doc_names=dict(quote="Báo giá", offer="Đơn dự thầu", pricelist="Bảng giá", spec="Tiêu chí kỹ thuật", datasheet="Catalogue thiết bị",
                   award="Thông báo kết quả lựa chọn nhà thầu", annex="Phụ lục hợp đồng", sow="Điều khoản tham chiếu", rfp="Hồ sơ yêu cầu", mr="Thư mời cung cấp thông tin"),
    subject="V/v", total="Tổng cộng (đã gồm VAT)", clause="Mục", requirement="Yêu cầu", compliance="Mức độ đáp ứng", feature="Tiêu chí", parameter="Thông số", value="Giá trị",
    awardee="Nhà thầu trúng thầu", date="Ngày", to="Kính gửi", **{"from": "Đơn vị"},
    pop=["Thời gian thực hiện hợp đồng: 60 ngày.", "Thời gian thực hiện: 12 tháng kể từ ngày hợp đồng có hiệu lực.", "Hoàn thành trong năm tài chính 2025."],
    sites=dict(heading="Phụ lục A - Danh sách địa điểm lắp đặt", head=["STT", "Địa điểm", "Địa chỉ", "SL", "Ghi chú"], addr="Số {n} {street}",
               place=["Bưu cục", "Chi nhánh", "Trạm", "Phòng giao dịch", "Kho", "Trường", "Trạm y tế", "Trụ sở"],
               facility=["Ba Đình", "Cầu Giấy", "Hải Châu", "Ninh Kiều", "Lê Chân", "Thanh Khê", "Bình Thạnh", "Thủ Đức", "Hòa Vang", "Sơn Trà", "Đống Đa", "Gò Vấp"],
               street=["đường Trần Phú", "đường Lê Lợi", "đường Nguyễn Huệ", "đường Hùng Vương", "đường Quang Trung", "đường Lý Thường Kiệt", "đường Hai Bà Trưng", "đường Điện Biên Phủ"],
               notes=["", "", "làm việc ngoài giờ", "cần liên hệ trước", "tầng 3", "khu vực hạn chế"]),
    contacts=["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Đức Anh", "Vũ Thị Lan", "Đặng Quốc Bảo"],
    type_names=dict(notice="thông báo mời thầu", rfq="yêu cầu báo giá", rfp="hồ sơ yêu cầu", itb="thư mời thầu", offer="đơn dự thầu / thư chào giá",
                    quote="báo giá", pricelist="bảng giá", boq="bảng khối lượng", spec="tiêu chí kỹ thuật", datasheet="catalogue thiết bị",
                    award="thông báo kết quả lựa chọn nhà thầu", annex="phụ lục hợp đồng", sow="điều khoản tham chiếu", mr="khảo sát thị trường",
                    calloff="đơn hàng thỏa thuận khung", email="thư điện tử đề nghị báo giá"),
)
VI_CATS["may-tinh-phan-mem"]["widened"] = True  # laptops, accounting/HR software, web portal: ICT since the scope was widened

VI_PROHIB_META = [
    (None, {"mang-lan", "tuong-lua", "may-chu", "kenh-truyen"}),
    (None, {"camera"}),
    (None, {"phan-mem-diet-virus"}),
    (None, {"bo-dam"}),
    ({"oda"}, {"flycam"}),
]
VI_DOCTYPES = ["notice", "rfq", "itb", "offer", "quote", "pricelist", "boq", "spec", "datasheet", "award", "annex", "email"]
# Vietnamese documents rarely carry FAR/NDAA text, so the hard cases come from the other kinds.
VI["mode_weights"] = {
    RVN: [("name", 35), ("model", 25), ("brand", 15), ("cjk", 8), ("equiv", 17)],
    ICT: [("none", 30), ("brands", 25), ("prohibition", 30), ("cert", 15)],
    OUT: [("plain", 40), ("incidental", 30), ("adjacent", 30)],
}


# =========================================================================== near misses (widened scope)
# Out of scope although close to ICT, written when the scope was widened so that out_of_scope keeps
# its hard cases: advice, training and staffing with no ICT delivered, data and content
# subscriptions, printer consumables, building services for server rooms, and a restricted company
# as the buyer of furniture. Drawn only by plan_nearmiss (batch="nearmiss"); `why` is the note.
EN_CATS.update({
    "digital-strategy-advice": dict(
        kind="adj", batch="nearmiss", cpv="79411000 General management consultancy services",
        why="advice only on the technology strategy and the options for a future system; no system, licence, hosting or implementation is bought",
        titles=["Independent advice on the digital and technology strategy", "Options appraisal for replacing the finance system (advisory only)", "Technology roadmap and outline business case"],
        scope=["The Council wants an independent view of its technology strategy for the next five years: what to consolidate, what to retire and what to buy next. The adviser will interview service heads, review the current estate and present costed options. The adviser will not supply, host or implement any system and may not bid for any procurement that follows.",
               "The finance system reaches end of support in 2028. This commission is limited to an options appraisal and an outline business case; software, hosting and implementation will be procured separately and later.",
               "The work is desk research and facilitation: a current-state assessment, a target operating model and a recommended route to market, delivered as two reports and two workshops with the leadership team."],
        items=[("Senior consultant day rate", "day", 900, 1600), ("Consultant day rate", "day", 600, 1100), ("Leadership workshops (two)", "lot", 3000, 9000), ("Options appraisal and outline business case", "lot", 8000, 25000)],
        reqs=["Declare any commercial relationship with software vendors, resellers or integrators.", "The adviser is excluded from any procurement that results from the advice.",
              "Deliver the final report within 12 weeks of the start date.", "Name the consultants; substitutions need the Authority's written approval."],
        specs=[("Duration", "12 weeks"), ("Deliverables", "Options appraisal, outline business case"), ("Format", "Reports and workshops")],
        suppliers=["Harrow & Finch Advisory LLP", "Meridian Public Sector Consulting Ltd", "Brightwater Strategy Partners"],
    ),
    "research-subscriptions": dict(
        kind="adj", batch="nearmiss", cpv="79980000 Subscription services",
        why="data/content subscriptions (legal databases, journals, media monitoring); content is bought, no ICT delivered",
        titles=["Subscriptions to online legal research services", "Electronic journals and e-books for the clinical library", "Media monitoring and press cuttings service"],
        scope=["The legal department requires annual subscriptions to two online legal research services covering legislation, case law and practice notes, for 45 named users.",
               "The library renews its package of electronic journals and e-books for clinical staff; access is by IP range and through the existing library portal.",
               "The communications team needs daily media monitoring: press cuttings, broadcast transcripts and a briefing e-mailed each morning by 07:30."],
        items=[("Legal research service, annual subscription", "per user", 900, 2600), ("Electronic journal package, 12 months", "lot", 40000, 180000),
               ("E-book collection, perpetual access", "lot", 15000, 60000), ("Daily media monitoring and briefing", "month", 900, 3000)],
        reqs=["Access by IP authentication and by named-user login.", "Quarterly usage statistics (COUNTER Release 5).",
              "Perpetual access to content paid for during the subscription.", "Prices fixed for the first 12 months."],
        specs=[("Users", "45 named"), ("Term", "12 months"), ("Access", "IP range and named login")],
        suppliers=["Lexbridge Information Services", "Corvid Academic Subscriptions Ltd", "Presswatch Media Monitoring"],
    ),
    "digital-skills-training": dict(
        kind="adj", batch="nearmiss", cpv="80500000 Training services",
        why="classroom training on the buyer's own computers; training is bought, no software, devices or e-learning licences",
        titles=["Digital skills training for council staff", "Spreadsheet and data-literacy courses", "Classroom courses in office applications"],
        scope=["About 600 staff will attend half-day courses in spreadsheets, accessible documents and safe use of e-mail. Courses run in the Council's training rooms on its own computers; no software, licences or devices are supplied.",
               "The trainer will run beginner, intermediate and advanced spreadsheet courses and a short data-literacy module for team leaders, and will report attendance and evaluation scores each month."],
        items=[("Half-day course, up to 12 delegates", "course", 450, 1100), ("Full-day course, up to 12 delegates", "course", 800, 1800),
               ("Printed course handbook", "each", 5, 20), ("Monthly attendance and evaluation report", "month", 100, 400)],
        reqs=["Trainers hold a recognised teaching or training qualification.", "Course materials meet accessibility guidelines.",
              "Sessions can be booked at ten working days' notice.", "Software, devices and e-learning licences are not part of the contract."],
        specs=[("Delegates", "about 600"), ("Format", "Classroom"), ("Course length", "3.5 or 7 hours")],
        suppliers=["Keystone Learning & Development Ltd", "Clearpath Training Services", "Northern Skills Academy CIC"],
    ),
    "recruitment-staffing": dict(
        kind="adj", batch="nearmiss", cpv="79600000 Recruitment services",
        why="recruitment and temporary staffing; the people work on the buyer's own systems, no ICT delivered",
        titles=["Executive search for a Chief Digital Officer", "Temporary customer advisers for the billing peak", "Recruitment of interim programme managers"],
        scope=["The Authority needs an executive search firm to recruit a Chief Digital Officer: market mapping, a long list, candidate assessment and support to the appointment panel. The fee is payable on appointment.",
               "Temporary agency workers are needed in the customer contact centre during the annual billing peak. The Authority provides the desks, telephony and all systems; the agency provides people only.",
               "Two interim programme managers are required for twelve months to run the estates rationalisation programme, working under the Authority's direction."],
        items=[("Executive search fee", "lot", 25000, 60000), ("Temporary customer adviser", "hour", 18, 32), ("Agency margin", "hour", 3, 8),
               ("Interim programme manager", "day", 550, 900), ("Psychometric assessment per candidate", "each", 300, 900)],
        reqs=["Comply with the regulations on the conduct of employment agencies.", "Present a shortlist of at least five candidates within eight weeks.",
              "Workers are vetted to the baseline personnel security standard.", "All equipment and systems are provided by the Authority."],
        specs=[("Roles", "1 permanent, up to 40 temporary"), ("Fee basis", "Payable on appointment")],
        suppliers=["Ashgrove Search Partners", "Tempo Workforce Solutions Ltd", "Interim Leaders Network"],
    ),
    "server-room-facilities": dict(
        kind="adj", batch="nearmiss", cpv="50700000 Repair and maintenance services of building installations",
        why="building services for server rooms (cooling, UPS batteries, fire suppression); no IT equipment or IT service is bought",
        titles=["Maintenance of computer-room air conditioning and UPS", "Replacement of UPS batteries at the data centre", "Servicing of fire suppression in the server rooms"],
        scope=["Planned preventive maintenance and 24-hour reactive call-out for six close-control air-conditioning units, two 200 kVA UPS systems and the standby generator serving the computer rooms. The IT equipment in the rooms is outside this contract.",
               "The UPS battery strings installed in 2019 are at the end of their design life; this lot replaces 160 VRLA blocks and load-tests the system.",
               "Annual inspection and refill of the inert-gas fire suppression system in three server rooms, with room integrity testing."],
        items=[("Close-control air-conditioning unit, service visit", "visit", 300, 900), ("UPS 200 kVA annual service", "each", 2000, 5000),
               ("VRLA battery block 12 V", "each", 150, 400), ("Room integrity test", "each", 800, 2000), ("Generator load bank test", "each", 900, 2400)],
        reqs=["Engineers hold F-gas certification.", "Attend critical alarms within 4 hours, 24 hours a day.",
              "Work in live rooms follows the client's change procedure.", "No work on servers, storage or network equipment."],
        specs=[("UPS rating", "2 x 200 kVA"), ("Cooling units", "6"), ("Response", "4 hours")],
        suppliers=["Coldstream Critical Services Ltd", "Apex Power & Cooling Inc.", "Firewatch Suppression Systems"],
    ),
    "restricted-buyer-furniture": dict(
        kind="adj", batch="nearmiss", cpv="39130000 Office furniture",
        why="a restricted company (China Mobile) is the BUYER of office furniture; its name as buyer is not a supplier, and nothing ICT is bought",
        buyers=[("China Mobile International (UK) Limited", "London", "United Kingdom", "GBP", "uk")],
        titles=["Office furniture for the relocated London office", "Workstations and meeting-room furniture", "Furniture for the new reception and client suite"],
        scope=["China Mobile International (UK) Limited is moving its London staff onto a single floor and invites quotations for workstations, task chairs, storage and meeting-room furniture, delivered and installed over one weekend.",
               "The reception and client suite on the fourth floor are being refurbished; furniture must match the finishes schedule attached and be installed after the decorators leave.",
               "Quotations should cover delivery, assembly, removal of packaging and the collection of the old furniture for reuse or recycling."],
        items=[("Bench desk, four-person, 1600 mm", "each", 600, 1400), ("Task chair, mesh back", "each", 180, 500), ("Storage tower with lockers", "each", 250, 600),
               ("Meeting table, eight seats", "each", 700, 1900), ("Delivery, installation and waste removal", "lot", 1500, 5000)],
        reqs=["Task chairs meet BS EN 1335 and desks BS EN 527.", "Installation outside business hours.",
              "Contractor staff sign in at reception and follow the landlord's building rules.", "Ten-year warranty on frames."],
        specs=[("Workstations", "48"), ("Floor area", "900 sq m"), ("Warranty", "10 years")],
        suppliers=["Pinecrest Office Solutions", "Thameside Workplace Interiors Ltd"],
    ),
})
ES_CATS.update({
    "consultoria-peti": dict(
        kind="adj", batch="nearmiss", cpv="79411000 Servicios generales de consultoría en gestión",
        why="consultancy only (IT strategic plan, preparing a procurement); no system, licence or implementation is bought",
        titles=["Consultoría para formular el Plan Estratégico de Tecnologías de la Información (PETI)", "Asesoría para estructurar el proceso de contratación de la nueva plataforma de trámites", "Diagnóstico de madurez digital de la entidad"],
        scope=["El consultor elaborará el diagnóstico de la situación actual, la arquitectura objetivo y la hoja de ruta del PETI 2026-2029, mediante entrevistas y talleres con las dependencias. El contrato no incluye la adquisición, el licenciamiento ni la implementación de sistemas.",
               "La asesoría se limita a preparar los estudios previos, el análisis del sector y la matriz de riesgos del futuro proceso de contratación; el consultor no podrá presentarse como oferente en dicho proceso.",
               "El diagnóstico medirá la madurez digital de cada dependencia con un instrumento de encuestas y entregará recomendaciones priorizadas, sin compromiso de compra alguno."],
        items=[("Consultor líder", "mes", 4000, 9000), ("Especialista en arquitectura empresarial", "mes", 3500, 7000),
               ("Talleres con las dependencias", "global", 3000, 10000), ("Documento final y socialización", "global", 8000, 20000)],
        reqs=["Experiencia certificada en al menos tres consultorías de objeto similar.", "Declaración de ausencia de conflicto de interés con fabricantes, distribuidores e integradores.",
              "Entrega de los informes en formato editable.", "El consultor no suministrará bienes, licencias ni software."],
        specs=[("Plazo", "4 meses"), ("Productos", "Diagnóstico, arquitectura objetivo, hoja de ruta")],
        suppliers=["Estrategia y Gobierno Digital Consultores S.A.S.", "Asesorías Públicas del Sur SpA"],
    ),
    "suscripciones-contenidos": dict(
        kind="adj", batch="nearmiss", cpv="79980000 Servicios de suscripción",
        why="data/content subscriptions (legal databases, journals, media monitoring); content is bought, no ICT delivered",
        titles=["Suscripción a bases de datos jurídicas y normativas", "Renovación de revistas científicas electrónicas", "Servicio de monitoreo de medios de comunicación"],
        scope=["La oficina jurídica requiere acceso anual a dos bases de datos de legislación, jurisprudencia y doctrina para 30 usuarios nombrados.",
               "La biblioteca renovará el paquete de revistas científicas y libros electrónicos, con acceso por el rango de IP institucional y desde el portal de la biblioteca.",
               "La oficina de comunicaciones contratará el monitoreo diario de prensa, radio y televisión, con un boletín que llegue por correo antes de las 7:30."],
        items=[("Suscripción anual a base de datos jurídica", "usuario", 300, 900), ("Paquete de revistas electrónicas, 12 meses", "global", 20000, 90000),
               ("Monitoreo de medios y boletín diario", "mes", 800, 2500)],
        reqs=["Acceso por IP institucional y por usuario nombrado.", "Estadísticas de uso trimestrales.",
              "Actualización diaria de contenidos.", "Precio fijo durante la vigencia de la suscripción."],
        specs=[("Usuarios", "30"), ("Vigencia", "12 meses")],
        suppliers=["Editorial Jurídica Andina S.A.S.", "Distribuidora de Publicaciones Académicas Ltda."],
    ),
    "capacitacion-ofimatica": dict(
        kind="adj", batch="nearmiss", cpv="80500000 Servicios de formación",
        why="classroom training on the buyer's own computers; training is bought, no licences or devices",
        titles=["Capacitación en herramientas ofimáticas para servidores públicos", "Cursos de hoja de cálculo y análisis básico de datos"],
        scope=["Se dictarán cursos presenciales de procesador de texto, hoja de cálculo y correo electrónico a 400 servidores públicos, en las salas de sistemas de la entidad y con sus propios equipos. No se suministran licencias ni equipos.",
               "El capacitador entregará el material didáctico, evaluará a los participantes y expedirá los certificados de asistencia."],
        items=[("Curso de 16 horas, grupo de 20 personas", "curso", 700, 1800), ("Material didáctico por participante", "und", 5, 15), ("Certificado de asistencia", "und", 1, 3)],
        reqs=["Instructores con título profesional y experiencia docente certificada.", "Horarios concertados con cada dependencia.", "Informe de asistencia y evaluación por curso."],
        specs=[("Participantes", "400"), ("Intensidad", "16 horas por curso")],
        suppliers=["Centro de Formación Empresarial del Caribe S.A.S.", "Instituto de Capacitación Laboral Valle S.A.S."],
    ),
    "insumos-impresion": dict(
        kind="adj", batch="nearmiss", cpv="30125100 Cartuchos de tóner",
        why="printer consumables (toner, cartridges); not ICT under the guide",
        titles=["Suministro de tóner y cartuchos para las impresoras", "Consumibles de impresión para las sedes"],
        scope=["Suministro mensual de tóner original, cartuchos de tinta y kits de mantenimiento para las 300 impresoras de la entidad, con recogida de los consumibles vacíos para su reciclaje.",
               "Los pedidos se harán por sede según el consumo del mes anterior; el proveedor mantendrá un inventario mínimo en su bodega local."],
        items=[("Tóner negro de alta capacidad", "und", 60, 160), ("Cartucho de tinta color", "und", 25, 60), ("Kit de mantenimiento de impresora", "und", 120, 300), ("Unidad de imagen (tambor)", "und", 90, 220)],
        reqs=["Consumibles originales o compatibles con certificación de calidad.", "Entrega en 48 horas en cada sede.", "Certificado de disposición final de los residuos."],
        specs=[("Impresoras", "300"), ("Entregas", "mensuales")],
        suppliers=["Suministros Pacífico Ltda.", "Distribuidora Rioplatense S.R.L."],
    ),
})
VI_CATS.update({
    "tu-van-chuyen-doi-so": dict(
        kind="adj", batch="nearmiss", cpv="Dịch vụ tư vấn",
        why="consultancy only (digital-transformation plan, tender preparation); no equipment, software or IT service is bought",
        titles=["Tư vấn lập kế hoạch chuyển đổi số giai đoạn 2026-2030", "Tư vấn lập hồ sơ mời thầu và đánh giá hồ sơ dự thầu gói thầu phần mềm", "Tư vấn khảo sát, lập báo cáo kinh tế - kỹ thuật"],
        scope=["Đơn vị tư vấn khảo sát hiện trạng, đề xuất mục tiêu, lộ trình và danh mục nhiệm vụ chuyển đổi số của cơ quan; sản phẩm là báo cáo và dự thảo kế hoạch trình lãnh đạo phê duyệt. Gói thầu không bao gồm mua sắm thiết bị hay phần mềm.",
               "Nhà thầu tư vấn lập hồ sơ mời thầu, tham gia tổ chuyên gia đánh giá hồ sơ dự thầu cho một gói thầu phần mềm do đơn vị khác thực hiện; nhà thầu tư vấn không được tham dự gói thầu đó.",
               "Sản phẩm tư vấn gồm báo cáo khảo sát, thuyết minh và dự toán; việc mua sắm hàng hóa sẽ do gói thầu riêng thực hiện sau khi dự án được phê duyệt."],
        items=[("Chuyên gia tư vấn chính", "tháng", 40, 90), ("Chuyên gia tư vấn", "tháng", 25, 60), ("Hội thảo lấy ý kiến", "lần", 10, 30), ("Báo cáo kết quả tư vấn", "gói", 50, 150)],
        reqs=["Nhà thầu tư vấn độc lập về pháp lý và tài chính với các nhà thầu cung cấp hàng hóa.", "Chuyên gia có chứng chỉ hành nghề phù hợp.", "Nộp báo cáo đúng tiến độ đã thống nhất."],
        specs=[("Thời gian thực hiện", "90 ngày")],
        suppliers=["Công ty Cổ phần Tư vấn Đầu tư Phương Nam", "Công ty TNHH Tư vấn Quản lý Dự án Hồng Hà"],
    ),
    "dao-tao-tin-hoc": dict(
        kind="adj", batch="nearmiss", cpv="Dịch vụ đào tạo",
        why="training only, on the buyer's own computers; no software or devices supplied",
        titles=["Tổ chức lớp bồi dưỡng kỹ năng tin học văn phòng cho cán bộ", "Bồi dưỡng kiến thức an toàn thông tin cơ bản cho công chức"],
        scope=["Tổ chức 8 lớp bồi dưỡng kỹ năng soạn thảo văn bản, bảng tính và sử dụng thư điện tử cho 320 cán bộ, học tại phòng máy của cơ quan; đơn vị đào tạo không cung cấp phần mềm hay thiết bị.",
               "Nội dung gồm nhận biết thư lừa đảo, đặt mật khẩu an toàn và cách báo cáo khi nghi ngờ bị tấn công; giảng viên tổ chức kiểm tra và cấp giấy chứng nhận hoàn thành khóa học."],
        items=[("Lớp bồi dưỡng 5 ngày", "lớp", 20, 50), ("Tài liệu học tập", "bộ", 0.05, 0.2), ("Giấy chứng nhận", "chiếc", 0.02, 0.05)],
        reqs=["Giảng viên có trình độ đại học chuyên ngành công nghệ thông tin trở lên.", "Có chương trình và kế hoạch giảng dạy chi tiết.", "Tổ chức kiểm tra cuối khóa."],
        specs=[("Số học viên", "320")],
        suppliers=["Trung tâm Đào tạo và Bồi dưỡng Nghiệp vụ Sao Mai", "Công ty TNHH Giáo dục Kỹ năng Việt Tiến"],
    ),
    "thue-bao-tai-lieu": dict(
        kind="adj", batch="nearmiss", cpv="Thuê bao tài liệu",
        why="content subscription (journal databases, e-books); no ICT delivered",
        titles=["Mua quyền truy cập cơ sở dữ liệu tạp chí khoa học năm 2026", "Duy trì thuê bao tài liệu điện tử cho thư viện"],
        scope=["Thư viện trường mua quyền truy cập một năm vào các cơ sở dữ liệu tạp chí khoa học và sách điện tử, xác thực theo dải địa chỉ IP của trường và qua tài khoản thư viện.",
               "Gói thuê bao bao gồm quyền tải toàn văn bài báo và báo cáo thống kê lượt sử dụng hằng quý."],
        items=[("Quyền truy cập cơ sở dữ liệu tạp chí, 12 tháng", "gói", 500, 2500), ("Gói sách điện tử", "gói", 200, 900)],
        reqs=["Truy cập theo dải IP của trường.", "Báo cáo thống kê lượt sử dụng theo chuẩn COUNTER.", "Được truy cập lâu dài phần nội dung đã trả phí."],
        specs=[("Thời hạn", "12 tháng")],
        suppliers=["Công ty TNHH Phát hành Ấn phẩm Khoa học Tri Thức", "Công ty Cổ phần Sách và Thiết bị Giáo dục Miền Bắc"],
    ),
    "muc-in": dict(
        kind="adj", batch="nearmiss", cpv="Vật tư in ấn",
        why="printer/copier consumables (toner, drums); not ICT under the guide",
        titles=["Mua sắm mực in, hộp mực cho các phòng ban", "Cung cấp vật tư in ấn năm 2026"],
        scope=["Cung cấp hộp mực, trống từ và mực nạp cho khoảng 150 máy in và máy photocopy của cơ quan, giao theo yêu cầu hằng tháng và thu hồi vỏ hộp mực cũ.",
               "Nhà cung cấp giữ tồn kho tối thiểu tại kho địa phương để giao trong 2 ngày làm việc."],
        items=[("Hộp mực máy in laser đen trắng", "hộp", 0.8, 2.5), ("Trống từ máy photocopy", "chiếc", 1.5, 4), ("Mực nạp", "chai", 0.1, 0.3)],
        reqs=["Hàng chính hãng hoặc tương thích có chứng nhận chất lượng.", "Giao hàng trong 2 ngày làm việc.", "Thu hồi vỏ hộp mực đã qua sử dụng."],
        specs=[("Số máy in", "150")],
        suppliers=["Công ty TNHH Thương mại Dịch vụ Minh Khang", "Công ty TNHH Vật tư Văn phòng Hưng Thịnh"],
    ),
})


# =========================================================================== composition
class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


@dataclass
class Ctx:
    """Everything one document is made of; the renderers only read it."""

    rng: random.Random
    plan: Plan
    P: dict
    C: dict
    buyer: tuple
    supplier: str
    ref: str
    date: str
    deadline: str
    contact: str
    restricted: tuple | None = None   # (entity, text, style)
    brand: str | None = None          # compliant brand offered
    insert: str | None = None         # prohibition / FAR / certification / incidental text
    insert_kind: str | None = None

    def f(self, text: str) -> str:
        b = self.buyer
        return text.format_map(SafeDict(buyer=b[0], city=b[1], country=b[2], cur=b[3], ref=self.ref, date=self.date,
                                        deadline=self.deadline, supplier=self.supplier, contact=self.contact,
                                        title=self.title, n=self.rng.randint(2, 9), brand=self.brand or ""))

    @property
    def title(self) -> str:
        return self._title

    def restricted_text(self) -> str:
        ent, text, style = self.restricted
        if self.plan.mode == "equiv":
            return self.rng.choice(self.P["equiv"]).format(x=text)
        return text


LOT_UNITS = {"lot", "lump sum", "global", "servicio", "gói", "trọn gói", "hệ thống"}
MONTH_UNITS = {"month", "per month", "mes", "tháng"}


def fmt_money(ctx: Ctx, v: float, decimals: int) -> str:
    """Amounts in the buyer's local notation (1,234.50 in English; 1.234,50 in Spanish and Vietnamese)."""
    scale = ctx.P.get("scale", {}).get(ctx.buyer[3], 1)
    v *= scale
    if scale > 1 or ctx.P.get("no_decimals"):
        decimals = 0
    return money(ctx.rng, v, v, sep=ctx.P.get("sep", ","), dec=ctx.P.get("dec", "."), decimals=decimals)


def build_rows(ctx: Ctx, k: tuple[int, int] = (3, 6), priced: bool = True) -> list[list[str]]:
    """Line items: sampled from the category, with the restricted or compliant product placed in."""
    rng, C = ctx.rng, ctx.C
    items = pick(rng, C["items"], rng.randint(*k))
    rows = []
    for desc, unit, lo, hi in items:
        qty = rng.choice([1, 1, 2, 4, 6, 10, 12, 20, 24, 36, 48, 60, 100, 250]) if unit not in LOT_UNITS else 1
        if unit in MONTH_UNITS:
            qty = rng.choice([12, 24, 36])
        rows.append([desc, unit, qty, rng.uniform(lo, hi)])
    if ctx.restricted:
        pos = rng.randrange(len(rows) + 1)
        src = rows[min(pos, len(rows) - 1)]
        rows.insert(pos, [ctx.restricted_text(), src[1] if src[1] not in LOT_UNITS | MONTH_UNITS else ctx.P.get("each", "each"),
                          rng.choice([2, 4, 8, 16, 24, 40, 64]), src[3]])
    elif ctx.brand and rows:
        i = rng.randrange(len(rows))
        rows[i][0] = rng.choice(["{b}, {d}", "{d} ({b})", "{b} - {d}", "{d}; offered model: {b}"]).format(b=ctx.brand, d=rows[i][0])
    out = []
    ctx._total = 0.0
    for i, (d, u, q, p) in enumerate(rows, 1):
        dec = 0 if p > 1000 or ctx.P.get("no_decimals") else 2
        ctx._total += p * q
        if priced:
            out.append([str(i), d, u, str(q), fmt_money(ctx, p, dec), fmt_money(ctx, p * q, dec)])
        else:
            out.append([str(i), d, u, str(q)])
    return out


def header_kv(ctx: Ctx, fields: int = 5) -> list[tuple[str, str]]:
    P, b = ctx.P, ctx.buyer
    vals = [ctx.ref, b[0], ctx.title, ctx.C["cpv"], ctx.rng.choice(P["procedures"]), ctx.deadline,
            f"{b[3]} {fmt_money(ctx, ctx.rng.uniform(*ctx.P.get('value_range', (20000, 2500000))), 0)}", f"{b[1]}, {b[2]}"]
    pairs = list(zip(P["notice_fields"], vals))
    keep = [pairs[0], pairs[1], pairs[2]] + pick(ctx.rng, pairs[3:], max(0, fields - 3))
    return keep


def add_insert(ctx: Ctx, doc: Doc, heading: bool | None = None) -> None:
    if not ctx.insert:
        return
    H = ctx.P["H"]
    if heading is None:
        heading = ctx.rng.random() < 0.6
    if heading:
        doc.h(H["clauses"] if ctx.insert_kind == "far" else H["compliance"] if ctx.insert_kind != "incidental" else H["general"])
    for para in ctx.insert.split("\n"):
        doc.p(para)


def add_generic(ctx: Ctx, doc: Doc, k: int) -> None:
    for head, body in pick(ctx.rng, ctx.P["generic"], k):
        doc.h(head)
        doc.p(body)
    if ctx.plan.long:
        add_sites(ctx, doc)


def add_sites(ctx: Ctx, doc: Doc) -> None:
    """Long documents end with a list of sites, as real framework tenders and SOWs do."""
    rng, S = ctx.rng, ctx.P["sites"]
    doc.h(S["heading"])
    rows = []
    for i in range(1, rng.randint(25, 70)):
        name = f"{rng.choice(S['place'])} {rng.choice(S['facility'])}"
        addr = S["addr"].format(n=rng.randint(1, 999), street=rng.choice(S["street"]))
        rows.append([str(i), name, addr, str(rng.randint(1, 40)), rng.choice(S["notes"])])
    doc.table(S["head"], rows)


def vendor_line(ctx: Ctx) -> str | None:
    """A sentence that puts the restricted product (or the compliant brand) into the requirement."""
    if ctx.restricted:
        if ctx.plan.mode == "equiv":
            return ctx.rng.choice(ctx.P["equiv_sentence"]).format(x=ctx.restricted[1])
        return ctx.rng.choice(ctx.P["vendor_sentence"]).format(x=ctx.restricted[1])
    if ctx.brand:
        return ctx.rng.choice(ctx.P["brand_sentence"]).format(x=ctx.brand)
    return None


def r_notice(ctx: Ctx) -> Doc:
    rng, P, C = ctx.rng, ctx.P, ctx.C
    doc = Doc(ctx.title)
    short = rng.random() < 0.4
    if rng.random() < 0.5:
        doc.p(ctx.f(rng.choice(P["notice_open"])))
    doc.kv(header_kv(ctx, rng.randint(3, 8)))
    doc.p(rng.choice(C["scope"]))
    v = vendor_line(ctx)
    if v:
        doc.p(v)
    if not short:
        if rng.random() < 0.5:
            doc.ul(pick(rng, C["reqs"], rng.randint(2, 4)))
        doc.p(ctx.f(rng.choice(P["close"])))
    add_insert(ctx, doc, heading=False)
    return doc


def r_table_doc(ctx: Ctx, kind: str) -> Doc:
    """RFQ, quote, BOQ, call-off, invitation to bid and offer letters share a priced-table core."""
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(ctx.title if kind not in ("quote", "offer") else f"{P['doc_names'][kind]} {ctx.ref}")
    if kind in ("quote", "offer"):
        doc.kv([(P["from"], ctx.supplier), (P["to"], ctx.buyer[0]), (P["date"], ctx.date), (P["subject"], ctx.title)])
    elif rng.random() < 0.7:
        doc.kv(header_kv(ctx, rng.randint(3, 6)))
    doc.p(ctx.f(rng.choice(P[f"{kind}_open"])))
    if kind in ("rfq", "itb", "calloff") and rng.random() < 0.6:
        doc.h(H["scope"])
        doc.p(rng.choice(C["scope"]))
    rows = build_rows(ctx, (3, 8) if ctx.plan.long else (2, 6))
    priced = kind in ("quote", "offer", "boq", "calloff") or rng.random() < 0.3
    doc.h(H["items"] if kind != "quote" else H["pricing"])
    if priced:
        doc.table(P["table_head"], rows)
        doc.p(f"{P['total']}: {ctx.buyer[3]} {fmt_money(ctx, ctx._total, 2)}")
    else:
        doc.table(P["table_head_noprice"], [r[:4] for r in rows])
    if rng.random() < 0.6:
        doc.h(H["reqs"])
        doc.ol(pick(rng, C["reqs"], rng.randint(min(2, len(C["reqs"])), len(C["reqs"]))))
    v = vendor_line(ctx)
    if v and rng.random() < 0.5:
        doc.p(v)
    add_insert(ctx, doc)
    if ctx.plan.long:
        add_generic(ctx, doc, rng.randint(20, 30))
    for c in pick(rng, P["close"], rng.randint(1, 4)):
        doc.p(ctx.f(c))
    if kind in ("quote", "offer"):
        doc.p(ctx.f(rng.choice(P["signoff"])) + f"\n{ctx.contact}")
    return doc


def r_pricelist(ctx: Ctx) -> Doc:
    rng, P, C = ctx.rng, ctx.P, ctx.C
    doc = Doc(f"{ctx.supplier} - {P['doc_names']['pricelist']}")
    doc.p(ctx.f(rng.choice(P["pricelist_open"])))
    rows = []
    items = pick(rng, C["items"], rng.randint(min(3, len(C["items"])), len(C["items"])))
    entries = [d for d, *_ in items]
    prices = [rng.uniform(lo, hi) for _, _, lo, hi in items]
    if ctx.restricted:
        entries.insert(0, ctx.restricted_text())
        prices.insert(0, prices[0])
    elif ctx.brand:
        entries[0] = f"{ctx.brand} {entries[0]}"
    for d, p in zip(entries, prices):
        disc = rng.choice([0, 5, 8, 10, 12, 15, 20, 25])
        sku = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.randint(6, 10)))
        rows.append([sku, d, fmt_money(ctx, p, 2), f"{disc}%", fmt_money(ctx, p * (1 - disc / 100), 2)])
    doc.table(P["pricelist_head"], rows)
    add_insert(ctx, doc, heading=rng.random() < 0.5)
    for c in pick(rng, P["close"], rng.randint(0, 2)):
        doc.p(ctx.f(c))
    return doc


def r_spec(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(f"{P['doc_names']['spec']}: {ctx.title}")
    doc.p(ctx.f(rng.choice(P["spec_open"])))
    doc.h(H["general"])
    for para in pick(rng, C["scope"], 2 if ctx.plan.long else 1):
        doc.p(para)
    doc.h(H["reqs"])
    reqs = pick(rng, C["reqs"], rng.randint(min(3, len(C["reqs"])), len(C["reqs"])))
    v = vendor_line(ctx)
    if v:
        reqs.insert(rng.randrange(len(reqs) + 1), v)
    if rng.random() < 0.5:
        doc.table([P["clause"], P["requirement"], P["compliance"]], [[f"{i}.{j}", r, ""] for j, r in enumerate(reqs, 1) for i in [rng.randint(2, 5)]])
    else:
        doc.ol(reqs)
    if rng.random() < 0.5 or ctx.restricted:
        doc.h(H["items"])
        doc.table(P["table_head_noprice"], [r[:4] for r in build_rows(ctx, (2, 5), priced=False)])
    add_insert(ctx, doc)
    if ctx.plan.long:
        doc.h(H["tasks"])
        doc.ol(pick(rng, P["sow_tasks"], rng.randint(4, 8)))
        add_generic(ctx, doc, rng.randint(20, 30))
    return doc


def r_datasheet(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    if ctx.restricted:
        product = ctx.restricted[1]
    elif ctx.brand:
        product = ctx.brand
    else:
        product = rng.choice(C["items"])[0]
    doc = Doc(f"{P['doc_names']['datasheet']}: {product}")
    doc.p(ctx.f(rng.choice(P["datasheet_open"])))
    doc.h(H["overview"])
    doc.p(rng.choice(C["scope"]) if rng.random() < 0.4 else rng.choice(C["items"])[0] + ".")
    doc.h(H["spec"])
    specs = list(C.get("specs", []))
    specs += [(P["feature"] + f" {i}", r) for i, r in enumerate(pick(rng, C["reqs"], rng.randint(2, 5)), 1)]
    doc.table([P["parameter"], P["value"]], [[k, v] for k, v in specs])
    doc.h(H["ordering"])
    doc.ul([f"{d} ({u})" for d, u, *_ in pick(rng, C["items"], rng.randint(1, 3))] + ([product] if ctx.restricted or ctx.brand else []))
    add_insert(ctx, doc, heading=rng.random() < 0.5)
    return doc


def r_award(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(f"{P['doc_names']['award']} - {ctx.title}")
    doc.p(ctx.f(rng.choice(P["award_open"])))
    lo, hi = ctx.P.get("value_range", (20000, 2500000))
    value = fmt_money(ctx, rng.uniform(lo * 0.7, hi * 0.7), 0)
    doc.kv([(P["notice_fields"][0], ctx.ref), (P["notice_fields"][1], ctx.buyer[0]), (P["awardee"], ctx.supplier),
            (P["value"], f"{ctx.buyer[3]} {value}"), (P["date"], ctx.date)])
    doc.h(H["award"])
    doc.p(rng.choice(C["scope"]))
    if ctx.restricted or ctx.brand or rng.random() < 0.5:
        doc.ul([r[1] for r in build_rows(ctx, (1, 3), priced=False)])
    add_insert(ctx, doc, heading=False)
    return doc


def r_annex(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(f"{P['doc_names']['annex']} - {ctx.title}")
    doc.p(ctx.f(rng.choice(P["annex_open"])))
    doc.h(H["schedule"])
    doc.table(P["table_head"], build_rows(ctx, (2, 6)))
    if rng.random() < 0.6:
        for head, body in pick(rng, P["generic"], rng.randint(2, 5)):
            doc.h(head)
            doc.p(body)
    add_insert(ctx, doc)
    doc.p(ctx.f(rng.choice(P["signoff"])))
    return doc


def r_sow(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(f"{P['doc_names']['sow']}: {ctx.title}")
    doc.p(ctx.f(rng.choice(P["sow_open"])))
    doc.h(H["background"])
    doc.p(rng.choice(C["scope"]))
    doc.h(H["scope"])
    for para in pick(rng, C["scope"], 2 if ctx.plan.long else 1):
        doc.p(para)
    v = vendor_line(ctx)
    if v:
        doc.p(v)
    doc.h(H["tasks"])
    doc.ol(pick(rng, P["sow_tasks"], rng.randint(3, 7)) + pick(rng, C["reqs"], 2))
    if ctx.restricted or rng.random() < 0.4:
        doc.h(H["items"])
        doc.table(P["table_head_noprice"], [r[:4] for r in build_rows(ctx, (2, 5), priced=False)])
    doc.h(H["pop"])
    doc.p(rng.choice(P["pop"]))
    add_insert(ctx, doc)
    if ctx.plan.long:
        add_generic(ctx, doc, rng.randint(20, 30))
    return doc


def r_rfp(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(f"{P['doc_names']['rfp']} {ctx.ref}: {ctx.title}")
    doc.p(ctx.f(rng.choice(P["rfp_open"])))
    doc.kv(header_kv(ctx, rng.randint(3, 6)))
    doc.h(H["background"])
    doc.p(rng.choice(C["scope"]))
    doc.h(H["reqs"])
    reqs = pick(rng, C["reqs"], rng.randint(min(3, len(C["reqs"])), len(C["reqs"])))
    v = vendor_line(ctx)
    if v:
        reqs.append(v)
    doc.ul(reqs)
    if ctx.restricted or rng.random() < 0.5:
        doc.h(H["items"])
        doc.table(P["table_head_noprice"], [r[:4] for r in build_rows(ctx, (2, 6), priced=False)])
    add_insert(ctx, doc)
    add_generic(ctx, doc, rng.randint(14, 22) if ctx.plan.long else rng.randint(1, 4))
    doc.h(H["submission"])
    doc.p(ctx.f(rng.choice(P["close"])))
    return doc


def r_mr(ctx: Ctx) -> Doc:
    rng, P, C, H = ctx.rng, ctx.P, ctx.C, ctx.P["H"]
    doc = Doc(f"{P['doc_names']['mr']}: {ctx.title}")
    doc.p(ctx.f(rng.choice(P["mr_open"])))
    doc.kv(header_kv(ctx, rng.randint(3, 5)))
    doc.h(H["background"])
    doc.p(rng.choice(C["scope"]))
    v = vendor_line(ctx)
    if v:
        doc.p(v)
    if rng.random() < 0.6:
        doc.ul(pick(rng, C["reqs"], rng.randint(2, 4)))
    doc.h(H["questions"])
    doc.ol(pick(rng, P["mr_questions"], rng.randint(2, 5)))
    add_insert(ctx, doc)
    doc.h(H["response"])
    doc.p(ctx.f(rng.choice(P["close"])))
    return doc


def r_email(ctx: Ctx) -> Doc:
    rng, P = ctx.rng, ctx.P
    doc = Doc(f"{P['subject']}: {ctx.title} - {ctx.ref}")
    doc.kv([(P["from"], ctx.contact), (P["to"], ctx.supplier), (P["date"], ctx.date)])
    doc.p(ctx.f(rng.choice(P["email_open"])))
    rows = build_rows(ctx, (1, 4), priced=False)
    doc.ul([f"{r[3]} x {r[1]}" for r in rows])
    if rng.random() < 0.4:
        doc.p(rng.choice(ctx.C["scope"]))
    add_insert(ctx, doc, heading=False)
    doc.p(ctx.f(rng.choice(P["email_close"])))
    return doc


RENDER = {
    "notice": r_notice, "rfq": lambda c: r_table_doc(c, "rfq"), "itb": lambda c: r_table_doc(c, "itb"),
    "offer": lambda c: r_table_doc(c, "offer"), "quote": lambda c: r_table_doc(c, "quote"),
    "boq": lambda c: r_table_doc(c, "boq"), "calloff": lambda c: r_table_doc(c, "calloff"),
    "pricelist": r_pricelist, "spec": r_spec, "datasheet": r_datasheet, "award": r_award, "annex": r_annex,
    "sow": r_sow, "rfp": r_rfp, "mr": r_mr, "email": r_email,
}


# =========================================================================== planning
REFS = {
    "us_fed": ["36C2{a}25Q0{b}", "W91151-25-Q-0{b}", "N62473-24-R-{b}", "140FS325Q0{b}", "75H709-25-Q-00{b}"],
    "us_local": ["RFQ-{b}-2025", "IFB {a}-{b}", "Bid No. 25-{b}", "RFP #{a}{b}"],
    "uk": ["LCC/{a}/{b}/2025", "DN7{a}{b}", "FTS-{a}{b}-2025", "PROC-{b}"],
    "au": ["ATM HA{a}{b}", "GC-T{b}", "TfNSW-{a}-{b}"],
    "ca": ["W6399-25{b}/A", "WPG-{a}-{b}", "AHS-RFP-{b}"],
    "in": ["GEM/2025/B/{a}{b}", "IITM/PUR/{b}/2025", "MCGM/IT/{a}/{b}"],
    "ke": ["KPLC1/4A.2/OT/{b}/24", "KRA/HQS/NCB-{b}/2024-2025", "CGK/T/{a}/{b}", "KPA/{b}/2024-25/ICT"],
    "es": ["LIC-{a}-{b}", "Exp. {a}/{b}", "SIE-{b}-2025", "CD-{a}{b}", "PLI-{b}-25"],
    "co": ["SA-MC-{a}-{b}", "LP-{b}-2025", "RFQ-{a}{b}"],
    "mx": ["LA-{a}-E{b}-2025", "IA-{b}-2025"],
    "cl": ["{a}-{b}-LE25", "ID {a}-{b}-LQ25"],
    "ar": ["LPN {b}/2025", "Exp. EX-2025-{a}{b}"],
    "vn": ["{b}/TB-{a}", "TBMT IB250{a}{b}", "{b}/2025/BG", "{b}/QĐ-{a}"],
}


def make_ref(rng: random.Random, style: str) -> str:
    return rng.choice(REFS.get(style, REFS["es"])).format(a=rng.randint(10, 99), b=rng.randint(100, 9999))


def make_date(rng: random.Random, lang: str) -> tuple[str, str]:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    dd = min(28, d + rng.randint(5, 20)) if d < 20 else rng.randint(1, 10)
    m2 = m if d < 20 else m % 12 + 1
    if lang == "en":
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        if rng.random() < 0.5:
            return f"{d} {months[m - 1]} {y}", f"{dd} {months[m2 - 1]} {y}, 14:00"
        return f"{m:02d}/{d:02d}/{y}", f"{m2:02d}/{dd:02d}/{y} 2:00 PM local time"
    if lang == "es":
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        return f"{d} de {meses[m - 1]} de {y}", f"{dd} de {meses[m2 - 1]} de {y}, 12:00 horas"
    return f"ngày {d} tháng {m} năm {y}", f"{9 + rng.randint(0, 6)} giờ 00, ngày {dd}/{m2:02d}/{y}"


HARD_MODES = {"model", "brand", "cjk", "equiv", "prohibition", "cert", "far", "ndaa", "incidental", "adjacent", "adj_far"}
MODE_WEIGHTS = {
    RVN: [("name", 45), ("model", 20), ("brand", 8), ("cjk", 10), ("equiv", 17)],
    ICT: [("none", 35), ("brands", 30), ("prohibition", 25), ("cert", 10)],
    OUT: [("plain", 38), ("far", 14), ("ndaa", 8), ("incidental", 16), ("adjacent", 24)],
}


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


@dataclass
class Lang:
    code: str
    P: dict
    cats: dict
    buyers: list
    suppliers: tuple        # (suppliers of ICT and ICT-adjacent goods, suppliers of everything else)
    doctypes: list
    counts: dict            # label -> number of documents
    prohib_meta: list
    us_styles: set          # buyer styles where FAR / NDAA boilerplate is natural
    far_styles: set
    nearmiss: int = 0       # out-of-scope near misses drawn after the others (plan_nearmiss)


def plan_language(L: Lang, rng: random.Random) -> list[Plan]:
    plans, idx = [], 0
    for label, n in L.counts.items():
        types = [L.doctypes[i % len(L.doctypes)] for i in range(n)]
        rng.shuffle(types)
        # modes by quota (largest remainder), so each language gets its intended share of hard cases
        weights = L.P.get("mode_weights", MODE_WEIGHTS)[label]
        total = sum(w for _, w in weights)
        quota = {m: int(n * w / total) for m, w in weights}
        for m, w in sorted(weights, key=lambda mw: -(n * mw[1] / total - quota[mw[0]]))[: n - sum(quota.values())]:
            quota[m] += 1
        modes = [m for m, _ in weights for _ in range(quota[m])]
        rng.shuffle(modes)
        for dt, mode in zip(types, modes):
            if mode in ("far", "ndaa") and not L.far_styles:
                mode = rng.choice(["incidental", "adjacent", "plain"])
            long, fmt = length_and_format(L, dt, rng)
            idx += 1
            plans.append(Plan(L.code, label, dt, "", mode, fmt, long, idx))
    return plans


def length_and_format(L: Lang, dt: str, rng: random.Random) -> tuple[bool, str]:
    long = dt in ("rfp", "sow", "spec", "itb", "boq") and rng.random() < L.P.get("long_share", 0.3)
    if dt in ("pricelist", "boq") and rng.random() < 0.35:
        fmt = "csv"
    elif dt == "email":
        fmt = "txt" if rng.random() < 0.8 else "md"
    else:
        fmt = weighted(rng, [("txt", 45), ("md", 35), ("html", 20)])
    return long, fmt


def plan_nearmiss(L: Lang, rng: random.Random, start: int) -> list[Plan]:
    """Out-of-scope near misses, added when the scope was widened: advice, training, staffing and
    content subscriptions with no ICT delivered, printer consumables, building services for server
    rooms, a restricted company as the buyer of furniture. They come from the categories marked
    batch="nearmiss" and their own random stream, after the other documents of the language, so
    that those stay as they were."""
    types = [L.doctypes[i % len(L.doctypes)] for i in range(L.nearmiss)]
    rng.shuffle(types)
    plans = []
    for idx, dt in enumerate(types, start + 1):
        long, fmt = length_and_format(L, dt, rng)
        plans.append(Plan(L.code, OUT, dt, "", "adjacent", fmt, long, idx, batch="nearmiss"))
    return plans


def choose_category(L: Lang, plan: Plan, rng: random.Random, counter: dict) -> str:
    cats = {k: c for k, c in L.cats.items() if c.get("batch", "") == plan.batch}
    if plan.label == RVN:
        want = {"brand": {"brand"}, "cjk": {"cjk"}, "model": {"model"}, "name": {"name"}, "equiv": {"name", "model"}}[plan.mode]
        pool = [k for k, c in cats.items() if c.get("restricted") and any(s in want for _, _, s in c["restricted"])
                and (c["kind"] == "in" or rng.random() < 0.15)]
    elif plan.label == ICT:
        pool = [k for k, c in cats.items() if c["kind"] == "in"]
        if plan.mode == "prohibition":
            pool = [k for k in pool if any(k in cs for _, cs in L.prohib_meta)]
    else:
        pool = [k for k, c in cats.items() if c["kind"] == ("adj" if plan.mode in ("adjacent", "adj_far") else "out")]
    # least-used first, ties at random, so categories spread evenly over the documents
    rng.shuffle(pool)
    pool.sort(key=lambda k: counter.get((plan.label, k), 0))
    cat = pool[0]
    counter[(plan.label, cat)] = counter.get((plan.label, cat), 0) + 1
    return cat


def make_ctx(L: Lang, plan: Plan, rng: random.Random, counter: dict) -> Ctx:
    P = L.P
    plan.cat = choose_category(L, plan, rng, counter)
    C = L.cats[plan.cat]
    buyers = L.buyers
    insert, insert_kind, restricted, brand = None, None, None, None
    if plan.label == RVN:
        want = {"brand": {"brand"}, "cjk": {"cjk"}, "model": {"model"}, "name": {"name"}, "equiv": {"name", "model"}}[plan.mode]
        restricted = rng.choice([r for r in C["restricted"] if r[2] in want])
    elif plan.mode == "brands":
        brand = rng.choice(C["compliant"])
    elif plan.mode == "cert":
        brand = rng.choice(C["compliant"])
        meta = P.get("cert_meta", {})
        options = [t for i, t in enumerate(P["compliance_cert"]) if plan.cat in meta.get(i, {plan.cat})]
        insert, insert_kind = rng.choice(options), "cert"
    elif plan.mode == "prohibition":
        options = [(i, styles) for i, (styles, cs) in enumerate(L.prohib_meta) if plan.cat in cs]
        i, styles = rng.choice(options)
        insert, insert_kind = P["prohibition"][i], "prohibition"
        if styles:
            buyers = [b for b in L.buyers if b[4] in styles] or L.buyers
        if rng.random() < 0.4:
            brand = rng.choice(C["compliant"])
    elif plan.mode in ("far", "adj_far"):
        insert, insert_kind = rng.choice(P["far_boiler"]), "far"
        buyers = [b for b in L.buyers if b[4] in L.far_styles]
    elif plan.mode == "ndaa":
        insert, insert_kind = rng.choice(P["ndaa_cert"]), "ndaa"
        buyers = [b for b in L.buyers if b[4] in L.us_styles]
    elif plan.mode == "incidental":
        insert, insert_kind = rng.choice(P["incidental"]), "incidental"
    elif plan.mode == "adjacent" and not C.get("buyers") and rng.random() < 0.3 and L.far_styles:
        insert, insert_kind = rng.choice(P["far_boiler"]), "far"
        buyers = [b for b in L.buyers if b[4] in L.far_styles]
    buyer = rng.choice(C.get("buyers") or buyers)  # a category may name its own buyers (a restricted company buying furniture)
    date, deadline = make_date(rng, L.code)
    suppliers = C.get("suppliers") or L.suppliers[C["kind"] == "out"]
    ctx = Ctx(rng=rng, plan=plan, P=P, C=C, buyer=buyer, supplier=rng.choice(suppliers), ref=make_ref(rng, buyer[4]),
              date=date, deadline=deadline, contact=rng.choice(P["contacts"]), restricted=restricted, brand=brand,
              insert=insert, insert_kind=insert_kind)
    ctx._title = rng.choice(C["titles"])
    if insert and "{brand}" in insert and not brand:
        ctx.brand = rng.choice(C.get("compliant") or ["the offered"])
    if ctx.insert:
        ctx.insert = ctx.f(ctx.insert)
    return ctx


def label_for(plan: Plan, C: dict) -> str:
    """What the document buys decides its label. A plan drawn as out_of_scope ("adjacent") whose
    category is ICT under the widened scope (widened=True: laptops, generic software) buys ICT."""
    if plan.label == OUT and C.get("widened"):
        return ICT
    return plan.label


def note_for(L: Lang, plan: Plan, ctx: Ctx, label: str) -> str:
    N = NOTES
    cat = plan.cat
    far = "; restricted vendors named only in FAR 52.204-2x boilerplate" if ctx.insert_kind == "far" else ""
    if plan.batch == "nearmiss":
        return f"HARD: {ctx.C['why']}" + ("; also carries restricted-vendor boilerplate (FAR 52.204-2x / 2 CFR 200.216)" if far else "")
    if label != plan.label:  # drawn as ICT-adjacent, ICT since the scope was widened
        return ("HARD: " if far else "") + N["ict_widened"].format(cat=cat) + far
    if plan.label == RVN:
        ent = ctx.restricted[0]
        base = N[plan.mode].format(ent=ent, item=ctx.restricted[1], cat=cat)
    elif plan.label == ICT:
        base = N["ict_" + plan.mode].format(cat=cat, brand=ctx.brand or "")
    else:
        kind = L.cats[cat]["kind"]
        base = N["out_" + plan.mode].format(cat=cat)
        if plan.mode == "adjacent" and ctx.insert_kind == "far":
            base += "; also carries FAR 52.204-2x boilerplate"
    return ("HARD: " if plan.mode in HARD_MODES else "") + base


NOTES = {
    "name": "{ent} product offered/specified by name ({item}) in a {cat} purchase",
    "model": "{ent} product present only as a model number ({item}) in a {cat} purchase",
    "brand": "{ent} subsidiary/consumer brand offered ({item}) in a {cat} purchase",
    "cjk": "{ent} named in CJK script ({item}) in a {cat} purchase",
    "equiv": "'or equivalent' spec with {ent} reference model ({item}) in a {cat} purchase",
    "ict_none": "{cat} purchase, no vendor named",
    "ict_brands": "{cat} purchase naming only non-restricted brand ({brand})",
    "ict_prohibition": "{cat} purchase; restricted vendors named only in a prohibition clause",
    "ict_cert": "{cat} bid certifying NDAA/supply-chain compliance while offering {brand}",
    "ict_widened": "{cat}: computers/generic software bought, in scope since the scope was widened (was out_of_scope as ICT-adjacent); no vendor named",
    "out_plain": "non-ICT purchase ({cat})",
    "out_far": "non-ICT purchase ({cat}) carrying FAR 52.204-2x / s.889 boilerplate that names restricted vendors",
    "out_ndaa": "non-ICT purchase ({cat}) with an NDAA s.889 representation/certification",
    "out_incidental": "non-ICT purchase ({cat}) with an incidental mention of a restricted name",
    "out_adjacent": "ICT-adjacent but out of scope ({cat})",
    "out_adj_far": "ICT-adjacent but out of scope ({cat}) with FAR boilerplate",
}


def write_doc(plan: Plan, doc: Doc, ctx: Ctx) -> tuple[str, str]:
    style = ctx.rng.randint(0, 5)
    if plan.fmt == "csv":
        text = render_csv(doc)
    elif plan.fmt == "md":
        text = render_md(doc, style)
    elif plan.fmt == "html":
        text = render_html(doc, style, plan.lang)
    else:
        text = render_txt(doc, style)
    buyer_slug = slug(ctx.buyer[1].split(",")[0])
    name = f"{plan.lang}-{plan.doctype}-{plan.cat}-{buyer_slug}-{plan.idx:03d}.{plan.fmt}"
    return name, text


def build(langs: list[Lang]) -> None:
    rng = random.Random(SEED)
    rows, texts = [], {}
    for L in langs:
        outdir = DOCS / L.code
        outdir.mkdir(parents=True, exist_ok=True)
        for old in outdir.iterdir():
            if old.is_file() and old.name.startswith(f"{L.code}-"):
                old.unlink()
        counter: dict = {}
        plans = plan_language(L, rng)
        # the near misses draw from their own stream, so the documents above stay as they were
        nm_rng = random.Random(f"{SEED}-nearmiss-{L.code}")
        for plan in plans + plan_nearmiss(L, nm_rng, len(plans)):
            r = rng if not plan.batch else nm_rng
            ctx = make_ctx(L, plan, r, counter)
            doc = RENDER[plan.doctype](ctx)
            name, text = write_doc(plan, doc, ctx)
            (outdir / name).write_text(text, encoding="utf-8")
            rel = f"documents/{L.code}/{name}"
            texts[rel] = text
            src = f"{SOURCE}; {L.P['type_names'][plan.doctype]}"
            label = label_for(plan, ctx.C)
            rows.append([rel, label, L.code, src, note_for(L, plan, ctx, label)])
    rows.sort()
    with LABELS.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "language", "source", "notes"])
        w.writerows(rows)
    report(rows, texts)


def report(rows, texts) -> None:
    from collections import Counter

    print("documents:", len(rows))
    by = Counter((r[2], r[1]) for r in rows)
    for k in sorted(by):
        print("  ", k, by[k])
    labels = Counter(r[1] for r in rows)
    for k, v in sorted(labels.items()):
        print(f"  {k}: {v} ({100 * v / len(rows):.1f}%)")
    hard = Counter(r[1] for r in rows if r[4].startswith("HARD:"))
    print("  hard cases per label:", dict(hard))
    words = sorted(len(t.split()) for t in texts.values())
    print("  words: min", words[0], "median", words[len(words) // 2], "max", words[-1],
          "; >=1500 words:", sum(w >= 1500 for w in words))
    n, best, pairs = near_duplicates(texts)
    print(f"  near-duplicates (5-shingle Jaccard >= 0.5): {n} documents ({100 * n / len(texts):.1f}%), max pair {best:.3f}")
    for p in pairs[:20]:
        print("    ", p)



# =========================================================================== languages
LANG_EN = Lang("en", EN, EN_CATS, EN_BUYERS, (EN_SUPPLIERS[:10] + EN_SUPPLIERS[17:21], EN_SUPPLIERS[10:17] + EN_SUPPLIERS[21:]), EN_DOCTYPES, {RVN: 64, ICT: 64, OUT: 64}, EN_PROHIB_META,
               us_styles={"us_fed", "us_local"}, far_styles={"us_fed"}, nearmiss=12)
LANGS = [LANG_EN]
LANG_ES = Lang("es", ES, ES_CATS, ES_BUYERS, (ES_SUPPLIERS[:4] + ES_SUPPLIERS[6:7], ES_SUPPLIERS[4:6] + ES_SUPPLIERS[7:]), EN_DOCTYPES, {RVN: 22, ICT: 22, OUT: 22}, ES_PROHIB_META,
               us_styles={"usfund"}, far_styles={"usfund"}, nearmiss=6)
LANGS.append(LANG_ES)
LANG_VI = Lang("vi", VI, VI_CATS, VI_BUYERS, (VI_SUPPLIERS[:5], VI_SUPPLIERS[4:]), VI_DOCTYPES, {RVN: 19, ICT: 19, OUT: 19}, VI_PROHIB_META,
               us_styles=set(), far_styles=set(), nearmiss=6)
LANGS.append(LANG_VI)


if __name__ == "__main__":
    build(LANGS)
