// Sessions: state across cells, errors as data, limits, introspection.
#include <catch2/catch.hpp>

#include "session/session.h"

using namespace ag::interp;

TEST_CASE("cells share one session, like a notebook", "[session]") {
  Session s;
  REQUIRE(s.run("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n").ok);
  RunResult r = s.run("y = (x * x).sum()\ny.backward()\nprint(x.grad)\n");
  REQUIRE(r.ok);
  CHECK(r.output == "tensor([2., 4.])\n");
  s.reset();
  RunResult after = s.run("print(x)\n");
  CHECK_FALSE(after.ok);
  CHECK(after.error.type == "NameError");
  CHECK(after.error.message == "name 'x' is not defined");
}

TEST_CASE("errors come back as plain data with a CPython-style traceback", "[session]") {
  Session s;
  RunResult r = s.run("import torch\n\ndef f(t):\n    return t.view(4)\n\nf(torch.ones(3))\n", "cell.py");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.type == "RuntimeError");
  CHECK(r.error.message == "shape '[4]' is invalid for input of size 3");
  CHECK(r.error.line == 4);
  CHECK(r.error.traceback ==
        "Traceback (most recent call last):\n"
        "  File \"cell.py\", line 6, in <module>\n    f(torch.ones(3))\n"
        "  File \"cell.py\", line 4, in f\n    return t.view(4)\n"
        "RuntimeError: shape '[4]' is invalid for input of size 3\n");
  RunResult syntax = s.run("x = (1,\n", "cell.py");
  CHECK(syntax.error.type == "SyntaxError");
  CHECK(syntax.error.traceback ==
        "  File \"cell.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
  // The session survives its errors.
  CHECK(s.run("print(1 + 1)\n").output == "2\n");
}

