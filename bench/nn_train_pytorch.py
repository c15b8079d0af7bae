#!/usr/bin/env python3
"""The nn-train peer: bench/nn_train.py under PyTorch (one thread, like ours), its loop timed.
Prints the median of 3 runs as one JSON line for each of nn-train-native and nn-train-wasm."""
import json
import os
import time

import torch

torch.set_num_threads(1)
source = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nn_train.py")).read()
setup, loop = source.split("# --- timed loop ---")
times = []
for _ in range(3):
    scope = {}
    exec(setup, scope)
    t0 = time.perf_counter()
    exec(loop, scope)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
for name in ("nn-train-native", "nn-train-wasm"):
    print(json.dumps({"name": name, "who": "pytorch", "ms": times[len(times) // 2]}))
