#!/usr/bin/env python3
# build-aux/catalog-strings.py: every text of the catalog as a gettext message
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# xgettext cannot read JSON, so the build writes the catalog's texts as C markers
# that it can: NC_("regions.name", "Lower back"). The context is the text's field
# path without indices, the one the loader gives g_dpgettext2() (bm_json_translate).

import json
import sys

# The fields the loader reads with bm_json_dup_text() or bm_json_dup_texts().
TEXT_KEYS = {
    'action', 'advice', 'aggravated_by', 'cautions', 'dose', 'expect', 'feels_like',
    'find_it', 'how_to_tell', 'means', 'name', 'note', 'question', 'session', 'summary',
    'tell_therapist', 'text', 'trigger_points', 'why', 'words',
}

# Bibliographic fields stay as published: a source's note keeps its figures untranslated.
UNTRANSLATED = {'sources.note'}


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def walk(node, path, where, out):
    if isinstance(node, dict):
        for key, value in node.items():
            here = where
            if key in TEXT_KEYS and ('%s.%s' % (path, key) if path else key) not in UNTRANSLATED:
                texts = value if isinstance(value, list) else [value]
                for text in texts:
                    if isinstance(text, str) and text:
                        out.append(('%s.%s' % (path, key) if path else key,
                                    '%s.%s' % (here, key), text))
            else:
                walk(value, '%s.%s' % (path, key) if path else key, '%s.%s' % (here, key), out)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get('id') if isinstance(item, dict) else None
            walk(item, path, '%s[%s]' % (where, label if label else index), out)


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        catalog = json.load(f)

    messages = []
    walk(catalog, '', 'catalog', messages)

    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write('/* Generated from data/catalog.json by build-aux/catalog-strings.py. */\n\n')
        f.write('#include <glib/gi18n.h>\n\n')
        f.write('static const char *catalog_strings[] G_GNUC_UNUSED = {\n')
        for context, where, text in messages:
            f.write('  /* Translators: %s in the catalog */\n' % where.replace('*/', '* /'))
            if '%' in text:
                # "30 to 55% of people" is not a printf format.
                f.write('  /* xgettext:no-c-format */\n')
            f.write('  NC_(%s, %s),\n' % (c_string(context), c_string(text)))
        f.write('};\n')


if __name__ == '__main__':
    main()
