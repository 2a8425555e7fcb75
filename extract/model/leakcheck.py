"""Find training documents, notices and test cases that copy or closely paraphrase evaluation documents.

Why: the evaluation corpus (../shared/corpus) is the only honest measure of how the tool does on
real intake. A training document or test case that copies or rewrites one of its documents makes
that measure optimistic without anyone noticing (an audit found a generated seed part mirroring
corpus documents). This module is the check that stops it happening again:
tests/test_corpus_leak.py runs it in CI, and data staff run it by hand before adding data:

    python -m extract.model.leakcheck EVAL_LABELS.tsv [TRAINING_DIR] [--cases tests/cases]

It prints one line per (candidate, evaluation document) pair that reached a threshold, with every
measure that fired and its value, then a summary; exit 1 when there is any such pair, 0 when
there is none, 2 on a usage error (one sentence on stderr).

What is compared. Evaluation documents: the files a labels.tsv lists (`file` column, relative to
the tsv), parsed with the tool's own `extract.parse.parse_path`; documents without text (scans)
cannot be compared and are named in the summary. Candidates: every file under
TRAINING_DIR/documents (parsed the same way; a zip gives one candidate per member), every row of
TRAINING_DIR/notices/*.jsonl and *.jsonl.gz (`id`, `title`, `description`; the folder may be
absent), and every cell of the test-case CSV files in a column named `text` or ending in `_text`.

How. One normalisation for everything (`tokens`): Unicode NFKC, case folded, punctuation and
symbols dropped, tokens made only of digits dropped (a copy with other quantities, dates or
reference numbers is still a copy), each Chinese or Japanese character one token (no word
segmenter needed). Three measures, each a value in 0..1 per (candidate, evaluation document):

* ``title``: the title is the first line with a letter (a notice's `title` field). Normalised
  titles that are equal score 1.0, others the Jaccard similarity of their character-trigram
  sets, so one changed word in a title still scores high. Titles under `MIN_TITLE_CHARS`
  characters or `MIN_TITLE_TOKENS` tokens never count, nor does an evaluation title that is
  equal or near-equal (>= the threshold) to another evaluation document's title: that is a form
  or genre title (a standard cover sheet, a running header of one publisher), nobody's document.
* ``char_cosine``: cosine of TF-IDF vectors of hashed character 4- and 5-grams of the text
  without its boilerplate (below) (2**20 features, sublinear term frequency, IDF from the
  evaluation documents alone, so a candidate's score never depends on which other candidates are
  checked with it). A close paraphrase keeps
  names, terms and word stems even when it reorders and rewords. Only the first `CHAR_CAP`
  characters of a text are used: the 1,408-page price list would otherwise dominate the time, and
  its cosine with anything short is near 0 anyway (containment covers the rest of it).
* ``containment``: the share of a candidate's distinct word `K`-shingles that occur in one
  evaluation document; ``reverse_containment``: the share of an evaluation document's shingles
  that occur in the candidate (catches a short notice pasted into a longer training document).
  Shingles are 64-bit hashes looked up in sorted arrays, and long documents are kept whole (a
  page lifted from the middle of a long document is found), so the 1,408-page list costs about a
  second. Evidence rule: at least `MIN_SHARED_SHORT` shared shingles, and a text with fewer than
  `SHORT_TEXT` shingles must have half of them shared (see `_containments`), so one standard
  sentence cannot make a short notice a copy while a one-line test case lifted from a corpus
  document still is one.

Boilerplate. Public clause text (FAR 52.204-25 and its siblings, standard terms, a country's
standard bidding formulas) appears in many documents; it is regulation, not a corpus document,
and sharing it is not a leak. A shingle found in `BOILERPLATE_DF` (2) or more evaluation
documents is boilerplate, and so is every shingle of `REGULATION_TEXT` (the section 889,
Kaspersky and ByteDance clauses, written out for this module from the FAR, because a clause
quoted by only one corpus document escapes the document-frequency rule). Boilerplate is taken
out of both sides before containment *and* before the character n-grams are counted, so a
candidate made of clause text has nothing left to compare: before the regulation text was
added, a part-A training document quoting the 889 clause reached containment 0.43 against the
one corpus document with the same wording (0 with it; cosine 0.28 before masking, 0.11 after),
and the regulation text alone had cosine 0.58 with a corpus solicitation (0 with masking). Near-duplicate evaluation documents
(half of one's shingles in the other: the corpus holds four such groups of re-published
Norwegian notices) count as one document for this rule, or a notice published twice would
hide its own text.

Thresholds (`THRESHOLDS`), picked on the data with scripts/leakcheck_calibrate.py, which
recomputes every figure below. Data: the corpus (143 documents, 140 with text) and the training
parts A-D as of commit 5cea5e9 (967 documents; A, B and D written independently, C generated to
imitate the corpus). "Corpus pairs" are different corpus documents outside one near-duplicate
group, scored leave-one-out (`EvalIndex.self_scores`); "synthetic leaks" are made in memory from
each corpus document with 60 words or more: a 1,500-word excerpt copied, or with 15, 30 or 50 %
of its words replaced by words of another corpus document in the same language and its lines
shuffled, or an 80-word excerpt pasted into the middle of an unrelated training document.

=====================  =====  ========================================================================
measure                value  figures
=====================  =====  ========================================================================
title                  0.75   Parts A, B, D: best score per document at most 0.53 (99th percentile
                              0.28). Part C: three titles equal to the form heading of r010 (1.0),
                              two with one letter changed (0.77), then 0.69 and 0.54. Corpus pairs:
                              0.75-1.0 only for running headers and form titles shared by several
                              corpus documents, which the generic-title rule sets aside.
char_cosine            0.70   Parts A, B, D: at most 0.43; part C: at most 0.54. Corpus pairs: 0.79
                              (r081/r082, two bills of quantities written from one standard-text
                              catalogue), 0.68 (r071/r072, one city's bid and its terms), 0.64 and
                              below for unrelated documents of one genre. Synthetic: medians 0.80
                              (15 %), 0.66 (30 %), 0.49 (50 %).
containment            0.20   Parts A-D: at most 0.08 (C: 0.04). Corpus pairs: at most 0.14
                              (r081/r082). Synthetic: median 0.28 at 15 %, 1.0 for copies.
reverse_containment    0.20   Parts A-D: at most 0.01. Corpus pairs: at most 0.14. Synthetic pasted
                              excerpts: median 0.27 (the short records are found this way).
=====================  =====  ========================================================================

At these thresholds the synthetic leaks are found: copies 100 %, 15 % rewording 96 %, 30 % 33 %,
50 % 0 %, pasted 80-word excerpts 53 % (those from short records; 80 words out of a long
document are too small a share either way). No document of parts A, B and D fires; in part C
only the five price proposals whose title is r010's form heading do.

What it cannot see. These are lexical measures: a document that imitates a corpus document's
subject, shape and buyer in its own words scores like any independent document of the same
genre. Part C does exactly that (its Vietnamese criteria tables and Norwegian notices reach a
best cosine of 0.42 and containment under 0.05; its US solicitations 0.54, below corpus pairs of
unrelated solicitations), and no threshold separates it without flagging the corpus's own
unrelated documents: imitation of that kind needs a review of the generator, not this check.
Clause text quoted by only one corpus document and missing from `REGULATION_TEXT` can still make
a short candidate that is mostly that clause fire: of 12,000 synthetic notices cut at random
from the training documents (200-800 characters each), 2 did, both cut from US clause sections.

Speed (two shared cores, other work running): indexing the corpus 2-4 s, scoring the 967
training documents 3-5 s, and 967 documents plus 12,000 notices 14 s. Parsing the corpus is the
slow part (30-40 s, most of it the 1,408-page PDF); the test shares that with the other corpus
tests through tests/corpus_cache.py.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from extract.types import Document
from extract.parse import parse_path

# --------------------------------------------------------------------------- parameters

K = 5  #: words per shingle
CHAR_NGRAMS = (4, 5)
CHAR_FEATURES = 2**20
CHAR_CAP = 60_000  #: characters of a text vectorised for the character cosine
MIN_TITLE_CHARS = 16
MIN_TITLE_TOKENS = 3
SHORT_TEXT = 100  #: a text with fewer shingles than this needs half of them shared (see _containments)
MIN_SHARED_SHORT = 2  #: shared shingles needed in any case (a 6-word run)
BOILERPLATE_DF = 2  #: a shingle in this many evaluation documents is boilerplate

MEASURES = ("title", "char_cosine", "containment", "reverse_containment")


@dataclass(frozen=True)
class Thresholds:
    """A (candidate, evaluation document) pair is a leak when any measure reaches its threshold."""

    title: float = 0.75
    char_cosine: float = 0.7
    containment: float = 0.2
    reverse_containment: float = 0.2

    def of(self, measure: str) -> float:
        return float(getattr(self, measure))


THRESHOLDS = Thresholds()

# --------------------------------------------------------------------------- boilerplate

#: Regulation text written out for this module from the US Federal Acquisition Regulation (public
#: law, not a corpus document): the section 889 / Kaspersky / ByteDance clauses that US
#: solicitations carry verbatim. Its word shingles are boilerplate even when only one evaluation
#: document happens to quote the clause.
REGULATION_TEXT = """
52.204-23 Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by
Kaspersky Lab and Other Covered Entities.
(a) Definitions. As used in this clause, covered article means any hardware, software, or service
that is developed or provided by a covered entity; includes any hardware, software, or service
developed or provided in whole or in part by a covered entity; or contains components using any
hardware or software developed in whole or in part by a covered entity. Covered entity means
Kaspersky Lab; any successor entity to Kaspersky Lab; any entity that controls, is controlled by, or
is under common control with Kaspersky Lab; or any entity of which Kaspersky Lab has a majority
ownership.
(b) Prohibition. Section 1634 of Division A of the National Defense Authorization Act for Fiscal
Year 2018 (Pub. L. 115-91) prohibits Government use of any covered article. The Contractor shall
not provide or use as part of the performance of the contract any covered article, or any products
or services produced or provided by a source, if the covered article or the source is prohibited by
an applicable System for Award Management (SAM) exclusion.
(c) Reporting requirement. In the event the Contractor identifies a covered article provided to the
Government during contract performance, or the Contractor is notified of such by a subcontractor
at any tier or any other source, the Contractor shall report, in writing, to the Contracting Officer
or, in the case of the Department of Defense, to the website at https://dibnet.dod.mil. If a report
is made to https://dibnet.dod.mil, the Contractor shall report the following information: within 1
business day from the date of such identification or notification: the contract number; the order
number(s), if applicable; supplier name; brand; model number (Original Equipment Manufacturer (OEM)
number, manufacturer part number, or wholesaler number); item description; and any readily
available information about mitigation actions undertaken or recommended. Within 10 business days
of submitting the report: any further available information about mitigation actions undertaken or
recommended. In addition, the Contractor shall describe the efforts it undertook to prevent use or
submission of a covered article, any reasons that led to the use or submission of the covered
article, and any additional efforts that will be incorporated to prevent future use or submission
of covered articles.
(d) Subcontracts. The Contractor shall insert the substance of this clause, including this
paragraph (d), in all subcontracts, including subcontracts for the acquisition of commercial items.

