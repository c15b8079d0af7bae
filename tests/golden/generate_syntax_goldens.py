#!/usr/bin/env python3
"""CPython 3.11's verdicts on broken cells: message, line and column, written to
syntax_goldens.json for the interpreter's parser tests. Run with /usr/bin/python3."""
import json
import os
import sys

SOURCES = [
    "x = (1,\nprint(x)\n",
    "print('hello)\n",
    "x = 1 +\n",
    "if True\n    pass\n",
    "if True:\npass\n",
    "  x = 1\n",
    "def f():\n    return 1\n  y = 2\n",
    "x = [1, 2\ny = 3\n",
    "print(1))\n",
    "for i in range(3) print(i)\n",
    "a = 1 = 2\n",
    "f() = 3\n",
    "x += \n",
    "class\n",
    "'''unterminated\n",
    "x = {1: 2, 3}\n",
    "try:\n    pass\n",
    "x = 5 $ 3\n",
    "1 += 2\n",
    "def f(x):\nreturn x\n",
]


def main():
    results = []
    for src in SOURCES:
        try:
            compile(src, "<cell>", "exec")
            results.append({"source": src, "ok": True})
        except SyntaxError as e:
            results.append({"source": src, "ok": False, "type": type(e).__name__, "message": e.msg,
                            "line": e.lineno, "offset": e.offset})
    out = os.path.join(os.path.dirname(__file__), "syntax_goldens.json")
    with open(out, "w") as f:
        json.dump({"python": sys.version.split()[0], "cases": results}, f, indent=1)
        f.write("\n")
    print(f"wrote {len(results)} cases")


if __name__ == "__main__":
    main()
