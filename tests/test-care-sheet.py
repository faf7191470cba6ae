#!/usr/bin/env python3
# tests/test-care-sheet.py: care sheets from the command line, checked with poppler-utils
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import resource
import shutil
import signal
import subprocess
import tempfile
from tap import check, run_tests

BACKMAP = os.environ['BACKMAP']
CATALOG = os.path.join(os.environ['G_TEST_SRCDIR'], '..', 'data', 'catalog.json')
work = tempfile.mkdtemp(prefix='backmap-sheet-')


def run(*args):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    return subprocess.run([BACKMAP, *args], capture_output=True, text=True, env=env, timeout=120)


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout



def words(text):
    return ' '.join(text.split())


def page_texts(pdf):
    pages = int(re.search(r'Pages:\s+(\d+)', tool('pdfinfo', pdf)).group(1))
    return [words(tool('pdftotext', '-f', str(i), '-l', str(i), pdf, '-')) for i in
            range(1, pages + 1)]


with open(CATALOG, encoding='utf-8') as f:
    catalog = json.load(f)


def test_one_region():
    pdf = os.path.join(work, 'one.pdf')
    p = run('--care-sheet=' + pdf, '--region=lower:left', '--region=gluteal:left',
            '--technique=ball-against-wall', '--notes=Worse after long drives.', '--paper=a4')
    check('one-region exit 0', p.returncode == 0, p.stderr)
    info = tool('pdfinfo', pdf)
    check('title metadata', re.search(r'Title:\s+My Back Care Sheet', info), info)
    check('A4 page size', '595.276 x 841.89 pts' in info, info)
    text = ' '.join(page_texts(pdf))
    for expected in ('Lower back, left side', 'Buttock, left side', 'Ball against a wall',
                     'Worse after long drives.', 'Page 1 of', 'Sources', 'not a diagnosis'):
        check('one-region text has ' + expected, expected in text, text[:300])
    technique = next(t for t in catalog['techniques'] if t['id'] == 'ball-against-wall')
    for step in technique['steps']:
        check('step text on the sheet', words(step['text']) in text, step['text'])
    fonts = tool('pdffonts', pdf).splitlines()[2:]
    check('fonts present', len(fonts) > 0, fonts)
    check('fonts embedded', all(line.split()[-5] == 'yes' for line in fonts), fonts)
    images = tool('pdfimages', '-list', pdf).splitlines()[2:]
    check('map and pictures are vector', images == [], images)


def test_letter():
    pdf = os.path.join(work, 'letter.pdf')
    p = run('--care-sheet=' + pdf, '--region=neck:right', '--paper=letter')
    check('letter exit 0', p.returncode == 0, p.stderr)
    check('letter page size', '612 x 792 pts' in tool('pdfinfo', pdf))


def test_every_technique():
    pdf = os.path.join(work, 'all.pdf')
    ids = [t['id'] for t in catalog['techniques']]
    p = run('--care-sheet=' + pdf, '--region=lower:right',
            *['--technique=' + i for i in ids])
    check('every-technique exit 0', p.returncode == 0, p.stderr)
    pages = page_texts(pdf)
    check('every-technique paginates', len(pages) > 5, len(pages))
    split = []
    for technique in catalog['techniques']:
        for step in technique['steps']:
            text = words(step['text'])
            if not any(text in page for page in pages):
                split.append(text[:60])
    check('no step split across pages', not split, split[:5])
    check('page numbers', 'Page %d of %d' % (len(pages), len(pages)) in pages[-1], pages[-1][-80:])


def test_long_notes():
    pdf = os.path.join(work, 'notes.pdf')
    note = ' '.join('word%d' % i for i in range(5000))
    p = run('--care-sheet=' + pdf, '--region=calf:left', '--notes=' + note)
    check('long-notes exit 0', p.returncode == 0, p.stderr)
    pages = page_texts(pdf)
    check('long notes span pages', len(pages) >= 3, len(pages))
    holding = [i for i, page in enumerate(pages) if 'word' in page]
    check('notes wrap across several pages', len(holding) >= 2, holding)
    check('every word of the notes is printed',
          all(('word%d ' % i) in ' '.join(pages) + ' ' for i in (0, 1234, 4999)))


def test_red_flag_result():
    pdf = os.path.join(work, 'flag.pdf')
    emergency = next(f for f in catalog['red_flags'] if f['urgency'] == 'emergency')
    p = run('--care-sheet=' + pdf, '--region=lower:left', '--technique=swedish',
            '--red-flag=' + emergency['id'])
    check('red-flag exit 0', p.returncode == 0, p.stderr)
    pages = page_texts(pdf)
    check('emergency box on the first page', 'Emergency: get help now' in pages[0], pages[0][:200])
    check('emergency replaces the techniques', 'My Techniques' not in ' '.join(pages))


def test_unknown_ids():
    pdf = os.path.join(work, 'unknown.pdf')
    p = run('--care-sheet=' + pdf, '--technique=nonsense')
    check('unknown technique exit 2', p.returncode == 2, p.returncode)
    check('unknown technique lists ids', 'swedish' in p.stderr and 'foam-roller' in p.stderr,
          p.stderr)
    check('unknown technique writes nothing', not os.path.exists(pdf))
    p = run('--care-sheet=' + pdf, '--region=nowhere')
    check('unknown region exit 2', p.returncode == 2 and 'lower' in p.stderr, p.stderr)
    p = run('--care-sheet=' + pdf, '--paper=a3')
    check('unknown paper exit 2', p.returncode == 2 and 'letter' in p.stderr, p.stderr)


def limit_file_size():
    # A write past 16 KiB fails (EFBIG) rather than ending the program (SIGXFSZ).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))


def test_unwritable():
    before = sorted(os.listdir(work))
    blocker = os.path.join(work, 'not-a-folder')
    with open(blocker, 'w') as f:
        f.write('x')
    pdf = os.path.join(blocker, 'sheet.pdf')
    p = run('--care-sheet=' + pdf, '--region=lower')
    check('unwritable exit 1', p.returncode == 1, p.returncode)
    check('unwritable message names the file', 'sheet.pdf' in p.stderr, p.stderr)
    missing = os.path.join(work, 'missing', 'sheet.pdf')
    p = run('--care-sheet=' + missing, '--region=lower')
    check('missing folder exit 1', p.returncode == 1, p.returncode)
    check('no partial file left', sorted(os.listdir(work)) == sorted(before + ['not-a-folder']),
          sorted(os.listdir(work)))

    # A write that fails half-way, after the temporary file was made beside the target.
    here = os.path.join(work, 'full')
    os.mkdir(here)
    pdf = os.path.join(here, 'sheet.pdf')
    with open(pdf, 'w') as f:
        f.write('the old sheet')
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    p = subprocess.run([BACKMAP, '--care-sheet=' + pdf, '--region=lower',
                        '--technique=ball-against-wall'], capture_output=True, text=True,
                       env=env, timeout=120, preexec_fn=limit_file_size)
    check('failed write exit 1, message names the file',
          p.returncode == 1 and pdf in p.stderr, (p.returncode, p.stderr))
    with open(pdf, 'rb') as f:
        kept = f.read()
    check('failed write leaves no temporary file and the old sheet whole',
          os.listdir(here) == ['sheet.pdf'] and kept == b'the old sheet', os.listdir(here))


try:
    run_tests(test_one_region, test_letter, test_every_technique, test_long_notes,
              test_red_flag_result, test_unknown_ids, test_unwritable)
finally:
    shutil.rmtree(work, ignore_errors=True)
