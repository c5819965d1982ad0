#!/usr/bin/env python3
"""Why product amounts and yields are missed: a miss table for `reflux extract --ord` output.

Usage: tools/ordmiss.py REF.jsonl[.gz] PRED.jsonl [--examples N] [--category NAME]

REF is the ORD data set (../shared/data/uspto-ord-dev/reactions.jsonl.gz), PRED the extractor's output. The
matching is ordscore.py's (imported from ../shared/tools, or from ORDSCORE=path): a reference product's first
AMOUNT and first YIELD measurement count, a predicted product matches by name or as the only product on each side.
Every reference yield or product amount that ordscore counts as missed is put in one category:

yields
  calc/no-pred-product     the reference yield is CALCULATEDPERCENTYIELD and no product was predicted
  calc/no-pred-yield       ... a product was predicted but without a yield
  calc/2:1, calc/1:2       ... the predicted yield is twice / half the reference (stoichiometry, limiting choice)
  calc/other-value         ... the predicted yield is some other value
  stated/not-printed       the reference yield is stated (PERCENTYIELD) but its number is printed nowhere in the text
  stated/printed-missed    ... printed in the text, no predicted yield on the matching product
  stated/printed-wrong     ... printed, but the matching product carries another yield
product amounts
  amount/not-printed       the reference amount's number is printed nowhere in the text (in its unit)
  amount/no-pred-product   printed, but no product predicted
  amount/name-mismatch     printed, predicted products exist but none matches by name (several products)
  amount/no-pred-amount    printed, the matching product has no amount of that kind
  amount/other-value       printed, the matching product has another amount of that kind

The reference is silver (a text-mining pipeline's output): some categories are its errors, not ours.
"""
import collections
import gzip
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.environ.get('ORDSCORE', os.path.join(HERE, '..', '..', 'shared', 'tools', 'ordscore.py'))
_spec = importlib.util.spec_from_file_location('ordscore', SCORER)
ordscore = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ordscore)

NUMBER = re.compile(r'(?<![\d.])\d+(?:[.,]\d+)?')


def printed_numbers(text):
    """Every number printed in the text, as floats (a decimal comma read as a point)."""
    out = set()
    for m in NUMBER.finditer(text):
        try:
            out.add(float(m.group().replace(',', '.')))
        except ValueError:
            pass
    return out


def is_printed(value, numbers, scales=(1.0,)):
    return any(abs(n * s - value) <= 0.005 * max(abs(value), 1e-9) for n in numbers for s in scales)


def ref_yields(p):
    """[(value, details)] of a reference product's YIELD measurements, in order."""
    out = []
    for m in ordscore.get(p, 'measurements') or []:
        if m.get('type') == 'YIELD':
            v = ordscore.get(m, 'percentage')
            v = v.get('value') if isinstance(v, dict) else v
            if isinstance(v, (int, float)) and v > 0:
                out.append((float(v), m.get('details', '')))
    return out


def ref_amount_printed(p, numbers):
    """Whether the reference product's first amount is printed (in g/mg/kg, ml/l, mol/mmol)."""
    for m in ordscore.get(p, 'measurements') or []:
        if m.get('type') != 'AMOUNT':
            continue
        a = m.get('amount') or {}
        for kind in ('mass', 'volume', 'moles'):
            q = a.get(kind)
            if isinstance(q, dict) and isinstance(q.get('value'), (int, float)):
                return is_printed(float(q['value']), numbers, (1.0, 1e3, 1e-3))
    return False


def analyse(ref_path, pred_path):
    preds = {}
    with ordscore.opener(pred_path) as f:
        for line in f:
            line = line.strip()
            if line:
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    continue
                preds[ordscore.get(r, 'reaction_id')] = r
    cats = collections.defaultdict(list)
    totals = collections.Counter()
    with ordscore.opener(ref_path) as f:
        for line in f:
            ref = json.loads(line)
            rid = ordscore.get(ref, 'reaction_id')
            text = (ordscore.get(ref, 'notes') or {}).get('procedure_details', '')
            numbers = printed_numbers(text)
            pred = preds.get(rid)
            rprods = list(ordscore.products(ref))
            pprods = list(ordscore.products(pred)) if pred else []
            pfig = [(ordscore.comp_name(p),) + ordscore.product_figures(p) for p in pprods]
            single = len(rprods) == 1 and len(pfig) == 1
            for p in rprods:
                name = ordscore.comp_name(p)
                ams, ys = ordscore.product_figures(p)
                matching = [x for x in pfig if single or ordscore.names_match(name, x[0])]
                if ys:
                    y = ys[0]
                    totals['yields'] += 1
                    if not any(abs(py - y) <= 0.15 for _, _, pys in matching for py in pys):
                        details = ref_yields(p)[0][1]
                        cats[yield_category(details, y, matching, pfig, numbers)].append((rid, name, y))
                if ams:
                    a = ams[0]
                    totals['product_amounts'] += 1
                    if not any(ordscore.close(pa, a) for _, pams, _ in matching for pa in pams):
                        cats[amount_category(p, a, matching, pfig, numbers)].append((rid, name, a))
    return totals, cats


def yield_category(details, y, matching, pfig, numbers):
    if details == 'CALCULATEDPERCENTYIELD':
        if not pfig:
            return 'calc/no-pred-product'
        pys = [py for _, _, pp in matching for py in pp]
        if not pys:
            return 'calc/no-pred-yield'
        if any(abs(py - 2 * y) <= 0.01 * 2 * y for py in pys):
            return 'calc/2:1'
        if any(abs(2 * py - y) <= 0.01 * y for py in pys):
            return 'calc/1:2'
        return 'calc/other-value'
    if not is_printed(y, numbers):
        return 'stated/not-printed'
    pys = [py for _, _, pp in matching for py in pp]
    return 'stated/printed-wrong' if pys else 'stated/printed-missed'


def amount_category(p, a, matching, pfig, numbers):
    if not ref_amount_printed(p, numbers):
        return 'amount/not-printed'
    if not pfig:
        return 'amount/no-pred-product'
    if not matching:
        return 'amount/name-mismatch'
    same_kind = [pa for _, pams, _ in matching for pa in pams if pa[0] == a[0]]
    return 'amount/other-value' if same_kind else 'amount/no-pred-amount'


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    examples = int(argv[argv.index('--examples') + 1]) if '--examples' in argv else 0
    only = argv[argv.index('--category') + 1] if '--category' in argv else None
    totals, cats = analyse(argv[1], argv[2])
    for group, total in (('calc/', 'yields'), ('stated/', 'yields'), ('amount/', 'product_amounts')):
        for name in sorted(k for k in cats if k.startswith(group)):
            print(f'{name:26s} {len(cats[name]):5d}  of {totals[total]} {total}')
    missed_y = sum(len(v) for k, v in cats.items() if not k.startswith('amount/'))
    missed_a = sum(len(v) for k, v in cats.items() if k.startswith('amount/'))
    print(f'yields missed {missed_y} of {totals["yields"]}; product amounts missed {missed_a} of '
          f'{totals["product_amounts"]}')
    if examples:
        for name in sorted(cats):
            if only and name != only:
                continue
            print(f'\n## {name}')
            for rid, pname, value in cats[name][:examples]:
                print(f'  {rid}  {pname[:60]!r}  {value}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
