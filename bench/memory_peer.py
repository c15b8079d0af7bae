#!/usr/bin/env python3
"""The peer of bench/memory_loop.py: the same cells (nn_train.py's setup, then memory_loop.py) under /usr/bin/python3 with PyTorch (one
thread), train(500) and then train(4500), printing the process's resident memory (VmRSS, MB)
after each as JSON lines like ours."""
import contextlib
import io
import json
import os

import torch

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))


def resident_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


scope = {}
with contextlib.redirect_stdout(io.StringIO()):
    setup = open(os.path.join(HERE, "nn_train.py")).read().split("# --- timed loop ---")[0]
    exec(setup + open(os.path.join(HERE, "memory_loop.py")).read(), scope)
    scope["train"](500)
after_500 = resident_mb()
with contextlib.redirect_stdout(io.StringIO()):
    scope["train"](4500)
after_5000 = resident_mb()
print(json.dumps({"name": "memory-500", "who": "pytorch", "mb": after_500}))
print(json.dumps({"name": "memory-5000", "who": "pytorch", "mb": after_5000}))
