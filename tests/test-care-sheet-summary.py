#!/usr/bin/env python3
# tests/test-care-sheet-summary.py: page 1 of the care sheet, read back with poppler-utils
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sheets come from tests/sheet-sample.c: three regions, four techniques, and a
# diary that is absent, empty, one entry, or 90 days of entries ending on
# 19 November 2026.

import os
import re
import shutil
import subprocess
import tempfile
from tap import check, run_tests

SAMPLE = os.path.join(os.environ['G_TEST_BUILDDIR'], 'sheet-sample')
work = tempfile.mkdtemp(prefix='backmap-summary-')


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def words(text):
    return ' '.join(text.split())


def sheet(name, *args, language='en'):
    """Makes a sheet and returns the words of each page."""
    pdf = os.path.join(work, name + '.pdf')
    env = dict(os.environ, LANGUAGE=language)
    p = subprocess.run([SAMPLE, pdf, *args], capture_output=True, text=True, env=env, timeout=60)
    check(name + ': written', p.returncode == 0, p.stderr)
    pages = int(re.search(r'Pages:\s+(\d+)', tool('pdfinfo', pdf)).group(1))
    return [words(tool('pdftotext', '-layout', '-f', str(i), '-l', str(i), pdf, '-'))
            for i in range(1, pages + 1)]


def map_numbers(name):
    """The numbers drawn left of the facts and above the chart on page 1: on the map."""
    boxes = tool('pdftotext', '-bbox', '-f', '1', '-l', '1', os.path.join(work, name + '.pdf'), '-')
    words = [(float(x0), float(y0), word) for x0, y0, word in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)]
    began_y = next(y for x, y, word in words if word == 'began:')
    facts_x = min(x for x, y, word in words if abs(y - began_y) < 1)
    below_y = min(y for x, y, word in words if word in ('Over', 'Techniques'))
    return sorted(word for x, y, word in words if word.isdigit() and x < facts_x and y < below_y)


def test_ninety_days():
    pages = sheet('90-days', '--diary=90-days', '--checked')
    page = pages[0]
    # Each area's latest score is written on it: the table's "Now" column.
    now = re.findall(r'side (\d+) \d+ \d+\.\d', page)
    check('90 days: the scores on the map', map_numbers('90-days') == sorted(now),
          (map_numbers('90-days'), now))
    for expected in ('Pain began: August 16, 2026',
                     'Red-flag check: done on November 21, 2026; no warning sign',
                     'Type of pain: not assessed',
                     'Where it hurts Now Worst Average',
                     'Lower back, left side', 'Buttock, left side', 'Neck, right side',
                     'from 270 entries between August 22, 2026 and November 19, 2026',
                     'Pain Over Time',
                     'Ball against a wall: Helped (Nov 19)',
                     'Walking: Did not help (Nov 19)',
                     'Gentle stretching: not logged in the diary yet',
                     'Worse after sitting; better after a walk.'):
        check('90 days: page 1 has ' + expected, expected in page, page[:600])
    # The scores of the lower back: its last entry, the worst and the mean.
    check('90 days: lower back scores', re.search(r'Lower back, left side \d+ \d+ \d+\.\d', page),
          page[:600])
    check('90 days: chart labels its lines', page.count('Neck, right side') >= 2, page[:600])
    check('90 days: the appendix starts on page 2', 'Appendix' in pages[1]
          and 'Appendix' not in page, pages[1][:100])


def test_not_done():
    page = sheet('not-done', '--diary=one')[0]
    check('check never done: "not done"', 'Red-flag check: not done' in page, page[:400])
    check('check never done: no claim that nothing was ticked',
          'no warning sign' not in page, page[:400])
    check('one entry: single-day wording', 'from 1 entry on November 19, 2026' in page,
          page[:600])


def test_flag_ticked():
    pages = sheet('flagged', '--diary=one', '--flag=saddle-numbness')
    page = pages[0]
    check('flag without a finished check: said so',
          'Red-flag check: not finished; the signs ticked are shown above' in page, page[:500])
    check('flag: emergency box on page 1', 'Emergency: get help now' in page, page[:300])
    check('flag: techniques give way', 'My Techniques' not in page, page[:800])
    number = re.search(r'Numbness in the saddle area[^\[]*\[(\d+)', page)
    check('flag: cited by number', number is not None, page[:500])


