#!/usr/bin/python3
# tests/test-atspi.py: Backmap as a screen reader sees it, through AT-SPI
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs Debian's /usr/bin/python3 (it has gi.repository.Atspi) in a D-Bus session
# with an X server; the app runs as a real process, with GTK's AT-SPI backend.

import os
import subprocess
import tempfile
import time

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402
from tap import check, report  # noqa: E402




def walk(node, out):
    out.append(node)
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, out)
    return out


def find_app(name, timeout=20):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name:
                return app
        time.sleep(0.2)
    return None


def wait_for(app, predicate, timeout=10):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = [node for node in walk(app, []) if predicate(node)]
        if found:
            return found
        time.sleep(0.2)
    return []


env = dict(os.environ, GTK_A11Y='atspi', XDG_DATA_HOME=tempfile.mkdtemp(prefix='backmap-atspi-'))
env.pop('NO_AT_BRIDGE', None)
app_process = subprocess.Popen([os.environ['BACKMAP']], env=env)
try:
    app = find_app('backmap')
    check('the app is on the accessibility bus', app is not None)
    if app is not None:
        regions = wait_for(app, lambda n: n.get_role_name() == 'push button' and
                           (n.get_name() or '').endswith(('left side', 'right side')))
        names = {n.get_name() for n in regions}
        for expected in ('Lower back, left side', 'Lower back, right side',
                         'Shoulder blade, left side', 'Calf, right side'):
            check('map region found by name: ' + expected, expected in names, sorted(names))
        check('every region on both sides is reachable', len(names) >= 22, len(names))

        lower = [n for n in regions if n.get_name() == 'Lower back, left side']
        states = lower[0].get_state_set() if lower else None
        check('region announced as not picked',
              states is not None and not states.contains(Atspi.StateType.PRESSED))
        action = lower[0].get_action_iface() if lower else None
        check('region can be activated', action is not None and action.get_n_actions() >= 1)
        if action is not None:
            action.do_action(0)
            heading = wait_for(app, lambda n: n.get_role_name() == 'label' and
                               n.get_name() == 'Lower back, left side')
            check('details heading reads the region', heading, 'no heading')
            states = lower[0].get_state_set()
            check('region announced as picked', states.contains(Atspi.StateType.PRESSED))

        buttons = wait_for(app, lambda n: n.get_role_name() == 'push button')
        unnamed = [b for b in buttons if not b.get_name()]
        check('every button has a name', not unnamed, len(unnamed))

        # The muscle layer: its switch, then every muscle on both sides by name.
        # GTK 4.8 has no toggle button role: the switch's buttons are push buttons.
        switch = wait_for(app, lambda n: n.get_role_name() == 'push button' and
                          n.get_name() == 'Muscles', timeout=3)
        if not switch:
            check('the muscle layer # SKIP the map draws no muscles yet', True)
        else:
            switch[0].get_action_iface().do_action(0)
            muscles = wait_for(app, lambda n: n.get_role_name() == 'push button' and
                               (n.get_name() or '').startswith('Quadratus lumborum'))
            names = {n.get_name() for n in muscles}
            check('muscle found by name: quadratus lumborum, left and right',
                  {'Quadratus lumborum (QL), left side',
                   'Quadratus lumborum (QL), right side'} <= names, sorted(names))
            shown = wait_for(app, lambda n: n.get_role_name() == 'push button' and
                             (n.get_name() or '').endswith(('left side', 'right side')))
            shown_names = {n.get_name() for n in shown}
            check('the areas give way to the muscles',
                  'Lower back, left side' not in shown_names and len(shown_names) >= 48,
                  (len(shown_names), sorted(shown_names)[:6]))
finally:
    app_process.terminate()
    app_process.wait(timeout=10)

report()
