// repr()/str() of tensors exactly as PyTorch 1.13's torch/_tensor_str.py prints them.
#pragma once

#include <optional>
#include <string>

#include "tensor/tensor.h"

namespace ag {

struct PrintOptions {
  int precision = 4;
  int64_t threshold = 1000;  // more elements than this are summarised with "..."
  int64_t edgeitems = 3;
  int64_t linewidth = 80;
  std::optional<bool> sci_mode;
};

// The options in force (torch.set_printoptions changes them; a new session restores them).
PrintOptions& print_options();

// "tensor([1., 2.], requires_grad=True)"
std::string tensor_repr(const Tensor& t, const PrintOptions& options = print_options());
// The bracketed body only, indented as if it followed `indent` characters.
std::string tensor_body(const Tensor& t, int64_t indent, const PrintOptions& options = print_options());
// "torch.float32" etc. and "torch.Size([2, 3])" are in tensor/dtype.h and tensor/tensor.h.

}  // namespace ag
