"""Mention-derived features: what each column measures, and the frame the pipeline reads."""

from __future__ import annotations

import math

import pytest

import toy_corpus as tc
from extract.features import (
    FEATURE_COLUMNS,
    TEXT_CAP,
    feature_docs,
    feature_row,
    numeric_columns,
    policy_categories,
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
    assert row["table_share"] == pytest.approx(1 / 4)  # only the Huawei line is a table row
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
