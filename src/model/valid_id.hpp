#pragma once
// What an id in coprod's files may be: a section's, a row's, a plan action's.

#include <string_view>

namespace coprod::model {

// True for ids made of lowercase letters, digits and single hyphens, such as
// "senior-leaders": safe in file keys, command lines and file names.
bool is_valid_id(std::string_view id);

}  // namespace coprod::model
