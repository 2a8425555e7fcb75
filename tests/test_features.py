"""What the classifier reads: masked text for the first stage, evidence and context columns for the
second (extract.features)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from extract.model.features import (
    CONTEXT_COLUMNS,
    EVIDENCE_COLUMNS,
    PURCHASE_COLUMNS,
    TEXT_CAP,
    boilerplate_lines,
    compute,
    feature_columns,
    feature_docs,
    is_subject,
    masked_text,
    monotone_constraints,
    policy_categories,
    strip_clauses,
    subject_mentions,
)
from extract.policy.load import load_policy
from extract.policy.codes import cpv_vocabulary
from extract.types import Document, Mention, Page

_CLAUSE = (
    "52.204-25 Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services "
    "or Equipment. Covered telecommunications equipment or services means telecommunications equipment "
    "produced by Huawei Technologies Company or ZTE Corporation, and video surveillance and "
    "telecommunications equipment produced by Hytera, Hikvision or Dahua; "
    "video surveillance equipment produced by Hikvision."
)
_FILLER = "The contractor shall clean the offices every weekday and remove waste. " * 12


def _doc(*pages: str, ocr: bool = False) -> Document:
    return Document(path="t.txt", sha256="1" * 64, format="text", status="ok",
                    pages=tuple(Page(k + 1, t, ocr=ocr) for k, t in enumerate(pages)))


def _at(doc: Document, word: str, *, page: int = 1, nth: int = 0, entity=None, kind="equipment",
        category="network_switch", role="mentioned") -> Mention:
    """A mention of the nth occurrence of `word` on `page`, with its true offsets."""
    text = doc.pages[page - 1].text
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(entity=entity, kind=kind, text=word, page=page, line=text.count("\n", 0, start) + 1,
                   start=start, end=start + len(word), role=role, snippet=word,
                   category=None if entity else category)


def _row(doc, mentions, categories=()):
    feats = compute([doc], [mentions], list(categories))
    return dict(zip(feats.columns, feats.matrix[0])), feats.texts[0]


def test_columns_evidence_first_then_categories_then_purchase_wording_then_context():
    cols = feature_columns(["router", "ip_camera", "router"])
    assert cols == [*EVIDENCE_COLUMNS, "cat:ip_camera", "cat:router", *PURCHASE_COLUMNS, *CONTEXT_COLUMNS]
    assert len(set(cols)) == len(cols)
    cst = monotone_constraints(["router", "ip_camera"])
    assert cst == [1] * (len(EVIDENCE_COLUMNS) + 2 + len(PURCHASE_COLUMNS)) + [0] * len(CONTEXT_COLUMNS)


def test_every_column_is_documented():
    docs = feature_docs(["router"])
    assert list(docs) == feature_columns(["router"])
    assert all(d.strip() for d in docs.values())


def test_mention_spans_are_cut_out_of_the_masked_text():
    doc = _doc("Supply of 24 network switches and two routers for the depot.")
    ms = [_at(doc, "network switches"), _at(doc, "routers", category="router")]
    assert masked_text(doc, ms) == "Supply of 24 and two for the depot."


def test_a_term_added_as_its_own_paragraph_leaves_the_masked_text_unchanged():
    plain = _doc("Framework agreement for the city.\n\nDelivery within 30 days.")
    more = _doc("Framework agreement for the city.\n\nnetwork switches\n\nDelivery within 30 days.")
    assert masked_text(plain, []) == masked_text(more, [_at(more, "network switches")])


def test_masked_text_is_capped_and_clause_spans_are_stripped():
    text = "Supply of 24 network switches.\n" + _FILLER + "\n" + _CLAUSE + "\n" + _FILLER + "Delivery to the depot."
    doc = _doc(text)
    seen = masked_text(doc, [])
    assert "Huawei" not in seen and "Covered telecommunications" not in seen
    assert seen.startswith("Supply of 24 network switches.") and seen.endswith("Delivery to the depot.")
    assert len(masked_text(_doc("word " * TEXT_CAP), [])) == TEXT_CAP
    assert strip_clauses("no clause here") == "no clause here"
    two = "A " * 300 + "52.204-24 x 52.204-25 y" + " B" * 600
    assert "x" not in strip_clauses(two).split() and strip_clauses(two).startswith("A ")


def test_evidence_counts_only_what_describes_the_purchase():
    doc = _doc("Price schedule\nItem | Huawei S5735 | qty 4\nZTE shall not be supplied\nSupply of network switches",
               "Buyer: China Mobile")
    ms = [_at(doc, "Huawei", entity="huawei", kind="vendor", role="offered"),
          _at(doc, "S5735", entity="huawei", kind="model_number", role="offered"),
          _at(doc, "ZTE", entity="zte", kind="vendor", role="prohibited"),
          _at(doc, "network switches"),
          _at(doc, "China Mobile", page=2, entity="china_mobile", kind="vendor", role="buyer")]
    row, _ = _row(doc, ms, ["network_switch", "router"])
    assert row["restricted_offered"] == pytest.approx(math.log1p(2))
    assert row["restricted_named"] == pytest.approx(math.log1p(2))  # the ban and the buyer are not
    assert row["model_numbers"] == pytest.approx(math.log1p(1))
    assert row["equipment_terms"] == pytest.approx(math.log1p(1))
    assert row["cat:network_switch"] == pytest.approx(math.log1p(1)) and row["cat:router"] == 0.0
    assert row["clause_mentions"] == pytest.approx(math.log1p(1))  # the prohibited ZTE
    assert row["buyer_mentions"] == pytest.approx(math.log1p(1))
    assert row["table_rows"] == pytest.approx(math.log1p(1))
    assert row["pages"] == pytest.approx(math.log1p(2))


def test_clause_mentions_are_context_and_subject_mentions_are_evidence():
    doc = _doc("Janitorial services for the county offices.\n" + _FILLER + "\n" + _CLAUSE)
    ms = [_at(doc, "Huawei", entity="huawei", kind="vendor", role="mentioned"),
          _at(doc, "video surveillance equipment", category="ip_camera")]
    row, _ = _row(doc, ms, ["ip_camera"])
    assert row["evidence"] == 0.0 and row["restricted_named"] == 0.0 and row["cat:ip_camera"] == 0.0
    assert row["clause_mentions"] == pytest.approx(math.log1p(2))
    assert row["clause_markers"] >= math.log1p(2)
    assert subject_mentions(doc, ms) == []


def test_in_clause_context_only_an_offered_line_item_stays_evidence():
    from dataclasses import replace

    doc = _doc("NDAA section 889 applies. We quote Huawei S5735 switches, 10 units.")
    m = _at(doc, "Huawei", entity="huawei", kind="vendor", role="offered")
    item = replace(m, snippet="NDAA section 889 applies. We quote Huawei S5735 switches, 10 units.")
    definition = replace(m, snippet="telecommunications equipment produced or provided by Huawei Technologies Company")
    assert is_subject(item, True) and not is_subject(definition, True)
    assert is_subject(definition, False)  # outside a clause the wording is an offer
    assert not is_subject(replace(m, role="mentioned"), True)
    assert not is_subject(replace(m, role="prohibited"), False) and not is_subject(replace(m, role="buyer"), False)


def test_clause_window_is_local_to_the_page_and_distance():
    far = "Huawei AR6120 routers, quantity 3.\n" + _FILLER
    doc = _doc(far + "See clause 52.204-25.", "Huawei spare parts")
    ms = [_at(doc, "Huawei", entity="huawei", kind="vendor", role="mentioned"),
          _at(doc, "Huawei", page=2, entity="huawei", kind="vendor", role="mentioned")]
    row, _ = _row(doc, ms)
    assert row["restricted_named"] == pytest.approx(math.log1p(2)) and row["clause_mentions"] == 0.0


# Boilerplate lines: clause lists and wage-determination rows (features.boilerplate_lines). The
# clause titles are the FAR/DFARS/GSAR's own (48 CFR); the occupation codes and titles are the SCA
# Directory of Occupations' (U.S. Department of Labor, 5th edition).

_CLAUSE_LIST = (
    "The following clauses are incorporated by reference:\n"
    "52.232-33 Payment by Electronic Funds Transfer (OCT 2018)\n"
    "252.239-7010 Cloud Computing Services (OCT 2016)\n"
    "552.239-71 Security Requirements for Unclassified Information Technology Resources (JAN 2012)\n"
)


def test_mentions_on_clause_citation_lines_are_context_not_evidence():
    doc = _doc("Grounds maintenance at the county depot.\n" + _FILLER + "\n" + _CLAUSE_LIST)
    ms = [_at(doc, "Cloud Computing Services", category="it_services"),
          _at(doc, "Information Technology", category="it_services")]
    row, text = _row(doc, ms, ["it_services"])
    assert row["evidence"] == 0.0 and row["cat:it_services"] == 0.0
    assert row["clause_mentions"] == pytest.approx(math.log1p(2))
    assert subject_mentions(doc, ms) == []
    # the whole citation lines leave the text model's input, the document's own wording stays
    assert "Electronic Funds Transfer" not in text and "Unclassified" not in text
    assert "Grounds maintenance at the county depot." in text


def test_a_clause_citation_line_with_a_quantity_or_price_stays_ordinary_text():
    doc = _doc("Item 2: 12 units cloud gateway appliances, see 252.239-7010\n"
               "Cloud backup licences $4,800 per year (FAR 52.212-4 applies)\n")
    ms = [_at(doc, "cloud gateway", category="network_equipment"),
          _at(doc, "Cloud backup", category="it_services")]
    row, _ = _row(doc, ms, ["it_services", "network_equipment"])
    assert row["evidence"] == pytest.approx(math.log1p(2)) and row["clause_mentions"] == 0.0


_WAGE_ROWS = (
    "OCCUPATION CODE - TITLE                                  FOOTNOTE   RATE\n"
    "14000 - Information Technology Occupations\n"
    "14071 - Computer Programmer I                                    (see 2)\n"
    "14160 - Personal Computer Support Technician                     31.50\n"
    "23040 - Aircraft Mechanic I                                      33.75\n"
)


def test_wage_determination_rows_are_context_only_in_a_document_with_a_wage_determination():
    header = "WAGE DETERMINATION NO: 2015-0000 REV (21)\nState: Nowhere\n"
    with_wd = _doc("Custodial services at the training centre.\n" + _FILLER, header + _WAGE_ROWS)
    ms = [_at(with_wd, "Personal Computer", page=2, category="computer_equipment"),
          _at(with_wd, "Information Technology", page=2, category="it_services")]
    row, text = _row(with_wd, ms, ["computer_equipment", "it_services"])
    assert row["evidence"] == 0.0 and row["clause_mentions"] == pytest.approx(math.log1p(2))
    assert "Computer Programmer" not in text and "Aircraft Mechanic" not in text
    # the same rows in a document that is no wage determination: a numbered line may be a bid's item
    plain = _doc("Custodial services at the training centre.\n" + _FILLER, _WAGE_ROWS)
    ms = [_at(plain, "Personal Computer", page=2, category="computer_equipment")]
    row, text = _row(plain, ms, ["computer_equipment"])
    assert row["evidence"] == pytest.approx(math.log1p(1)) and "Computer Programmer" in text


@pytest.mark.parametrize("line, boilerplate", [
    ("52.204\u201325 Prohibition on Contracting (NOV 2021)", True),   # en dash, as PDF text gives it
    ("1852.237-72 Access to Sensitive Information (JUN 2005)", True),  # NASA supplement
    ("(43)(i) 52.223-13, Acquisition of EPEAT-Registered Imaging Equipment (MAY 2020)", True),
    ("Total 52.25 per hour", False),
    ("Part no. 152.2031-7 spare fan", False),
    ("Router 52.204-25 compliant, 4 units", False),
])
def test_boilerplate_lines_recognise_clause_citations(line, boilerplate):
    text = "Header line\n" + line + "\nFooter line"
    spans = boilerplate_lines(text, wage_table=False)
    assert (spans == ((12, 12 + len(line)),)) is boilerplate


def test_the_rules_path_clears_a_service_solicitation_whose_only_ict_words_are_boilerplate():
    import extract

    body = ("SOLICITATION FOR JANITORIAL SERVICES\nThe contractor shall clean the visitor centre.\n"
            + _FILLER + "\nWAGE DETERMINATION NO: 2015-0000\n" + _WAGE_ROWS + _CLAUSE_LIST)
    [rec] = extract.screen(body.encode(), name="janitorial.txt", model="rules")
    assert rec["verdict"] == "out_of_scope"
    # a real purchase of the same things is still flagged
    [rec] = extract.screen(("Supply of 40 personal computers and cloud computing services.\n" + _FILLER).encode(),
                           name="purchase.txt", model="rules")
    assert rec["verdict"] == "in_scope_ict"


@pytest.mark.parametrize("text", [
    "FAR 52.204-23 Prohibition on Contracting for Hardware",
    "DFARS 252.204-7018 applies",
    "Section 889 of the John S. McCain NDAA",
    "as required by 2 CFR 200.216",
    "the Secure and Trusted Communications Networks Act",
    "items on the FCC Covered List",
])
def test_clause_markers_recognised(text):
    assert _row(_doc(text), [])[0]["clause_markers"] > 0


def test_ordinary_tender_text_has_no_clause_marker():
    row, _ = _row(_doc("Tender for 52 IP cameras, 4 NVRs and 204 metres of cable; section 8.9 gives delivery terms."), [])
    assert row["clause_markers"] == 0.0


@pytest.mark.parametrize("text,codes", [
    ("CPV: 90910000-9, 45000000", 2),  # cleaning and works: codes outside the policy
    ("CPV 90910000 (cleaning)", 1),
    ("REGON 851224730, NIP 873-318-42-66", 0),  # a nine-digit register number is not a code
    ("tel. 901234567 or 0901234567", 0),
    ("amount 45000000.50 and 45000000,5", 0),
    ("see /files/45000000/plan.pdf", 0),
    # a number of a code's shape that the CPV does not have: an e-invoicing routing id, an order
    # number, an account number
    ("Leitweg-ID 09184000-LRAHW-27, Bestellnummer 45871236, Konto 30918273", 0),
    ("Order 71234567 refers to CPV 71000000 (architecture and engineering)", 1),
    # written as CPV codes: by the check digit, after a label in any language, in a list after one
    ("Przedmiot zamówienia: 90911200-8 Usługi sprzątania budynków", 1),
    ("Kod CPV:\n" + "\n".join(["90911200 Usługi sprzątania budynków"] * 3), 3),
    ("ДК 021:2015: 45450000 Інші завершальні будівельні роботи", 1),
    # eight digits that are not written as CPV codes: UNSPSC classes (43xxxxxx is the UNSPSC's IT
    # segment and the CPV's machinery division), a proposal number built on one, CPVC pipe sizes
    ("UNSPSC class 43230000 Software; NIGP 208-80", 0),
    ("Proposal 43230000-24-STC, page 1 of 2", 0),
    ("CPVC pipe, schedule 80, item 45000000", 0),
])
def test_other_codes_counts_codes_of_the_cpv_vocabulary_only(text, codes):
    row, _ = _row(_doc(text), [])
    assert row["other_codes"] == pytest.approx(math.log1p(codes))


def test_a_code_the_policy_has_is_left_out_of_other_codes_wherever_it_stands():
    """The policy's codes are mentions (evidence), the rest of the written codes are `other_codes`.
    A policy code written without a label (an order reference) is a mention but not a written
    code: subtracting the mentions' count from the written codes would cancel the cleaning code."""
    doc = _doc("Order ref. 30213100 (laptops)\nCPV: 90910000-9 Cleaning services")
    laptop = _at(doc, "30213100", kind="code", category="computer_equipment")
    row, _ = _row(doc, [laptop], ["computer_equipment"])
    assert row["other_codes"] == pytest.approx(math.log1p(1))
    # and a written policy code is not counted as other, however often it stands
    doc = _doc("CPV: 30213100-6, 90910000-9; again 30213100-6")
    mentions = [_at(doc, "30213100-6", kind="code", category="computer_equipment", nth=k) for k in (0, 1)]
    row, _ = _row(doc, mentions, ["computer_equipment"])
    assert row["other_codes"] == pytest.approx(math.log1p(1))


