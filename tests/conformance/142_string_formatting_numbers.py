x = 1234.56789
print(f"{x:10.2f}|{x:<10.1f}|{x:^12.3e}|{x:+.0f}")
print(f"{42:08d} {255:x} {255:#X} {5:b} {1000000:,}")
print("%5.1f|%-6d|%s|%r" % (3.14159, 42, "str", "str"))
print("{0}-{1}-{0}".format("a", "b"), "{name}!".format(name="hi"))
