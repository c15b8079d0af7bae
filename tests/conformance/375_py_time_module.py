# Timing a loop the way tutorials do; only what does not depend on the clock is printed.
import time

start = time.time()
t0 = time.perf_counter()
total = 0
for i in range(1000):
    total += i
elapsed = time.perf_counter() - t0
print(total, elapsed >= 0, isinstance(start, float), time.time() >= start)
print(type(time.time_ns()).__name__, type(time.monotonic()).__name__)
time.sleep(0)
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.01)
for bad in ['1', None, -1]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(f"epoch 1 took {0.5:.2f}s")
