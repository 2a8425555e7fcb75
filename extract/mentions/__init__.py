"""(Document, Policy) -> [Mention]: every place a page names a restricted entity, an in-scope kind
of equipment or service, or a relevant code, with the role it plays there.

`match` finds the mentions (one automaton pass, anchored model-number regexes, guards, overlap
resolution); `roles` gives each its role from its sentence (NegEx-style negation scopes, buyer
slots, offer and supply wording) with the cues the policy compiled from roles.yaml.
"""

from extract.mentions.match import Candidate, find_mentions, find_mentions_in_text, match_page, resolve_overlaps

__all__ = ["find_mentions", "find_mentions_in_text", "match_page", "resolve_overlaps", "Candidate"]
