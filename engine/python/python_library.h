// The parts of the torch library written in Python (engine/lib/python: torch.nn, torch.optim, ...),
// compiled into the binary. PyTorch writes these in Python on top of its C++ tensor library;
// so do we, which keeps its structure (registration order, printing) by construction.
#pragma once

#include <string>

namespace ag::interp {

struct EmbeddedModule {
  const char* name;    // "torch.nn.modules.linear"
  const char* path;    // "torch/nn/modules/linear.py", for tracebacks
  const char* source;
};

// The module's source by its name ("torch.nn") or its path ("torch/nn/__init__.py", as
// tracebacks name it); null when no Python source of that name is built in.
const EmbeddedModule* find_embedded_module(const std::string& name);

}  // namespace ag::interp
