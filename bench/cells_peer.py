#!/usr/bin/env python3
"""The peers of the benchmark cells (bench/nn_train.py, tutorial.py, interp_loop.py): each cell
under /usr/bin/python3 (PyTorch on one thread, like ours; interp_loop is plain CPython 3.11), the
part after its marker line timed. Prints the median of its runs as one JSON line for each of our
native and wasm rows."""
import contextlib
import io
import json
import os
import time

import torch

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
CELLS = {"nn_train.py": ("nn-train", 3), "tutorial.py": ("tutorial", 1), "interp_loop.py": ("interp-loop", 3)}

for file_name, (row, reps) in CELLS.items():
    setup, loop = open(os.path.join(HERE, file_name)).read().split("# --- timed loop ---")
    times = []
    for _ in range(reps):
        scope = {}
        with contextlib.redirect_stdout(io.StringIO()):  # the cells' prints are not JSON lines
            exec(setup, scope)
            t0 = time.perf_counter()
            exec(loop, scope)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    who = "cpython" if file_name == "interp_loop.py" else "pytorch"
    for suffix in ("native", "wasm"):
        print(json.dumps({"name": f"{row}-{suffix}", "who": who, "ms": times[len(times) // 2]}))
