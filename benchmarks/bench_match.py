"""Matching throughput: our normalise + match against a plain Python `re` alternation.

Generates tender-like text and times, in the same run, median of --repeat runs (wall clock, with
CPU seconds beside it: the shared machine is rarely idle, so compare the ratios):

  match    extract.mentions.match_page per page: NFKC/casefold normalisation with offset map, one
           Aho-Corasick pass over every alias, company, product line, category term, guard phrase,
           model-number lead literal and CPV code, the model-number regexes anchored where a lead
           literal occurs, CPV codes, guards, context rules, overlap resolution
  roles    extract.roles.assign_roles per page, for the spans of that page's mentions
  full     find_mentions_in_text per page: match + roles + snippets, regimes, Mention objects
  re       one `re` alternation of the same aliases and terms (escaped, longest first, word-
           bounded with lookarounds) over the lower-cased text: no normalisation, no patterns

Two kinds of text (--variants):

  realistic  the density of real tenders, measured on ../shared/corpus (every file parsed with
             extract.parse.parse_path): 250-380 candidate hits per MB, pages of ~2,200
             characters, lines of ~65, a quarter of them table rows. One language per page.
  dense      the first version of this benchmark: ~6,700 hits per MB (20x real), a random language
             per line: the worst case for per-hit work (guards, roles, Mention objects).

    python benchmarks/bench_match.py                     # 50 MB of each, median of 3
    python benchmarks/bench_match.py --mb 5 --repeat 1   # quick
    python benchmarks/bench_match.py --variants realistic
    python benchmarks/bench_match.py --no-re             # ours only (the re reference is slow with many terms)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.mentions.match import find_mentions_in_text, match_page  # noqa: E402
from extract.policy.load import load_policy
from extract.mentions.roles import assign_roles

# Dense text (the benchmark's first generator): a random language per line, one line in 12 with
# an alias, model number or code, and half of the prose lines naming equipment: ~6,700
# candidate hits per MB, ~20x the real corpus. Kept as the worst case (--dense).
LINES = {
    "en": ["The contractor shall supply and install the equipment listed in the bill of quantities.",
           "Bidders must submit a technical proposal and a price schedule before the deadline.",
           "All network equipment shall be delivered to the central warehouse within 30 days.",
           "Warranty: three years on site, next business day replacement of faulty units."],
    "es": ["El contratista suministrará e instalará los equipos según las especificaciones técnicas.",
           "La oferta deberá incluir la marca, el modelo y la cantidad de cada elemento."],
    "de": ["Der Auftragnehmer liefert die Netzwerkkomponenten gemäß Leistungsverzeichnis.",
           "Angebote sind bis zum Ablauf der Frist in deutscher Sprache einzureichen."],
    "fr": ["Le titulaire fournira les équipements réseau décrits dans le cahier des charges.",
           "Les offres doivent préciser la marque et le modèle proposés."],
    "no": ["Leverandøren skal levere nettverksutstyr i henhold til kravspesifikasjonen.",
           "Tilbudet skal inneholde pris per enhet og leveringstid."],
    "vi": ["Nhà thầu cung cấp và lắp đặt thiết bị mạng theo hồ sơ mời thầu.",
           "Giá dự thầu bao gồm thuế và chi phí vận chuyển."],
    "zh": ["供应商应按照技术规格书提供网络设备并负责安装调试。", "投标人须提交品牌、型号及数量清单。"],
    "ja": ["受注者は仕様書に基づきネットワーク機器を納入すること。", "入札者は型番及び数量を明記すること。"],
}
INSERTS = ["Huawei", "HUAWEI S5720-28X-SI-AC", "华为", "ZTE ZXHN F660", "Hikvision DS-2CD2143G0-I",
           "DS-7608NI-K2/8P", "Dahua IPC-HFW2431S-S-S2", "海康威视", "Hytera PD785", "Kaspersky Endpoint Security",
           "DJI Mavic 3 Enterprise", "Quectel EG25-G", "CPV 32412100-5", "EZVIZ C6N", "Cisco Catalyst 9300",
           "Lorex", "ファーウェイ", "화웨이", "IP cameras", "PoE switch", "firewall", "Dahua Road"]

# Realistic text: measured on ../shared/corpus (every page parsed with extract.parse.parse_path),
# real tenders carry 250-380 candidate hits per MB (all 59 files: 248; without the 1,408-page
# price list r009: 383), pages of ~2,200 characters, lines of ~65, a quarter of them table rows,
# and 11-20% of lines with a non-ASCII character. One language per page (weights roughly those
# of the corpus: Norwegian and English most), administrative prose, neutral bill-of-quantities
# rows, and now and then a line naming equipment, a vendor, a model number or a CPV code.
PROSE = {
    "en": ["The contractor shall comply with all applicable laws and regulations in force at the date of award.",
           "Tenders received after the closing date and time will not be opened or evaluated.",
           "The contracting authority reserves the right to cancel the procurement at any stage.",
           "Payment shall be made within 30 days of receipt of a correct invoice and delivery note.",
           "Clarification questions must be submitted in writing no later than ten working days before the deadline.",
           "The successful bidder shall provide a performance guarantee of 10% of the contract value.",
           "Evaluation criteria: price 60%, technical quality 30%, delivery time 10%.",
           "All documents shall be signed by an authorised representative of the bidder.",
           "Insurance: public liability cover of not less than USD 1,000,000 per occurrence.",
           "Section 4.2 General terms and conditions of contract, including liquidated damages."],
    "no": ["Leverandøren skal oppfylle alle krav i gjeldende lover og forskrifter på kontraktstidspunktet.",
           "Tilbud som mottas etter tilbudsfristen vil bli avvist uten videre behandling.",
           "Oppdragsgiver forbeholder seg retten til å avlyse konkurransen dersom det foreligger saklig grunn.",
           "Betaling skjer innen 30 dager etter mottak av korrekt faktura.",
           "Spørsmål til konkurransegrunnlaget må sendes skriftlig via KGV senest ti dager før fristen.",
           "Tildelingskriterier: pris 60 %, kvalitet 30 %, leveringstid 10 %.",
           "Kontrakten gjelder for to år med opsjon på forlengelse i ett pluss ett år.",
           "Alle priser oppgis i norske kroner eksklusive merverdiavgift."],
    "es": ["El contratista deberá cumplir con todas las leyes y reglamentos aplicables en la fecha de adjudicación.",
           "Las ofertas recibidas después de la fecha límite no serán abiertas ni evaluadas.",
           "El pago se realizará dentro de los 30 días siguientes a la recepción de la factura.",
           "Criterios de evaluación: precio 60%, calidad técnica 30%, plazo de entrega 10%."],
    "de": ["Der Auftragnehmer hat alle zum Zeitpunkt der Vergabe geltenden Gesetze und Vorschriften einzuhalten.",
           "Angebote, die nach Ablauf der Angebotsfrist eingehen, werden nicht berücksichtigt.",
           "Die Zahlung erfolgt innerhalb von 30 Tagen nach Eingang einer prüffähigen Rechnung.",
           "Zuschlagskriterien: Preis 60 %, Qualität 30 %, Lieferzeit 10 %."],
    "fr": ["Le titulaire respecte les lois et règlements en vigueur à la date de notification du marché.",
           "Les offres reçues après la date limite ne seront ni ouvertes ni évaluées.",
           "Le paiement intervient dans un délai de 30 jours à compter de la réception de la facture."],
    "vi": ["Nhà thầu phải tuân thủ các quy định của pháp luật hiện hành tại thời điểm ký hợp đồng.",
           "Hồ sơ dự thầu nộp sau thời điểm đóng thầu sẽ không được mở.",
           "Thanh toán trong vòng 30 ngày kể từ ngày nhận được hóa đơn hợp lệ."],
    "zh": ["投标人应遵守合同签订时有效的法律法规。", "逾期送达的投标文件将不予受理。", "付款在收到合格发票后三十日内完成。"],
    "ja": ["受注者は契約締結時点で有効な法令を遵守すること。", "締切後に提出された入札書は受理しない。", "支払いは適正な請求書の受領後30日以内に行う。"],
}
LANG_WEIGHTS = {"en": 40, "no": 30, "es": 8, "vi": 7, "de": 5, "fr": 4, "zh": 3, "ja": 3}
ITEMS = ["Cat6 patch cable 2 m", "19-inch rack cabinet 42U", "Office chair, ergonomic", "A4 copy paper, 80 g",
         "Dell PowerEdge R750 rack server", "HP ProBook 450 G9 laptop", "APC Smart-UPS 1500VA", "LED panel 60x60",
         "Cisco Catalyst 9300-48P", "Installation and commissioning", "Training, 2 days on site", "Cable tray 300 mm",
         "Fortinet FortiGate 100F", "Microsoft 365 E3 licence, 12 months", "Desk 160x80 cm", "Toner cartridge"]


def _realistic_page(rnd: random.Random) -> str:
    lang = rnd.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    prose = PROSE[lang] + (PROSE["en"] if lang == "no" else [])  # Norwegian tenders quote English terms
    lines: list[str] = []
    size = 0
    while size < 2200:
        r = rnd.random()
        if r < 0.004:
            words = rnd.choice(prose).split(" ")
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(INSERTS))
            line = " ".join(words)
        elif r < 0.012:
            line = rnd.choice(LINES[lang])  # a sentence naming equipment
        elif r < 0.25:
            item = rnd.choice(INSERTS) if rnd.random() < 0.01 else rnd.choice(ITEMS)
            line = f"{rnd.randint(1, 400)} | {item} | {rnd.randint(1, 50)} | {rnd.randint(10, 9999)}.00"
        else:
            line = rnd.choice(prose)
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def generate(mb: float, seed: int = 0, dense: bool = False) -> list[str]:
    """Pages of generated tender text, about `mb` MB of UTF-8 (realistic density; `dense`: ~20x)."""
    rnd = random.Random(seed)
    target = int(mb * 1_000_000)
    pages: list[str] = []
    size = 0
    while size < target:
        page = _dense_page(rnd) if dense else _realistic_page(rnd)
        pages.append(page)
        size += len(page.encode("utf-8"))
    return pages


def _dense_page(rnd: random.Random) -> str:
    langs = list(LINES)
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < 3000:
        r = rnd.random()
        if r < 0.04:
            lines.append(f"{rnd.randint(1, 99)} | {rnd.choice(INSERTS)} | {rnd.randint(1, 50)} | {rnd.randint(10, 9999)}.00")
        elif r < 0.08:
            text = rnd.choice(LINES[rnd.choice(langs)])
            words = text.split(" ")
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(INSERTS))
            lines.append(" ".join(words))
        else:
            lines.append(rnd.choice(LINES[rnd.choice(langs)]))
    return "\n".join(lines)


def re_alternation(policy) -> re.Pattern[str]:
    # a CPV label term's name carries its code ("kable światłowodowe [cpv-label:32562000]"): match the label
    names = {(info.name[: -len(info.source) - 3] if info.source else info.name).lower()
             for infos in policy.terms.values() for info in infos}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def measure(name: str, pages: list[str], policy, rx: re.Pattern[str] | None, repeat: int) -> dict[str, float]:
    """Time every matcher over `pages`; print one line each; return median wall seconds."""
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1_000_000
    spans = [[(m.start, m.end) for m in find_mentions_in_text(p, policy)] for p in pages]
    n_mentions = sum(len(s) for s in spans)
    counts: dict[str, int] = {}

    def match() -> None:
        counts["match"] = sum(len(match_page(p, policy)[1]) for p in pages)

    def roles() -> None:
        counts["roles"] = sum(len(assign_roles(p, s, policy.roles)) for p, s in zip(pages, spans))

    def full() -> None:
        counts["full"] = sum(len(find_mentions_in_text(p, policy)) for p in pages)

    def plain_re() -> None:
        counts["re"] = sum(sum(1 for _ in rx.finditer(p.lower())) for p in pages)

    print(f"\n{name}: {mb:.1f} MB in {len(pages)} pages")
    wall: dict[str, float] = {}
    matchers = (("match", match), ("roles", roles), ("full", full)) + ((("re", plain_re),) if rx is not None else ())
    for label, fn in matchers:
        runs = [timed(fn) for _ in range(repeat)]
        w = statistics.median(r[0] for r in runs)
        c = statistics.median(r[1] for r in runs)
        wall[label] = w
        extra = f"  {w / max(n_mentions, 1) * 1e6:5.1f} us/mention" if label == "roles" else ""
        print(f"  {LABELS[label]:36s} median {w:7.2f} s ({c:7.2f} s CPU) {mb / w:7.1f} MB/s{extra}  (runs: "
              + ", ".join(f"{r[0]:.2f}" for r in runs) + ")", flush=True)
    if rx is None:
        print(f"  hits per MB: ours {counts['match'] / mb:,.0f} candidates, {counts['full'] / mb:,.0f} mentions; "
              f"roles are {wall['roles'] / wall['full']:.0%} of full")
        return wall
    print(f"  hits per MB: ours {counts['match'] / mb:,.0f} candidates, {counts['full'] / mb:,.0f} mentions; "
          f"re alternation {counts['re'] / mb:,.0f}")
    print(f"  ratio to the re alternation: normalise + match {wall['re'] / wall['match']:.1f}x, "
          f"with roles (full find_mentions) {wall['re'] / wall['full']:.1f}x; roles are "
          f"{wall['roles'] / wall['full']:.0%} of full")
    return wall


LABELS = {
    "match": "ours: normalise + match",
    "roles": "roles alone (assign_roles)",
    "full": "full find_mentions (match + roles)",
    "re": "re alternation of the same names",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50.0, help="megabytes of text per variant (default 50)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per matcher; medians are reported (default 3)")
    ap.add_argument("--variants", default="realistic,dense", help="realistic, dense or both (default both)")
    ap.add_argument("--no-re", action="store_true",
                    help="skip the re alternation (with the ~20,000 CPV label terms Python's re needs minutes a run)")
    args = ap.parse_args()
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if not variants or any(v not in ("realistic", "dense") for v in variants):
        ap.error("--variants takes realistic, dense or realistic,dense")

    print("load average at start (1/5/15 min): " + " ".join(f"{x:.2f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} cores")
    policy = load_policy()
    t = time.perf_counter()
    policy.automaton  # noqa: B018 - built once, outside the timings
    build = time.perf_counter() - t
    t = time.perf_counter()
    rx = None if args.no_re else re_alternation(policy)
    re_build = time.perf_counter() - t
    print(f"{len(policy.terms)} names in the re alternation; automaton of {len(policy.automaton)} keys (names, "
          f"{len(policy.patterns)} patterns' lead literals, CPV codes) built in {build:.2f} s; "
          f"re alternation built in {re_build:.2f} s")
    for v in variants:
        measure(v, generate(args.mb, dense=v == "dense"), policy, rx, args.repeat)
    print("\nload average at end (1/5/15 min): " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
