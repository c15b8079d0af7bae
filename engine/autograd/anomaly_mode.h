// torch.autograd.detect_anomaly: while on, backward checks every node's outputs for NaN and,
// when a node fails, reports where in the forward code that node was recorded.
#pragma once

#include <functional>
#include <string>

namespace ag {

class Node;

class AnomalyMode {
 public:
  static bool is_enabled();
  static bool should_check_nan();
  static void set_enabled(bool enabled, bool check_nan = true);

  // The embedder (the cell interpreter) says where the forward code is, and hears of failures:
  // `where` describes the current Python stack; `report` gets a node's name and its `where`.
  static void set_forward_trace(std::function<std::string()> where);
  static std::string forward_trace();
  static void set_reporter(std::function<void(const std::string& node, const std::string& trace)> report);
  static void report(const Node& node);
};

}  // namespace ag
