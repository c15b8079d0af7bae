#!/usr/bin/env python3
"""Runs every tests/conformance/NNN_topic.py with real PyTorch 1.13 and records what it printed.

    /usr/bin/python3 tests/conformance/generate_expected.py [NNN_topic.py | pending/NNN_topic.py ...]

Writes NNN_topic.out (stdout, exactly) and, for programs that fail, NNN_topic.err holding the
exit status and the last line of stderr (the "ExceptionType: message" line). CI compares these
with the playground's runner and never needs PyTorch.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def generate(name):
    path = os.path.join(HERE, name)
    proc = subprocess.run(["/usr/bin/python3", name], cwd=HERE, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore", "OMP_NUM_THREADS": "1"})
    base = path[:-3]
    with open(base + ".out", "w") as f:
        f.write(proc.stdout)
    err_path = base + ".err"
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        with open(err_path, "w") as f:
            f.write(f"exit {proc.returncode}\n{lines[-1] if lines else ''}\n")
    elif os.path.exists(err_path):
        os.remove(err_path)
    return proc.returncode


def main():
    names = sys.argv[1:] or sorted(n for n in os.listdir(HERE) if n[:3].isdigit() and n.endswith(".py"))
    for name in names:
        # Names are relative to this folder, so pending/NNN_topic.py works too.
        rel = os.path.relpath(os.path.abspath(name), HERE) if os.path.exists(name) else name
        code = generate(rel)
        print(f"{name}: exit {code}")


if __name__ == "__main__":
    main()
