#include "autograd/anomaly_mode.h"

#include "autograd/node.h"

namespace ag {

namespace {
bool enabled = false;
bool check_nan = true;
std::function<std::string()> where_fn;
std::function<void(const std::string&, const std::string&)> report_fn;
}  // namespace

bool AnomalyMode::is_enabled() { return enabled; }
bool AnomalyMode::should_check_nan() { return check_nan; }
void AnomalyMode::set_enabled(bool on, bool nan) {
  enabled = on;
  check_nan = nan;
}

void AnomalyMode::set_forward_trace(std::function<std::string()> where) { where_fn = std::move(where); }
std::string AnomalyMode::forward_trace() { return where_fn ? where_fn() : std::string(); }
void AnomalyMode::set_reporter(std::function<void(const std::string&, const std::string&)> report) {
  report_fn = std::move(report);
}
void AnomalyMode::report(const Node& node) {
  if (report_fn) report_fn(node.name(), node.anomaly_trace);
}

}  // namespace ag
