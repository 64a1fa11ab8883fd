// line
#include <string>

/// doc
std::string f() {
  return R"(raw // string)";
}