52.204-24 Representation Regarding Certain Telecommunications and Video Surveillance Services or
Equipment.
The Offeror shall not complete the representation at paragraph (d)(1) of this provision if the
Offeror has represented that it "does not provide covered telecommunications equipment or services
as a part of its offered products or services to the Government in the performance of any
contract, subcontract, or other contractual instrument" in paragraph (c)(1) in the provision at
52.204-26, Covered Telecommunications Equipment or Services-Representation, or in paragraph
(v)(2)(i) of the provision at 52.212-3, Offeror Representations and Certifications-Commercial
Products and Commercial Services. The Offeror shall not complete the representation in paragraph
(d)(2) of this provision if the Offeror has represented that it "does not use covered
telecommunications equipment or services, or any equipment, system, or service that uses covered
telecommunications equipment or services" in paragraph (c)(2) of the provision at 52.204-26, or in
paragraph (v)(2)(ii) of the provision at 52.212-3.
(a) Definitions. As used in this provision, backhaul, covered telecommunications equipment or
services, critical technology, interconnection arrangements, reasonable inquiry, roaming, and
substantial or essential component have the meanings provided in the clause 52.204-25, Prohibition
on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment.
(c) Procedures. The Offeror shall review the list of excluded parties in the System for Award
Management (SAM) (https://www.sam.gov) for entities excluded from receiving federal awards for
"covered telecommunications equipment or services".
(d) Representation. The Offeror represents that it [ ] will, [ ] will not provide covered
telecommunications equipment or services to the Government in the performance of any contract,
subcontract or other contractual instrument resulting from this solicitation. The Offeror shall
provide the additional disclosure information required at paragraph (e)(1) of this section if the
Offeror responds "will" in paragraph (d)(1) of this section; and after conducting a reasonable
inquiry, for purposes of this representation, the Offeror represents that it [ ] does, [ ] does not
use covered telecommunications equipment or services, or use any equipment, system, or service that
uses covered telecommunications equipment or services. The Offeror shall provide the additional
disclosure information required at paragraph (e)(2) of this section if the Offeror responds "does"
in paragraph (d)(2) of this section.
(e) Disclosures. If the Offeror has responded "will" in the representation in paragraph (d)(1) of
this provision, the Offeror shall provide the following information as part of the offer: for
covered equipment, the entity that produced the covered telecommunications equipment (include
entity name, unique entity identifier, CAGE code, and whether the entity was the original equipment
manufacturer (OEM) or a distributor, if known); a description of all covered telecommunications
equipment offered (include brand; model number, such as OEM number, manufacturer part number, or
wholesaler number; and item description, as applicable); and explanation of the proposed use of
covered telecommunications equipment and any factors relevant to determining if such use would be
permissible under the prohibition in paragraph (b)(1) of this provision. For covered services, if
the service is related to item maintenance: a description of all covered telecommunications
services offered (include on the item being maintained: brand; model number, such as OEM number,
manufacturer part number, or wholesaler number; and item description, as applicable); or, if not
associated with maintenance, the Product Service Code (PSC) of the service being provided; and
explanation of the proposed use of covered telecommunications services and any factors relevant to
determining if such use would be permissible under the prohibition in paragraph (b)(1) of this
provision. If the Offeror has responded "does" in the representation in paragraph (d)(2) of this
provision, the Offeror shall provide the following information as part of the offer: for covered
equipment, the entity that produced the covered telecommunications equipment (include entity name,
unique entity identifier, CAGE code, and whether the entity was the OEM or a distributor, if known);
a description of all covered telecommunications equipment offered; and explanation of the proposed
use of covered telecommunications equipment and any factors relevant to determining if such use
would be permissible under the prohibition in paragraph (b)(2) of this provision.

52.204-25 Prohibition on Contracting for Certain Telecommunications and Video Surveillance
Services or Equipment.
(a) Definitions. As used in this clause, backhaul means intermediate links between the core
network, or backbone network, and the small subnetworks at the edge of the network (e.g.,
connecting cell phones/towers to the core telephone network). Backhaul can be wireless (e.g.,
microwave) or wired (e.g., fiber optic, coaxial cable, Ethernet). Covered foreign country means The
People's Republic of China. Covered telecommunications equipment or services means
(1) Telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation (or any
subsidiary or affiliate of such entities);
(2) For the purpose of public safety, security of Government facilities, physical security
surveillance of critical infrastructure, and other national security purposes, video surveillance
and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision
Digital Technology Company, or Dahua Technology Company (or any subsidiary or affiliate of such
entities);
(3) Telecommunications or video surveillance services provided by such entities or using such
equipment; or
(4) Telecommunications or video surveillance equipment or services produced or provided by an
entity that the Secretary of Defense, in consultation with the Director of National Intelligence or
the Director of the Federal Bureau of Investigation, reasonably believes to be an entity owned or
controlled by, or otherwise connected to, the government of a covered foreign country.
Critical technology means defense articles or defense services included on the United States
Munitions List set forth in the International Traffic in Arms Regulations under subchapter M of
chapter I of title 22, Code of Federal Regulations; items included on the Commerce Control List set
forth in Supplement No. 1 to part 774 of the Export Administration Regulations under subchapter C of
chapter VII of title 15, Code of Federal Regulations, and controlled pursuant to multilateral
regimes, including for reasons relating to national security, chemical and biological weapons
proliferation, nuclear nonproliferation, or missile technology; or for reasons relating to
regional stability or surreptitious listening; specially designed and prepared nuclear equipment,
parts and components, materials, software, and technology covered by part 810 of title 10, Code of
Federal Regulations (relating to assistance to foreign atomic energy activities); nuclear
facilities, equipment, and material covered by part 110 of title 10, Code of Federal Regulations
(relating to export and import of nuclear equipment and material); select agents and toxins covered
by part 331 of title 7, Code of Federal Regulations, part 121 of title 9 of such Code, or part 73 of
title 42 of such Code; or emerging and foundational technologies controlled pursuant to section
1758 of the Export Control Reform Act of 2018 (50 U.S.C. 4817).
Interconnection arrangements means arrangements governing the physical connection of two or more
networks to allow the use of another's network to hand off traffic where it is ultimately delivered
(e.g., connection of a customer of telephone provider A to a customer of telephone company B) or
sharing data and other information resources.
Reasonable inquiry means an inquiry designed to uncover any information in the entity's possession
about the identity of the producer or provider of covered telecommunications equipment or services
used by the entity that excludes the need to include an internal or third-party audit.
Roaming means cellular communications services (e.g., voice, video, data) received from a visited
network when unable to connect to the facilities of the home network either because signal
coverage is too weak or because traffic is too high.
Substantial or essential component means any component necessary for the proper function or
performance of a piece of equipment, system, or service.
(b) Prohibition. (1) Section 889(a)(1)(A) of the John S. McCain National Defense Authorization Act
for Fiscal Year 2019 (Pub. L. 115-232) prohibits the head of an executive agency on or after August
13, 2019, from procuring or obtaining, or extending or renewing a contract to procure or obtain, any
equipment, system, or service that uses covered telecommunications equipment or services as a
substantial or essential component of any system, or as critical technology as part of any system.
The Contractor is prohibited from providing to the Government any equipment, system, or service
that uses covered telecommunications equipment or services as a substantial or essential component
of any system, or as critical technology as part of any system, unless an exception at paragraph
(c) of this clause applies or the covered telecommunication equipment or services are covered by a
waiver described in FAR 4.2104.
(2) Section 889(a)(1)(B) of the John S. McCain National Defense Authorization Act for Fiscal Year
2019 (Pub. L. 115-232) prohibits the head of an executive agency on or after August 13, 2020, from
entering into a contract, or extending or renewing a contract, with an entity that uses any
equipment, system, or service that uses covered telecommunications equipment or services as a
substantial or essential component of any system, or as critical technology as part of any system,
unless an exception at paragraph (c) of this clause applies or the covered telecommunication
equipment or services are covered by a waiver described in FAR 4.2104. This prohibition applies to
the use of covered telecommunications equipment or services, regardless of whether that use is in
performance of work under a Federal contract.
(c) Exceptions. This clause does not prohibit contractors from providing (1) a service that
connects to the facilities of a third-party, such as backhaul, roaming, or interconnection
arrangements; or (2) telecommunications equipment that cannot route or redirect user data traffic
or permit visibility into any user data or packets that such equipment transmits or otherwise
handles.
(d) Reporting requirement. (1) In the event the Contractor identifies covered telecommunications
equipment or services used as a substantial or essential component of any system, or as critical
technology as part of any system, during contract performance, or the Contractor is notified of
such by a subcontractor at any tier or by any other source, the Contractor shall report the
information in paragraph (d)(2) of this clause to the Contracting Officer, unless elsewhere in this
contract are established procedures for reporting the information; in the case of the Department of
Defense, the Contractor shall report to the website at https://dibnet.dod.mil. For indefinite
delivery contracts, the Contractor shall report to the Contracting Officer for the indefinite
delivery contract and the Contracting Officer(s) for any affected order or, in the case of the
Department of Defense, identify both the indefinite delivery contract and any affected orders in
the report provided at https://dibnet.dod.mil.
(2) The Contractor shall report the following information pursuant to paragraph (d)(1) of this
clause (i) within one business day from the date of such identification or notification: the
contract number; the order number(s), if applicable; supplier name; supplier unique entity
identifier (if known); supplier Commercial and Government Entity (CAGE) code (if known); brand;
model number (original equipment manufacturer number, manufacturer part number, or wholesaler
number); item description; and any readily available information about mitigation actions
undertaken or recommended. (ii) Within 10 business days of submitting the information in paragraph
(d)(2)(i) of this clause: any further available information about mitigation actions undertaken or
recommended. In addition, the Contractor shall describe the efforts it undertook to prevent use or
submission of covered telecommunications equipment or services, and any additional efforts that
will be incorporated to prevent future use or submission of covered telecommunications equipment
or services.
(e) Subcontracts. The Contractor shall insert the substance of this clause, including this
paragraph (e) and excluding paragraph (b)(2), in all subcontracts and other contractual
instruments, including subcontracts for the acquisition of commercial products or commercial
services.

52.204-26 Covered Telecommunications Equipment or Services-Representation.
(a) Definitions. As used in this provision, "covered telecommunications equipment or services" and
"reasonable inquiry" have the meaning provided in the clause 52.204-25, Prohibition on Contracting
for Certain Telecommunications and Video Surveillance Services or Equipment.
(b) Procedures. The Offeror shall review the list of excluded parties in the System for Award
Management (SAM) (https://www.sam.gov) for entities excluded from receiving federal awards for
"covered telecommunications equipment or services".
(c) Representations. (1) The Offeror represents that it [ ] does, [ ] does not provide covered
telecommunications equipment or services as a part of its offered products or services to the
Government in the performance of any contract, subcontract, or other contractual instrument.
(2) After conducting a reasonable inquiry for purposes of this representation, the offeror
represents that it [ ] does, [ ] does not use covered telecommunications equipment or services, or
any equipment, system, or service that uses covered telecommunications equipment or services.

52.204-27 Prohibition on a ByteDance Covered Application.
(a) Definitions. As used in this clause, covered application means the social networking service
TikTok or any successor application or service developed or provided by ByteDance Limited or an
entity owned by ByteDance Limited. Information technology, as defined in 40 U.S.C. 11101(6), means
any equipment or interconnected system or subsystem of equipment, used in the automatic
acquisition, storage, analysis, evaluation, manipulation, management, movement, control, display,
switching, interchange, transmission, or reception of data or information by the executive agency,
if the equipment is used by the executive agency directly or is used by a contractor under a
contract with the executive agency that requires the use of that equipment; or of that equipment to
a significant extent in the performance of a service or the furnishing of a product; includes
computers, ancillary equipment (including imaging peripherals, input, output, and storage devices
necessary for security and surveillance), peripheral equipment designed to be controlled by the
central processing unit of a computer, software, firmware and similar procedures, services
(including support services), and related resources; but does not include any equipment acquired
by a contractor incidental to a contract.
(b) Prohibition. Section 102 of Division R of the Consolidated Appropriations Act, 2023 (Pub. L.
117-328), the No TikTok on Government Devices Act, and its implementing guidance under Office of
Management and Budget (OMB) Memorandum M-23-13, dated February 27, 2023, "No TikTok on Government
Devices" Implementation Guidance, collectively prohibit the presence or use of a covered
application on executive agency information technology, including certain equipment used by
Federal contractors. The Contractor is prohibited from having or using a covered application on any
information technology owned or managed by the Government, or on any information technology used
or provided by the Contractor under this contract, including equipment provided by the Contractor's
employees; however, this prohibition does not apply if the Contracting Officer provides written
notification to the Contractor that an exception has been granted in accordance with OMB Memorandum
M-23-13.
(c) Subcontracts. The Contractor shall insert the substance of this clause, including this
paragraph (c), in all subcontracts, including subcontracts for the acquisition of commercial
products or commercial services.
"""

# --------------------------------------------------------------------------- normalisation

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def tokens(text: str) -> list[str]:
    """NFKC, casefold, word tokens without punctuation; digit-only tokens dropped; CJK per character.

    Dropping numbers means a copy with other quantities, dates or reference numbers is still a
    copy; one token per Chinese or Japanese character needs no word segmenter.
    """
    norm = unicodedata.normalize("NFKC", text).casefold()
    return [t for t in _TOKEN.findall(norm) if not t.isdigit()]


def char_text(toks: Sequence[str], cap: int = CHAR_CAP) -> str:
    """What character n-grams are taken from: the tokens joined by spaces (none between CJK
    characters), first `cap` characters only."""
    out, size = [], 0
    for t in toks:
        out.append(t)
        size += len(t) + 1
        if size > cap:
            break
    return _CJK_GAP.sub("", " ".join(out))[:cap]


def first_line_title(text: str) -> str:
    """The first line with a letter in it (markdown rules, page numbers and blank lines skipped)."""
    for line in text.splitlines():
        if _HAS_LETTER.search(line):
            return line.strip()
    return ""


def title_key(title: str) -> str:
    """The normalised title: tokens joined by single spaces ("" when too short to mean anything)."""
    key = " ".join(tokens(title))
    if len(key) < MIN_TITLE_CHARS or len(key.split()) < MIN_TITLE_TOKENS:
        return ""
    return key

# --------------------------------------------------------------------------- items and results


@dataclass(frozen=True)
class Item:
    """One text to compare: an evaluation document or a candidate."""

    key: str  # how the report names it: a path, "notices.jsonl#id", "mentions.csv:12"
    text: str = field(repr=False)  # never in a repr: failing tests must not print corpus text
    title: str = field(default="", repr=False)  # empty: the first line with a letter

    @property
    def title_or_first_line(self) -> str:
        return self.title or first_line_title(self.text)


@dataclass(frozen=True)
class Hit:
    """A candidate that reached at least one threshold against one evaluation document."""

    candidate: str
    evaluation: str
    measures: tuple[tuple[str, float], ...]  # (measure, value) for every measure that fired

    @property
    def strongest(self) -> float:
        return max(v for _, v in self.measures)

    def describe(self) -> str:
        fired = ", ".join(f"{m}={v:.2f}" for m, v in self.measures)
        return f"{self.candidate}  ~  {self.evaluation}  ({fired})"


@dataclass
class Scores:
    """Every measure of every candidate (rows) against every evaluation document (columns)."""

    candidates: list[str]
    evaluations: list[str]
    values: dict[str, np.ndarray] = field(default_factory=dict)

    def hits(self, thresholds: Thresholds) -> list[Hit]:
        fired = {m: self.values[m] >= thresholds.of(m) for m in MEASURES}
        any_fired = np.logical_or.reduce([fired[m] for m in MEASURES])
        out = []
        for i, j in zip(*np.nonzero(any_fired)):
            ms = tuple((m, round(float(self.values[m][i, j]), 3)) for m in MEASURES if fired[m][i, j])
            out.append(Hit(self.candidates[i], self.evaluations[j], ms))
        out.sort(key=lambda h: (_natural(h.candidate), -h.strongest, _natural(h.evaluation)))
        return out


def _natural(key: str) -> tuple:
    """Sort key that puts "mentions.csv:78" before "mentions.csv:235"."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key))

# --------------------------------------------------------------------------- word shingles


_MIX = np.uint64(0x9E3779B97F4A7C15)  #: odd 64-bit multiplier of the hash mixing steps


class _Shingler:
    """Hashes k-token shingles to 64 bits (token ids from a shared vocabulary, then a mixing step)."""

    def __init__(self, k: int = K):
        self.k = k
        self.vocab: dict[str, int] = {}

    def all(self, toks: Sequence[str]) -> np.ndarray:
        """One hash per position (len(toks) - k + 1 of them), in text order."""
        if len(toks) < self.k:
            return np.empty(0, dtype=np.uint64)
        vocab = self.vocab
        ids = np.fromiter((vocab.setdefault(t, len(vocab) + 1) for t in toks), dtype=np.uint64, count=len(toks))
        n = len(ids) - self.k + 1
        h = np.zeros(n, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(self.k):
                h = (h ^ ids[j : j + n]) * _MIX
                h ^= h >> np.uint64(29)
        return h

    def distinct(self, toks: Sequence[str]) -> np.ndarray:
        return np.unique(self.all(toks))


def _in_sorted(h: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Boolean mask: which of `h` occur in the sorted array `ref`."""
    if ref.size == 0 or h.size == 0:
        return np.zeros(h.size, dtype=bool)
    pos = np.searchsorted(ref, h)
    pos[pos == ref.size] = 0
    return ref[pos] == h

# --------------------------------------------------------------------------- vector helpers


def _hashed_ngrams(strings: Sequence[str], sizes: Sequence[int], *, binary: bool = False) -> sp.csr_matrix:
    """Rows of hashed character n-gram counts (n in `sizes`), CHAR_FEATURES columns.

    The same idea as a hashing vectorizer, done with numpy on the code points, because the
    per-character Python loop of a general vectorizer dominated the time on 13,000 texts.
    """
    indptr = [0]
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    mask = np.uint64(CHAR_FEATURES - 1)
    for text in strings:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        parts = []
        with np.errstate(over="ignore"):
            for n in sizes:
                m = codes.size - n + 1
                if m <= 0:
                    continue
                h = np.full(m, n, dtype=np.uint64)
                for j in range(n):
                    h = (h ^ codes[j : j + m]) * _MIX
                    h ^= h >> np.uint64(29)
                parts.append(h & mask)
        if parts:
            c, v = np.unique(np.concatenate(parts), return_counts=True)
            cols.append(c.astype(np.int64))
            vals.append(np.ones(c.size) if binary else v.astype(np.float64))
            indptr.append(indptr[-1] + c.size)
        else:
            indptr.append(indptr[-1])
    data = np.concatenate(vals) if vals else np.empty(0)
    idx = np.concatenate(cols) if cols else np.empty(0, dtype=np.int64)
    return sp.csr_matrix((data, idx, np.array(indptr)), shape=(len(strings), CHAR_FEATURES))


def _l2(m: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


def _jaccard(a: sp.csr_matrix, b: sp.csr_matrix) -> np.ndarray:
    """Jaccard similarity of binary rows of `a` against binary rows of `b` (0 where both are empty)."""
    inter = (a @ b.T).toarray()
    na = np.asarray(a.sum(axis=1)).ravel()[:, None]
    nb = np.asarray(b.sum(axis=1)).ravel()[None, :]
    union = na + nb - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(union > 0, inter / np.maximum(union, 1), 0.0)

# --------------------------------------------------------------------------- the index


def _prefix(toks: list[str], chars: int = 4 * CHAR_CAP) -> list[str]:
    """The leading tokens that cover about `chars` characters (what the character measure can use)."""
    size = 0
    for i, t in enumerate(toks):
        size += len(t) + 1
        if size > chars:
            return toks[:i]
    return toks


def _groups(sets: Sequence[np.ndarray], overlap: float = 0.5) -> np.ndarray:
    """Group number of each document: documents of which half the shingles recur in another
    (a re-published notice, a corrigendum, the same file twice) share a group."""
    n = len(sets)
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if n:
        allh = np.concatenate(sets)
        cols = np.unique(allh, return_inverse=True)[1]
        rows = np.repeat(np.arange(n), [s.size for s in sets])
        mat = sp.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(n, int(cols.max()) + 1 if cols.size else 0))
        inter = (mat @ mat.T).toarray()
        sizes = np.array([s.size for s in sets], dtype=np.float64)
        smaller = np.minimum(sizes[:, None], sizes[None, :])
        with np.errstate(divide="ignore", invalid="ignore"):
            close = (smaller > 0) & (inter >= overlap * smaller)
        for i, j in zip(*np.nonzero(np.triu(close, 1))):
            parent[root(int(i))] = root(int(j))
    roots = [root(i) for i in range(n)]
    return np.unique(roots, return_inverse=True)[1].astype(np.int64) if n else np.empty(0, np.int64)


class EvalIndex:
    """What candidates are compared with, built once from the evaluation documents."""

    def __init__(self, items: Sequence[Item], thresholds: Thresholds = THRESHOLDS):
        self.keys = [it.key for it in items]
        self.thresholds = thresholds
        n = len(items)
        # Titles. An evaluation title equal or near-equal to another evaluation document's title
        # is a form or genre title (a cover sheet, "request for information"): it never counts.
        tkeys = [title_key(it.title_or_first_line) for it in items]
        tmat = self._title_matrix(tkeys)
        near = _jaccard(tmat, tmat)
        np.fill_diagonal(near, 0.0)
        self._raw_title_near = near
        generic = (near >= thresholds.title).any(axis=1)
        self._title_keys = ["" if g else t for t, g in zip(tkeys, generic)]
        self._title_cols: dict[str, list[int]] = {}
        for j, t in enumerate(self._title_keys):
            if t:
                self._title_cols.setdefault(t, []).append(j)
        self._titles = self._title_matrix(self._title_keys)
        # Word shingles. Near-duplicate evaluation documents form one group (a notice published
        # twice is one document, and its text is not boilerplate for being in both). Boilerplate:
        # a shingle in BOILERPLATE_DF or more groups, or in the regulation text. Every other
        # shingle belongs to exactly one group, whose documents all get its matches.
        self._sh = _Shingler()
        toks = [tokens(it.text) for it in items]
        sets = [self._sh.distinct(t) for t in toks]
        self._sets = sets
        self._prefixes = [_prefix(t) for t in toks]
        del toks
        self.group = _groups(sets)
        ng = int(self.group.max()) + 1 if n else 0
        self._ng = ng
        allh = np.concatenate(sets) if sets else np.empty(0, dtype=np.uint64)
        owner = np.repeat(self.group, [s.size for s in sets]) if sets else np.empty(0, np.int64)
        # distinct (shingle, group) pairs, then the number of groups per shingle
        both = np.unique(np.stack([allh, owner.astype(np.uint64)], axis=1), axis=0) if allh.size else np.empty((0, 2), np.uint64)
        uniq, first, gdf = np.unique(both[:, 0], return_index=True, return_counts=True)
        self._regulation = self._sh.distinct(tokens(REGULATION_TEXT))
        self._boiler = np.union1d(uniq[gdf >= BOILERPLATE_DF], self._regulation)
        owned = (gdf < BOILERPLATE_DF) & ~_in_sorted(uniq, self._regulation)
        self._own_h = uniq[owned]
        self._own_g = both[first[owned], 1].astype(np.int64)
        self._own_n = np.bincount(self._own_g, minlength=ng).astype(np.float64)
        # Character n-grams of the text with boilerplate spans taken out: TF-IDF, IDF from the
        # evaluation documents only, so a candidate's score never depends on the other candidates.
        tf = self._char_counts(self._prefixes, self._boiler)
        df = np.bincount(tf.indices, minlength=CHAR_FEATURES)
        self._idf = np.log((1 + n) / (1 + df)) + 1
        self._chars = self._weigh(tf)

    # ------------------------------------------------------------------ helpers

    def _title_matrix(self, keys: Sequence[str]) -> sp.csr_matrix:
        return _hashed_ngrams([f" {k} " if k else "" for k in keys], (3,), binary=True)

    def _without(self, toks: list[str], boiler: np.ndarray) -> list[str]:
        """The tokens outside every boilerplate shingle."""
        h = self._sh.all(toks)
        starts = np.flatnonzero(_in_sorted(h, boiler))
        if starts.size == 0:
            return toks
        covered = np.zeros(len(toks), dtype=bool)
        for off in range(self._sh.k):
            covered[starts + off] = True
        return [t for t, c in zip(toks, covered.tolist()) if not c]

    def _char_counts(self, prefixes: Sequence[list[str]], boiler: np.ndarray) -> sp.csr_matrix:
        return _hashed_ngrams([char_text(self._without(p, boiler)) for p in prefixes], CHAR_NGRAMS)

    def _weigh(self, tf: sp.csr_matrix) -> sp.csr_matrix:
        tf = tf.astype(np.float64, copy=True)
        tf.data = 1 + np.log(tf.data)
        return _l2(sp.csr_matrix(tf.multiply(self._idf[None, :])))

    # ------------------------------------------------------------------ scoring

    def score(self, items: Sequence[Item]) -> Scores:
        """All measures of `items` against the evaluation documents."""
        n, m = len(items), len(self.keys)
        out = Scores([it.key for it in items], list(self.keys))
        if n == 0:
            for name in MEASURES:
                out.values[name] = np.zeros((0, m))
            return out
        # Title: exact equality scores 1, near-equality the trigram Jaccard (capped under 1).
        tkeys = [title_key(it.title_or_first_line) for it in items]
        title = np.minimum(_jaccard(self._title_matrix(tkeys), self._titles), 0.999)
        for i, t in enumerate(tkeys):
            for j in self._title_cols.get(t, ()):
                title[i, j] = 1.0
        out.values["title"] = title
        toks = [tokens(it.text) for it in items]
        tf = self._char_counts([_prefix(t) for t in toks], self._boiler)
        out.values["char_cosine"] = np.clip((self._weigh(tf) @ self._chars.T).toarray(), 0.0, 1.0)
        shared = np.zeros((n, self._ng), dtype=np.int64)
        denom = np.zeros(n, dtype=np.float64)
        for i, t in enumerate(toks):
            h = self._sh.distinct(t)
            h = h[~_in_sorted(h, self._boiler)]
            denom[i] = h.size
            if h.size == 0 or self._own_h.size == 0:
                continue
            pos = np.searchsorted(self._own_h, h)
            pos[pos == self._own_h.size] = 0
            found = self._own_h[pos] == h
            shared[i] = np.bincount(self._own_g[pos[found]], minlength=self._ng)
        fwd, rev = _containments(shared, denom, self._own_n)
        out.values["containment"], out.values["reverse_containment"] = fwd[:, self.group], rev[:, self.group]
        return out

    def self_scores(self) -> dict[str, np.ndarray]:
        """Every evaluation document against every other one (diagonal 0): the unrelated baseline.

        Leave-one-out, as document i would be scored if it were a candidate checked against
        the others: a shingle of i is boilerplate when BOILERPLATE_DF or more groups *other
        than i alone* have it (text i shares with exactly one other group counts, on both
        sides). Titles are compared before the generic-title rule, which would hide the very
        pairs this is about. The IDF and the groups stay those of all documents.
        """
        m = len(self.keys)
        out: dict[str, np.ndarray] = {"title": self._raw_title_near.copy()}
        sizes = [s.size for s in self._sets]
        allh = np.concatenate(self._sets) if self._sets else np.empty(0, dtype=np.uint64)
        doc = np.repeat(np.arange(m), sizes)
        grp = self.group[doc]
        uniq, inv = np.unique(allh, return_inverse=True)
        # documents per (shingle, group) and groups per shingle
        sg = inv.astype(np.int64) * (self._ng + 1) + grp
        sg_u, sg_inv, sg_n = np.unique(sg, return_inverse=True, return_counts=True)
        gdf = np.bincount(sg_u // (self._ng + 1), minlength=uniq.size)
        alone = sg_n[sg_inv] == 1  # i is the only document of its group with this shingle
        gdf_loo = gdf[inv] - alone
        regulation = _in_sorted(allh, self._regulation)
        keep = (gdf_loo < BOILERPLATE_DF) & ~regulation
        full = sp.csr_matrix((np.ones(allh.size), (doc, inv)), shape=(m, uniq.size))
        kept = sp.csr_matrix((np.ones(int(keep.sum())), (doc[keep], inv[keep])), shape=(m, uniq.size))
        shared = np.rint((kept @ full.T).toarray()).astype(np.int64)
        np.fill_diagonal(shared, 0)
        denom = np.asarray(kept.sum(axis=1)).ravel()
        out["containment"], out["reverse_containment"] = _containments(shared, denom, denom)
        # Character cosine: i without its leave-one-out boilerplate; j as indexed, except that
        # shingles which are boilerplate only because i has them are given back to j.
        boiler_of = [np.union1d(allh[(doc == i) & ~keep & ~regulation], self._regulation) for i in range(m)]
        cand = self._weigh(_vstack([self._char_counts([self._prefixes[i]], boiler_of[i]) for i in range(m)]))
        cos = (cand @ self._chars.T).toarray()
        freed = (gdf[inv] == BOILERPLATE_DF) & (gdf_loo < BOILERPLATE_DF) & ~regulation
        given = sp.csr_matrix((np.ones(int(freed.sum())), (doc[freed], inv[freed])), shape=(m, uniq.size))
        touch = (given @ full.T).toarray()
        np.fill_diagonal(touch, 0)
        for i, j in zip(*np.nonzero(touch)):
            back = uniq[given[i].indices]
            boiler = np.setdiff1d(self._boiler, back, assume_unique=True)
            vec = self._weigh(self._char_counts([self._prefixes[j]], boiler))
            cos[i, j] = float((cand[i] @ vec.T).toarray()[0, 0])
        out["char_cosine"] = np.clip(cos, 0.0, 1.0)
        for v in out.values():
            np.fill_diagonal(v, 0.0)
        return out


def _vstack(rows: Sequence[sp.csr_matrix]) -> sp.csr_matrix:
    return sp.csr_matrix(sp.vstack(rows)) if rows else sp.csr_matrix((0, CHAR_FEATURES))


def _containments(shared: np.ndarray, denom: np.ndarray, own_n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Containment and reverse containment from shared-shingle counts, with the evidence rule.

    A share counts only with enough evidence behind it: at least MIN_SHARED_SHORT shared shingles,
    and, when the text it is a share of has fewer than SHORT_TEXT shingles, at least half of
    them. One standard sentence (a legal eligibility formula, a clause quoted by one corpus
    document) is 20 % of a short notice but not half of it; a one-line test case copied from a
    corpus document is all of it.
    """
    def evidence(n: np.ndarray) -> np.ndarray:
        return (shared >= MIN_SHARED_SHORT) & ((n >= SHORT_TEXT) | (2 * shared >= n))

    d = denom[:, None]
    e = own_n[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        fwd = np.where(evidence(d) & (d > 0), shared / np.maximum(d, 1), 0.0)
        rev = np.where(evidence(e) & (e > 0), shared / np.maximum(e, 1), 0.0)
    return fwd, rev


def find_leaks(evaluations: Sequence[Item], candidates: Sequence[Item], thresholds: Thresholds = THRESHOLDS) -> list[Hit]:
    """Every (candidate, evaluation document) pair where a measure reaches its threshold."""
    return EvalIndex(evaluations, thresholds).score(candidates).hits(thresholds)

# --------------------------------------------------------------------------- loading


class LeakCheckError(Exception):
    """A usage or input problem (missing file, malformed notices row): one sentence, exit code 2."""


#: How files are read: `extract.parse.parse_path` by default; tests pass the shared corpus cache.
Parser = Callable[[Path], Sequence[Document]]


def _default_parse(path: Path):
    return parse_path(path)


def _shown(path: Path) -> str:
    """A path as the report shows it: relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _items_from_file(path: Path, key: str, parse: Parser) -> tuple[list[Item], list[str]]:
    """The parsed documents of one file (one per archive member) with text; keys of the rest."""
    docs = list(parse(path))
    items, skipped = [], []
    for doc in docs:
        member = doc.path.split("!", 1)[1] if "!" in doc.path else ""
        name = f"{key}!{member}" if member else key
        if doc.pages and doc.text.strip() and doc.status in ("ok", "no_text"):
            items.append(Item(name, doc.text))
        else:
            skipped.append(name)
    return items, skipped


def load_evaluation(labels_tsv: str | Path, parse: Parser | None = None) -> tuple[list[Item], list[str]]:
    """Parse every file a labels.tsv lists (`file` column, relative to the tsv).

    Returns the documents with text and the keys of those without (scans, unreadable files),
    which cannot be compared and are reported as such.
    """
    labels_tsv = Path(labels_tsv)
    if not labels_tsv.is_file():
        raise LeakCheckError(f"evaluation labels file {labels_tsv} not found")
    with open(labels_tsv, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if not rows or "file" not in rows[0]:
        raise LeakCheckError(f"{labels_tsv} has no 'file' column (expected a tab-separated labels file)")
    parse = parse or _default_parse
    items: list[Item] = []
    skipped: list[str] = []
    for row in rows:
        got, miss = _items_from_file(labels_tsv.parent / row["file"], row["file"], parse)
        items += got
        skipped += miss
    return items, skipped


def load_training(training_dir: str | Path, parse: Parser | None = None) -> tuple[list[Item], list[str]]:
    """Every file under TRAINING_DIR/documents (hidden files aside), parsed like the tool reads it."""
    training_dir = Path(training_dir)
    docs_dir = training_dir / "documents"
    parse = parse or _default_parse
    items: list[Item] = []
    skipped: list[str] = []
    if not docs_dir.is_dir():
        return items, skipped
    for path in sorted(p for p in docs_dir.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(docs_dir).parts):
            continue
        got, miss = _items_from_file(path, _shown(path), parse)
        items += got
        skipped += miss
    return items, skipped


def load_notices(training_dir: str | Path) -> list[Item]:
    """Rows of TRAINING_DIR/notices/*.jsonl and *.jsonl.gz (`id`, `title`, `description`); none if absent."""
    folder = Path(training_dir) / "notices"
    if not folder.is_dir():
        return []
    items: list[Item] = []
    files = sorted([*folder.glob("*.jsonl"), *folder.glob("*.jsonl.gz")])
    for path in files:
        opener = gzip.open if path.name.endswith(".gz") else open
        shown = _shown(path)
        try:
            with opener(path, "rt", encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError:
                        row = None
                    if not isinstance(row, dict) or not {"id", "title", "description"} <= row.keys():
                        raise LeakCheckError(f"{shown}:{lineno} is not a JSON object with id, title and description")
                    title = str(row["title"] or "")
                    items.append(Item(f"{shown}#{row['id']}", f"{title}\n{row['description'] or ''}", title))
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise LeakCheckError(f"cannot read notices file {shown}: {exc}") from None
    return items


def load_cases(cases: str | Path) -> list[Item]:
    """Every text cell of the test-case CSV files (columns named `text` or ending in `_text`).

    `cases` is a folder (all *.csv in it, recursively) or one CSV file. Identical texts in one
    file are checked once, under the first row's line.
    """
    cases = Path(cases)
    if cases.is_file():
        files = [cases]
    elif cases.is_dir():
        files = sorted(cases.rglob("*.csv"))
    else:
        raise LeakCheckError(f"test-case path {cases} not found")
    items: list[Item] = []
    for path in files:
        shown = _shown(path)
        seen: set[str] = set()
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            cols = [c for c in (reader.fieldnames or []) if c == "text" or c.endswith("_text")]
            for row in reader:
                for col in cols:
                    text = row.get(col) or ""
                    if text.strip() and text not in seen:
                        seen.add(text)
                        items.append(Item(f"{shown}:{reader.line_num}", text))
    return items

# --------------------------------------------------------------------------- command line


class _Args(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, no usage dump, no traceback
        print(f"leakcheck: error: {message} (see --help)", file=sys.stderr)
        raise SystemExit(2)


def report(hits: Sequence[Hit], *, evaluations: int, no_text: Sequence[str], counts: dict[str, int]) -> str:
    """The printed report: one line per leaking pair, a summary line, and what could not be compared."""
    lines = [h.describe() for h in hits]
    checked = ", ".join(f"{n} {what}" for what, n in counts.items())
    leaking = len({h.candidate for h in hits})
    verdict = (f"{leaking} candidate(s) copy or closely paraphrase an evaluation document" if hits
               else "no copy or close paraphrase found")
    lines.append(f"checked {checked} against {evaluations} evaluation documents: {verdict}")
    if no_text:
        lines.append(f"evaluation documents without text, not compared: {', '.join(no_text)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = _Args(
        prog="python -m extract.model.leakcheck",
        description="Report training documents, notices and test cases that copy or closely paraphrase "
                    "evaluation documents (exit 1 when any does, 0 when none does, 2 on a usage error).",
    )
    ap.add_argument("labels", metavar="EVAL_LABELS.tsv", help="labels.tsv of the evaluation corpus (its `file` column)")
    ap.add_argument("training", metavar="TRAINING_DIR", nargs="?", default="training_data",
                    help="training folder: documents/ and notices/*.jsonl[.gz] (default: training_data)")
    ap.add_argument("--cases", metavar="PATH", action="append", default=[],
                    help="test-case CSV file or folder (text columns); may be repeated")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error already printed by _Args.error (2)
        return int(exc.code or 0)
    try:
        training = Path(args.training)
        if not training.is_dir():
            raise LeakCheckError(f"training folder {training} not found")
        evals, no_text = load_evaluation(args.labels)
        if not evals:
            raise LeakCheckError(f"no document listed in {args.labels} has text to compare")
        docs, unread = load_training(training)
        notices = load_notices(training)
        cases = [c for path in args.cases for c in load_cases(path)]
    except LeakCheckError as exc:
        print(f"leakcheck: error: {exc}", file=sys.stderr)
        return 2
    hits = find_leaks(evals, [*docs, *notices, *cases])
    counts = {"training documents": len(docs), "notices": len(notices), "test cases": len(cases)}
    print(report(hits, evaluations=len(evals), no_text=no_text, counts=counts))
    if unread:
        print(f"({len(unread)} training file(s) without text were not compared: {', '.join(unread)})")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
