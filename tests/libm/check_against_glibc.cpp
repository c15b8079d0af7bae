// check_against_glibc.cpp — developer check (not part of the CMake build): compares ag::glibc's
// log, exp, sin, cos, tan with the C library's, bit for bit.
//
// Natively on the reference machine (Debian 12, glibc 2.36, a CPU with AVX2+FMA) ::log etc. are
// glibc's FMA variants, the functions ag::glibc reproduces. In WebAssembly ::log is musl's, so
// there the comparison goes through a file of glibc's results written natively beforehand.
//
// Modes (see README.md for the build lines):
//   compare [-n N] [fn...]        native: specials + N random inputs per range (default 1e7)
//   write-expected FILE [-n N]    native: glibc's results for the fixed input list
//   check-expected FILE [-n N]    anywhere: ag::glibc against FILE (the wasm check)
// The fixed input list is the specials plus N/ranges inputs of every range (default N = 1.2e6),
// drawn from fixed seeds, so both sides regenerate the same list. NaN matches any NaN; every
// other result must match bit for bit.

#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "libm/glibc_double.h"

namespace {

std::uint64_t bits_of(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}

double from_bits(std::uint64_t u) {
  double x;
  std::memcpy(&x, &u, sizeof x);
  return x;
}

bool same(double a, double b) {
  if (a != a && b != b) return true;  // any NaN matches any NaN
  return bits_of(a) == bits_of(b);
}

// splitmix64: a different fixed stream for every (function, range).
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // PyTorch's uniform double: 53 random bits times 2^-53, in [0, 1).
  double u53() { return static_cast<double>(next() >> 11) * 0x1p-53; }
  // PyTorch's uniform float as a double: 24 bits times 2^-24.
  double u24() { return static_cast<double>(next() >> 40) * 0x1p-24; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * u53(); }
};

constexpr double kPi = 3.14159265358979323846;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Draw = double (*)(Rng&);

struct Range {
  const char* name;
  Draw draw;
};

struct Function {
  const char* name;
  double (*ours)(double);
  double (*system)(double);
  std::vector<Range> ranges;
  std::vector<double> specials;  // added to every run, plus their neighbours
};

// Through volatile pointers, so that the compiler cannot fold or vectorise the library calls.
double (*volatile sys_log)(double) = ::log;
double (*volatile sys_exp)(double) = ::exp;
double (*volatile sys_sin)(double) = ::sin;
double (*volatile sys_cos)(double) = ::cos;
double (*volatile sys_tan)(double) = ::tan;

double any_bits(Rng& r) { return from_bits(r.next()); }
double any_positive(Rng& r) { return from_bits(r.next() >> 1); }
// |x| log-uniform over the finite doubles below 2^(exp_max + 1), both signs.
double log_uniform(Rng& r, int exp_max) {
  const std::uint64_t b = r.next();
  const std::uint64_t e = (b >> 52 & 0x7ff) % static_cast<std::uint64_t>(1023 + exp_max + 1);
  return from_bits((b & 0x800fffffffffffffull) | e << 52);
}

const std::vector<double> kCommonSpecials = {
    0.0, -0.0, 0x1p-1074, -0x1p-1074, 0x1.fffffffffffffp-1023, 0x1p-1022, -0x1p-1022,
    0x1p-600, 1.0, -1.0, 0.5, 2.0, kPi, -kPi, kPi / 2, -kPi / 2, kPi / 4, 2 * kPi, 1e6, -1e6,
    1e22, 1e300, 0x1.fffffffffffffp+1023, -0x1.fffffffffffffp+1023, kInf, -kInf, kNaN, -kNaN,
    from_bits(0x7ff0000000000001ull)};

