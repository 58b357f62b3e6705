#include "model/list_mark.hpp"

namespace coprod::model {

std::string_view without_list_mark(std::string_view text) {
  while (!text.empty() && (text.back() == ';' || text.back() == ',' || text.back() == ':')) text.remove_suffix(1);
  return text;
}

}  // namespace coprod::model
