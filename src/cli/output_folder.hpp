#pragma once
// A folder of output files (the report's evidence pack) replaced as a whole.
// Every file is first written into a new temporary folder inside the output
// folder; only when all are complete are they moved into place, each by a
// rename that swaps the old file (or a symbolic link planted there) out
// rather than writing through it. If a move fails, the moves already made are
// undone: the folder holds the old pack or the new one, never a mixture.
// A file an earlier pack wrote that this one leaves out (scores.json when the
// new pack has no scores) is moved out with the same moves, so it goes too;
// other files in the folder, which coprod did not write, are left as they are.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/console.hpp"
#include "cli/error.hpp"
#include "cli/temporary_files.hpp"

namespace coprod::cli {

// The refusal (exit 4) of a file at `path` that the pack would replace or
// remove, when --force was not given: one wording for every check of it.
Error pack_file_exists_error(const std::string& path);

class OutputFolder {
 public:
  // Creates `folder` if needed, in a folder that must exist (a symbolic link
  // named as `folder` is followed), and a temporary folder inside it. `names`
  // are the files the pack will hold, `left_out` those of the pack's names it
  // does not; unless `overwrite`, none of either may exist yet.
  OutputFolder(Console& console, std::string folder, std::vector<std::string> names, std::vector<std::string> left_out,
               bool overwrite);
  // Without commit(), the temporary folder and everything in it is removed,
  // and so is `folder` if this made it (on Ctrl-C, SIGTERM and SIGHUP too).
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  void write(const std::string& name, std::string_view content);
  // For a writer that needs a file name (libxlsxwriter): `write_file` is given
  // the path where `name` is staged, and must create it there.
  void write_with(const std::string& name, const std::function<void(const std::string& path)>& write_file);
  // Moves every file into place and every file of `left_out` there out;
  // returns the names of those removed. Throws Error(k_exit_not_written) with
  // the old files back as they were if that cannot be done. Once the pack is
  // in place the run is done: Ctrl-C, SIGTERM and SIGHUP are held off from
  // then on, so a signal that arrives afterwards does not end it as failed.
  std::vector<std::string> commit();
  // The files and folders in the folder that are not the pack's own: left as they are.
  std::vector<std::string> others() const;

 private:
  struct Move {
    std::string name;
    enum class How { swapped, placed, moved_aside, removed } how;
  };
  std::string staged(const std::string& name) const;
  std::string placed(const std::string& name) const;
  std::string aside(const std::string& name) const;
  // The staging folder (or the pack's folder) was removed meanwhile.
  bool staging_is_gone() const;
  void create_folder();
  void refuse_what_is_in_the_way() const;
  int move_into_place(const std::string& name, std::vector<Move>& done);
  int move_out(const std::string& name, std::vector<Move>& done, std::vector<std::string>& removed);
  void undo(const std::vector<Move>& done) const;
  void remove_staging();

  Console& m_console;
  std::string m_folder;
  std::vector<std::string> m_names;
  std::vector<std::string> m_left_out;
  bool m_overwrite;
  bool m_created = false;  // the folder was made by this, so it goes if the pack is not written
  bool m_committed = false;
  std::string m_staging;
  std::vector<TemporaryPath> m_registrations;  // the folder if made, the staging folder, then its files
};

}  // namespace coprod::cli