def test_the_cpv_vocabulary_is_the_whole_main_vocabulary():
    vocab = cpv_vocabulary()
    assert len(vocab) == 9454
    assert {"45000000", "90910000", "30213100", "32412110"} <= vocab and "09184000" not in vocab
    # every code of the policy's cpv.tsv is a code of the vocabulary
    policy_codes = {code[:8] for code in load_policy().cpv}
    assert policy_codes and policy_codes <= vocab


def test_ocr_share_and_empty_batches():
    row, _ = _row(_doc("scanned page", ocr=True), [])
    assert row["ocr_share"] == 1.0
    empty = compute([], [], ["router"])
    assert len(empty) == 0 and empty.matrix.shape == (0, len(feature_columns(["router"])))
    with pytest.raises(ValueError):
        compute([_doc("x")], [], [])


@pytest.mark.parametrize("categories", [
    {"router": object(), "ip_camera": object()},
    ["router", "ip_camera"],
])
def test_policy_categories_accepts_each_shape(categories):
    class P:
        pass

    p = P()
    p.categories = categories
    assert policy_categories(p) == ["ip_camera", "router"]


def test_policy_without_categories():
    assert policy_categories(None) == []


# --------------------------------------------------------------------------- clause markers fast path

_MARKER_TEXTS = [
    "FAR 52.204-25 Prohibition on Contracting for Certain Telecommunications",
    "DFARS 252.204-7018 applies.", "See 52.212-3 and 52.212-5.", "Section 889 of the NDAA",
    "sec. 889", "Artículo 889", "Abschnitt 889", "art. 889", "covered defense telecommunications",
    "prohibition on contracting", "Prohibition on Kaspersky", "COVERED\nTELECOMMUNICATIONS EQUIPMENT", "covered articles",
    "the Covered List", "National Defense Authorization Act", "2 CFR 200.216", "2 c.f.r. § 200.216",
    "Secure and Trusted Communications Networks Act", "REPRESENTATION REGARDING CERTAIN TELECOMMUNICATIONS",
    "Ausschlussklausel", "VERBOTSKLAUSEL", "clause d'exclusion", "CLÁUSULA DE EXCLUSIÓN", "cláusula de prohibición",
    "調達方針及び調達手続に関する申合せ", "申合せ", "prohibition on a hardware", "Article 889", "USC§ 889", "§ 889", "under § 889(a)(1)(B)", "§889",
    "DFARS 252.204-7021", "covered telecommunications", "2 C.F.R. 200.216", "secure networks act",
]


