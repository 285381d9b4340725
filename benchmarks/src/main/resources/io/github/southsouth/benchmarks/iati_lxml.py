#!/usr/bin/env python3
"""Parses an IATI activity file with lxml the way streaming IATI tools do (iterparse, clearing each
activity once read) and prints, as one JSON object, the figures southsouth's import is compared on:
activities, transactions by type code, and sums per currency x transaction type (the transaction's
value/@currency, else the activity's @default-currency), plus budgets and the parse time.

Usage: iati_lxml.py FILE
Exits 3 with a message when lxml is missing, so a runner can skip instead of failing.
"""
import json
import sys
import time
from decimal import Decimal

try:
    from lxml import etree
except ImportError:
    sys.stderr.write("lxml is not installed for %s (Debian: apt-get install python3-lxml)\n" % sys.executable)
    sys.exit(3)


def main(path):
    start = time.perf_counter()
    activities = 0
    budgets = 0
    transactions = {}
    sums = {}
    for _, activity in etree.iterparse(path, events=("end",), tag="iati-activity", huge_tree=True,
                                       resolve_entities=False, no_network=True):
        activities += 1
        default_currency = activity.get("default-currency")
        budgets += len(activity.findall("budget"))
        for transaction in activity.iterfind("transaction"):
            type_element = transaction.find("transaction-type")
            code = type_element.get("code") if type_element is not None else ""
            transactions[code] = transactions.get(code, 0) + 1
            value = transaction.find("value")
            if value is not None and value.text and value.text.strip():
                currency = value.get("currency") or default_currency or ""
                key = currency + " " + code
                sums[key] = sums.get(key, Decimal(0)) + Decimal(value.text.strip())
        # What streaming tools do: drop the activity and the siblings already read.
        activity.clear()
        while activity.getprevious() is not None:
            del activity.getparent()[0]
    elapsed = time.perf_counter() - start
    print(json.dumps({
        "activities": activities,
        "budgets": budgets,
        "transactions": dict(sorted(transactions.items())),
        "sums": {k: str(v) for k, v in sorted(sums.items())},
        "seconds": round(elapsed, 3),
    }, sort_keys=True))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    main(sys.argv[1])
