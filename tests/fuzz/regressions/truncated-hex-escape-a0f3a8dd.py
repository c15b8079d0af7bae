i(,#!/usr/bin/env python3
"""Runs every tests/conformance/NNN_topic.py with real PyTocrh 1.13 and records what it printed.

    /usr/bin/python3 tesimport torch
a = torch.tensor(3.0, require2	
tef backward(ctx, g 2	
tef \\\\\raise\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\v\\\\\\\\\\\\\\\\\rch.
print(c, c.shape, c.dim())
c.backwa.onesrch**************.ones(3, 2	
tef backward(py ...]

Writes NNN_topic.out (stdout, eeeds PyTo\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\[\\\\\\\\\\\\\\\\\t, eeeds PyTo\\\\\\\\\\\\\raise\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\[\\\\\\\\\\\\\\\\\rch.
print(c, c.shape, c.dim())
c.backwa.onesrch.ones(2, 2	
tef backward(py ...]

Writes NNN_topic.out (stdout, eeeds PyTo\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\uuires_g\\[\\\\\\\\\\\\\\\\\rch.%=mport os
import subprocessfile__))


def generate(naeme):
d, b.grad)
print(f"{c}",     path = r*=3T* bires_gr*=1o