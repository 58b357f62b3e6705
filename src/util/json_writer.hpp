#pragma once
// A small streaming JSON writer with two-space indentation and stable output.

#include <string>
#include <string_view>
#include <vector>

namespace coprod::util {

std::string json_quote(std::string_view text);

class JsonWriter {
 public:
  // `base_indent` levels of two spaces before every line but the first, for
  // a value that will sit inside a larger document.
  explicit JsonWriter(std::size_t base_indent = 0) : m_base_indent(base_indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view value);
  JsonWriter& number(int value);
  // A number with a fixed count of decimals ("3.3"), never exponent form.
  JsonWriter& decimal(double value, int decimals);
  // A number rounded to four decimal places, written in its shortest form.
  JsonWriter& real(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  template <class Optional>
  JsonWriter& optional_string(const Optional& value) {
    return value ? string(*value) : null();
  }

  // The document, ending with a newline.
  std::string finish();
  // The value alone, with no newline after it.
  std::string fragment() { return std::move(m_out); }

 private:
  void before_value();
  JsonWriter& close(char bracket);
  void newline_and_indent();

  std::string m_out;
  std::vector<bool> m_has_items;  // per open container
  bool m_after_key = false;
  std::size_t m_base_indent = 0;
};

}  // namespace coprod::util
