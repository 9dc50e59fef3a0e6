"""Agreement figures, checked against hand-worked and published examples."""

import math

import pytest

from annotations.domain.agreement import Annotation, agreement, cohen_kappa, match, ordinal_alpha, units


def claim(claim_id, reviewer, start, end, chain, credibility, document_id=1):
    return Annotation(claim_id, document_id, reviewer, start, end, tuple(chain), credibility)


# Two reviewers on one article, worked by hand in the comments below.
RITA = [
    claim(1, "rita", 0, 10, [1, 2, 3], 2),
    claim(2, "rita", 20, 30, [1, 2], 3),
    claim(3, "rita", 40, 50, [1, 4], 4),
    claim(4, "rita", 60, 70, [1], 2),
]
OMAR = [
    claim(11, "omar", 0, 10, [1, 2, 3], 2),  # exact, same chain
    claim(12, "omar", 22, 30, [1, 2, 5], 3),  # overlaps #2, another origin
    claim(13, "omar", 40, 50, [1, 4], 5),  # exact, same chain, one step less credible
    claim(14, "omar", 80, 90, [1], 1),  # nobody else marked this
]


def test_the_hand_worked_example():
    (pair,) = agreement(RITA + OMAR).pairs
    assert (pair.reviewer_a, pair.reviewer_b) == ("omar", "rita")
    assert (pair.claims_a, pair.claims_b, pair.exact_matches, pair.overlap_matches) == (4, 4, 2, 3)
    assert pair.exact_f1 == 2 * 2 / (4 + 4)  # 0.5
    assert pair.overlap_f1 == 2 * 3 / (4 + 4)  # 0.75
    assert pair.chain_agreement == pytest.approx(2 / 3)
    assert pair.first_hop_agreement == 1
    assert pair.origin_agreement == pytest.approx(2 / 3)
    # Credibility pairs (2,2) (3,3) (5,4): p_o = 2/3, p_e = (1*1 + 1*1) / 9 = 2/9.
    assert pair.kappa == pytest.approx((2 / 3 - 2 / 9) / (1 - 2 / 9))  # 4/7
    # Ordinal alpha: values 2,2,3,3,4,5; only the (4,5) pair disagrees, with delta^2 = 1
    # (n4 + n5 - (n4 + n5) / 2)^2. Expected disagreement sum over ordered pairs = 198,
    # so alpha = 1 - (6 - 1) * 2 / 198.
    assert pair.alpha == pytest.approx(1 - 5 * 2 / 198)


def test_matching_is_one_to_one_and_prefers_the_larger_overlap():
    wide = claim(1, "a", 0, 20, [1], 2)
    near = claim(2, "b", 0, 18, [1], 2)
    far = claim(3, "b", 15, 40, [1], 2)
    pairs = match([wide], [far, near])
    assert [(p.a.claim_id, p.b.claim_id) for p in pairs] == [(1, 2)]
    assert match([wide], [claim(4, "b", 20, 30, [1], 2)]) == []  # touching is not overlapping


def test_cohen_kappa_matches_the_textbook_example():
    # 50 items, yes/no: 20 both yes, 15 both no, 5 and 10 split: p_o = 0.7, p_e = 0.5.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa([]) is None
    assert cohen_kappa([(3, 3), (3, 3)]) is None  # chance agreement is 1: undefined


def test_ordinal_alpha_matches_krippendorffs_published_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers, 12 units.
    table = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }
    unit_list = [{k: v[i] for k, v in table.items() if v[i] is not None} for i in range(12)]
    assert ordinal_alpha(unit_list, list(table)) == pytest.approx(0.815, abs=5e-4)


def test_code_six_counts_for_kappa_but_is_missing_for_alpha():
    a = [claim(1, "a", 0, 5, [1], 6), claim(2, "a", 10, 15, [1], 2), claim(3, "a", 20, 25, [1], 3)]
    b = [claim(4, "b", 0, 5, [1], 6), claim(5, "b", 10, 15, [1], 2), claim(6, "b", 20, 25, [1], 4)]
    (pair,) = agreement(a + b).pairs
    assert pair.credibility_pairs == [(6, 6), (2, 2), (3, 4)]
    # alpha sees only (2,2) and (3,4): n2=2, n3=n4=1; delta^2(3,4)=1, delta^2(2,3)=2.25,
    # delta^2(2,4)=6.25; expected sum over ordered pairs 36, observed 2: 1 - 3 * 2 / 36.
    assert pair.alpha == pytest.approx(5 / 6)
    assert pair.kappa == pytest.approx(cohen_kappa([(6, 6), (2, 2), (3, 4)]))


def test_undefined_figures_are_none_not_zero():
    (pair,) = agreement([claim(1, "a", 0, 5, [1], 2)], reviewers=["a", "b"]).pairs
    assert pair.overlap_f1 == 0 and pair.chain_agreement is None and pair.kappa is None
    assert pair.alpha is None
    assert agreement([], reviewers=["a", "b"]).pairs[0].exact_f1 is None


def test_units_hold_one_claim_per_reviewer_and_group_across_three():
    third = [claim(21, "zoe", 1, 10, [1, 2, 3], 2), claim(22, "zoe", 2, 10, [1], 3)]
    grouped = units(RITA + OMAR + third)
    first = next(u for u in grouped if "rita" in u and u["rita"].claim_id == 1)
    assert set(first) == {"rita", "omar", "zoe"} and first["zoe"].claim_id == 21
    assert sum(len(u) for u in grouped) == len(RITA + OMAR + third)
    report = agreement(RITA + OMAR + third)
    assert [(p.reviewer_a, p.reviewer_b) for p in report.pairs] == [
        ("omar", "rita"),
        ("omar", "zoe"),
        ("rita", "zoe"),
    ]
    assert report.alpha is not None and not math.isnan(report.alpha)


def test_documents_are_matched_separately_and_summed():
    elsewhere = [
        claim(31, "rita", 0, 10, [1], 2, document_id=2),
        claim(32, "omar", 50, 60, [1], 2, document_id=2),
    ]
    report = agreement(RITA + OMAR + elsewhere)
    (pair,) = report.pairs
    assert report.documents == 2 and (pair.claims_a, pair.claims_b, pair.overlap_matches) == (5, 5, 3)
