#pragma once
// Where the "# yaml-language-server: $schema=..." line of a file coprod writes
// points, so that editors check the file as it is typed, on every machine of
// a team that keeps the files in git.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace coprod::cli {

// The schemas' file names, as `coprod schema` and the install name them.
inline constexpr std::string_view k_assessment_schema = "assessment.schema.json";
inline constexpr std::string_view k_plan_schema = "plan.schema.json";

// What finding a schema asks of the disk (a fake in the tests). Paths are
// absolute and lexically normal.
struct SchemaDisk {
  std::function<bool(const std::filesystem::path&)> is_file;
  std::function<bool(const std::filesystem::path& folder)> is_repository_top;  // holds a .git folder or file
};

// The disk itself.
SchemaDisk real_schema_disk();

// The schema `name` a team keeps beside its files, as a path relative to
// `folder` (absolute), the folder of the file written: the nearest of
// `name` or `schemas/name` in `folder` or a folder above it, up to the top
// of its git repository (or, outside one, the filesystem's root); nullopt
// when there is none. A relative path reaches it in every clone.
std::optional<std::string> schema_in_tree(const std::filesystem::path& folder, std::string_view name,
                                          const SchemaDisk& disk);

// The folder of the file written at `output` (absolute, lexically normal);
// for a stream ("-"), the current folder, where its text is most likely kept
// (> new.yaml).
std::filesystem::path folder_of_written_file(const std::string& output);

// The default for a file to be written at `output` ("-" or another stream:
// from the current folder): schema_in_tree(), else the schema installed with
// coprod (<prefix>/share/coprod/schemas/ next to the binary's <prefix>/bin),
// else empty: a coprod run from its build folder writes no schema line,
// since the source tree's path is one machine's.
std::string default_schema_location(std::string_view name, const std::string& output);

// What `init --from` writes for the location `old` copied from a file in
// `from_folder`, for a new file in `new_folder` (both absolute and lexically
// normal): nullopt to keep it as it is (a URL, an absolute path that reaches a
// file, or the same folder); a relative one moved so that it reaches the same
// schema from the new folder; `fallback` when it reaches no file (absolute or
// relative) or leaves the new file's repository (a path outside it is one
// machine's).
std::optional<std::string> moved_schema_location(const std::string& old, const std::filesystem::path& from_folder,
                                                 const std::filesystem::path& new_folder, const SchemaDisk& disk,
                                                 const std::function<std::string()>& fallback);

}  // namespace coprod::cli
