"""The policy as data: the shipped one is valid, broken copies fail with file:line: field messages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from extract.cli import main
from extract.errors import PolicyError
from extract.mentions import find_mentions_in_text
from extract.policy import check_policy, load_policy, policy_version
from extract.settings import DEFAULT_POLICY_DIR

_MSG = re.compile(r"^[\w.]+:\d+: \S+: .+")


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    return d


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_policy_is_valid() -> None:
    assert check_policy(DEFAULT_POLICY_DIR) == []
    p = load_policy(DEFAULT_POLICY_DIR)
    for eid in ("huawei", "zte", "hytera", "hikvision", "dahua", "kaspersky", "china_mobile", "china_telecom",
                "china_unicom", "pacnet_comnet", "dji", "autel_robotics", "quectel", "fibocom", "smic", "ymtc", "cxmt"):
        assert eid in p.entities
    for cat in ("network_switch", "router", "wifi", "firewall", "ran_5g_core", "optical_pon", "ip_camera",
                "nvr_dvr_vms", "two_way_radio", "security_software", "drone", "cellular_module", "server_storage"):
        langs = dict(p.categories[cat].terms)
        assert {"en", "ja", "zh", "de", "fr", "es", "vi", "no"} <= set(langs), cat
    assert p.version.startswith("sha256:") and len(p.version) == len("sha256:") + 16


def test_every_entity_regime_exists_and_divested_companies_have_dates() -> None:
    p = load_policy()
    for e in p.entities.values():
        assert set(e.regimes) <= set(p.regimes)
        for c in e.companies:
            if c.divested:
                assert c.date
    lorex = p.entities["dahua"].company("Lorex")
    assert lorex and lorex.divested and lorex.date == "2022-11-24"


def test_guard_examples_find_no_entity() -> None:
    p = load_policy()
    for g in p.guards:
        for ex in g.examples:
            assert not [m for m in find_mentions_in_text(ex, p) if m.entity == g.entity], (g.id, ex)


def test_cpv_codes_match_with_or_without_check_digit() -> None:
    p = load_policy()
    assert p.cpv["32412100"].code == "32412100-5"
    for text in ("CPV 32412100-5", "CPV 32412100"):
        assert [m.category for m in find_mentions_in_text(text, p) if m.kind == "code"] == ["network_equipment"]
    assert not [m for m in find_mentions_in_text("CPV 32412100-7", p) if m.kind == "code"]  # wrong check digit


def test_bad_regex_is_reported_with_file_line_and_field(copy: Path) -> None:
    _edit(copy / "entities.yaml", r"regex: '\bzxa10\s?[a-z]\d{3}\b'", r"regex: '\bzxa10\s?[a-z\d{3}\b'")
    problems = check_policy(copy)
    assert any(p.startswith("entities.yaml:") and "patterns[zxa10].regex" in p and "does not compile" in p for p in problems), problems
    line = int(next(p for p in problems if "zxa10].regex" in p).split(":")[1])
    assert "zxa10" in (copy / "entities.yaml").read_text(encoding="utf-8").splitlines()[line - 1]
    with pytest.raises(PolicyError) as exc:
        load_policy(copy)
    assert "zxa10" in str(exc.value)


def test_unknown_field_is_rejected(copy: Path) -> None:
    _edit(copy / "regimes.yaml", "  - key: us_bod_17_01\n", "  - key: us_bod_17_01\n    jurisdicton: US\n")
    problems = check_policy(copy)
    assert any(p.startswith("regimes.yaml:") and "jurisdicton" in p and "unknown field" in p for p in problems), problems
    assert all(_MSG.match(p) for p in problems)


def test_duplicate_id_is_rejected(copy: Path) -> None:
    _edit(copy / "entities.yaml", "  - id: ymtc\n", "  - id: smic\n")
    problems = check_policy(copy)
    assert any("entities[smic].id: duplicate id" in p for p in problems), problems


def test_regex_failing_its_example_is_rejected(copy: Path) -> None:
    _edit(copy / "entities.yaml", "examples: [ZXA10 C300, ZXA10 C600]", "examples: [ZXA10 C300, ZXA10 X6000]")
    problems = check_policy(copy)
    assert any("patterns[zxa10].examples" in p and "X6000" in p for p in problems), problems


def test_regex_matching_its_counter_example_is_rejected(copy: Path) -> None:
    _edit(copy / "entities.yaml", "counter_examples: [ZXA10]}", "counter_examples: [ZXA10 C301]}")
    assert any("counter-example" in p for p in check_policy(copy))


def test_unknown_regime_reference_and_alias_shared_by_two_entities(copy: Path) -> None:
    _edit(copy / "entities.yaml", "    regimes: [us_ndaa2023_5949]\n    categories: [semiconductors]\n\n  - id: ymtc",
          "    regimes: [us_ndaa2023_5949, us_no_such_law]\n    categories: [semiconductors]\n\n  - id: ymtc")
    _edit(copy / "entities.yaml", "latin: [YMTC, Yangtze Memory Technologies]", "latin: [YMTC, Yangtze Memory Technologies, Hikvision]")
    problems = check_policy(copy)
    assert any("unknown regime 'us_no_such_law'" in p for p in problems), problems
    assert any("'Hikvision' is also an alias of hikvision" in p and not p.startswith("entities.yaml:0:") for p in problems), problems


def test_policy_check_command_exit_codes(copy: Path, capsys) -> None:
    assert main(["policy", "check", str(copy)]) == 0
    assert capsys.readouterr().out.startswith("policy sha256:")
    _edit(copy / "guards.yaml", "  - id: djia\n", "  - id: djia\n    colour: red\n")
    assert main(["policy", "check", str(copy)]) == 2
    out = capsys.readouterr().out
    assert "guards.yaml:" in out and "colour" in out


def test_policy_show_accepts_an_alias(capsys) -> None:
    assert main(["policy", "show", "EZVIZ"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("hikvision:") and "Hikvision Canada" in out and "us_ndaa2019_889" in out
    assert main(["policy", "show", "Lorex"]) == 0
    assert "divested 2022-11-24; reports no entity" in capsys.readouterr().out
    assert main(["policy", "show", "no-such-vendor"]) == 2


def test_version_changes_when_a_file_changes(copy: Path) -> None:
    before = policy_version(copy)
    assert load_policy(copy).version == before
    with open(copy / "guards.yaml", "a", encoding="utf-8") as f:
        f.write("# a comment\n")
    after = policy_version(copy)
    assert after != before
    assert load_policy(copy).version == after


def test_compiled_policy_is_cached_per_directory_and_version(copy: Path) -> None:
    assert load_policy(copy) is load_policy(copy)
