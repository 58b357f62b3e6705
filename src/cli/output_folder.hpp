#pragma once
// A folder of output files (the report's evidence pack) replaced as a whole.
// Every file is first written into a new temporary folder inside the output
// folder; only when all are complete are they moved into place, each by a
// rename that swaps the old file (or a symbolic link planted there) out
// rather than writing through it. If a move fails, the moves already made are
// undone: the folder holds the old pack or the new one, never a mixture.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/console.hpp"
#include "cli/temporary_files.hpp"

namespace coprod::cli {

class OutputFolder {
 public:
  // Creates `folder` if needed (a symbolic link named as `folder` is
  // followed) and a temporary folder inside it. `names` are the files the
  // pack will hold; unless `overwrite`, none may exist yet.
  OutputFolder(Console& console, std::string folder, std::vector<std::string> names, bool overwrite);
  // Without commit(), the temporary folder and everything in it is removed.
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  void write(const std::string& name, std::string_view content);
  // For a writer that needs a file name (libxlsxwriter): `write_file` is given
  // the path where `name` is staged, and must create it there.
  void write_with(const std::string& name, const std::function<void(const std::string& path)>& write_file);
  // Moves every file into place; throws Error(k_exit_not_written) with the
  // old files back as they were if that cannot be done.
  void commit();

 private:
  struct Move {
    std::string name;
    enum class How { swapped, placed, moved_aside } how;
  };
  std::string staged(const std::string& name) const;
  std::string placed(const std::string& name) const;
  std::string aside(const std::string& name) const;
  void refuse_what_is_in_the_way() const;
  int move_into_place(const std::string& name, std::vector<Move>& done);
  void undo(const std::vector<Move>& done) const;
  void remove_staging();

  Console& m_console;
  std::string m_folder;
  std::vector<std::string> m_names;
  bool m_overwrite;
  std::string m_staging;
  std::vector<TemporaryPath> m_registrations;  // the staging folder first, then its files
};

}  // namespace coprod::cli
