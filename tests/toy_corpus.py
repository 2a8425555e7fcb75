"""A toy labelled corpus and a toy matcher for the classifier tests (not a test module).

Texts are short and written the way scikit-learn's JUNK_FOOD_DOCS are: just enough signal for a
throwaway model. The toy `find` stands in for extract.mentions so these tests do not depend on the
shipped policy; it returns real `Mention` objects with the roles the real matcher assigns.
"""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

from extract.types import Document, Mention, Page

ENTITIES = {
    "huawei": ("huawei", "华为", "ファーウェイ"),
    "hikvision": ("hikvision", "海康威视"),
    "zte": ("zte", "中兴"),
}
CATEGORIES = {
    "network_switch": ("switch", "交换机", "スイッチ"),
    "ip_camera": ("camera", "摄像机", "カメラ"),
    "router": ("router", "路由器", "ルーター"),
}
_PROHIBIT = re.compile(r"shall not|must not|prohibited|禁止|不得|除く")
_OFFER = re.compile(r"\||qty|quotation|报价|見積")

RESTRICTED = [
    "Quotation 1 | Huawei S5735 switch | qty 4 | unit price 1200 USD",
    "Our offer: Huawei AR6120 router, qty 2, delivery in 30 days",
    "Bill of quantities | Hikvision DS-2CD2143 camera | qty 12",
    "Supply and install Hikvision IP camera, 16 units, quotation attached",
    "Quotation | ZTE ZXR10 switch | qty 6 | warranty 3 years",
    "We offer ZTE router F670 for branch offices, qty 40",
    "报价单 | 华为 交换机 S5735 | 数量 10",
    "报价：海康威视 摄像机 DS-2CD 20台",
    "見積書 | ファーウェイ スイッチ | 数量 5",
    "Price schedule | Huawei camera module | qty 3 | Huawei router AR651",
    "Offer for Hikvision camera system with NVR, qty 8, installation included",
    "Quotation for ZTE switch and Huawei router, total 18000 EUR",
]
IN_SCOPE = [
    "Tender for 24-port managed switch, Cisco or equivalent, qty 20",
    "Supply of IP camera system for the city hall, Axis or equivalent",
    "Router replacement for 12 branch offices; bidders shall not offer Huawei or ZTE equipment",
    "Network switch upgrade. Equipment from Hikvision is prohibited under section 889",
    "Procurement of core router and firewall, Juniper preferred",
    "CCTV camera upgrade for the depot, 30 cameras, ONVIF compliant",
    "采购 交换机 和 路由器，不得 提供 华为 设备",
    "监控 摄像机 采购项目，共 50 台",
    "ネットワーク スイッチ の 調達、ファーウェイ 製品を除く",
    "防犯カメラ 更新 工事 一式",
    "Wireless router and access switch refresh for schools",
    "Video surveillance camera maintenance and spare parts",
]
OUT_OF_SCOPE = [
    "Janitorial services for the federal building, five days a week",
    "Catering for the annual staff conference, 200 guests",
    "Office furniture: desks, chairs and filing cabinets",
    "Landscaping and lawn care for the municipal park",
    "Janitorial services. Contractor shall not provide Huawei or ZTE telecommunications equipment (FAR 52.204-25)",
    "Hotel accommodation near the Huawei campus for the delegation",
    "Printing of annual reports, 500 copies, full colour",
    "Road resurfacing on Main Street, asphalt 4 cm",
    "清扫 服务 采购，每周 五天",
    "会議室 の 椅子 と 机 の 購入",
    "Legal advisory services for procurement reform",
    "Fuel supply for municipal vehicles, diesel and petrol",
]


def toy_rows() -> list[tuple[str, str, str]]:
    """(file, label, text) for every toy document."""
    rows = []
    for label, texts in (
        ("restricted_vendor_named", RESTRICTED),
        ("in_scope_ict", IN_SCOPE),
        ("out_of_scope", OUT_OF_SCOPE),
    ):
        for k, text in enumerate(texts):
            rows.append((f"docs/{label}_{k:02d}.txt", label, text))
    return rows


def write_corpus(root: Path, rows: list[tuple[str, str, str]] | None = None) -> Path:
    """Write the toy files and labels.csv under `root`; returns root."""
    rows = toy_rows() if rows is None else rows
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "language", "source", "notes"])
        for file, label, text in rows:
            path = root / file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            lang = "en" if text.isascii() else "zh/ja"
            w.writerow([file, label, lang, "toy", ""])
    return root


def make_doc(text: str, path: str = "doc.txt", status: str = "ok") -> Document:
    pages = tuple(Page(number=k + 1, text=t) for k, t in enumerate(text.split("\f"))) if status == "ok" else ()
    return Document(
        path=path,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format="text",
        status=status,
        error=None if status == "ok" else "broken",
        pages=pages,
    )


def parse(path: Path) -> list[Document]:
    """Toy parser: a text file is one page."""
    return [make_doc(Path(path).read_text(encoding="utf-8"), str(path))]


def find(doc: Document, policy: object = None) -> list[Mention]:
    """Toy matcher: entity aliases and category words, role from the line's wording."""
    out = []
    for page in doc.pages:
        for ln, line in enumerate(page.text.split("\n"), start=1):
            low = line.casefold()
            role = "prohibited" if _PROHIBIT.search(low) else "offered" if _OFFER.search(low) else "mentioned"
            offset = sum(len(x) + 1 for x in page.text.split("\n")[: ln - 1])
            for table, kind in ((ENTITIES, "vendor"), (CATEGORIES, "equipment")):
                for key, aliases in table.items():
                    for alias in aliases:
                        for m in re.finditer(re.escape(alias), low):
                            out.append(
                                Mention(
                                    entity=key if kind == "vendor" else None,
                                    kind=kind,
                                    text=line[m.start() : m.end()],
                                    page=page.number,
                                    line=ln,
                                    start=offset + m.start(),
                                    end=offset + m.end(),
                                    role=role,
                                    snippet=line,
                                    category=key if kind == "equipment" else None,
                                    rule=f"alias:{alias}",
                                )
                            )
    return out


class ToyPolicy:
    """Just enough of a Policy for training: a version and the category ids."""

    version = "toy-policy-1"
    categories = tuple(CATEGORIES)


def train_toy_model(root: Path, name: str = "toy-1") -> Path:
    """Train a throwaway model on the toy corpus under `root` (3 folds) and return its folder."""
    from extract.model.training import train

    data = write_corpus(root / "data")
    out = root / "models" / name
    train(data, out, seed=0, folds=3, policy=ToyPolicy(), parse=parse, find=find)
    return out
