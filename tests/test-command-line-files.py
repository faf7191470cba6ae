#!/usr/bin/env python3
# tests/test-command-line-files.py: what the command line writes: care sheets and the
# diary's CSV to files and standard output, targets it must not replace, a kill during a
# write, and the pain diary's entries
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from tap import check, run_tests

BACKMAP = os.environ['BACKMAP']
work = tempfile.mkdtemp(prefix='backmap-files-')


def environment(data_home=None):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    env['XDG_DATA_HOME'] = data_home or tempfile.mkdtemp(dir=work)
    return env


def run(*args, env=None, text=True, cwd=None):
    return subprocess.run([BACKMAP, *args], capture_output=True, text=text,
                          env=env or environment(), cwd=cwd, timeout=120)


def folder(name):
    path = os.path.join(work, name)
    os.mkdir(path)
    return path


def listing(path):
    return sorted(os.listdir(path))


def test_refuses_a_named_pipe():
    here = folder('fifo')
    fifo = os.path.join(here, 'sheet.pdf')
    os.mkfifo(fifo)
    for option in ('--care-sheet=', '--export-diary='):
        p = run(option + fifo)
        check('named pipe: exit 1, message names it: ' + option,
              p.returncode == 1 and fifo in p.stderr and 'named pipe' in p.stderr
              and p.stdout == '', (p.returncode, p.stderr))
        check('named pipe stays a named pipe, nothing beside it: ' + option,
              stat.S_ISFIFO(os.lstat(fifo).st_mode) and listing(here) == ['sheet.pdf'],
              listing(here))


def test_refuses_a_device():
    here = folder('device')
    device = os.path.join(here, 'null')
    if os.geteuid() == 0:
        # As root a rename would replace the node: the case the writer must refuse.
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        os.symlink('/dev/null', device)
    p = run('--care-sheet=' + device, '--region=lower')
    check('device: exit 1, message names it',
          p.returncode == 1 and device in p.stderr and 'device' in p.stderr, p.stderr)
    check('device stays a device, nothing beside it',
          stat.S_ISCHR(os.stat(device).st_mode) and listing(here) == ['null'], listing(here))


def test_refuses_a_folder():
    here = folder('dir')
    target = folder(os.path.join('dir', 'sheet.pdf'))
    p = run('--care-sheet=' + target)
    check('folder: exit 1, message names it',
          p.returncode == 1 and target in p.stderr and 'folder' in p.stderr, p.stderr)
    check('folder stays a folder, nothing beside it',
          os.path.isdir(target) and listing(here) == ['sheet.pdf'], listing(here))


def test_standard_output():
    here = folder('stdout')
    p = run('--care-sheet=-', '--region=lower:left', text=False, cwd=here)
    check('care sheet on standard output: exit 0', p.returncode == 0, p.stderr)
    pdf = os.path.join(work, 'stdout.pdf')
    with open(pdf, 'wb') as f:
        f.write(p.stdout)
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True)
    check('standard output holds a whole PDF', p.stdout.startswith(b'%PDF-')
          and p.stdout.rstrip().endswith(b'%%EOF') and info.returncode == 0
          and 'My Back Care Sheet' in info.stdout, (p.stdout[:8], info.stderr))
    check('no file named "-"', listing(here) == [], listing(here))


def test_link_stays_a_link():
    here = folder('link')
    real = os.path.join(here, 'real.pdf')
    with open(real, 'w') as f:
        f.write('old')
    os.chmod(real, 0o644)
    link = os.path.join(here, 'sheet.pdf')
    os.symlink('real.pdf', link)
    p = run('--care-sheet=' + link, '--region=neck')
    check('through a link: exit 0', p.returncode == 0, p.stderr)
    with open(real, 'rb') as f:
        head = f.read(5)
    check('the link stays, the file it names is replaced, its mode kept',
          os.path.islink(link) and head == b'%PDF-'
          and stat.S_IMODE(os.stat(real).st_mode) == 0o644
          and listing(here) == ['real.pdf', 'sheet.pdf'], (listing(here), head))