@pytest.mark.parametrize("marker", _MARKER_TEXTS)
def test_clause_markers_fast_path_finds_what_the_regex_finds(marker):
    from extract.model.features import CLAUSE_MARKERS, clause_markers

    text = f"Lot 2 switches.\n{marker}\nDelivery in 30 days."
    want = [(m.start(), m.end()) for m in CLAUSE_MARKERS.finditer(text)]
    assert want, marker  # each sample is a marker
    assert [(m.start(), m.end()) for m in clause_markers(text)] == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKER_TEXTS + ["x", " ", "\n", "Huawei", "52.", "204", "-25", "COVER", "ed", "889",
                                                 "Á", "é", "申", "合", "せ", "ndaa", "section", "\u017fecure networks act",
                                                 "İ", "ı", "\u212a", "NDAA", "Ndaa"]), max_size=12))
def test_clause_markers_fast_path_equals_the_regex_on_any_text(parts):
    from extract.model.features import CLAUSE_MARKERS, clause_markers

    text = "".join(parts)
    assert [m.span() for m in clause_markers(text)] == [m.span() for m in CLAUSE_MARKERS.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MARKER_TEXTS) | st.text(st.characters(codec="utf-8"), max_size=6), max_size=10))
def test_clause_markers_spans_equal_the_regex_on_any_unicode(parts):
    """The lower-case scan also meets characters whose case mapping is odd (Greek, Cherokee,
    Georgian, ligatures): where it runs, its spans are the regex's."""
    from extract.model.features import CLAUSE_MARKERS, clause_markers

    text = "".join(parts)
    assert [m.span() for m in clause_markers(text)] == [m.span() for m in CLAUSE_MARKERS.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKER_TEXTS + ["x", " ", "word ", "Huawei switches ", "52.204-", "covered "])
                | st.text(" abc\n", max_size=40), max_size=400),
       st.integers(min_value=1, max_value=3000))