std::vector<Function> functions() {
  std::vector<Function> f;
  f.push_back({"log", ag::glibc::log, sys_log,
               {{"1-u, u 53-bit uniform (exponential_)", [](Rng& r) { return 1.0 - r.u53(); }},
                {"u, u 53-bit uniform (geometric_)", [](Rng& r) { return r.u53(); }},
                {"1-u, u 24-bit uniform", [](Rng& r) { return 1.0 - r.u24(); }},
                {"(0, 1] uniform bits",
                 [](Rng& r) { return from_bits(r.next() % 0x3ff0000000000000ull + 1); }},
                {"near 1: 1 + [-2^-4, 0x1.1p-4]", [](Rng& r) { return 1.0 + r.uniform(-0x1p-4, 0x1.1p-4); }},
                {"any positive double", any_positive},
                {"any bit pattern", any_bits}},
               {0x1.fp-1, 0x1.0fp0, 1 - 0x1p-4, 1 + 0x1.09p-4, 0x1.6p-1, 0x1.6p0, 0x1p-1074,
                from_bits(0x3feefffffffffffbull)}});
  f.push_back({"exp", ag::glibc::exp, sys_exp,
               {{"[-745, 710] uniform", [](Rng& r) { return r.uniform(-745.0, 710.0); }},
                {"[-20, 20] uniform (log_normal_)", [](Rng& r) { return r.uniform(-20.0, 20.0); }},
                {"[-1, 1] uniform", [](Rng& r) { return r.uniform(-1.0, 1.0); }},
                {"[-746, -708] (subnormal results)", [](Rng& r) { return r.uniform(-746.0, -708.0); }},
                {"[512, 710] and [-746, -512]",
                 [](Rng& r) { return r.u53() < 0.5 ? r.uniform(512.0, 710.0) : r.uniform(-746.0, -512.0); }},
                {"|x| log-uniform below 2^11", [](Rng& r) { return log_uniform(r, 10); }},
                {"any bit pattern", any_bits}},
               {709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
                -708.3964185322641, -708.3964185322642, 512.0, -512.0, 1024.0, -1024.0, 0x1p-54, -0x1p-54,
                0x1p-55, -0x1p-55, 0x1.62e42fefa39efp-8, -0x1.62e42fefa39efp-9}});
  const std::vector<Range> trig_ranges = {
      {"[0, 2pi) as 2 pi u (Box-Muller)", [](Rng& r) { return 2.0 * kPi * r.u53(); }},
      {"[-2pi, 2pi] uniform", [](Rng& r) { return r.uniform(-2 * kPi, 2 * kPi); }},
      {"[-1, 1] uniform", [](Rng& r) { return r.uniform(-1.0, 1.0); }},
      {"[-1e6, 1e6] uniform", [](Rng& r) { return r.uniform(-1e6, 1e6); }},
      {"|x| log-uniform below 2^30", [](Rng& r) { return log_uniform(r, 29); }},
      {"|x| log-uniform, all finite", [](Rng& r) { return log_uniform(r, 1023); }},
      {"any bit pattern", any_bits}};
  const std::vector<double> trig_specials = {
      from_bits(0x3e40000000000000ull), from_bits(0x3e50000000000000ull), from_bits(0x3feb600000000000ull),
      from_bits(0x400368fd00000000ull), from_bits(0x419921fb00000000ull), 0.126, -0.126, 105414350.0,
      0x1.921fb54442d18p0, 0x1.921fb54442d18p1, 0x1.921fb54442d18p2, 6381956970095103.0 * 0x1p797,
      5.0 * kPi / 2, 7.0 * kPi / 4, 1e15, 1e100, 0x1p1023};
  f.push_back({"sin", ag::glibc::sin, sys_sin, trig_ranges, trig_specials});
  f.push_back({"cos", ag::glibc::cos, sys_cos, trig_ranges, trig_specials});
  f.push_back({"tan", ag::glibc::tan, sys_tan,
               {{"pi (u - 0.5), u 53-bit (cauchy_)", [](Rng& r) { return kPi * (r.u53() - 0.5); }},
                {"pi (u - 0.5), u 24-bit", [](Rng& r) { return kPi * (r.u24() - 0.5); }},
                {"(-pi/2, pi/2) uniform", [](Rng& r) { return r.uniform(-kPi / 2, kPi / 2); }},
                {"[-0.8, 0.8] uniform", [](Rng& r) { return r.uniform(-0.8, 0.8); }},
                {"[-25, 25] uniform", [](Rng& r) { return r.uniform(-25.0, 25.0); }},
                {"[-1e8, 1e8] uniform", [](Rng& r) { return r.uniform(-1e8, 1e8); }},
                {"|x| log-uniform below 2^30", [](Rng& r) { return log_uniform(r, 29); }},
                {"|x| log-uniform, all finite", [](Rng& r) { return log_uniform(r, 1023); }},
                {"any bit pattern", any_bits}},
               {0x1.b096cp-27, 0x1.f212dp-5, 0x1.92f1ap-1, 25.0, -25.0, 1e8, -1e8, 0x1.921fb54442d18p0,
                -0x1.921fb54442d18p0, 0x1.921fb54442d18p1, 1.5707963267948966, 0.0608, 0.787}});
  return f;
}

// Specials and their two neighbours on each side.
std::vector<double> special_inputs(const Function& f) {
  std::vector<double> base = kCommonSpecials;
  base.insert(base.end(), f.specials.begin(), f.specials.end());
  std::vector<double> out;
  for (double x : base) {
    out.push_back(x);
    if (std::isfinite(x)) {
      double lo = x, hi = x;
      for (int k = 0; k < 2; ++k) {
        lo = std::nextafter(lo, -kInf);
        hi = std::nextafter(hi, kInf);
        out.push_back(lo);
        out.push_back(hi);
      }
    }
  }
  return out;
}

std::uint64_t seed_for(std::size_t function_index, std::size_t range_index) {
  return 0x5eed0000ull + function_index * 1000 + range_index;
}

// The fixed list for write-expected / check-expected.
std::vector<double> fixed_inputs(const Function& f, std::size_t function_index, std::size_t n) {
  std::vector<double> in = special_inputs(f);
  const std::size_t per_range = n / f.ranges.size();
  for (std::size_t k = 0; k < f.ranges.size(); ++k) {
    Rng rng{seed_for(function_index, k) ^ 0xf1ced};
    for (std::size_t i = 0; i < per_range; ++i) in.push_back(f.ranges[k].draw(rng));
  }
  return in;
}