def slow_sheet(target):
    # Many short paragraphs: about a second of layout while the temporary file exists.
    notes = 'A line of notes\n' * 7000
    return subprocess.Popen([BACKMAP, '--care-sheet=' + target, '--region=lower',
                             '--notes=' + notes], env=environment(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_signal_during_write():
    for sig in (signal.SIGTERM, signal.SIGINT):
        here = folder('signal-%d' % sig)
        target = os.path.join(here, 'sheet.pdf')
        with open(target, 'w') as f:
            f.write('the old sheet')
        before = listing(here)
        process = slow_sheet(target)
        seen = False
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            if listing(here) != before:
                seen = True
                break
            time.sleep(0.001)
        process.send_signal(sig)
        process.wait(timeout=60)
        process.stderr.close()
        check('a temporary file was being written: %s' % sig.name, seen, listing(here))
        check('killed by %s' % sig.name, process.returncode == -sig, process.returncode)
        with open(target) as f:
            kept = f.read()
        check('no temporary file left and the old sheet kept: %s' % sig.name,
              listing(here) == before and kept == 'the old sheet', (listing(here), kept[:20]))


def test_log_and_export():
    home = tempfile.mkdtemp(dir=work)
    env = environment(home)
    note = 'Drove 3 hours, "bad" day,\nthen stairs; Rücken tut weh ☹'
    p = run('--log=lower:left', '--log=sacrum', '--intensity=7', '--quality=burning',
            '--note=' + note, env=env)
    check('log exit 0, prints nothing', p.returncode == 0 and p.stdout == '', p.stderr)
    p = run('--log=neck', '--intensity=0', env=env)
    check('second log exit 0', p.returncode == 0, p.stderr)
    diary = os.path.join(home, 'backmap', 'diary.json')
    check('diary is private', stat.S_IMODE(os.stat(diary).st_mode) == 0o600,
          oct(os.stat(diary).st_mode))
    with open(diary, encoding='utf-8') as f:
        entries = json.load(f)['entries']
    check('two entries', len(entries) == 2, entries)
    check('one entry for several --log', sorted((s['region'], s['side'], s['intensity'],
                                                 s['quality']) for s in entries[0]['scores'])
          == [('lower', 'left', 7, 'burning'), ('sacrum', 'center', 7, 'burning')],
          entries[0]['scores'])
    check('a region without a side scores both', sorted(s['side'] for s in entries[1]['scores'])
          == ['left', 'right'], entries[1]['scores'])

    exported = os.path.join(work, 'diary.csv')
    p = run('--export-diary=' + exported, env=env)
    check('export exit 0, prints nothing', p.returncode == 0 and p.stdout == '', p.stderr)
    with open(exported, 'rb') as f:
        data = f.read()
    check('CSV lines end in CRLF', data.count(b'\r\n') >= 5, data[:200])
    rows = list(csv.reader(io.StringIO(data.decode('utf-8'), newline='')))
    check('CSV header', rows[0] == ['Date and time', 'Region', 'Side', 'Intensity', 'Quality',
                                    'Done', 'Note'], rows[0])
    check('CSV one row per region side', len(rows) == 1 + 2 + 2, rows)
    check('CSV quoting keeps commas, quotes, newlines and non-ASCII', rows[1][6] == note,
          rows[1])
    check('CSV quotes the note', ('"%s"' % note.replace('"', '""')).encode() in data, data[:300])
    check('CSV values', rows[1][1:5] == ['Lower back', 'left', '7', 'burning'], rows[1])

    p = run('--export-diary=-', env=env, text=False, cwd=folder('csv-stdout'))
    check('export to standard output is the same table', p.returncode == 0 and p.stdout == data,
          p.stdout[:100])

    sheet = os.path.join(work, 'diary-sheet.pdf')
    p = run('--care-sheet=' + sheet, '--region=lower:left', env=env)
    page = subprocess.run(['pdftotext', '-l', '1', sheet, '-'], capture_output=True,
                          text=True).stdout
    check('the care sheet sums up the diary', p.returncode == 0 and 'from 2 entries' in page
          and 'No pain scores logged yet' not in page, (p.stderr, page[:400]))


def test_log_usage():
    home = tempfile.mkdtemp(dir=work)
    env = environment(home)
    for args, named in ((['--intensity=11'], '11'), (['--intensity=-1'], '-1'),
                        (['--intensity=five'], 'five'), (['--intensity=5.5'], '5.5'),
                        (['--intensity='], '0 to 10'),
                        (['--intensity=3', '--quality=sharp'], 'sharp'),
                        (['--intensity=3', '--log=nowhere'], 'nowhere'),
                        (['--intensity=3', '--log=sacrum:left'], 'center')):
        p = run('--log=lower', *args, env=env)
        check('log usage error: ' + ' '.join(args),
              p.returncode == 2 and p.stdout == '' and named in p.stderr, (p.returncode,
                                                                            p.stderr))
    check('log usage errors write no diary', not os.path.exists(os.path.join(home, 'backmap')),
          listing(home))


def test_broken_diary():
    home = tempfile.mkdtemp(dir=work)
    env = environment(home)
    os.makedirs(os.path.join(home, 'backmap'))
    diary = os.path.join(home, 'backmap', 'diary.json')
    with open(diary, 'w') as f:
        f.write('{"version": 1, "entries": [')
    for args in (['--export-diary=' + os.path.join(work, 'broken.csv')],
                 ['--care-sheet=' + os.path.join(work, 'broken.pdf')]):
        p = run(*args, env=env)
        check('broken diary: exit 1, message names the file: ' + args[0][:14],
              p.returncode == 1 and diary in p.stderr and p.stdout == '', p.stderr)
    check('broken diary left where it is, nothing written',
          listing(os.path.join(home, 'backmap')) == ['diary.json']
          and not os.path.exists(os.path.join(work, 'broken.csv'))
          and not os.path.exists(os.path.join(work, 'broken.pdf')),
          listing(os.path.join(home, 'backmap')))
    # Adding an entry goes through the window's store, which keeps a broken file aside.
    p = run('--log=neck', '--intensity=4', env=env)
    kept = [n for n in listing(os.path.join(home, 'backmap')) if n.startswith('diary.json.broken-')]
    check('log with a broken diary keeps it aside and says so',
          p.returncode == 0 and len(kept) == 1 and kept[0] in p.stderr, (p.returncode, p.stderr))


def test_newer_diary():
    home = tempfile.mkdtemp(dir=work)
    env = environment(home)
    os.makedirs(os.path.join(home, 'backmap'))
    diary = os.path.join(home, 'backmap', 'diary.json')
    newer = b'{"version": 2, "entries": [], "colour": "new"}'
    with open(diary, 'wb') as f:
        f.write(newer)
    p = run('--log=neck', '--intensity=4', env=env)
    check('log to a newer diary: exit 1, says so, writes nothing',
          p.returncode == 1 and p.stdout == '' and 'newer version' in p.stderr
          and diary in p.stderr and 'not saved' in p.stderr, (p.returncode, p.stderr))
    p = run('--export-diary=' + os.path.join(work, 'newer.csv'), env=env)
    check('export of a newer diary: exit 1, says so', p.returncode == 1 and 'newer' in p.stderr,
          (p.returncode, p.stderr))
    with open(diary, 'rb') as f:
        kept = f.read()
    check('newer diary left as it is, byte for byte, nothing moved aside',
          kept == newer and listing(os.path.join(home, 'backmap')) == ['diary.json'],
          (kept, listing(os.path.join(home, 'backmap'))))


try:
    run_tests(test_refuses_a_named_pipe, test_refuses_a_device, test_refuses_a_folder,
              test_standard_output, test_link_stays_a_link, test_signal_during_write,
              test_log_and_export, test_log_usage, test_broken_diary, test_newer_diary)
finally:
    shutil.rmtree(work, ignore_errors=True)
