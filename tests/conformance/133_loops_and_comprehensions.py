total = 0
for i, v in enumerate([10, 20, 30]):
    total += i * v
print(total)
for a, b in zip("abc", [1, 2, 3]):
    print(a, b, end=" ")
print()
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs, {k: k * k for k in range(4)}, sum(x * x for x in range(4)))
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("i =", i)
else:
    print("not reached")
n = 0
while True:
    n += 1
    if n > 2:
        break
print(n)