def test_the_text_prefix_equals_stripping_the_whole_text(parts, cap):
    """masked_text reads only the window its first `cap` characters depend on; the result is the
    whole computation's, wherever the clause markers fall."""
    import re

    from extract.model.features import _stripped_prefix

    flat = re.sub(r"\s+", " ", "".join(parts)).strip()
    whole = re.sub(r"\s+", " ", strip_clauses(flat)).strip()[:cap]
    assert _stripped_prefix(flat, cap) == whole


def test_the_text_prefix_of_a_long_clause_heavy_document():
    import re

    from extract.model.features import _stripped_prefix

    block = "Lot {n}: 24 network switches. " * 30 + "FAR 52.204-25 prohibition on contracting applies. "
    flat = re.sub(r"\s+", " ", "".join(block.format(n=i) for i in range(400))).strip()
    for cap in (100, 5_000, TEXT_CAP):
        assert _stripped_prefix(flat, cap) == re.sub(r"\s+", " ", strip_clauses(flat)).strip()[:cap]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_MARKER_TEXTS + ["national", "covered", "secure", "889", "ndaa"]),
                          st.integers(min_value=0, max_value=400),
                          st.sampled_from([" ", "\n", "  ", " \t ", "x", "-", "       "])), max_size=25))
def test_clause_markers_around_pieces_equal_the_regex_on_long_text(items):
    """Pieces far apart, close together and inside filler: the windows around them find what
    the regex finds over the whole text."""
    from extract.model.features import CLAUSE_MARKERS, clause_markers

    text = "".join(marker + sep * gap + "word " * (gap // 7) for marker, gap, sep in items)
    assert [m.span() for m in clause_markers(text)] == [m.span() for m in CLAUSE_MARKERS.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_MARKER_TEXTS + ["national", "covered", "secure", "889", "ndaa", "İ", "ı"]),
                          st.integers(min_value=0, max_value=400),
                          st.sampled_from([" ", "\n", "  ", " \t ", "x", "-", "       "])), max_size=25))
