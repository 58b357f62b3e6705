#pragma once
// A file name as one word a shell reads back exactly, for the commands
// coprod suggests in its messages ("run 'coprod check "North Tyneside/a.yaml"'"),
// so that people can copy them.

#include <string>
#include <string_view>

namespace coprod::util {

// `word` as it is when a shell reads it as it stands; else in double quotes,
// with a backslash before $, `, " and \\, or in single quotes when it holds
// a ! (which interactive bash expands inside double quotes). A name holding
// a '~' anywhere is quoted (a shell may take it for a home folder, after an
// '=' too), and so is one starting with '=' (zsh reads "=ls" as the path of
// ls); one starting with '-' gets "./" in front, so it is not read as an option.
std::string shell_word(std::string_view word);

}  // namespace coprod::util