struct Tally {
  std::uint64_t checked = 0, mismatches = 0;
  void check(const char* fn, double x, double want, double got) {
    ++checked;
    if (same(want, got)) return;
    if (++mismatches <= 10)
      std::printf("  MISMATCH %s(%a) [0x%016" PRIx64 "]: glibc %a [0x%016" PRIx64 "] ours %a [0x%016" PRIx64
                  "]\n",
                  fn, x, bits_of(x), want, bits_of(want), got, bits_of(got));
  }
};

bool selected(const Function& f, const std::vector<std::string>& names) {
  if (names.empty()) return true;
  for (const std::string& n : names)
    if (n == f.name) return true;
  return false;
}

int compare(std::size_t n, const std::vector<std::string>& names) {
  const std::vector<Function> fs = functions();
  std::uint64_t total_mismatches = 0;
  for (std::size_t fi = 0; fi < fs.size(); ++fi) {
    const Function& f = fs[fi];
    if (!selected(f, names)) continue;
    Tally specials;
    for (double x : special_inputs(f)) specials.check(f.name, x, f.system(x), f.ours(x));
    std::printf("%-4s %-40s %12" PRIu64 " inputs %8" PRIu64 " mismatches\n", f.name, "specials",
                specials.checked, specials.mismatches);
    total_mismatches += specials.mismatches;
    for (std::size_t k = 0; k < f.ranges.size(); ++k) {
      Tally t;
      Rng rng{seed_for(fi, k)};
      for (std::size_t i = 0; i < n; ++i) {
        const double x = f.ranges[k].draw(rng);
        t.check(f.name, x, f.system(x), f.ours(x));
      }
      std::printf("%-4s %-40s %12" PRIu64 " inputs %8" PRIu64 " mismatches\n", f.name,
                  f.ranges[k].name, t.checked, t.mismatches);
      std::fflush(stdout);
      total_mismatches += t.mismatches;
    }
  }
  std::printf("total mismatches: %" PRIu64 "\n", total_mismatches);
  return total_mismatches == 0 ? 0 : 1;
}

int write_expected(const char* path, std::size_t n) {
  std::FILE* out = std::fopen(path, "wb");
  if (!out) {
    std::perror(path);
    return 2;
  }
  const std::vector<Function> fs = functions();
  for (std::size_t fi = 0; fi < fs.size(); ++fi) {
    const std::vector<double> in = fixed_inputs(fs[fi], fi, n);
    std::vector<double> res(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) res[i] = fs[fi].system(in[i]);
    std::fwrite(res.data(), sizeof(double), res.size(), out);
    std::printf("%-4s %zu results written\n", fs[fi].name, res.size());
  }
  std::fclose(out);
  return 0;
}

int check_expected(const char* path, std::size_t n, const std::vector<std::string>& names) {
  std::FILE* in_file = std::fopen(path, "rb");
  if (!in_file) {
    std::perror(path);
    return 2;
  }
  const std::vector<Function> fs = functions();
  std::uint64_t total_mismatches = 0;
  for (std::size_t fi = 0; fi < fs.size(); ++fi) {
    const Function& f = fs[fi];
    const std::vector<double> in = fixed_inputs(f, fi, n);
    std::vector<double> want(in.size());
    if (std::fread(want.data(), sizeof(double), want.size(), in_file) != want.size()) {
      std::fprintf(stderr, "%s: too short (written with a different -n?)\n", path);
      return 2;
    }
    if (!selected(f, names)) continue;
    Tally t;
    std::uint64_t system_differs = 0;  // how often this C library disagrees with glibc
    for (std::size_t i = 0; i < in.size(); ++i) {
      t.check(f.name, in[i], want[i], f.ours(in[i]));
      if (!same(want[i], f.system(in[i]))) ++system_differs;
    }
    std::printf("%-4s fixed list %10" PRIu64 " inputs %8" PRIu64
                " mismatches (this C library's %s differs from glibc on %" PRIu64 ")\n",
                f.name, t.checked, t.mismatches, f.name, system_differs);
    total_mismatches += t.mismatches;
  }
  std::fclose(in_file);
  std::printf("total mismatches: %" PRIu64 "\n", total_mismatches);
  return total_mismatches == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: %s compare [-n N] [fn...] | write-expected FILE [-n N] |"
                 " check-expected FILE [-n N] [fn...]\n",
                 argv[0]);
    return 2;
  }
  const std::string mode = argv[1];
  std::size_t n = 0;
  const char* file = nullptr;
  std::vector<std::string> names;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-n" && i + 1 < argc) {
      n = static_cast<std::size_t>(std::strtod(argv[++i], nullptr));
    } else if (mode != "compare" && !file) {
      file = argv[i];
    } else {
      names.push_back(a);
    }
  }
  if (mode == "compare") return compare(n ? n : 10000000, names);
  if (!file) {
    std::fprintf(stderr, "%s needs a FILE\n", mode.c_str());
    return 2;
  }
  if (mode == "write-expected") return write_expected(file, n ? n : 1200000);
  if (mode == "check-expected") return check_expected(file, n ? n : 1200000, names);
  std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
  return 2;
}
