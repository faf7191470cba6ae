# tests/tap.py: checks that report as TAP, for the tests written in Python
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

results = []


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def run_tests(*tests):
    """Runs each test; an exception fails that test, never the harness. Then reports."""
    for test in tests:
        try:
            test()
        except Exception as e:
            results.append((test.__name__, False, repr(e)))
    report()


def report():
    print('1..%d' % len(results))
    for number, (name, ok, detail) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', number, name))
        if not ok:
            print('# %s' % str(detail).replace('\n', '\n# '))
