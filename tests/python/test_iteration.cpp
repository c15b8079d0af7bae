// Lazy iteration (engine/python/iteration.cpp): generators suspended between cells, their
// tracebacks, the time limit inside an endless one.
#include <catch2/catch.hpp>

#include "session/session.h"

using namespace ag::interp;

TEST_CASE("a generator made in one cell resumes in the next", "[iteration]") {
  Session s;
  REQUIRE(s.run("def squares():\n    n = 0\n    while True:\n        yield n * n\n        n += 1\n"
                "g = squares()\nlazy = (x + 1 for x in range(3))\nprint(next(g), next(g))\n")
              .ok);
  RunResult r = s.run("print(next(g), next(g))\nprint(list(lazy))\n");
  REQUIRE(r.ok);
  CHECK(r.output == "4 9\n[1, 2, 3]\n");
  // The cell that defined them is gone; a third cell still reaches their code.
  r = s.run("for v in g:\n    if v > 30:\n        break\nprint(v, next(g), list(lazy))\n");
  REQUIRE(r.ok);
  CHECK(r.output == "36 49 []\n");
}

TEST_CASE("an error inside a generator names the consumer's line and the generator's", "[iteration]") {
  Session s;
  RunResult r = s.run("def gen():\n    yield 1\n    raise ValueError('bad item')\n\nfor x in gen():\n    pass\n",
                      "cell.py");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.traceback ==
        "Traceback (most recent call last):\n"
        "  File \"cell.py\", line 5, in <module>\n    for x in gen():\n"
        "  File \"cell.py\", line 3, in gen\n    raise ValueError('bad item')\n"
        "ValueError: bad item\n");
}

TEST_CASE("a generator that raises StopIteration raises RuntimeError, and stays finished", "[iteration]") {
  Session s;
  RunResult r = s.run("def gen():\n    yield 1\n    raise StopIteration\ng = gen()\nnext(g)\n"
                      "try:\n    next(g)\nexcept RuntimeError as e:\n    print(e, type(e.__cause__).__name__)\n"
                      "print(next(g, 'finished'))\n");
  REQUIRE(r.ok);
  CHECK(r.output == "generator raised StopIteration StopIteration\nfinished\n");
}

TEST_CASE("a generator cannot resume itself", "[iteration]") {
  Session s;
  RunResult r = s.run("def gen():\n    yield next(me)\nme = gen()\nnext(me)\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.type == "ValueError");
  CHECK(r.error.message == "generator already executing");
}

TEST_CASE("materialising an endless generator hits the time limit, not the page", "[iteration]") {
  Session s;
  s.set_time_limit(0.2);
  RunResult r = s.run("import itertools\nlist(itertools.count())\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.type == "TimeoutError");
  CHECK(s.run("print(sum(x for x in range(4)))\n").output == "6\n");
}
