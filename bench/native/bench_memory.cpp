// The native memory rows: bench/memory_loop.py after bench/nn_train.py's setup, in one session, train(500) and then train(4500),
// printing the resident memory (VmRSS) after each as JSON lines. A program of its own, without
// libtorch, so that nothing but our engine and interpreter is resident.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "session/session.h"

namespace {

// Resident memory of this process in MB (VmRSS), as the memory rows report it.
double resident_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
  }
  return 0.0;
}

std::string read(const char* path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// bench/nn_train.py's setup, bench/memory_loop.py, then train(500) and train(4500) in the same
// session; the resident memory after each (flat: no memory kept per step).
void memory_loop() {
  const std::string nn_train = read("bench/nn_train.py");
  const std::string setup = nn_train.substr(0, nn_train.find("# --- timed loop ---")) + read("bench/memory_loop.py");
  ag::interp::Session session;
  const auto run = [&](const std::string& cell) {
    const ag::interp::RunResult result = session.run(cell);
    if (!result.ok) {
      std::fprintf(stderr, "memory_loop: %s\n", result.error.message.c_str());
      std::exit(1);
    }
  };
  run(setup);
  run("train(500)\n");
  std::printf("{\"name\": \"memory-500\", \"who\": \"ours\", \"mb\": %.2f}\n", resident_mb());
  run("train(4500)\n");
  std::printf("{\"name\": \"memory-5000\", \"who\": \"ours\", \"mb\": %.2f}\n", resident_mb());
}

}  // namespace

int main() {
  memory_loop();
  return 0;
}
