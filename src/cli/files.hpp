#pragma once
// Reading inputs safely: size limits, clear messages for missing or odd
// files, and the checks of paths named on the command line (an output that is
// one of the inputs, a list where one file is wanted). Writing outputs is
// output_file.hpp.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace coprod::cli {

// Larger than any real assessment or framework by a wide margin (the built-in
// framework is about 50 KB, a completed assessment about 20 KB).
inline constexpr std::size_t k_max_input_bytes = 4 * 1024 * 1024;

// Why an edit that would make the file at `path` `bytes` long is not saved:
// nullopt when it stays within k_max_input_bytes, so coprod can read it again.
std::optional<util::Diagnostic> edited_size_problem(const std::string& path, std::size_t bytes);

// Reads a whole text file, or standard input for "-", or a file as it was in a
// git commit for "REVISION:path" (when no file has that name). Refuses
// directories, FIFOs and devices, files over `max_bytes` and text saved as
// UTF-16. Keeps the text for messages' columns (see source_texts.hpp).
util::Result<std::string> read_input_file(const std::string& path, std::size_t max_bytes = k_max_input_bytes);

// Where in git an input named "REVISION:path" was read from.
struct CommittedVersion {
  std::string revision;   // as named: "HEAD", "HEAD~1", a tag, a commit id
  std::string commit;     // the full id of the commit it names
  std::string work_tree;  // the repository's work tree
  std::string file;       // the work tree and the file's path in it, joined: one file, in any version
};
struct InputText {
  std::string text;
  std::optional<CommittedVersion> committed;  // nullopt for a file on disk and standard input
};
// read_input_file(), also saying where in git the text was read from.
util::Result<InputText> read_input(const std::string& path, std::size_t max_bytes = k_max_input_bytes);

// What to say of a folder named on the command line that is not there: "no
// such folder", with the folder beside it whose name is closest, when one is
// close (a typo: nortbridge).
std::string describe_missing_folder(const std::string& path);

bool file_exists(const std::string& path);

// What to say of a file open() refused with `error` (errno): "no such file;
// check the path and the file name", say.
std::string describe_open_error(int error);

// The YAML file among `names` (file names, without folders) whose name is
// closest to `path`'s, when one is close (a typo: peer-netwrk), as a path in
// `path`'s folder; git reads offer it from a commit's files.
std::optional<std::string> closest_yaml_name(const std::string& path, std::vector<std::string> names);

// Whether two paths name one file: the same file under any name or link,
// or the same place for a file that does not exist yet.
bool same_file(const std::string& a, const std::string& b);

// Refuses (exit 2) an output that is one of the command's own input files
// (the same file under any name or link): with --force it would be replaced
// by the output and its contents lost. "-", revisions ("HEAD:a.yaml") and
// paths that do not exist yet are never inputs. The message names the output
// as `output_option` and ends with what to do (`instead`).
void refuse_output_among_inputs(const std::string& output, std::initializer_list<std::vector<std::string>> inputs,
                                std::string_view output_option = "-o",
                                std::string_view instead = "write the output to another file");

// Refuses (exit 2) a path given to `option` that holds a comma and is no file
// ("--previous a.yaml,b.yaml"): a list, which the option does not take; the
// message says to give the option once per file.
void refuse_comma_lists(std::string_view option, const std::vector<std::string>& paths);

// What read_input_file says of a file over `max_bytes` (git reads say the same).
std::string too_large_message(std::size_t max_bytes);

}  // namespace coprod::cli