def test_clause_markers_of_collapsed_text_equal_the_regex(items):
    """The masked text's scan skips the search for long white-space runs, which collapsed text
    cannot hold; its spans are still the regex's."""
    from extract.model.features import CLAUSE_MARKERS, _collapse, scan_markers

    text = _collapse("".join(marker + sep * gap + "word " * (gap // 7) for marker, gap, sep in items))
    assert [m.span() for m in scan_markers(text, collapsed=True)] == [m.span() for m in CLAUSE_MARKERS.finditer(text)]


def test_clause_markers_are_written_in_lower_case():
    """The lower-case fast path reads the markers' own source without IGNORECASE."""
    import re

    from extract.model.features import CLAUSE_MARKERS

    assert not any(c.isupper() for c in re.sub(r"\\.", "", CLAUSE_MARKERS.pattern))


def test_every_clause_marker_sample_holds_a_piece_of_the_substring_prefilter():
    from extract.model.features import _MARKER_PIECES

    for sample in _MARKER_TEXTS:
        assert any(piece in sample.lower() for piece in _MARKER_PIECES), sample


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" |\n\r\tab\u00a0\u2028\x1c\u3000", max_size=80))
def test_ink_and_table_line_counts_equal_their_plain_definitions(text):
    """The fast counts: non-space characters (re's \\s), and lines holding a cell separator."""
    import re

    from extract.model.features import _TABLE_LINE, _ink

    assert _ink(text) == len(re.sub(r"\s+", "", text))
    assert len(_TABLE_LINE.findall(text)) == sum(1 for ln in text.split("\n") if " | " in ln)


_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_SPACES + "ab\u00e9\u200b\u4e2d\U0001f600", max_size=60)
       | st.text(st.characters(), max_size=40))
