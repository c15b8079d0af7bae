// ag::glibc's log, exp, sin, cos, tan against glibc 2.36's FMA variants, bit for bit, on the
// ~10,000 cases of tests/libm/goldens.txt (written on the reference machine by
// tests/libm/generate_goldens.py). The wide-range comparison lives in tests/libm/.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "libm/glibc_double.h"

namespace {

struct Golden {
  std::uint64_t input, output;
};

double from_bits(std::uint64_t u) {
  double x;
  std::memcpy(&x, &u, sizeof x);
  return x;
}

std::uint64_t bits_of(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}

std::vector<Golden> goldens(const std::string& fn) {
  std::ifstream in(AG_LIBM_DIR "/goldens.txt");
  if (!in) throw std::runtime_error("cannot open tests/libm/goldens.txt");
  std::vector<Golden> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name, input, output;
    fields >> name >> input >> output;
    if (name == fn) out.push_back({std::stoull(input, nullptr, 16), std::stoull(output, nullptr, 16)});
  }
  return out;
}

void check_against_goldens(const std::string& fn, double (*ours)(double)) {
  const std::vector<Golden> cases = goldens(fn);
  REQUIRE(cases.size() >= 1500);
  int mismatches = 0;
  for (const Golden& g : cases) {
    const double x = from_bits(g.input), want = from_bits(g.output), got = ours(x);
    const bool same = (std::isnan(want) && std::isnan(got)) || bits_of(got) == g.output;  // any NaN
    if (same) continue;
    ++mismatches;
    if (mismatches <= 5) {
      char text[160];
      std::snprintf(text, sizeof text, "%s(%a) [%016llx]: glibc %a, ours %a", fn.c_str(), x,
                    static_cast<unsigned long long>(g.input), want, got);
      FAIL_CHECK(text);
    }
  }
  CHECK(mismatches == 0);
}

}  // namespace

TEST_CASE("glibc log: bit for bit on the goldens", "[libm]") { check_against_goldens("log", ag::glibc::log); }
TEST_CASE("glibc exp: bit for bit on the goldens", "[libm]") { check_against_goldens("exp", ag::glibc::exp); }
TEST_CASE("glibc sin: bit for bit on the goldens", "[libm]") { check_against_goldens("sin", ag::glibc::sin); }
TEST_CASE("glibc cos: bit for bit on the goldens", "[libm]") { check_against_goldens("cos", ag::glibc::cos); }
TEST_CASE("glibc tan: bit for bit on the goldens", "[libm]") { check_against_goldens("tan", ag::glibc::tan); }

TEST_CASE("glibc libm: special values", "[libm]") {
  CHECK(ag::glibc::log(1.0) == 0.0);
  CHECK(!std::signbit(ag::glibc::log(1.0)));
  CHECK(ag::glibc::log(0.0) == -HUGE_VAL);
  CHECK(ag::glibc::log(-0.0) == -HUGE_VAL);
  CHECK(std::isnan(ag::glibc::log(-1.0)));
  CHECK(ag::glibc::log(HUGE_VAL) == HUGE_VAL);
  CHECK(ag::glibc::exp(0.0) == 1.0);
  CHECK(ag::glibc::exp(-HUGE_VAL) == 0.0);
  CHECK(ag::glibc::exp(-746.0) == 0.0);
  CHECK(ag::glibc::exp(710.0) == HUGE_VAL);
  CHECK(std::signbit(ag::glibc::sin(-0.0)));
  CHECK(ag::glibc::cos(-0.0) == 1.0);
  CHECK(std::signbit(ag::glibc::tan(-0.0)));
  for (double (*f)(double) : {ag::glibc::log, ag::glibc::exp, ag::glibc::sin, ag::glibc::cos, ag::glibc::tan})
    CHECK(std::isnan(f(std::nan(""))));
  CHECK(std::isnan(ag::glibc::sin(HUGE_VAL)));
  CHECK(std::isnan(ag::glibc::cos(-HUGE_VAL)));
  CHECK(std::isnan(ag::glibc::tan(HUGE_VAL)));
}
