"""Mention-derived features: what each column measures, and the frame the pipeline reads."""

from __future__ import annotations

import math

import pytest

import toy_corpus as tc
from extract.features import (
    FEATURE_COLUMNS,
    TEXT_CAP,
    document_text,
    feature_docs,
    feature_row,
    numeric_columns,
    policy_categories,
    strip_clauses,
    to_frame,
)
from extract.types import Document, Mention, Page


def _m(entity, role, *, kind="vendor", page=1, line=1, category=None):
    return Mention(entity=entity, kind=kind, text="x", page=page, line=line, start=0, end=1, role=role,
                   snippet="x", category=category)


DOC = Document(
    path="bid.pdf",
    sha256="0" * 64,
    format="pdf",
    status="ok",
    pages=(
        Page(1, "Price schedule\nItem | Huawei S5735 | qty 4\nZTE shall not be supplied"),
        Page(2, "Cameras: 12 units", ocr=True),
    ),
)


def test_columns_are_unique_and_stable_in_order():
    assert len(set(FEATURE_COLUMNS)) == len(FEATURE_COLUMNS)
    assert FEATURE_COLUMNS[0] == "mentions"
    assert numeric_columns(["router", "ip_camera", "router"]) == [*FEATURE_COLUMNS, "cat:ip_camera", "cat:router"]


def test_counts_roles_and_flags():
    mentions = [
        _m("huawei", "offered", line=2),
        _m("zte", "prohibited", line=3),
        _m(None, "mentioned", kind="equipment", page=2, category="ip_camera"),
        _m(None, "mentioned", kind="code", page=2, category="ip_camera"),
    ]
    row = feature_row(DOC, mentions, ["ip_camera", "network_switch"])
    assert row["mentions"] == pytest.approx(math.log1p(4))
    assert row["kind_vendor"] == pytest.approx(math.log1p(2))
    assert row["kind_brand"] == 0.0
    assert row["restricted_offered"] == pytest.approx(math.log1p(1))
    assert row["restricted_prohibited"] == pytest.approx(math.log1p(1))
    assert row["role_mentioned"] == pytest.approx(math.log1p(2))
    assert row["distinct_entities"] == 2.0
    assert row["offered_restricted"] == 1.0
    assert row["prohibited_only"] == 0.0
    assert row["code_hits"] == pytest.approx(math.log1p(1))
    assert row["distinct_categories"] == 1.0
    assert row["table_share"] == pytest.approx(1 / (4 + 3))  # only the Huawei line is a table row; prior 3
    assert row["page_count"] == pytest.approx(math.log1p(2))
    assert row["ocr_share"] == 0.5
    assert row["cat:ip_camera"] == 1.0 and row["cat:network_switch"] == 0.0
    assert list(row) == numeric_columns(["ip_camera", "network_switch"])


def test_prohibited_only_needs_restricted_mentions_all_prohibited():
    assert feature_row(DOC, [_m("zte", "prohibited"), _m("huawei", "prohibited")], [])["prohibited_only"] == 1.0
    assert feature_row(DOC, [_m("zte", "prohibited"), _m("zte", "mentioned")], [])["prohibited_only"] == 0.0
    assert feature_row(DOC, [_m(None, "prohibited", kind="equipment")], [])["prohibited_only"] == 0.0
    assert feature_row(DOC, [], [])["offered_restricted"] == 0.0


def test_empty_document_and_no_mentions():
    empty = Document(path="e.txt", sha256="", format="text", status="ok")
    row = feature_row(empty, [], ["router"])
    assert row["page_count"] == 0.0 and row["text_length"] == 0.0 and row["table_share"] == 0.0
    assert row["ocr_share"] == 0.0


def test_frame_has_text_and_numeric_columns_and_caps_text():
    long = tc.make_doc("a" * (TEXT_CAP + 500))
    short = tc.make_doc("Quotation | Huawei switch | qty 4")
    frame = to_frame([long, short], [[], tc.find(short)], ["network_switch"])
    assert list(frame.columns) == ["text", *numeric_columns(["network_switch"])]
    assert len(frame.loc[0, "text"]) == TEXT_CAP
    assert frame.loc[0, "text_length"] == pytest.approx(math.log1p(TEXT_CAP + 500))  # mentions see it all
    assert frame.loc[1, "cat:network_switch"] == 1.0
    assert frame.loc[1, "offered_restricted"] == 1.0
    with pytest.raises(ValueError):
        to_frame([long], [], [])


def test_empty_frame_keeps_its_columns():
    frame = to_frame([], [], ["router"])
    assert len(frame) == 0 and list(frame.columns) == ["text", *numeric_columns(["router"])]


class _Cat:
    def __init__(self, id):
        self.id = id


@pytest.mark.parametrize(
    "categories",
    [{"router": 1, "ip_camera": 2}, ["router", "ip_camera", "router"], [_Cat("router"), _Cat("ip_camera")]],
)
def test_policy_categories_accepts_each_shape(categories):
    class P:
        pass

    p = P()
    p.categories = categories
    assert policy_categories(p) == ["ip_camera", "router"]


