"""Build extract/policy/data/cpv_terms.tsv: the official CPV labels of the codes in cpv.tsv, in the 23 EU
languages of the eForms SDK, as equipment terms of each code's category.

    pip install -e ".[policy-tools]"       # wordfreq, pinned: the frequency test must not drift
    python scripts/build_cpv_terms.py [--labels ../shared/domain/cpv_labels.tsv] [--check]

Why: a tender in Polish or Greek names what it buys with the words of the CPV (procurement
officers copy the label of the code they chose), so those words are evidence in every language
the EU publishes, not only in the nine the policy writes by hand. Each row keeps its code, so a
reviewer sees where the word came from (the mention's rule reads "cpv-label:48000000").

Selection rules (deterministic: same inputs, same file, byte for byte):
1. Input: every (code, language) label of cpv_labels.tsv whose code is in cpv.tsv (930 codes x 23
   languages), and the Ukrainian labels of the same codes from ДК 021:2015, Ukraine's edition of
   the CPV (scripts/data/dk021_uk.tsv: Ukrainian notices quote its labels, and no EU file has
   them). The row's category is the code's category in cpv.tsv. A Ukrainian label with an
   apostrophe is also listed with the other two apostrophes Ukrainian text uses.
2. Variants: the label as published; when it has a parenthetical qualifier, also the label
   without it ("Central processing unit (CPU) or processors" -> "Central processing unit or
   processors"). The qualifier alone is not kept (acronyms such as "CPU", "POS", "ISP" are too
   short or too ambiguous on their own).
3. Dropped as too generic to be evidence in free text:
   - shorter than 4 characters after normalisation;
   - a single word (no space) that is common in any language wordfreq knows: Zipf frequency
     >= 3.5, i.e. more than about 3 uses per million words ("Screens", "Cameras", "Monitor",
     Italian "Radio", Polish "Serwery"). The test runs across all languages because the
     matcher does not know a page's language: a Danish label "Software" would match English;
   - longer than 12 words (such labels are lists that no document repeats verbatim).
   - every label of a few codes whose words, in any language, also name non-ICT things that
     tenders buy or mention all the time (EXCLUDE_CODES): workstations (desks, and "puestos de
     trabajo" are jobs), security equipment and alarm systems (building works), surveillance
     services (guarding), provider services, caches and encoders (industrial parts), film for
     X-ray, photography or food wrapping, network upgrade (extending or modernising a water,
     gas, power or sewer network: "extension de réseau", "estensione di rete", "modernizacja
     sieci"). The codes themselves still match as CPV codes.
   - the label of one language where that language's words name something else
     (EXCLUDE_LABELS: Polish "sieci komunikacyjne" is also a public-transport network, and the
     Polish label of light pens, "Markery", names felt-tip pens).
4. Dropped as redundant: a variant whose normalised form is already a hand-written term of
   categories.yaml (the curated term wins and keeps its own source), and duplicates.
5. Shared labels: when the same normalised text comes from several codes, the row keeps the
   most general code (fewest significant digits, then the lowest code) if all those codes map to
   one category; if they map to different categories the text is dropped as ambiguous (it
   cannot say which kind of thing the document buys).

Source and licence: cpv_labels.tsv comes from the eForms SDK (OP-TED/eForms-SDK, tag 1.15.1,
commit 184afa7dd27d4c017eaf0b3ed345410e853425a4), CC BY 4.0; the CPV itself is Regulation (EC)
No 213/2008 (OJ L 74, 15.3.2008). ДК 021:2015: see the header of scripts/data/dk021_uk.tsv. See
extract/policy/data/README.md.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.normalize import normalize  # noqa: E402
from extract.policy.types import CPV_LABEL_LANGS, spelling_forms

DATA = ROOT / "extract" / "policy" / "data"
OUT = DATA / "cpv_terms.tsv"
DEFAULT_LABELS = ROOT.parent / "shared" / "domain" / "cpv_labels.tsv"
# National editions of the CPV (same codes, the country's labels), kept in the repository with
# their provenance because no shared file carries them: language -> file of `code<TAB>label`.
NATIONAL = {"uk": ROOT / "scripts" / "data" / "dk021_uk.tsv"}

EXCLUDE_CODES = frozenset({
    "30214000",  # Workstations: desks in furniture tenders; es "Puestos de trabajo" = jobs
    "30232600",  # Encoders: rotary encoders of motors and conveyors
    "30237230",  # Caches
    "35121000",  # Security equipment: helmets, safes, guard kit
    "35121700",  # Alarm systems: fire alarms in every building tender
    "72410000",  # Provider services
    "79714000",  # Surveillance services: manned guarding
    "32428000",  # Network upgrade: in works tenders the network is water, gas, power or sewers ("extension
                 # de réseau" d'eau potable, "estensione di rete" fognaria, "modernizacja sieci" wodociągowej)
    "32354100", "32354110", "32354120", "32354200", "32354300", "32354400", "32354800",  # films (X-ray, photo, cling)
    "50324100",  # System maintenance services: any plant has a system (heating, sprinklers, lifts)
})
# A label of one language whose words also name a non-ICT thing in that language's tenders; the
# code's labels in other languages stay. Each with the dictionary sense that makes it ambiguous.
EXCLUDE_LABELS = frozenset({
    ("32412000", "pl"),  # "Sieci komunikacyjne": "komunikacja" is also public transport (Słownik języka
                         # polskiego PWN, "komunikacja" sense 2), so "sieć komunikacyjna" is a bus or rail network
    ("30237430", "pl"),  # "Markery" for light pens: in Polish a "marker" is a felt-tip pen (PWN, "marker"),
                         # bought with every order of office supplies
})
MIN_CHARS = 4
MAX_WORDS = 12
COMMON_ZIPF = 3.5
# wordfreq has no list for Estonian or Maltese; Croatian is in its Serbo-Croatian list; the
# policy's own extra languages (Norwegian bokmål, Vietnamese) count too, since the matcher
# runs every term over every page.
WORDFREQ_LANGS = tuple(sorted({"sh" if lang == "hr" else lang for lang in CPV_LABEL_LANGS} - {"et", "mt"} | {"nb", "vi"}))

HEADER = """\
# CPV labels as terms: generated by scripts/build_cpv_terms.py, do not edit by hand (edit cpv.tsv
# or the script's rules and regenerate). Each row gives an `equipment` mention of `category`
# whose rule names the code ("cpv-label:48000000"), so a reviewer sees where the word came from.
# code: 8 digits (no check digit), a code of cpv.tsv
# lang: the label's language (bg cs da de el en es et fi fr hr hu it lt lv mt nl pl pt ro sk sl sv;
#   uk: Ukraine's edition of the CPV, ДК 021:2015)
# term: the official label, or the label without its parenthetical qualifier
# category: the code's category in cpv.tsv (tender-triage policy check verifies it)
# Selection rules: see the script's docstring and extract/policy/data/README.md. Source: eForms SDK
# (OP-TED/eForms-SDK, tag 1.15.1, commit 184afa7dd27d4c017eaf0b3ed345410e853425a4), CC BY 4.0;
# the CPV is Regulation (EC) No 213/2008 (OJ L 74, 15.3.2008). uk: ДК 021:2015 "Єдиний закупівельний
# словник", national classifier of Ukraine, as published in ProzorroUKR/standards (see
# scripts/data/dk021_uk.tsv); an official document, not subject to copyright (Law of Ukraine
# "On Copyright and Related Rights", art. 10).
"""


def key(text: str) -> str:
    return normalize(text).text.strip()


def variants(label: str, lang: str = "") -> list[str]:
    """The label, and the label without parenthetical qualifiers when it has any; a Ukrainian
    one also with each other apostrophe (extract.policy.types.spelling_forms)."""
    out = [" ".join(label.split())]
    if "(" in label:
        bare, depth = [], 0
        for c in label:
            if c == "(":
                depth += 1
            elif c == ")" and depth:
                depth -= 1
            elif not depth:
                bare.append(c)
        stripped = " ".join("".join(bare).replace(" ,", ",").split())
        if stripped and stripped != out[0]:
            out.append(stripped)
    return list(dict.fromkeys(form for v in out for form in spelling_forms(v, lang)))


def load_cpv() -> dict[str, str]:
    """cpv.tsv: 8 digits -> category."""
    out = {}
    header = False
    for line in (DATA / "cpv.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if not header:
            header = True
            continue
        out[row[0][:8]] = row[1]
    return out


def hand_terms() -> set[str]:
    """Normalised keys of every hand-written term in categories.yaml (they take precedence).

    Read from the YAML itself, not through load_policy: after an edit of cpv.tsv the committed
    cpv_terms.tsv no longer validates, and regenerating it is how that gets fixed."""
    import yaml

    data = yaml.load((DATA / "categories.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return {key(t) for c in data["categories"] if isinstance(c.get("terms"), dict) for ts in c["terms"].values() for t in ts}


def significant(code: str) -> int:
    return len(code.rstrip("0"))


def label_rows(labels_path: Path, national: dict[str, Path]) -> list[tuple[str, str, str]]:
    """(code, lang, label) of cpv_labels.tsv (header `code lang label`), then of each national
    edition (`#` comments, header `code label`; codes of 8 digits)."""
    out = []
    with labels_path.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["code", "lang", "label"]:
            raise SystemExit(f"{labels_path}: expected the header code, lang, label")
        out.extend(tuple(line.rstrip("\n").split("\t")) for line in f)
    for lang, path in sorted(national.items()):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        if not lines or lines[0].split("\t") != ["code", "label"]:
            raise SystemExit(f"{path}: expected the header code, label")
        for ln in lines[1:]:
            code, label = ln.split("\t")
            out.append((code, lang, label))
    return out


def build(labels_path: Path, national: dict[str, Path] | None = None) -> str:
    from wordfreq import zipf_frequency

    national = NATIONAL if national is None else national
    cpv = load_cpv()
    taken = hand_terms()
    common_cache: dict[str, bool] = {}

    def common(word: str) -> bool:
        if word not in common_cache:
            common_cache[word] = max(zipf_frequency(word, lang) for lang in WORDFREQ_LANGS) >= COMMON_ZIPF
        return common_cache[word]

    by_key: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # key -> [(code, lang, text)]
    for code, lang, label in label_rows(labels_path, national):
        if code not in cpv or lang not in CPV_LABEL_LANGS or code in EXCLUDE_CODES or (code, lang) in EXCLUDE_LABELS:
            continue
        for text in variants(label, lang):
            k = key(text)
            if len(k) < MIN_CHARS or len(k.split()) > MAX_WORDS or k in taken:
                continue
            if " " not in k and common(k):
                continue
            by_key[k].append((code, lang, text))
    rows = []
    for k, hits in by_key.items():
        cats = {cpv[code] for code, _, _ in hits}
        if len(cats) > 1:
            continue  # ambiguous: the same words name kinds of different categories
        code, lang, text = min(hits, key=lambda h: (significant(h[0]), h[0], CPV_LABEL_LANGS.index(h[1]), h[2]))
        rows.append((code, lang, text, cpv[code]))
    rows.sort(key=lambda r: (r[0], CPV_LABEL_LANGS.index(r[1]), r[2]))
    body = "".join(f"{c}\t{lang}\t{t}\t{cat}\n" for c, lang, t, cat in rows)
    return HEADER + "code\tlang\tterm\tcategory\n" + body


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="cpv_labels.tsv (code, lang, label)")
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from a fresh build")
    args = ap.parse_args(argv)
    if not args.labels.is_file():
        print(f"{args.labels}: CPV labels not found (pass --labels)", file=sys.stderr)
        return 2
    text = build(args.labels)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("cpv_terms.tsv is up to date" if same else "cpv_terms.tsv differs from a fresh build: regenerate it")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    n = text.count("\n") - HEADER.count("\n") - 1
    print(f"wrote {OUT.relative_to(ROOT)}: {n} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
