#!/usr/bin/env python3
"""Measures how long Losscape takes from launch to its first drawn frame, on an X display.

The clock starts when the process is started and stops when the window's toolbar row holds
more than one colour (the menus' text is drawn). Each run starts with an empty home folder,
so no saved setup is restored; the locale is chosen with --locale. Prints each run and the
median, in milliseconds.

Needs an X server (e.g. `Xvfb :99 -screen 0 1600x1000x24 &`, then DISPLAY=:99) and
python-xlib (`pip install python-xlib`). Run from the repository root:

    DISPLAY=:99 python3 tools/measure_startup.py target/release/losscape --runs 10
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time

from Xlib import X, display


def find_window(root, name: str):
    """The mapped window whose name contains `name`, or None."""
    pending = [root]
    while pending:
        window = pending.pop()
        try:
            title = window.get_wm_name() or ""
            mapped = window.get_attributes().map_state == X.IsViewable
        except Exception:  # the window went away meanwhile
            continue
        if mapped and name in str(title):
            return window
        try:
            pending.extend(window.query_tree().children)
        except Exception:
            continue
    return None


def toolbar_drawn(window) -> bool:
    """Whether the top strip of the window shows more than one colour."""
    try:
        geometry = window.get_geometry()
        width = min(400, geometry.width)
        strip = window.get_image(0, 0, width, 24, X.ZPixmap, 0xFFFFFFFF).data
    except Exception:
        return False
    pixels = {bytes(strip[i : i + 4]) for i in range(0, len(strip), 4)}
    return len(pixels) > 2


def one_run(binary: str, locale: str, timeout: float) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home)
        env["LC_ALL"] = locale
        screen = display.Display()
        root = screen.screen().root
        start = time.perf_counter()
        process = subprocess.Popen(
            [binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            window = None
            while time.perf_counter() - start < timeout:
                window = window or find_window(root, "Losscape")
                if window is not None and toolbar_drawn(window):
                    return (time.perf_counter() - start) * 1000.0
                time.sleep(0.002)
            raise SystemExit(f"no frame within {timeout} s")
        finally:
            process.terminate()
            process.wait()
            screen.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--locale", default="C.UTF-8")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    times = []
    for run in range(args.runs):
        ms = one_run(args.binary, args.locale, args.timeout)
        times.append(ms)
        print(f"run {run + 1}: {ms:.0f} ms")
        time.sleep(0.5)
    print(f"median of {args.runs}: {statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
