// autograd-run FILE.py [--timeout SECONDS]: runs a file as one cell and prints what python3
// with PyTorch prints: stdout on stdout, the traceback on stderr, exit status 1 on error.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "session/session.h"

int main(int argc, char** argv) {
  std::string path;
  double timeout = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--timeout") == 0 && i + 1 < argc) {
      timeout = std::atof(argv[++i]);
    } else if (path.empty()) {
      path = argv[i];
    } else {
      std::cerr << "usage: autograd-run FILE.py [--timeout SECONDS]\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "usage: autograd-run FILE.py [--timeout SECONDS]\n";
    return 2;
  }
  std::stringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
    path = "<stdin>";
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::cerr << "autograd-run: can't open file '" << path << "': [Errno 2] No such file or directory\n";
      return 2;
    }
    buffer << file.rdbuf();
  }
  ag::interp::Session session;
  session.set_time_limit(timeout);
  session.set_backward_views(false);  // a script's output only: no views to record
  ag::interp::RunResult result = session.run(buffer.str(), path);
  std::fwrite(result.output.data(), 1, result.output.size(), stdout);
  std::fflush(stdout);
  std::fwrite(result.warnings.data(), 1, result.warnings.size(), stderr);
  if (!result.ok) {
    std::fwrite(result.error.traceback.data(), 1, result.error.traceback.size(), stderr);
    return 1;
  }
  return 0;
}