def test_the_c_white_space_helpers_equal_their_python_references(text):
    """extract.model._ngrams.collapse_spaces and ink give what the Python of features gives
    (" ".join(text.split()), sum(map(len, text.split()))) on any text: every Unicode white space,
    the zero-width space that is not one, each character width, lone surrogates; and they are
    what the features use when the extension is built."""
    from extract.model import features

    if features._NATIVE is None:
        pytest.skip("the C extension is not built (TENDER_TRIAGE_NGRAMS=python or no compiler)")
    assert features._NATIVE.collapse_spaces(text) == features._python_collapse(text) == " ".join(text.split())
    assert features._NATIVE.ink(text) == features._python_ink(text)
    assert features._collapse is features._NATIVE.collapse_spaces and features._ink is features._NATIVE.ink


# --------------------------------------------------------------------------- purchase wording

def _cue_rows():
    from importlib.resources import files

    text = files("extract.model").joinpath("data/purchase_cues.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert lines[0] == "language\tcue\tsource"
    return [ln.split("\t") for ln in lines[1:]]


def test_every_purchase_cue_is_lower_case_compiles_matches_no_empty_text_and_cites_a_source():
    import re

    rows = _cue_rows()
    assert len(rows) > 100
    for row in rows:
        assert len(row) == 3, row
        language, cue, source = row
        assert re.fullmatch(r"[a-z]{2}", language), row
        assert cue == cue.lower(), row
        assert re.compile(cue).fullmatch("") is None, row
        assert len(source.strip()) >= 8, row  # a law, a regulation or a standard form, never a document we were tested on


def test_the_pool_languages_each_have_purchase_cues():
    have = {language for language, _, _ in _cue_rows()}
    pool = {"fr", "nb", "de", "en", "es", "pl", "it", "bg", "cs", "el", "fi", "nl", "ro", "da", "hu", "sv", "sk",
            "et", "pt", "lt", "sl", "hy", "hr", "lv", "uk"}
    assert pool <= have, sorted(pool - have)
    assert {"ja", "zh", "vi", "ko"} <= have


@pytest.mark.parametrize(("word", "buys", "talks"), [
    ("laptop", "Request for quotation: 40 laptops. Quotations must be submitted by 12 May. The contracting authority "
     "will award the contract to the lowest compliant bid.",
     "Staff notice: laptops must be locked when unattended. Report a lost laptop to the service desk."),
    ("ordinateur", "Appel d'offres : fourniture de 40 ordinateurs portables. Date limite de réception des offres : 12 mai. "
     "Le pouvoir adjudicateur attribuera le marché public à l'offre la plus avantageuse.",
     "Note au personnel : verrouillez votre ordinateur portable. Signalez toute perte au service informatique."),
    ("bærbare PC", "Konkurransegrunnlag: anskaffelse av 40 bærbare PC-er. Tilbudsfrist 12. mai. Oppdragsgiver tildeler "
     "kontrakten til leverandøren med det beste tilbudet.",
     "Melding til ansatte: lås den bærbare PC-en når du går fra den. Meld fra om tap til IT-brukerstøtte."),
    ("ノートパソコン", "ノートパソコン40台の調達に係る一般競争入札の公告。入札書の提出期限は5月12日。落札者と契約する。",
     "職員の皆様へ：ノートパソコンを離席時にロックしてください。紛失時は情報システム課へ連絡してください。"),
    ("笔记本电脑", "采购公告：笔记本电脑40台。投标截止时间5月12日，采购人将与中标供应商签订合同。",
     "员工通知：离开座位时请锁定笔记本电脑，丢失请联系信息中心。"),
])
def test_purchase_columns_tell_a_purchase_from_a_text_about_the_same_equipment(word, buys, talks):
    from extract.model.features import purchase_counts

    bought, talked = purchase_counts(_doc(buys)), purchase_counts(_doc(talks))
    assert bought[0] >= 3 and bought[1] >= 3
    assert talked == (0, 0)
    doc = _doc(buys)
    row, _ = _row(doc, [_at(doc, word, category="computer")])
    assert row["ict_weighted_purchase_cues"] == pytest.approx(math.log1p(bought[0])) and row["ict_weighted_purchase_terms"] == bought[1]
    doc = _doc(talks)
    row, _ = _row(doc, [_at(doc, word, category="computer")])
    assert row["ict_weighted_purchase_cues"] == 0.0 and row["ict_weighted_purchase_terms"] == 0.0


def test_purchase_wording_weighs_by_how_much_the_document_is_about_ict():
    """A canteen tender is as much a purchase as a router tender: its purchase wording must not
    raise its score by itself. The second stage multiplies the purchase columns by 1 where an
    in-scope category or a restricted entity is named, else by the first stage's P(ICT)."""
    import numpy as np

    from extract.model.features import PURCHASE_COLUMNS, ict_weight, weigh_purchase_columns

    columns = feature_columns(["router"])
    row = dict.fromkeys(columns, 0.0)
    row.update({"ict_weighted_purchase_cues": math.log1p(6), "ict_weighted_purchase_terms": 4.0})
    canteen = [-4.0, *row.values()]  # no evidence, the text model reads no ICT
    portal = [1.5, *row.values()]  # no evidence, the text model reads ICT
    row.update({"in_scope_evidence": math.log1p(2)})
    routers = [-4.0, *row.values()]  # evidence named: full weight whatever the text logit
    M = np.array([canteen, portal, routers])
    out = weigh_purchase_columns(M, columns)
    k = [1 + columns.index(c) for c in PURCHASE_COLUMNS]
    assert np.array_equal(M[:, k[0]], [math.log1p(6)] * 3), "the input is not changed"
    assert out[0, k[0]] == pytest.approx(math.log1p(6) / (1 + math.exp(4.0)))
    assert out[1, k[1]] == pytest.approx(4.0 / (1 + math.exp(-1.5)))
    assert out[2, k[0]] == pytest.approx(math.log1p(6)) and out[2, k[1]] == 4.0
    others = [j for j in range(M.shape[1]) if j not in k]
    assert np.array_equal(out[:, others], M[:, others])
    # Increasing in the logit and in the evidence: a weighed monotone column stays monotone.
    logits = np.linspace(-8, 8, 33)
    assert np.all(np.diff(ict_weight(logits, np.zeros(33, bool))) > 0)
    assert np.all(ict_weight(logits, np.ones(33, bool)) >= ict_weight(logits, np.zeros(33, bool)))
    # A model whose columns hold no purchase column reads its rows as they are.
    assert np.array_equal(weigh_purchase_columns(M[:, :5], columns[:4]), M[:, :5])


def test_purchase_cues_match_whole_words_in_latin_script_and_anywhere_in_cjk():
    from extract.model.features import purchase_counts

    assert purchase_counts(_doc("The bidder and the bidders."))[1] == 1  # one cue, bid(?:s|ders?|ding)?
    assert purchase_counts(_doc("A forbidden biddy; morbid tenderloin."))[0] == 0  # not inside other words
    assert purchase_counts(_doc("本件は入札により"))[0] == 1


def test_adding_a_term_paragraph_never_lowers_the_purchase_columns():
    base = "Invitation to tender for the depot. Tenders must be submitted by 3 June.\n\nLot 1: cabling."
    doc = _doc(base)
    before, _ = _row(doc, [_at(doc, "cabling")])
    longer = _doc("Network switches\n\n" + base + "\n\nCCTV cameras and Lot 2: routers")
    after, _ = _row(longer, [_at(longer, w) for w in ("Network switches", "cabling", "CCTV cameras", "routers")])
    assert after["ict_weighted_purchase_cues"] >= before["ict_weighted_purchase_cues"] > 0
    assert after["ict_weighted_purchase_terms"] >= before["ict_weighted_purchase_terms"] > 0


def _reference_counts(text: str) -> tuple[int, int]:
    """The purchase counts by the plain definition: one regex alternation of every cue (whole
    words outside CJK), scanned left to right; slow, and what the automaton must reproduce."""
    import re

    alts = [c if lang in {"ja", "zh", "ko"} else rf"(?<!\w)(?:{c})(?!\w)" for lang, c, _ in _cue_rows()]
    pattern = re.compile("|".join(f"(?P<c{k}>{a})" for k, a in enumerate(alts)))
    hits = [m.lastgroup for m in pattern.finditer(text.lower())]
    return len(hits), len(set(hits))


_CUE_WORDS = ["tender", "tenders", "tenderloin", "bid", "bidders", "forbid", "lot 3", "lot", "rfq", "rfqs",
              "quotations must be submitted", "appel d'offres", "offres", "avis de marché", "anbud", "tilbudsfrist",
              "konkurranse", "ausschreibung", "angebote", "zamawiający", "đấu thầu", "nhà thầu", "入札", "落札",
              "招标", "采购人", "입찰", "laptops", "network", "the", "and", "policy", "\n", " ", ", ", "-", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=30), st.sampled_from([" ", "", "\n", "_"]))
