# The interpreter benchmark cell: plain Python, no tensors (a loop with arithmetic, a list, a
# dict and a function call per step), timed after the marker line against CPython.
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
# --- timed loop ---
longest = {}
lengths = []
for start in range(1, 10001):
    s = collatz_steps(start)
    lengths.append(s)
    if s > longest.get("steps", 0):
        longest = {"start": start, "steps": s}
total = sum(lengths)
