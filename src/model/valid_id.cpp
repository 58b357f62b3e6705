#include "model/valid_id.hpp"

namespace coprod::model {

bool is_valid_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && id.front() != '-' && id.back() != '-' &&
         id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos &&
         id.find("--") == std::string_view::npos;
}

}  // namespace coprod::model