def test_empty_diary():
    for kind in ('none', 'empty'):
        page = sheet('diary-' + kind, '--diary=' + kind)[0]
        check(kind + ' diary: no numbers on the map', map_numbers('diary-' + kind) == [],
              map_numbers('diary-' + kind))
        check(kind + ' diary: onset not given', 'Pain began: not given' in page, page[:300])
        check(kind + ' diary: no scores yet', 'No pain scores logged yet' in page, page[:600])
        check(kind + ' diary: no chart', 'Pain Over Time' not in page, page[:600])
        check(kind + ' diary: techniques not logged',
              page.count('not logged in the diary yet') == 4, page[:900])


def test_fits_one_page():
    for paper in ('a4', 'letter'):
        for language in ('en', 'de'):
            name = 'long-%s-%s' % (paper, language)
            # Four warning signs ticked put a framed box above everything else.
            pages = sheet(name, '--diary=90-days', '--checked', '--long-notes',
                          '--paper=' + paper, '--flag=night-rest-pain', '--flag=weight-loss',
                          '--flag=fever-back-pain', '--flag=not-improving', language=language)
            page = pages[0]
            # The notes begin on page 1, are cut there, and follow in full in the appendix.
            check(name + ': notes start on page 1', 'note0 ' in page, page[-300:])
            check(name + ': notes cut on page 1', 'THE-END' not in page, page[-300:])
            rest = ' '.join(pages[1:])
            check(name + ': notes in full in the appendix',
                  'note0 ' in rest and 'note399 THE-END' in rest, rest[-300:])
            check(name + ': the last technique on page 1', 'Dehnen' in page or
                  'Gentle stretching' in page, page[-600:])
            check(name + ': the signs on page 1', 'Fever with back pain' in page or
                  'Fieber mit Rückenschmerzen' in page, page[:600])
            check(name + ': the chart on page 1', 'Pain Over Time' in page or
                  'Schmerz im Verlauf' in page, page[:900])
            # Everything of page 1, nothing of it spilled: page 2 opens with the appendix.
            check(name + ': page 2 opens with the appendix', pages[1].startswith(
                'Appendix' if language == 'en' else 'Anhang'), pages[1][:80])


def test_continued_note():
    page = sheet('continued', '--diary=90-days', '--long-notes')[0]
    check('long notes: page 1 says where they go on', 'Continued in the appendix.' in page,
          page[-200:])
    page = sheet('short', '--diary=90-days')[0]
    check('short notes: nothing continued', 'Continued in the appendix' not in page, page[-200:])


def test_sources_cited():
    pages = sheet('sources', '--diary=90-days', '--checked')
    text = ' '.join(pages)
    start = text.rfind('Sources 1. ')
    check('sources: a numbered list', start > 0, text[-300:])
    listed = [int(n) for n in re.findall(r'(?:^| )(\d+)\. ', text[start + len('Sources'):])]
    body = text[:start]
    cited = set()
    for group in re.findall(r'\[(\d+(?:, \d+)*)\]', body):
        cited.update(int(n) for n in group.split(', '))
    check('sources: numbered from 1 in order', listed[:len(cited)] == list(range(1, len(cited) + 1)),
          listed[:40])
    check('sources: every one listed is cited', set(range(1, max(listed[:len(cited)]) + 1))
          == cited, sorted(cited))


def test_german():
    page = sheet('german', '--diary=90-days', '--checked', language='de')[0]
    for english in ('Pain began', 'Where it hurts', 'Pain Over Time', 'My Techniques',
                    'not logged', 'Red-flag check'):
        check('German: no "%s"' % english, english not in page, page[:600])
    check('German: the date in German', 'November' in page or 'August' in page, page[:300])


try:
    run_tests(test_ninety_days, test_not_done, test_flag_ticked, test_empty_diary,
              test_fits_one_page, test_continued_note, test_sources_cited, test_german)
finally:
    shutil.rmtree(work, ignore_errors=True)
