"""The restricted-vendor policy as data: load, validate and compile it (`load_policy`).

    data/*.yaml, *.tsv --load.load_policy--> check (every problem as file:line: field) -->
    compiled.Policy (one Aho-Corasick automaton, combined model-number regex, role cues)

`types` holds the dataclasses, `check` the line-keeping YAML reader and problem collector, `load`
the loaders of each file, `compiled` the Policy the matcher scans with, `cues` the role cues of
roles.yaml, `leads` the literals that gate the model-number regexes. Staff edit `data/` (its
README.md explains every field); nothing else changes when the policy does.
"""

from extract.policy.compiled import Policy, exact_case_ok, is_word_char
from extract.policy.cues import ROLE_LANGS, RoleCues, load_role_cues
from extract.policy.load import check_policy, load_policy, policy_version
from extract.policy.types import (
    LANGS, POLICY_FILES, SCOPES, Category, Company, CpvCode, CpvTerm, Entity, Guard, Pattern, ProductLine, Regime,
    Source, TermInfo,
)

__all__ = [
    "Policy", "Entity", "Company", "ProductLine", "Pattern", "Regime", "Category", "Guard", "CpvCode", "CpvTerm",
    "Source", "TermInfo", "RoleCues", "load_policy", "check_policy", "policy_version", "load_role_cues",
    "exact_case_ok", "is_word_char", "POLICY_FILES", "LANGS", "SCOPES", "ROLE_LANGS",
]
