"""Matching throughput: our normalise + match against a plain Python `re` alternation.

Generates tender-like text (default 50 MB; English, Spanish, German, French, Norwegian,
Vietnamese, Chinese and Japanese lines, bills of quantities with prices, with policy aliases,
model numbers and CPV codes sprinkled in), cut into 3,000-character pages, and times in the
same run, median of --repeat runs:

  ours     extract.mentions.match_page per page: NFKC/casefold normalisation with offset map,
           Aho-Corasick over every alias, company, product line, category term and guard phrase,
           the gated model-number regex, CPV codes, guards, context rules, overlap resolution
  full     find_mentions_in_text per page: the above plus roles, snippets and Mention objects
  re       one `re` alternation of the same aliases and terms (escaped, longest first, word-
           bounded with lookarounds) over the lower-cased text: no normalisation, no patterns

    python benchmarks/bench_match.py                 # 50 MB, median of 3
    python benchmarks/bench_match.py --mb 5 --repeat 1
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.mentions import find_mentions_in_text, match_page  # noqa: E402
from extract.policy import load_policy  # noqa: E402

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


def generate(mb: float, seed: int = 0) -> list[str]:
    rnd = random.Random(seed)
    langs = list(LINES)
    target = int(mb * 1_000_000)
    pages: list[str] = []
    size = 0
    while size < target:
        lines = []
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
        page = "\n".join(lines)
        pages.append(page)
        size += len(page.encode("utf-8"))
    return pages


def re_alternation(policy) -> re.Pattern[str]:
    names = {info.name.lower() for infos in policy.terms.values() for info in infos}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50.0, help="megabytes of text to generate (default 50)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per matcher; medians are reported (default 3)")
    args = ap.parse_args()

    policy = load_policy()
    policy.automaton  # built once, outside the timings (0.01 s)
    t = time.perf_counter()
    rx = re_alternation(policy)
    re_build = time.perf_counter() - t
    pages = generate(args.mb)
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1_000_000
    print(f"{mb:.1f} MB in {len(pages)} pages; {len(policy.terms)} keys in the automaton, "
          f"{len(policy.patterns)} model-number patterns; re alternation built in {re_build:.2f} s")

    counts = {}

    def ours() -> None:
        counts["ours"] = sum(len(match_page(p, policy)[1]) for p in pages)

    def full() -> None:
        counts["full"] = sum(len(find_mentions_in_text(p, policy)) for p in pages)

    def plain_re() -> None:
        counts["re"] = sum(sum(1 for _ in rx.finditer(p.lower())) for p in pages)

    results = {}
    for name, fn in (("ours (normalise + match)", ours), ("full find_mentions", full), ("re alternation", plain_re)):
        times = [timed(fn) for _ in range(args.repeat)]
        results[name] = statistics.median(times)
        print(f"{name:28s} median {results[name]:7.2f} s  {mb / results[name]:7.1f} MB/s  (runs: "
              + ", ".join(f"{x:.2f}" for x in times) + ")", flush=True)
    print(f"hits: ours {counts['ours']}, full {counts['full']}, re {counts['re']}")
    ratio = results["re alternation"] / results["ours (normalise + match)"]
    print(f"ratio ours / re alternation: {ratio:.1f}x faster "
          f"(full find_mentions: {results['re alternation'] / results['full find_mentions']:.1f}x)")


if __name__ == "__main__":
    main()