def test_policy_without_categories():
    assert policy_categories(None) == [] and policy_categories(object()) == []


def test_every_column_is_documented():
    docs = feature_docs(["router"])
    assert list(docs) == numeric_columns(["router"])
    assert all(docs.values())
    assert docs["cat:router"].startswith("1 when equipment category `router`")


# --------------------------------------------------------------------------- clause context

_CLAUSE = (
    "52.204-25 Prohibition on Contracting for Certain Telecommunications and Video Surveillance "
    "Services or Equipment. (a) Definitions. Covered telecommunications equipment or services means "
    "telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation, or "
    "video surveillance equipment produced by Hikvision."
)
_FILLER = "The contractor shall clean the offices every weekday and remove waste. " * 12


def _doc(*pages: str) -> Document:
    return Document(path="t.txt", sha256="1" * 64, format="text", status="ok",
                    pages=tuple(Page(k + 1, t) for k, t in enumerate(pages)))


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


def test_clause_mentions_are_boilerplate_subject_mentions_are_not():
    # A janitorial solicitation whose only vendor and equipment words sit in the FAR clause.
    doc = _doc("Janitorial services for the county offices.\n" + _FILLER + "\n" + _CLAUSE)
    ms = [_at(doc, "Huawei", entity="huawei", kind="vendor", role="prohibited"),
          _at(doc, "telecommunications equipment", nth=0),
          _at(doc, "video surveillance equipment", category="ip_camera")]
    row = feature_row(doc, ms, [])
    assert row["clause_markers"] >= math.log1p(2)  # the clause number and "covered telecommunications"
    assert row["clause_share"] == 1.0
    assert row["scope_outside_clause"] == 0.0 and row["restricted_outside_clause"] == 0.0
    # Nothing in the clause counts as the subject of the purchase, the vendor included: the
    # vendor columns of this solicitation read as those of a notice that names nobody.
    assert row["kind_vendor"] == 0.0 and row["restricted_prohibited"] == 0.0
    assert row["mentions"] == 0.0 and row["distinct_entities"] == 0.0


def test_network_tender_with_clause_keeps_its_subject():
    # The same clause at the end of a tender whose title buys switches.
    doc = _doc("Supply of 24 network switches and 2 routers\n" + _FILLER, _CLAUSE)
    ms = [_at(doc, "network switches"), _at(doc, "routers", category="router"),
          _at(doc, "Huawei", page=2, entity="huawei", kind="vendor", role="prohibited"),
          _at(doc, "telecommunications equipment", page=2)]
    row = feature_row(doc, ms, [])
    assert row["clause_share"] == pytest.approx(0.5)
    assert row["scope_outside_clause"] == pytest.approx(math.log1p(2))
    assert row["restricted_outside_clause"] == 0.0


def test_clause_window_is_local_to_the_page_and_distance():
    far = "Huawei AR6120 routers, quantity 3.\n" + _FILLER
    doc = _doc(far + "See clause 52.204-25.", "Huawei spare parts")
    ms = [_at(doc, "Huawei", entity="huawei", kind="vendor", role="offered"),
          _at(doc, "Huawei", page=2, entity="huawei", kind="vendor", role="offered")]
    row = feature_row(doc, ms, [])
    # The first Huawei is more than the window away from the clause number; page 2 has no marker.
    assert row["clause_share"] == 0.0
    assert row["restricted_outside_clause"] == pytest.approx(math.log1p(2))
    near = _doc("Supply Huawei switches; 52.204-25 applies.")
    assert feature_row(near, [_at(near, "Huawei", entity="huawei", kind="vendor")], [])["clause_share"] == 1.0


@pytest.mark.parametrize("text", [
    "FAR 52.204-23 Prohibition on Contracting for Hardware",
    "DFARS 252.204-7018 applies",
    "Section 889 of the John S. McCain NDAA",
    "as required by 2 CFR 200.216",
    "the Secure and Trusted Communications Networks Act",
    "items on the FCC Covered List",
])
def test_clause_markers_recognised(text):
    assert feature_row(_doc(text), [], [])["clause_markers"] > 0


def test_vectorised_text_leaves_out_clause_spans():
    text = "Supply of 24 network switches.\n" + _FILLER + "\n" + _CLAUSE + "\n" + _FILLER + "Delivery to the depot."
    doc = tc.make_doc(text)
    seen = document_text(doc)
    assert "Huawei" not in seen and "Covered telecommunications" not in seen
    assert seen.startswith("Supply of 24 network switches.") and seen.endswith("Delivery to the depot.")
    assert strip_clauses("no clause here") == "no clause here"
    # overlapping spans merge: the text between two close markers goes too
    two = "A " * 300 + "52.204-24 x 52.204-25 y" + " B" * 600
    assert "x" not in strip_clauses(two).split() and strip_clauses(two).startswith("A ")


def test_ordinary_tender_text_has_no_clause_marker():
    doc = _doc("Tender for 52 IP cameras, 4 NVRs and 204 metres of cable; section 8.9 gives delivery terms.")
    assert feature_row(doc, [], [])["clause_markers"] == 0.0
