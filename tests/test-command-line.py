#!/usr/bin/env python3
# tests/test-command-line.py: the command line's output and exit statuses, without a display
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import subprocess
import tempfile
from tap import check, run_tests
from cli import BACKMAP, run, usage_error

# A usage error must not write a file: the tests look for one in a folder of their own.
work = tempfile.mkdtemp(prefix='backmap-cli-')
os.chdir(work)




def test_version():
    p = run('--version')
    check('version', p.returncode == 0 and p.stdout.startswith('backmap '), p.stdout)


def test_list_regions():
    p = run('--list-regions')
    ids = [line.split()[0] for line in p.stdout.splitlines() if line.strip()]
    check('list-regions exit 0', p.returncode == 0, p.stderr)
    for expected in ('neck', 'upper', 'shoulder-blade', 'middle', 'lower', 'cervical-spine',
                     'thoracic-spine', 'lumbar-spine', 'sacrum', 'coccyx', 'flank', 'sacroiliac',
                     'gluteal', 'lateral-hip', 'posterior-thigh', 'calf'):
        check('list-regions has ' + expected, expected in ids, p.stdout)


def test_region_json():
    p = run('--region=lower:left', '--format=json')
    check('region json exit 0', p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    check('region json id', data['id'] == 'lower')
    check('region json side', data['sides'] == ['left'])
    check('region json label', data['label'] == 'Lower back, left side', data['label'])
    for key in ('name', 'causes', 'techniques', 'self_care', 'red_flags', 'referred_from'):
        check('region json has ' + key, key in data and data[key], key)
    source = data['referred_from'][0]
    check('referred_from entries', set(source) >= {'id', 'name', 'kind', 'located_in'}, source)
    check('referred_from kinds', all(s['kind'] in ('muscle', 'joint', 'nerve-root', 'organ')
                                     for s in data['referred_from']))


def test_region_both_sides():
    p = run('--region=shoulder-blade', '--format=json')
    data = json.loads(p.stdout)
    check('no side means both', data['sides'] == ['left', 'right'], data['sides'])
    p = run('--region=shoulder-blade:right', '--format=json')
    notes = json.loads(p.stdout)['side_notes']
    check('right side note only', notes and all(n['side'] == 'right' for n in notes), notes)


def test_region_text():
    p = run('--region=gluteal:right')
    check('region text exit 0', p.returncode == 0, p.stderr)
    check('region text label', p.stdout.startswith('Buttock, right side'), p.stdout[:80])
    check('region text red flags', 'See a doctor instead if:' in p.stdout)


def test_unknown_region():
    p = run('--region=nonsense')
    check('unknown region exit 2', p.returncode == 2, p.returncode)
    check('unknown region lists ids', 'nonsense' in p.stderr and 'lower' in p.stderr
          and 'posterior-thigh' in p.stderr, p.stderr)
    check('unknown region prints nothing', p.stdout == '', p.stdout)


def test_unknown_side():
    p = run('--region=sacrum:left')
    check('unknown side exit 2', p.returncode == 2 and 'center' in p.stderr, p.stderr)


def test_bad_format():
    p = run('--region=lower', '--format=xml')
    check('bad format exit 2', p.returncode == 2 and 'json' in p.stderr, p.stderr)


def search(*args):
    p = run(*args, '--format=json')
    check('search json exit 0', p.returncode == 0, p.stderr)
    return json.loads(p.stdout)


def test_search_json():
    data = search('--search=Tennis')
    check('search json query', data['query'] == 'Tennis', data['query'])
    ids = [r['id'] for r in data['results']]
    check('search finds words in the steps', 'ball-against-wall' in ids, ids)
    result = data['results'][0]
    check('search json entries', set(result) == {'kind', 'id', 'title', 'field', 'regions'},
          result)
    check('search json kinds', all(r['kind'] in ('region', 'technique', 'pain-source', 'cause',
                                                 'tip', 'red-flag') for r in data['results']))
    wall = data['results'][ids.index('ball-against-wall')]
    check('search result lists all its regions', len(wall['regions']) > 1
          and {'lower', 'upper', 'gluteal'} <= set(wall['regions']), wall['regions'])


def test_search_ranking():
    fields = [r['field'] for r in search('--search=ball')['results']]
    order = ['title', 'summary', 'body']
    check('search ranks title, then summary, then body',
          fields == sorted(fields, key=order.index) and fields[0] == 'title'
          and 'body' in fields, fields)


def test_search_synonym():
    ids = [r['id'] for r in search('--search=knot')['results']]
    check('search synonym: knot finds trigger points', 'trigger-point-self-pressure' in ids, ids)
    check('search matches word starts only', search('--search=igger')['results'] == [])


def test_search_text():
    p = run('--search=trigger point')
    lines = p.stdout.splitlines()
    check('search text exit 0', p.returncode == 0, p.stderr)
    check('search text: title, then kind and regions', len(lines) >= 2
          and lines[0] == 'Trigger-point therapy (professional)'
          and lines[1].startswith('  With a therapist · Neck, '), lines[:2])


def test_search_empty_result():
    p = run('--search=zzzzzz')
    check('no results exit 0', p.returncode == 0, p.stderr)
    check('no results text', p.stdout == 'No results for “zzzzzz”\n', p.stdout)
    data = search('--search=zzzzzz')
    check('no results json', data == {'query': 'zzzzzz', 'results': []}, data)


def test_search_usage():
    for args in (['--search='], ['--search=  '], ['--search=knot', '--region=lower'],
                 ['--search=knot', '--list-regions'], ['--search=knot', '--format=xml']):
        p = run(*args)
        check('search usage error exit 2: ' + ' '.join(args),
              p.returncode == 2 and p.stdout == '' and p.stderr, (p.returncode, p.stderr))


def test_routine_json():
    p = run('--routine=side-lying-ql-ball,walking', '--format=json')
    check('routine json exit 0', p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    items = data['items']
    check('routine json entries', all(set(i) == {
        'start_seconds', 'technique', 'step', 'side', 'countdown_seconds', 'hold_seconds',
        'repetition', 'repetitions', 'rest_seconds'} for i in items), items[0])
    check('routine json in order', [i['technique'] for i in items]
          == ['side-lying-ql-ball'] * 6 + ['walking'] * 3, [i['technique'] for i in items])
    held = [i for i in items if i['step'] == 3 and i['technique'] == 'side-lying-ql-ball']
    check('routine json sides and repetitions',
          [(i['side'], i['repetition'], i['repetitions']) for i in held]
          == [('left', 1, 2), ('left', 2, 2), ('right', 1, 2), ('right', 2, 2)], held)
    check('routine json no side is null', items[0]['side'] is None, items[0])
    check('routine json countdown before holds',
          all(i['countdown_seconds'] == (3 if i['hold_seconds'] else 0) for i in items))
    starts = [i['start_seconds'] for i in items]
    lengths = [i['countdown_seconds'] + i['hold_seconds'] + i['rest_seconds'] for i in items]
    check('routine json starts follow each other',
          starts[0] == 0 and all(starts[k + 1] == starts[k] + lengths[k]
                                 for k in range(len(items) - 1)), starts)
    check('routine json total', data['total_seconds'] == starts[-1] + lengths[-1]
          and items[-1]['rest_seconds'] == 0, data['total_seconds'])


def test_routine_text():
    p = run('--routine=walking')
    lines = p.stdout.splitlines()
    check('routine text exit 0', p.returncode == 0, p.stderr)
    check('routine text: start, technique, step and first sentence',
          lines[0] == ' 0:00  Walking, step 1: Start with a short, easy walk on flat ground, '
          'at a pace that still lets you talk.', lines[:1])
    check('routine text: hold and repetition', lines[1] == '       Hold 600 s · 1 of 1', lines[1:2])
    check('routine text: total', lines[-1] == 'Total 10:39', lines[-1:])
    p = run('--routine=gentle-stretching')
    check('routine text: side and rest',
          ' 0:00  Gentle stretching, step 1, left side: ' in p.stdout
          and 'Hold 30 s · 2 of 2 · Rest 10 s' in p.stdout
          and ', step 1, right side: ' in p.stdout, p.stdout[:300])


def test_routine_usage():
    for bad in ('swedish', 'walking,nonsense', ''):
        p = run('--routine=' + bad)
        named = bad.split(',')[-1]
        check('routine not self-care exit 2: ' + bad,
              p.returncode == 2 and p.stdout == '' and '“%s”' % named in p.stderr
              and 'walking' in p.stderr and 'swedish,' not in p.stderr
              and ' swedish' not in p.stderr, (p.returncode, p.stderr))
    for args in (['--region=lower'], ['--search=knot'], ['--list-regions'],
                 ['--care-sheet=/nonexistent/x.pdf'], ['--format=xml']):
        p = run('--routine=walking', *args)
        check('routine usage error exit 2: ' + ' '.join(args),
              p.returncode == 2 and p.stdout == '' and p.stderr, (p.returncode, p.stderr))


def test_repeated_options():
    for option, args in (('--care-sheet', ['--care-sheet=a.pdf', '--care-sheet=b.pdf']),
                         ('--format', ['--region=lower', '--format=json', '--format=json']),
                         ('--search', ['--search=ball', '--search=knot']),
                         ('--routine', ['--routine=walking', '--routine=walking']),
                         ('--notes', ['--care-sheet=a.pdf', '--notes=a', '--notes=b']),
                         ('--paper', ['--care-sheet=a.pdf', '--paper=a4', '--paper=a4']),
                         ('--intensity', ['--log=lower', '--intensity=1', '--intensity=2']),
                         ('--quality', ['--log=lower', '--intensity=1', '--quality=aching',
                                        '--quality=burning']),
                         ('--note', ['--log=lower', '--intensity=1', '--note=a', '--note=b']),
                         ('--export-diary', ['--export-diary=a.csv', '--export-diary=b.csv']),
                         ('--list-regions', ['--list-regions', '--list-regions']),
                         ('--version', ['--version', '--version'])):
        p = usage_error('repeated', args, option + ' may be given only once')
        check('repeated option writes no file: ' + option,
              not os.path.exists('a.pdf') and not os.path.exists('a.csv'), p.stderr)
    # The options meant to be repeated.
    p = run('--region=lower', '--region=neck')
    check('--region may be repeated', p.returncode == 0, p.stderr)


def test_conflicting_options():
    for args, named in (
            (['--care-sheet=a.pdf', '--format=json'], ['--care-sheet', '--format']),
            (['--care-sheet=a.pdf', '--list-regions'], ['--care-sheet', '--list-regions']),
            (['--list-regions', '--care-sheet=a.pdf'], ['--care-sheet', '--list-regions']),
            (['--care-sheet=a.pdf', '--search=knot'], ['--care-sheet', '--search']),
            (['--care-sheet=a.pdf', '--routine=walking'], ['--care-sheet', '--routine']),
            (['--care-sheet=a.pdf', '--log=lower', '--intensity=2'], ['--care-sheet', '--log']),
            (['--care-sheet=a.pdf', '--export-diary=a.csv'], ['--care-sheet', '--export-diary']),
            (['--care-sheet=a.pdf', '--note=x'], ['--care-sheet', '--note']),
            (['--search=knot', '--routine=walking'], ['--search', '--routine']),
            (['--search=knot', '--notes=x'], ['--search', '--notes']),
            (['--list-regions', '--region=lower'], ['--list-regions', '--region']),
            (['--list-regions', '--format=json'], ['--list-regions', '--format']),
            (['--region=lower', '--technique=walking'], ['--region', '--technique']),
            (['--region=lower', '--paper=a4'], ['--region', '--paper']),
            (['--log=lower', '--intensity=2', '--format=json'], ['--log', '--format']),
            (['--log=lower', '--intensity=2', '--region=neck'], ['--log', '--region']),
            (['--log=lower', '--intensity=2', '--notes=x'], ['--log', '--notes']),
            (['--export-diary=a.csv', '--log=lower', '--intensity=2'],
             ['--export-diary', '--log']),
            (['--export-diary=a.csv', '--format=json'], ['--export-diary', '--format']),
            (['--version', '--list-regions'], ['--version', '--list-regions']),
            (['--format=json'], ['--format', '--search', '--routine', '--region']),
            (['--technique=walking'], ['--technique', '--care-sheet']),
            (['--paper=a4'], ['--paper', '--care-sheet']),
            (['--intensity=3'], ['--intensity', '--log']),
            (['--quality=aching'], ['--quality', '--log']),
            (['--note=x'], ['--note', '--log']),
            (['--log=lower'], ['--log', '--intensity'])):
        usage_error('conflict', args, *named)
    check('conflicting options write no file',
          not os.path.exists('a.pdf') and not os.path.exists('a.csv'))


def test_invalid_utf8():
    bad = b'\xff\xfeab'
    for option, others in (('--region', []), ('--search', []), ('--routine', []),
                           ('--format', [b'--region=lower']),
                           ('--technique', [b'--care-sheet=a.pdf']),
                           ('--red-flag', [b'--care-sheet=a.pdf']),
                           ('--notes', [b'--care-sheet=a.pdf']),
                           ('--paper', [b'--care-sheet=a.pdf']),
                           ('--log', [b'--intensity=3']),
                           ('--intensity', [b'--log=lower']),
                           ('--quality', [b'--log=lower', b'--intensity=3']),
                           ('--note', [b'--log=lower', b'--intensity=3'])):
        env = dict(os.environ)
        env.pop('DISPLAY', None)
        p = subprocess.run([BACKMAP.encode(), *others, option.encode() + b'=' + bad],
                           capture_output=True, env=env, timeout=60)
        check('invalid UTF-8 is a usage error naming the option: ' + option,
              p.returncode == 2 and p.stdout == b''
              and (option + ' is not valid UTF-8').encode() in p.stderr,
              (p.returncode, p.stdout[:80], p.stderr))
    check('invalid UTF-8 writes no file', not os.path.exists('a.pdf'))


def test_unparsable_options():
    usage_error('unknown option', ['--region=lower', '--bogus'], '--bogus')
    usage_error('value missing', ['--region'], '--region')


def test_json_several_regions():
    p = run('--region=lower:left', '--region=neck', '--format=json')
    check('two regions exit 0', p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    check('two regions are one JSON list', isinstance(data, list)
          and [r['id'] for r in data] == ['lower', 'neck'], p.stdout[:200])
    check('two regions keep their sides', data[0]['sides'] == ['left']
          and data[1]['sides'] == ['left', 'right'], [r['sides'] for r in data])
    single = json.loads(run('--region=neck', '--format=json').stdout)
    check('one region is the object itself', single == data[1], list(single)[:3])
    p = run('--region=lower', '--region=neck')
    check('two regions as text: one after the other', p.returncode == 0
          and p.stdout.startswith('Lower back') and '\n\nNeck' in p.stdout, p.stdout[:100])


def test_nothing_printed_when_a_later_argument_is_bad():
    usage_error('second region unknown', ['--region=lower', '--region=nonsense'], 'nonsense')
    usage_error('second region side unknown', ['--region=lower', '--region=sacrum:left'],
                'center')
    usage_error('format after regions', ['--region=lower', '--region=neck', '--format=xml'],
                'xml')
    usage_error('format after a search', ['--search=knot', '--format=xml'], 'xml')
    usage_error('format after a routine', ['--routine=walking', '--format=xml'], 'xml')
    usage_error('repeat after a region', ['--region=lower', '--format=json', '--format=text'],
                '--format')


try:
    run_tests(test_version, test_list_regions, test_region_json, test_region_both_sides,
              test_region_text, test_unknown_region, test_unknown_side, test_bad_format,
              test_search_json, test_search_ranking, test_search_synonym, test_search_text,
              test_search_empty_result, test_search_usage, test_routine_json, test_routine_text,
              test_routine_usage, test_repeated_options, test_conflicting_options,
              test_invalid_utf8, test_unparsable_options, test_json_several_regions,
              test_nothing_printed_when_a_later_argument_is_bad)
finally:
    shutil.rmtree(work, ignore_errors=True)
