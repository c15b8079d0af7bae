#include "print/python_format.h"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>

namespace ag {

namespace {

std::string nonfinite(double x) {
  if (std::isnan(x)) return "nan";
  return x < 0 ? "-inf" : "inf";
}

// buf holds "[-]d.ddde±XX" with `digits` significant digits. Replaces it with the nearer of its
// two neighbours in the last digit that reads back as x, if either does.
template <class ReadsBack>
bool neighbour_reads_back(char* buf, int digits, double x, ReadsBack reads_back) {
  const bool negative = buf[0] == '-';
  std::string mantissa;
  const char* p = buf + (negative ? 1 : 0);
  for (; *p && *p != 'e'; ++p) {
    if (*p != '.') mantissa += *p;
  }
  const int exponent = std::atoi(p + 1);
  const long long m = std::atoll(mantissa.c_str());
  char best[64] = "";
  double best_distance = 0;
  for (long long candidate : {m - 1, m + 1}) {
    if (candidate <= 0) continue;
    // candidate * 10^(exponent - digits + 1), written back in %e form.
    char text[64];
    std::snprintf(text, sizeof text, "%s%llde%d", negative ? "-" : "", candidate, exponent - digits + 1);
    if (!reads_back(text)) continue;
    const double distance = std::fabs(std::strtod(text, nullptr) - x);
    if (!best[0] || distance < best_distance) {
      std::snprintf(best, sizeof best, "%s", text);
      best_distance = distance;
    }
  }
  if (!best[0]) return false;
  // Back to "d.ddde±XX", the layout the caller reads digits and exponent from.
  const char* q = best + (negative ? 1 : 0);
  const std::string ds(q, std::strchr(q, 'e'));
  const int exp10 = std::atoi(std::strchr(q, 'e') + 1) + static_cast<int>(ds.size()) - 1;
  std::snprintf(buf, 64, "%s%c%s%se%c%02d", negative ? "-" : "", ds[0], ds.size() > 1 ? "." : "",
                ds.c_str() + 1, exp10 < 0 ? '-' : '+', std::abs(exp10));
  return true;
}

}  // namespace

std::string python_fixed(double x, int precision) {
  if (!std::isfinite(x)) return nonfinite(x);
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", precision, x);
  return buf;
}

std::string python_sci(double x, int precision) {
  if (!std::isfinite(x)) return nonfinite(x);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", precision, x);
  return buf;
}

namespace {

// repr's layout of the shortest digits that read back as x, in double or in float precision.
std::string shortest_repr(double x, bool as_float32) {
  if (!std::isfinite(x)) return nonfinite(x);
  if (x == 0) return std::signbit(x) ? "-0.0" : "0.0";
  // Shortest round-trip digits (%.Ne rounds the exact value, so the first N that reads back
  // gives the shortest digits closest to x).
  // Where x is a power of two its interval is lopsided, and a neighbour of the correctly rounded
  // N digits may read back when they do not: try both neighbours before taking N + 1 digits.
  auto reads_back = [&](const char* text) {
    return as_float32 ? std::strtof(text, nullptr) == static_cast<float>(x) : std::strtod(text, nullptr) == x;
  };
  char buf[64];
  int precision = 1;
  for (; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    if (reads_back(buf)) break;
    if (precision < 17 && neighbour_reads_back(buf, precision, x, reads_back)) break;
  }
  // buf is "-d.ddde±XX": split digits and exponent.
  std::string s = buf;
  const bool negative = s[0] == '-';
  if (negative) s.erase(0, 1);
  const size_t e = s.find('e');
  const int exponent = std::atoi(s.c_str() + e + 1);
  std::string digits = s.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const int decpt = exponent + 1;  // position of the decimal point relative to the digits
  std::string out;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out = "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
    } else if (static_cast<size_t>(decpt) >= digits.size()) {
      out = digits + std::string(static_cast<size_t>(decpt) - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exp_buf[16];
    std::snprintf(exp_buf, sizeof exp_buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += exp_buf;
  }
  return negative ? "-" + out : out;
}

}  // namespace

std::string python_float_repr(double x) { return shortest_repr(x, false); }
std::string float32_repr(float x) { return shortest_repr(x, true); }

std::string python_scalar_str(const Scalar& s) {
  switch (s.kind) {
    case Scalar::Kind::Bool: return s.i ? "True" : "False";
    case Scalar::Kind::Int: return std::to_string(s.i);
    case Scalar::Kind::Float: return python_float_repr(s.f);
  }
  return "";
}

std::string c10_str(double x) {
  std::ostringstream out;
  out << x;
  return out.str();
}

}  // namespace ag