def test_the_automaton_counts_purchase_cues_as_the_plain_regex_does(words, sep):
    from extract.model.features import purchase_counts

    text = sep.join(words)
    assert purchase_counts(_doc(text)) == _reference_counts(text)


_WORD_CUES = [r"a(?:-b)?", r"buy(?:ing)?", r"order(?:s|ed)?\s+for", r"kupn[oa]", r"покупк[аи]"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_WORD_CUES), st.text(alphabet="ab- cdinguyorefskpnoaпокуи1", max_size=24), st.integers(0, 24))
def test_a_word_cue_matches_what_its_guarded_regex_matches(cue, text, pos) -> None:
    """A Latin purchase cue is matched as "(?:cue)(?!\\w)" by checking the bare cue's end and
    asking the guarded regex only when that end is inside a word: the same match."""
    import re

    from extract.model.features import _inside_word
    from extract.policy.lazy import EndGuarded

    pos = min(pos, len(text))
    got = EndGuarded(cue, r"(?!\w)", _inside_word).match(text, pos)
    want = re.compile(rf"(?:{cue})(?!\w)").match(text, pos)
    assert (got and got.span()) == (want and want.span()), (cue, text, pos)


def test_a_word_cue_falls_back_to_a_shorter_reading_that_ends_a_word() -> None:
    from extract.model.features import _inside_word
    from extract.policy.lazy import EndGuarded

    def word_cue(cue):  # a Latin purchase cue as purchase_cues builds it
        return EndGuarded(cue, r"(?!\w)", _inside_word)

    assert word_cue(r"a(?:-b)?").match("a-bc", 0).span() == (0, 1)  # "a-b" ends inside "bc"; "a" ends before "-"
    assert word_cue(r"a(?:-b)?").match("a-b c", 0).span() == (0, 3)
    assert word_cue(r"buy(?:ing)?").match("buyings", 0) is None


