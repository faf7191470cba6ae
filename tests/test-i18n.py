#!/usr/bin/env python3
# tests/test-i18n.py: every string reaches the translators, and German and Spanish are complete
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import importlib.util
import json
import os
import re
import subprocess
import tempfile
from tap import check, report

SRCDIR = os.path.join(os.environ['G_TEST_SRCDIR'], '..')
BUILDDIR = os.path.join(os.environ['G_TEST_BUILDDIR'], '..')
BACKMAP = os.environ['BACKMAP']
LANGUAGES = [line.strip() for line in open(os.path.join(SRCDIR, 'po', 'LINGUAS'))
             if line.strip() and not line.startswith('#')]
# What is a text, and which texts stay untranslated: the extractor's own rules.
_spec = importlib.util.spec_from_file_location(
    'catalog_strings', os.path.join(SRCDIR, 'build-aux', 'catalog-strings.py'))
catalog_strings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalog_strings)
TEXT_KEYS = catalog_strings.TEXT_KEYS



def catalog_texts():
    """(context, text) for every text of the catalog, as the loader translates it."""
    with open(os.path.join(SRCDIR, 'data', 'catalog.json'), encoding='utf-8') as f:
        catalog = json.load(f)
    out = set()

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                here = '%s.%s' % (path, key) if path else key
                if key in TEXT_KEYS and here not in catalog_strings.UNTRANSLATED:
                    for text in (value if isinstance(value, list) else [value]):
                        if isinstance(text, str):
                            out.add((here, text))
                else:
                    walk(value, here)
        elif isinstance(node, list):
            for item in node:
                walk(item, path)

    walk(catalog, '')
    return out


ESCAPES = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}


def unescape(text):
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), text)


def read_po(path):
    """{(context, msgid): msgstr} of a .po or .pot file, through msgcat's plain output."""
    entries = {}
    text = subprocess.run(['msgcat', '--no-wrap', path], capture_output=True, text=True,
                          check=True).stdout
    for block in text.split('\n\n'):
        ctx = re.search(r'^msgctxt "(.*)"$', block, re.M)
        mid = re.search(r'^msgid "(.*)"$', block, re.M)
        mstr = re.search(r'^msgstr(?:\[0\])? "(.*)"$', block, re.M)
        if mid and mid.group(1):
            key = (unescape(ctx.group(1)) if ctx else None, unescape(mid.group(1)))
            entries[key] = unescape(mstr.group(1)) if mstr else ''
    return entries


def build_pot():
    pot = os.path.join(tempfile.mkdtemp(prefix='backmap-pot-'), 'backmap.pot')
    files = [line.strip() for line in open(os.path.join(SRCDIR, 'po', 'POTFILES.in'))
             if line.strip() and not line.startswith('#')]
    args = ['xgettext', '--from-code=UTF-8', '--add-comments', '--keyword=_', '--keyword=N_',
            '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
            '--keyword=ngettext:1,2', '--keyword=g_dpgettext2:2c,3', '-o', pot]
    for name in files:
        path = os.path.join(BUILDDIR, name) if name == 'data/catalog-strings.c' else \
            os.path.join(SRCDIR, name)
        args.append(path)
    subprocess.run(args, check=True, capture_output=True)
    return pot


texts = catalog_texts()
pot = read_po(build_pot())
missing = [t for t in texts if t not in pot]
check('every catalog text is in the template', not missing, missing[:5])
check('the template has interface strings', ('map', 'Left') in pot and
      (None, 'Where Does It Hurt?') in pot)

sources = ' '.join(open(os.path.join(SRCDIR, name)).read() for name in
                   ('ui/bm-window.ui', 'ui/bm-region-pane.ui'))
unmarked = re.findall(r'<property name="(?:label|title|description|tooltip-text)">([^<]+)<',
                      sources)
check('no interface text in .ui files escapes translation', not unmarked, unmarked)

for language in LANGUAGES:
    po_path = os.path.join(SRCDIR, 'po', language + '.po')
    stats = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po_path],
                           capture_output=True, text=True)
    check(language + ': msgfmt --check passes', stats.returncode == 0, stats.stderr)
    check(language + ': complete', 'fuzzy' not in stats.stderr and
          'untranslated' not in stats.stderr, stats.stderr.strip())
    po = read_po(po_path)
    untranslated = [key for key in pot if not po.get(key)]
    check(language + ': every message of the sources translated', not untranslated,
          untranslated[:5])

env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8',
           BACKMAP_LOCALEDIR=os.path.join(BUILDDIR, 'po'))
env.pop('DISPLAY', None)
if 'es' in LANGUAGES:
    es = read_po(os.path.join(SRCDIR, 'po', 'es.po'))
    p = subprocess.run([BACKMAP, '--region=lower:left', '--format=json'], capture_output=True,
                       text=True, env=dict(env, LANGUAGE='es'))
    data = json.loads(p.stdout)
    check('command line in Spanish: region name', data['name'] == es[('regions.name',
                                                                      'Lower back')],
          data['name'])
    check('command line in Spanish: label', data['label'] != 'Lower back, left side',
          data['label'])
    p = subprocess.run([BACKMAP, '--region=nonsense'], capture_output=True, text=True,
                       env=dict(env, LANGUAGE='es'))
    check('command line in Spanish: errors', p.returncode == 2 and 'Unknown region' not in
          p.stderr, p.stderr)

if 'de' in LANGUAGES:
    de = read_po(os.path.join(SRCDIR, 'po', 'de.po'))
    pdf = os.path.join(tempfile.mkdtemp(prefix='backmap-i18n-'), 'sheet.pdf')
    p = subprocess.run([BACKMAP, '--care-sheet=' + pdf, '--region=lower:left',
                        '--technique=walking'], capture_output=True, text=True,
                       env=dict(env, LANGUAGE='de'))
    text = ' '.join(subprocess.run(['pdftotext', pdf, '-'], capture_output=True,
                                   text=True).stdout.split())
    title = de[(None, 'My Back Care Sheet')]
    check('care sheet in German: title', p.returncode == 0 and title in text, text[:200])
    check('care sheet in German: region', de[('regions.name', 'Lower back')] in text, text[:200])
    check('care sheet in German: PDF title', title in subprocess.run(
        ['pdfinfo', pdf], capture_output=True, text=True).stdout)

report()
