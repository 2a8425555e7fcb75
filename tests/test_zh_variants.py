"""Chinese terms in their other script forms (zh_variants.tsv, scripts/build_zh_variants.py).

The sentences are written for these tests (a Taiwanese and a Hong Kong purchase, a mainland one);
nothing here comes from ../shared/corpus.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy import check_policy, load_policy
from extract.settings import policy_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _equipment(text: str, policy) -> list[tuple[str, str, str]]:
    return [(m.text, m.category, m.rule) for m in find_mentions_in_text(text, policy) if m.kind == "equipment"]


def test_taiwanese_words_for_simplified_terms_are_found_with_their_conversion(policy):
    found = _equipment("本案採購筆記型電腦30台、網路攝像機12組及應用軟體授權。", policy)
    assert ("筆記型電腦", "computer_equipment", "term:笔记本电脑 [opencc:s2twp]") in found
    assert ("網路攝像機", "ip_camera", "term:网络摄像机 [opencc:s2twp]") in found
    assert ("應用軟體", "software", "term:应用软件 [opencc:s2twp]") in found


def test_hong_kong_characters_are_found(policy):
    found = _equipment("承辦商須提供平板電腦及存儲設備，並負責軟件開發。", policy)
    assert {(t, c) for t, c, _ in found} >= {("平板電腦", "computer_equipment"), ("存儲設備", "server_storage"),
                                             ("軟件開發", "it_services")}
    assert all("[opencc:s2t]" in rule for t, _, rule in found if t in ("平板電腦", "存儲設備", "軟件開發"))


def test_a_term_written_in_traditional_characters_is_found_in_simplified_ones(policy):
    found = _equipment("采购网络录像机两台。", policy)
    assert ("网络录像机", "nvr_dvr_vms", "term:網路錄影機 [opencc:tw2sp]") in found


def test_a_hand_written_form_keeps_its_own_line(policy):
    """伺服器 is written in categories.yaml (and cited there): its rule is the hand-written term's."""
    found = _equipment("採購伺服器兩台。", policy)
    assert ("伺服器", "server_storage", "term:伺服器") in found


def test_the_shipped_file_only_adds_forms_the_policy_does_not_hold_by_hand(policy):
    rows = _rows(policy_dir() / "zh_variants.tsv")
    assert rows, "zh_variants.tsv holds no form"
    for term, variant, config, category in rows:
        assert variant != term
        infos = policy.terms.get(" ".join(variant.casefold().split()))
        assert infos, variant
        assert any(i.category == category and i.source == f"opencc:{config}" for i in infos), (variant, infos)


def _rows(path: Path) -> list[list[str]]:
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    return [x.split("\t") for x in lines[1:]]



@pytest.mark.parametrize("row,problem", [
    ("服务器\t服務器\tx2y\tserver_storage", "config: 'x2y' is not one of"),
    ("服务器\t服務器\ts2t\tno_such_category", "category: unknown category 'no_such_category'"),
    ("已删除的词\t已刪除的詞\ts2t\tserver_storage", "is not a zh term of server_storage in categories.yaml"),
    ("服务器\t服务器\ts2t\tserver_storage", "variant: empty or the term itself"),
    ("服务器\t服務器\ts2t", "row: expected 4 tab-separated columns"),
])
def test_policy_check_reports_a_bad_row_with_its_line(bad_row_reported, row, problem):
    bad_row_reported("zh_variants.tsv", row, problem, drop=lambda line: "\t服務器\t" in line)


def test_a_form_listed_twice_is_reported(policy_copy):
    d = policy_copy
    path = d / "zh_variants.tsv"
    text = path.read_text(encoding="utf-8")
    last = text.rstrip("\n").splitlines()[-1]
    path.write_text(text + last + "\n", encoding="utf-8")
    assert any("variant: duplicate of line" in p for p in check_policy(d))


def test_the_shipped_file_is_what_the_build_script_writes():
    """A zh term added to categories.yaml without rerunning the script fails here (and a stale row
    fails `policy check`, above)."""
    pytest.importorskip("opencc", reason="opencc comes with the test and policy-tools extras")
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zh_variants.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr


def test_a_category_guard_on_a_zh_term_also_drops_its_converted_forms(policy_copy):
    """A guard written against the simplified term must hold on a traditional-script page too:
    the matcher sees 服務器 there, which is not among the guard's own words. The guard here is
    made up for the test (a server in a game's sense), not a shipped one."""
    guard = (
        "\n  - id: test_game_server\n"
        "    category: server_storage\n"
        "    terms: [服务器]\n"
        "    before: '(?:游戏|遊戲)$'\n"
        "    examples: [\"玩家登录游戏服务器\"]\n"
        "    counter_examples: [\"采购服务器两台\"]\n"
        "    note: \"test only\"\n"
    )
    path = policy_copy / "guards.yaml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + guard, encoding="utf-8")
    guarded = load_policy(policy_copy)
    assert [c for c in _equipment("玩家登录游戏服务器", guarded)] == []
    assert [c for c in _equipment("玩家登錄遊戲服務器", guarded)] == []
    # the converted form itself is still a server term where the guard does not apply
    assert [(t, c) for t, c, _r in _equipment("採購服務器兩台", guarded)] == [("服務器", "server_storage")]
