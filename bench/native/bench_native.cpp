// Native benchmarks: our engine and libtorch, alternated after a warm-up, medians reported as
// JSON lines {"name", "who", "ms"} for bench/run.mjs to pair up.
//   bench_native [NAME]   (all by default)
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <fstream>
#include <sstream>

#include "autograd.h"
#include "session/session.h"

namespace {

double time_ms(const std::function<void()>& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Runs a and b alternately (warm-up first) and prints both medians.
void compare(const std::string& name, const char* who_a, const std::function<void()>& a, const char* who_b,
             const std::function<void()>& b, int reps) {
  a();
  b();
  std::vector<double> ta, tb;
  for (int i = 0; i < reps; ++i) {
    ta.push_back(time_ms(a));
    tb.push_back(time_ms(b));
  }
  std::printf("{\"name\": \"%s\", \"who\": \"%s\", \"ms\": %.6f}\n", name.c_str(), who_a, median(ta));
  std::printf("{\"name\": \"%s\", \"who\": \"%s\", \"ms\": %.6f}\n", name.c_str(), who_b, median(tb));
  std::fflush(stdout);
}

// ---- op-overhead: a chain of 10,000 elementwise ops on 4 elements, forward + backward ----
void ours_op_chain() {
  ag::Tensor x = ag::from_doubles({0.1, 0.2, 0.3, 0.4}, {4}, ag::DType::Float32);
  x.set_requires_grad(true);
  ag::Tensor y = x;
  for (int i = 0; i < 2500; ++i) {
    y = ag::mul(y, ag::Scalar(1.0001));
    y = ag::add(y, ag::Scalar(0.0001));
    y = ag::tanh(y);
    y = ag::sub(y, ag::Scalar(0.00005));
  }
  ag::tensor_backward(ag::sum(y));
}

void torch_op_chain() {
  torch::Tensor x = torch::tensor({0.1f, 0.2f, 0.3f, 0.4f}, torch::requires_grad());
  torch::Tensor y = x;
  for (int i = 0; i < 2500; ++i) {
    y = y * 1.0001;
    y = y + 0.0001;
    y = torch::tanh(y);
    y = y - 0.00005;
  }
  y.sum().backward();
}

// ---- mlp: batch 64, 256 -> 256 -> 256, tanh, MSE, forward + backward ----
struct OursMlp {
  ag::Tensor x, t, w1, b1, w2, b2;
  OursMlp() {
    ag::Generator g(0);
    x = ag::randn({64, 256}, ag::DType::Float32, &g);
    t = ag::randn({64, 256}, ag::DType::Float32, &g);
    w1 = ag::mul(ag::randn({256, 256}, ag::DType::Float32, &g), ag::Scalar(0.05));
    w2 = ag::mul(ag::randn({256, 256}, ag::DType::Float32, &g), ag::Scalar(0.05));
    b1 = ag::zeros({256});
    b2 = ag::zeros({256});
    for (ag::Tensor* p : {&w1, &b1, &w2, &b2}) p->set_requires_grad(true);
  }
  void step() {
    ag::Tensor h = ag::tanh(ag::add(ag::mm(x, w1), b1));
    ag::Tensor y = ag::add(ag::mm(h, w2), b2);
    ag::tensor_backward(ag::mse_loss(y, t));
  }
};

struct TorchMlp {
  torch::Tensor x, t, w1, b1, w2, b2;
  TorchMlp() {
    torch::manual_seed(0);
    x = torch::randn({64, 256});
    t = torch::randn({64, 256});
    w1 = (torch::randn({256, 256}) * 0.05).requires_grad_();
    w2 = (torch::randn({256, 256}) * 0.05).requires_grad_();
    b1 = torch::zeros({256}, torch::requires_grad());
    b2 = torch::zeros({256}, torch::requires_grad());
  }
  void step() {
    torch::Tensor h = torch::tanh(x.mm(w1) + b1);
    torch::Tensor y = h.mm(w2) + b2;
    torch::mse_loss(y, t).backward();
  }
};

// ---- Jacobian of tanh(W x + b), n = 128: batched (one walk) vs row by row ----
struct OursJacobian {
  ag::Tensor w, b, x;
  OursJacobian() {
    ag::Generator g(1);
    w = ag::mul(ag::randn({128, 128}, ag::DType::Float32, &g), ag::Scalar(0.1));
    b = ag::randn({128}, ag::DType::Float32, &g);
    x = ag::randn({128}, ag::DType::Float32, &g);
    x.set_requires_grad(true);
  }
  void run(bool batched) {
    ag::Tensor y = ag::tanh(ag::add(ag::mv(w, x), b));
    auto rows = batched ? ag::jacobian_rows_batched(y, x) : ag::jacobian_rows(y, x);
    (void)rows;
  }
};

// A benchmark cell (bench/NAME.py) in one session: the setup above its marker line, then the
// timed rest. Median over `reps` fresh sessions.
void timed_cell(const char* bench_name, const char* file_name, int reps) {
  std::ifstream file(std::string("bench/") + file_name);
  std::stringstream text;
  text << file.rdbuf();
  const std::string source = text.str();
  const std::string marker = "# --- timed loop ---";
  const size_t split = source.find(marker);
  std::vector<double> times;
  for (int rep = 0; rep < reps; ++rep) {
    ag::interp::Session session;
    session.run(source.substr(0, split));
    const std::string loop = source.substr(split + marker.size());
    ag::interp::RunResult result;
    times.push_back(time_ms([&] { result = session.run(loop); }));
    if (!result.ok) {
      std::fprintf(stderr, "%s: %s\n", bench_name, result.error.message.c_str());
      std::exit(1);
    }
  }
  std::printf("{\"name\": \"%s\", \"who\": \"ours\", \"ms\": %.6f}\n", bench_name, median(times));
}

}  // namespace

int main(int argc, char** argv) {
  const std::string only = argc > 1 ? argv[1] : "";
  torch::set_num_threads(1);  // one core each: the comparison is per-op cost, not parallelism
  auto want = [&](const char* name) { return only.empty() || only == name; };
  if (want("op-overhead-native")) compare("op-overhead-native", "ours", ours_op_chain, "libtorch", torch_op_chain, 7);
  if (want("mlp-native")) {
    OursMlp ours;
    TorchMlp peer;
    compare("mlp-native", "ours", [&] { ours.step(); }, "libtorch", [&] { peer.step(); }, 15);
  }
  if (want("nn-train-native")) timed_cell("nn-train-native", "nn_train.py", 3);
  if (want("tutorial-native")) timed_cell("tutorial-native", "tutorial.py", 1);  // seconds long: once per round
  if (want("interp-loop-native")) timed_cell("interp-loop-native", "interp_loop.py", 3);
  if (want("jacobian-batched-vs-rows")) {
    OursJacobian j;
    compare("jacobian-batched-vs-rows", "ours-batched", [&] { j.run(true); }, "ours-rows", [&] { j.run(false); }, 9);
  }
  return 0;
}