def _masked_the_long_way(doc: Document, mentions, cap: int) -> str:
    """masked_text as first written: every page cut, all joined and collapsed, then the prefix."""
    import re

    from extract.model.features import _cut, _stripped_prefix, has_wage_determination

    wages = has_wage_determination(doc)
    spans: dict[int, list] = {}
    for m in mentions:
        spans.setdefault(m.page, []).append((m.start, m.end))
    flat = re.sub(r"\s+", " ", " ".join(_cut(p.text, spans.get(p.number, ()), wages) for p in doc.pages)).strip()
    return _stripped_prefix(flat, cap)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_MARKER_TEXTS + ["word ", "Huawei switches ", " ", "\n\n", "", "52.204-", "x" * 90]),
                         max_size=40).map("".join), min_size=1, max_size=12),
       st.integers(min_value=1, max_value=2500))
def test_the_masked_text_reads_only_the_pages_it_needs_and_equals_the_whole_computation(pages, cap):
    """masked_text cuts and collapses pages only until the text it keeps is decided (a long
    tender's tail is never read); the result is the whole computation's, empty and blank pages,
    clause markers and mentions anywhere."""
    doc = _doc(*pages)
    mentions = [_at(doc, "switches", page=k + 1) for k, t in enumerate(pages) if "switches" in t]
    assert masked_text(doc, mentions, cap) == _masked_the_long_way(doc, mentions, cap)


def test_a_long_documents_tail_is_not_read() -> None:
    from unittest import mock

    from extract.model import features

    doc = _doc(*(["Supply of network switches for the depot. " * 40] * 200))
    with mock.patch.object(features, "_cut", wraps=features._cut) as cut:
        got = masked_text(doc, [], 5_000)
    assert got == _masked_the_long_way(doc, [], 5_000) and len(got) == 5_000
    assert cut.call_count < 10  # a page holds ~1,700 characters: a few pages, not 200


# --------------------------------------------------------------------------- purchase cues' literals, cached


def _purchase_rows() -> tuple[str, list[str]]:
    from importlib.resources import files

    raw = files("extract.model").joinpath("data/purchase_cues.tsv").read_text(encoding="utf-8")
    cues = [line.split("\t")[1] for line in raw.splitlines()
            if line.strip() and not line.startswith("#") and not line.startswith("language\t")]
    return raw, cues


def test_purchase_cue_literals_come_from_the_cache_once_worked_out(tmp_path, monkeypatch) -> None:
    """The first start works the literals out and files them; the next reads them (the regex
    reader is not asked); a damaged file is worked out again. Always the reader's own literals."""
    from extract import settings as project_settings
    from extract.model import features
    from extract.policy import leads

    monkeypatch.setenv(project_settings.CACHE_ENV, str(tmp_path / "cache"))
    raw, cues = _purchase_rows()
    want = [leads.lead_literals(c, max_len=features._CUE_LEAD_MAX, budget=features._CUE_LEAD_BUDGET) for c in cues]
    assert len(cues) > 100 and all(w for w in want)
    assert features._cue_leads(raw, cues) == want
    (entry,) = (tmp_path / "cache").glob("purchase-cues-*.json")

    def no_reader(*args, **kwargs):
        raise AssertionError("the regex reader was asked on a cache hit")

    with monkeypatch.context() as m:
        m.setattr(leads, "lead_literals", no_reader)
        assert features._cue_leads(raw, cues) == want
    body = entry.read_bytes()
    entry.write_bytes(body.replace(b'"', b"'", 1))  # the payload no longer matches its SHA-256
    assert features._cue_leads(raw, cues) == want
    assert entry.read_bytes() == body  # written again, whole
    assert features._cue_leads(raw + "\n", cues) == want  # other cue rows: another entry
    assert len(list((tmp_path / "cache").glob("purchase-cues-*.json"))) == 2


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["52.2", "52.204-25", "252.204-7012", "0", "1", "9", ".", "-", " ", "\u2013", "x", "\n",
                                 "552.212-4", "52.2 - 1", "52.219", "1252.2"]), max_size=14).map("".join))
def test_clause_citations_are_the_regexs_matches(text):
    """features.clause_citations finds what _CLAUSE_CITATION.finditer finds, span for span."""
    from extract.model.features import _CLAUSE_CITATION, clause_citations

    assert [m.span() for m in clause_citations(text)] == [m.span() for m in _CLAUSE_CITATION.finditer(text)]
