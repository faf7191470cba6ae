#!/usr/bin/env python3
# build-aux/gresource-xml.py: the resource bundle: the catalog, the map, the interface
# and exactly the illustrations the catalog names
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys
from xml.sax.saxutils import escape

FIXED = [
    ('catalog.json', 'data/catalog.json'),
    ('back-map.svg', 'data/back-map.svg'),
    ('style.css', 'ui/style.css'),
    ('ui/bm-diary-entry-editor.ui', 'ui/bm-diary-entry-editor.ui'),
    ('ui/bm-diary-entry-row.ui', 'ui/bm-diary-entry-row.ui'),
    ('ui/bm-diary-page.ui', 'ui/bm-diary-page.ui'),
    ('ui/bm-map-bar.ui', 'ui/bm-map-bar.ui'),
    ('ui/bm-map-legend.ui', 'ui/bm-map-legend.ui'),
    ('ui/bm-muscle-page.ui', 'ui/bm-muscle-page.ui'),
    ('ui/bm-pain-type-dialog.ui', 'ui/bm-pain-type-dialog.ui'),
    ('ui/bm-red-flag-dialog.ui', 'ui/bm-red-flag-dialog.ui'),
    ('ui/bm-region-pane.ui', 'ui/bm-region-pane.ui'),
    ('ui/bm-routine-player.ui', 'ui/bm-routine-player.ui'),
    ('ui/bm-routine-stop-page.ui', 'ui/bm-routine-stop-page.ui'),
    ('ui/bm-search-page.ui', 'ui/bm-search-page.ui'),
    ('ui/bm-technique-browser.ui', 'ui/bm-technique-browser.ui'),
    ('ui/bm-technique-page.ui', 'ui/bm-technique-page.ui'),
    ('ui/bm-urgency-banner.ui', 'ui/bm-urgency-banner.ui'),
    ('ui/bm-window.ui', 'ui/bm-window.ui'),
    ('ui/help-overlay.ui', 'ui/help-overlay.ui'),
]


def main():
    catalog_path, output_path = sys.argv[1:3]
    with open(catalog_path, encoding='utf-8') as f:
        catalog = json.load(f)

    names = sorted({step['illustration']
                    for technique in catalog.get('techniques', [])
                    for step in technique.get('steps', [])})
    files = FIXED + [('illustrations/%s.svg' % name, 'data/illustrations/%s.svg' % name)
                     for name in names]

    with open(output_path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<gresources>\n')
        f.write('  <gresource prefix="/io/github/backmap/Backmap">\n')
        for alias, path in files:
            f.write('    <file alias="%s">%s</file>\n' % (escape(alias), escape(path)))
        f.write('  </gresource>\n</gresources>\n')


if __name__ == '__main__':
    main()
