a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3, 4]
print(a, b, first, rest)
x = list(range(10))
print(x[2:5], x[::-1], x[-3:], x[1:8:3])
s = "autograd"
print(s[0], s[-1], s[2:5], s[::-1])
x[2:4] = [0]
print(x)
