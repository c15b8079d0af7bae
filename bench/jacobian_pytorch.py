#!/usr/bin/env python3
"""The Jacobian peer: torch.autograd.functional.jacobian(vectorize=True) on tanh(W x + b), n = 128.
Prints one JSON line with the median of 9 runs after a warm-up (one thread, like ours)."""
import json
import time

import torch
from torch.autograd.functional import jacobian

torch.set_num_threads(1)
torch.manual_seed(1)
W = torch.randn(128, 128) * 0.1
b = torch.randn(128)
x = torch.randn(128)
f = lambda v: torch.tanh(W @ v + b)
jacobian(f, x, vectorize=True)
times = []
for _ in range(9):
    t0 = time.perf_counter()
    jacobian(f, x, vectorize=True)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
print(json.dumps({"name": "jacobian-vs-pytorch", "who": "pytorch", "ms": times[len(times) // 2]}))
