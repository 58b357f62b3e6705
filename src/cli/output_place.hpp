#pragma once
// Where a command's output ended up, for what it says after writing it: only a
// file can be named in a follow-up command ("add them with coprod score
// combined.yaml --set ..."); standard output, /dev/stdout, a pipe or a
// terminal is read once and gone, and /dev/null keeps nothing, so saying
// "Created /dev/null" would be untrue.

#include <string>
#include <string_view>

namespace coprod::cli {

enum class OutputPlace {
  file,     // a file a later command can read
  stream,   // "-", a pipe, a terminal, or a name for one under /proc (/dev/stdout, even redirected to a file)
  nowhere,  // /dev/null or /dev/zero, which keep nothing written to them
};

OutputPlace output_place(const std::string& path);

// What messages call a command's output, for positions in it
// ("new.yaml:24:9:"): its name when it is a file; otherwise `what` ("the new
// assessment"), as for "-", since a stream or /dev/null cannot be opened to
// look there.
std::string output_name(const std::string& path, std::string_view what);

// What a command says after writing `what` ("the new assessment") to a place
// that keeps nothing: "Nothing was kept: /dev/null keeps nothing written to
// it, so give a file name to keep the new assessment." and a line break.
std::string nothing_kept_message(const std::string& path, std::string_view what);

}  // namespace coprod::cli
