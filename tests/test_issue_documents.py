"""Four documents written for the generalization issue, screened with the shipped model and policy.

Each was a wrong verdict of the model shipped before that issue: a CCTV notice with a surveillance
CPV code scored out of scope because a category weighed *for* out_of_scope; an award naming a
restricted vendor's tablets, and an incumbent restricted operator, were cleared; a bidder's
certificate denying five restricted vendors read as offering all five. They are behaviour the
product promises (DESIGN.md, Verdicts), not training material: none of them is in training_data/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import settings
from extract.intake.screen import ScanConfig, screen_path

DOCUMENTS = {
    "depot.txt": "Bus depot security upgrade - CCTV\n\nCPV: 35120000\n",
    "award.txt": ("CONTRACT AWARD - TABLETS FOR SCHOOL INSPECTORS\nAwarded to: Coastline Devices Ltd\n"
                  "Lot 1: 120 x Huawei MatePad 11.5 tablets, 128 GB\n"),
    "incumbent.txt": "The current supplier, China Unicom Global, will keep providing 40 mobile lines.\n",
    "cert.txt": ("Item 1: 24 x Axis P3265-LVE cameras\nCertificate of compliance: None of the offered equipment is "
                 "produced by Huawei, ZTE, Hytera, Hikvision or Dahua.\n"),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("issue")
    config = ScanConfig(policy_dir=str(settings.policy_dir()), model_dir=str(settings.model_dir()))
    out = {}
    for name, text in DOCUMENTS.items():
        path = Path(folder, name)
        path.write_text(text, encoding="utf-8")
        (out[name],) = screen_path(str(path), config)
    return out


def test_none_of_them_is_training_material() -> None:
    root = Path(__file__).resolve().parents[1] / "training_data" / "documents"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in root.rglob("*") if p.is_file()
             and p.suffix in (".txt", ".md", ".html", ".csv")]
    for needle in ("Bus depot security upgrade", "Coastline Devices", "China Unicom Global, will keep",
                   "24 x Axis P3265-LVE", "None of the offered equipment is produced by Huawei, ZTE, Hytera"):
        assert not any(needle in t for t in texts), needle


def test_a_cctv_notice_with_a_surveillance_code_is_in_scope(records) -> None:
    rec = records["depot.txt"]
    assert rec["verdict"] == "in_scope_ict" and rec["flag"] is True
    assert rec["model"] != "rules"


def test_an_award_of_restricted_tablets_names_the_vendor(records) -> None:
    rec = records["award.txt"]
    assert rec["verdict"] == "restricted_vendor_named"
    assert [m["role"] for m in rec["mentions"] if m["entity"] == "huawei"] == ["offered"]


def test_a_restricted_incumbent_names_the_vendor(records) -> None:
    rec = records["incumbent.txt"]
    assert rec["verdict"] == "restricted_vendor_named"
    assert {m["role"] for m in rec["mentions"] if m["entity"] == "china_unicom"} == {"offered"}


def test_a_certificate_denying_restricted_vendors_does_not_name_them(records) -> None:
    rec = records["cert.txt"]
    assert rec["verdict"] != "restricted_vendor_named" and rec["flag"] is True
    named = [m for m in rec["mentions"] if m["entity"]]
    assert {m["entity"] for m in named} == {"huawei", "zte", "hytera", "hikvision", "dahua"}
    assert {m["role"] for m in named} == {"prohibited"}
