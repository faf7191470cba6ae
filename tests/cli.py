# tests/cli.py: running Backmap's command line from the tests, without a display
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
from tap import check

BACKMAP = os.environ['BACKMAP']


def run(*args):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    return subprocess.run([BACKMAP, *args], capture_output=True, text=True, env=env, timeout=60)


def usage_error(name, args, *named):
    """A usage error: exit 2, nothing on standard output, what is named on standard error."""
    p = run(*args)
    check(name + ': exit 2, nothing printed, named: ' + ' '.join(args),
          p.returncode == 2 and p.stdout == '' and all(n in p.stderr for n in named),
          (p.returncode, p.stdout[:80], p.stderr))
    return p
