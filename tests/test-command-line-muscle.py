#!/usr/bin/env python3
# tests/test-command-line-muscle.py: --list-muscles and --muscle, without a display
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
from tap import check, run_tests
from cli import run, usage_error

MUSCLES = ('upper-trapezius', 'middle-trapezius', 'lower-trapezius', 'latissimus-dorsi',
           'infraspinatus', 'gluteus-maximus', 'gluteus-medius', 'tensor-fasciae-latae',
           'hamstrings', 'gastrocnemius', 'levator-scapulae', 'rhomboids', 'scalenes',
           'serratus-posterior-superior', 'serratus-posterior-inferior', 'iliocostalis-thoracis',
           'iliocostalis-lumborum', 'longissimus', 'multifidus', 'semispinalis', 'suboccipitals',
           'quadratus-lumborum', 'iliopsoas', 'rectus-abdominis', 'gluteus-minimus', 'piriformis',
           'soleus')



def test_list_muscles():
    p = run('--list-muscles')
    rows = [line.split() for line in p.stdout.splitlines() if line.strip()]
    ids = [row[0] for row in rows]
    check('list-muscles exit 0', p.returncode == 0, p.stderr)
    check('list-muscles: each muscle once', sorted(ids) == sorted(MUSCLES), ids)
    check('list-muscles: no other pain source', 'gluteal-tendons' not in ids and 'kidney' not in ids)
    depths = {row[0]: row[-1] for row in rows}
    check('list-muscles: depth', depths.get('piriformis') == '(deep)'
          and depths.get('gluteus-maximus') == '(superficial)', depths)


def test_muscle_json():
    p = run('--muscle=quadratus-lumborum:left', '--format=json')
    check('muscle json exit 0', p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    check('muscle json id', data['id'] == 'quadratus-lumborum', data['id'])
    check('muscle json side', data['sides'] == ['left'], data['sides'])
    check('muscle json depth', data['depth'] == 'deep', data['depth'])
    check('muscle json located_in', 'lower' in data['located_in'], data['located_in'])
    check('muscle json refers_to', 'sacroiliac' in data['refers_to'] and 'gluteal' in data['refers_to'],
          data['refers_to'])
    check('muscle json trigger points', isinstance(data['trigger_points'], str)
          and data['trigger_points'], data['trigger_points'])
    check('muscle json self-treatment ids', len(data['self_treatment']) >= 2
          and all(isinstance(i, str) and ' ' not in i for i in data['self_treatment']),
          data['self_treatment'])
    check('muscle json evidence', data['evidence']['level'] in ('moderate', 'low', 'very-low', 'none')
          and data['evidence']['summary'] and data['evidence']['sources'], data['evidence'])
    both = json.loads(run('--muscle=piriformis', '--format=json').stdout)
    check('muscle json without a side: both', both['sides'] == ['left', 'right'], both['sides'])


def test_muscle_every_id():
    for muscle in MUSCLES:
        p = run('--muscle=' + muscle, '--format=json')
        data = json.loads(p.stdout) if p.returncode == 0 else {}
        # The rectus abdominis lies on the front of the belly: in no area of the back.
        check('muscle %s: referring, with trigger points and self-treatment' % muscle,
              data.get('refers_to') and data.get('trigger_points')
              and data.get('self_treatment') and data.get('evidence', {}).get('sources'),
              (p.returncode, p.stderr, list(data)))


def test_muscle_text():
    p = run('--muscle=infraspinatus:right')
    check('muscle text exit 0', p.returncode == 0, p.stderr)
    check('muscle text title', p.stdout.startswith('Infraspinatus, right side (infraspinatus)'),
          p.stdout[:80])
    for heading in ('Lies in:', 'May refer pain to:', 'Trigger points:', 'Self-treatment:',
                    'Sources:'):
        check('muscle text has ' + heading, '\n' + heading + '\n' in p.stdout, p.stdout[:400])
    check('muscle text: the areas on its side', 'Shoulder blade, right side' in p.stdout,
          p.stdout[:600])


def test_muscle_usage():
    p = usage_error('unknown muscle', ['--muscle=quadratus'], 'quadratus')
    check('unknown muscle: the valid ids listed', 'quadratus-lumborum' in p.stderr
          and 'piriformis' in p.stderr and 'kidney' not in p.stderr, p.stderr)
    usage_error('not a muscle', ['--muscle=kidney'], 'kidney')
    usage_error('a tendon is not drawn', ['--muscle=gluteal-tendons'], 'gluteal-tendons')
    p = usage_error('unknown side', ['--muscle=piriformis:center'], 'center', 'piriformis')
    check('unknown side: the valid sides listed', 'left, right' in p.stderr, p.stderr)
    usage_error('empty muscle', ['--muscle='], 'Unknown muscle')
    usage_error('bad format', ['--muscle=soleus', '--format=xml'], 'xml')
    usage_error('list with format', ['--list-muscles', '--format=json'], '--format')
    usage_error('muscle with region', ['--muscle=soleus', '--region=calf'], '--muscle', '--region')
    usage_error('muscle twice', ['--muscle=soleus', '--muscle=piriformis'], '--muscle')


run_tests(test_list_muscles, test_muscle_json, test_muscle_every_id, test_muscle_text,
          test_muscle_usage)