TEST_CASE("a runaway cell is stopped by the time limit; except cannot swallow it", "[session]") {
  Session s;
  s.set_time_limit(0.2);
  RunResult r = s.run("while True:\n    try:\n        pass\n    except:\n        pass\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.type == "TimeoutError");
  CHECK(s.run("print('alive')\n").output == "alive\n");
}

TEST_CASE("deep recursion is a RecursionError", "[session]") {
  Session s;
  RunResult r = s.run("def f(n):\n    return f(n + 1)\nf(0)\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.type == "RecursionError");
  CHECK(r.error.message == "maximum recursion depth exceeded");
}

TEST_CASE("huge allocations are a RuntimeError naming the size", "[session]") {
  Session s;
  RunResult r = s.run("import torch\nx = torch.zeros(10**10)\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.type == "RuntimeError");
  CHECK(r.error.message.find("you tried to allocate 40000000000 bytes") != std::string::npos);
  CHECK(s.run("import torch\nprint(torch.ones(2))\n").output == "tensor([1., 1.])\n");
}

TEST_CASE("introspection: named tensors, graph, backward log, Jacobian rows", "[session]") {
  Session s;
  REQUIRE(s.run("import torch\nx = torch.tensor([[1., 2., 3., 4.]], requires_grad=True)\nz = 2 * x\n"
                "loss = z.sum(dim=1)\nz.backward(torch.tensor([[1., 0., 0., 0.]]), retain_graph=True)\n")
              .ok);
  auto tensors = s.tensors();
  REQUIRE(tensors.size() == 3);
  CHECK(tensors[0].name == "loss");
  CHECK(tensors[0].grad_fn == "SumBackward1");
  CHECK(tensors[1].name == "x");
  CHECK(tensors[1].is_leaf);
  CHECK(tensors[1].has_grad);

  Graph g = s.graph("loss");
  std::vector<std::string> labels;
  for (const GraphNode& n : g.nodes) labels.push_back(n.label);
  CHECK(labels == std::vector<std::string>{"loss", "SumBackward1", "MulBackward0", "AccumulateGrad", "x"});
  CHECK(g.edges.size() == 4);

  auto log = s.backward_log();
  REQUIRE(log.size() == 1);
  CHECK(log[0].root_name == "z");
  CHECK(log[0].retain_graph);
  CHECK(log[0].nodes == std::vector<std::string>{"MulBackward0", "AccumulateGrad"});

  auto rows = s.jacobian_rows("z", "x");
  REQUIRE(rows.size() == 4);
  CHECK(ag::tensor_repr(rows[2].row) == "tensor([[0., 0., 2., 0.]])");
  // Computing rows leaves the user's .grad alone.
  CHECK(s.run("print(x.grad)\n").output == "tensor([[2., 0., 0., 0.]])\n");
}

TEST_CASE("sessions are independent", "[session]") {
  Session a, b;
  a.run("v = 1\n");
  b.run("v = 2\n");
  CHECK(a.run("print(v)\n").output == "1\n");
  CHECK(b.run("print(v)\n").output == "2\n");
}

TEST_CASE("a traceback through a lambda names the lambda's line", "[session]") {
  Session s;
  RunResult r = s.run("f = lambda x: 1 / x\n\nf(0)\n", "cell.py");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.traceback ==
        "Traceback (most recent call last):\n"
        "  File \"cell.py\", line 3, in <module>\n    f(0)\n"
        "  File \"cell.py\", line 1, in <lambda>\n    f = lambda x: 1 / x\n"
        "ZeroDivisionError: division by zero\n");
}

TEST_CASE("live output reaches the listener while the cell runs; the result still has all of it", "[session]") {
  Session s;
  std::vector<std::string> chunks;
  s.set_output_listener([&](const std::string& out, const std::string&) { chunks.push_back(out); }, 0.02);
  RunResult r = s.run("import time\nfor i in range(3):\n    print('epoch', i)\n    time.sleep(0.05)\nprint('done')\n");
  REQUIRE(r.ok);
  CHECK(r.output == "epoch 0\nepoch 1\nepoch 2\ndone\n");
  REQUIRE(chunks.size() >= 2);
  CHECK(chunks[0] == "epoch 0\n");
  std::string streamed;
  for (const auto& c : chunks) streamed += c;
  CHECK(r.output.compare(0, streamed.size(), streamed) == 0);  // in order, nothing twice
  s.set_output_listener(nullptr);
  chunks.clear();
  CHECK(s.run("print(2)\n").output == "2\n");
  CHECK(chunks.empty());
}

TEST_CASE("time.sleep waits, and the time limit still stops it", "[session]") {
  Session s;
  s.set_time_limit(0.2);
  RunResult r = s.run("import time\nt = time.perf_counter()\ntime.sleep(0.05)\nprint(time.perf_counter() - t >= 0.05)\n");
  REQUIRE(r.ok);
  CHECK(r.output == "True\n");
  RunResult stopped = s.run("time.sleep(60)\n");
  CHECK(stopped.error.type == "TimeoutError");
  CHECK(stopped.milliseconds < 5000);
  CHECK(s.run("time.sleep(-1)\n").error.message == "sleep length must be non-negative");
}

TEST_CASE("matplotlib figures come back as data, placed among the prints; open ones at the end", "[session]") {
  Session s;
  RunResult r = s.run("import matplotlib.pyplot as plt\nprint('before')\nplt.plot([1, 2, 3], [4, 5, 6], 'r--', label='loss')\n"
                      "plt.title('Loss')\nplt.show()\nprint('after')\nplt.figure(figsize=(3, 2))\nplt.scatter([0], [1])\n");
  REQUIRE(r.ok);
  CHECK(r.output == "before\nafter\n");
  REQUIRE(r.displays.size() == 2);
  CHECK(r.displays[0].kind == "figure");
  CHECK(r.displays[0].offset == 7);  // after "before\n"
  CHECK(r.displays[0].json.find("\"title\":\"Loss\"") != std::string::npos);
  CHECK(r.displays[0].json.find("\"x\":[1.0,2.0,3.0],\"y\":[4.0,5.0,6.0],\"label\":\"loss\",\"color\":\"#ff0000\",\"linestyle\":\"--\"") !=
        std::string::npos);
  CHECK(r.displays[1].offset == r.output.size());  // shown when the cell ended
  CHECK(r.displays[1].json.find("\"width\":3.0,\"height\":2.0") != std::string::npos);
  // Shown figures are closed: the next cell starts with none.
  CHECK(s.run("print(1)\n").displays.empty());
  // A cell that fails still shows what it drew.
  RunResult failed = s.run("plt.plot([1, 2])\nraise ValueError('late')\n");
  CHECK_FALSE(failed.ok);
  CHECK(failed.displays.size() == 1);
}

TEST_CASE("a traceback of deep recursion shows three entries of a run, then how many more", "[session]") {
  Session s;
  RunResult r = s.run("def f(n):\n    return f(n + 1)\nf(0)\n", "deep.py");
  REQUIRE_FALSE(r.ok);
  const std::string& tb = r.error.traceback;
  const std::string entry = "  File \"deep.py\", line 2, in f\n    return f(n + 1)\n";
  const std::string three = entry + entry + entry;
  // CPython says 996 (1,000 frames with the module's); a sanitizer build's bigger native frames
  // stop the recursion earlier, so the count is read back rather than fixed.
  const std::string marker = three + "  [Previous line repeated ";
  const size_t at = tb.find(marker);
  REQUIRE(at != std::string::npos);
  const long more = std::stol(tb.substr(at + marker.size()));
  CHECK(more > 100);
  CHECK(more <= 996);
  CHECK(tb.find(" more times]\n", at) != std::string::npos);
  CHECK(tb.find(three + entry) == std::string::npos);
  const std::string last = "RecursionError: maximum recursion depth exceeded\n";
  CHECK(tb.compare(tb.size() - last.size(), last.size(), last) == 0);
}

TEST_CASE("views of large tensors stay small: 4-digit previews, no Jacobian rows against big leaves", "[session]") {
  Session s;
  REQUIRE(s.run("import torch\nw = torch.linspace(-1, 1, 1000).reshape(10, 100).requires_grad_()\n"
                "loss = (w * 3).sum()\nloss.backward()\n")
              .ok);
  auto tensors = s.tensors();
  REQUIRE(tensors.size() == 2);
  CHECK(tensors[1].name == "w");
  CHECK(tensors[1].data == "[-1.0000, -0.9980, -0.9960, -0.9940, -0.9920, -0.9900, …] (1000 values)");
  CHECK(tensors[1].grad == "[3.0000, 3.0000, 3.0000, 3.0000, 3.0000, 3.0000, …] (1000 values)");
  auto log = s.backward_log();
  REQUIRE(log.size() == 1);
  CHECK(log[0].nodes == std::vector<std::string>{"SumBackward0", "MulBackward0", "AccumulateGrad"});
  CHECK(log[0].jacobian.empty());  // a row against w would hold 1,000 numbers per backward
  CHECK(log[0].leaf_name.empty());
}
