// GitRepository through the `git` command: `rev-parse` to find the
// repository, one `cat-file --batch-command` for every object look-up, read
// and folder listing (sizes come before contents, so nothing over the limit
// is read), `log --follow` for a file's commits. See ARCHITECTURE.md
// for why the command rather than libgit2.

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>
#include <set>

#include <fmt/format.h>

#include "cli/git_process.hpp"
#include "cli/git_repository.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

constexpr std::size_t k_max_listing_bytes = 64 * 1024 * 1024;

util::Diagnostic problem(const std::string& source, std::string message) {
  return {util::Severity::error, source, {0, 0}, std::move(message)};
}

// "a\0b\0" -> {"a", "b"}, as `git -z` prints lists (with '\0' as `separator`).
std::vector<std::string_view> split_at(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const auto end = text.find(separator);
    parts.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return parts;
}

// git's first line of complaint, without its "fatal: " or "error: ".
std::string git_said(const std::string& error) {
  std::string line = error.substr(0, error.find('\n'));
  for (const char* prefix : {"fatal: ", "error: "}) {
    if (line.rfind(prefix, 0) == 0) line.erase(0, std::char_traits<char>::length(prefix));
  }
  return line.empty() ? "git stopped without saying why" : line;
}

std::optional<std::size_t> parse_size(std::string_view text) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "ID TYPE SIZE" as cat-file prints it.
std::optional<GitRepository::Object> parse_object_line(const std::string& line) {
  const auto first = line.find(' ');
  const auto second = first == std::string::npos ? std::string::npos : line.find(' ', first + 1);
  if (second == std::string::npos) return std::nullopt;
  const auto size = parse_size(std::string_view(line).substr(second + 1));
  if (!size) return std::nullopt;
  return GitRepository::Object{line.substr(0, first), line.substr(first + 1, second - first - 1), *size};
}

// The commits a shallow clone's history stops at, as git lists them in its
// `shallow` file, one id a line; none when the file cannot be read.
std::set<std::string> read_shallow_boundary(const std::string& shallow_file) {
  std::ifstream file(shallow_file, std::ios::binary);
  std::set<std::string> commits;
  for (std::string line; std::getline(file, line);) {
    if (!line.empty()) commits.insert(line);
  }
  return commits;
}

class CommandRepository final : public GitRepository {
 public:
  // `shallow_file`: where git lists a shallow clone's oldest commits; nullopt for a full clone.
  CommandRepository(std::string root, std::optional<std::string> shallow_file)
      : m_root(std::move(root)), m_shallow_file(std::move(shallow_file)), m_cat_file(m_root) {}

  std::string workdir() const override { return m_root; }
  bool is_shallow() const override { return m_shallow_file.has_value(); }

  std::vector<util::Result<std::optional<Object>>> look_up_all(const std::vector<std::string>& names) override {
    // A line break would end git's command early, and git drops a carriage
    // return before one, so such names are not asked: they name nothing.
    const auto can_ask = [](const std::string& name) {
      return name.find('\n') == std::string::npos && !name.ends_with('\r');
    };
    std::vector<std::string> asked;
    std::copy_if(names.begin(), names.end(), std::back_inserter(asked), can_ask);
    std::vector<std::optional<std::string>> answers(asked.size());
    std::vector<std::string> errors(asked.size());  // what git said when it ended instead of answering
    ask_each(asked, "info ", [&](std::size_t i) {
      answers[i] = m_cat_file.next_line();
      if (!answers[i]) errors[i] = m_cat_file.last_error();
      return answers[i].has_value();
    });
    std::vector<util::Result<std::optional<Object>>> found;
    std::size_t next = 0;
    for (const auto& name : names) {
      if (!can_ask(name)) {
        found.emplace_back(std::optional<Object>());
        continue;
      }
      found.push_back(object_named(name, answers[next], errors[next]));
      ++next;
    }
    return found;
  }

  std::vector<util::Result<std::string>> read_all(const std::vector<Object>& objects) override {
    std::vector<std::string> ids;
    for (const auto& object : objects) ids.push_back(object.id);
    std::vector<util::Result<std::string>> found(objects.size(), std::string());
    ask_each(ids, "contents ", [&](std::size_t i) {
      found[i] = read_answer(objects[i]);
      return found[i].ok();
    });
    return found;
  }

  // Asked once per path: check --since asks again for the files beside each new file.
  Log file_log(const std::string& path) override {
    auto& log = m_logs[path];
    if (!log) log = read_log(path);
    return *log;
  }

  std::optional<std::string> staged_rename_source(const std::string& path) override {
    if (!m_staged_renames) m_staged_renames = read_staged_renames();
    const auto found = m_staged_renames->find(path);
    return found == m_staged_renames->end() ? std::nullopt : std::optional<std::string>(found->second);
  }

  util::Result<std::vector<std::string>> files_in_folder(const std::string& commit,
                                                         const std::string& folder) override {
    const auto entries = tree_entries(commit, folder);
    if (!entries)
      return problem(folder, "cannot list the folder in the repository: " + entries.problems().front().message);
    std::vector<std::string> files;
    for (const auto& entry : *entries) {
      if (entry.is_file()) files.push_back(folder.empty() ? entry.name : folder + "/" + entry.name);
    }
    return files;
  }

  std::vector<std::string> remote_branches_named(const std::string& branch) override {
    const auto output = run_git(m_root, {"for-each-ref", "--format=%(refname:lstrip=2)", "refs/remotes/*/" + branch},
                                k_max_listing_bytes);
    std::vector<std::string> branches;
    if (output.status != 0) return branches;
    for (const auto line : split_at(output.out, '\n')) {
      if (!line.empty() && line.ends_with("/" + branch)) branches.emplace_back(line);
    }
    return branches;
  }

  bool set_config(const std::string& key, const std::string& value) override {
    return run_git(m_root, {"config", "--local", key, value}, 4096).status == 0;
  }

 private:
  Log read_log(const std::string& path) {
    // cat-file starts while log runs: the versions are read through it next.
    m_cat_file.start_early();
    Log log;
    // A merge is shown as what it changed against its first parent: the
    // version it made is then the newest, as it is in the working tree.
    const auto output = run_git(m_root,
                                {"log", "--follow", "--raw", "--diff-merges=first-parent", "--no-abbrev", "-z",
                                 "--format=tformat:%x01%H %at", "HEAD", "--", path},
                                k_max_listing_bytes);
    std::vector<Copy> copies;
    parse_log(output.out, log.changes, copies);
    end_at_copy_of_living_file(log.changes, copies);
    mark_shallow_boundary(log.changes);
    if (output.status != 0) {
      // A repository with no commits yet has no history, which is no problem.
      auto head = look_up("HEAD^{commit}");
      if (!head) return {{}, head.problems().front().message};
      if (*head) log.problem = git_said(output.error);
    }
    return log;
  }

  // In a shallow clone, the changes made by one of its oldest commits, whose
  // parents were not fetched (read from git's list when first needed).
  void mark_shallow_boundary(std::vector<Change>& changes) {
    if (!m_shallow_file) return;
    if (!m_shallow_boundary) m_shallow_boundary = read_shallow_boundary(*m_shallow_file);
    for (auto& change : changes) change.at_shallow_boundary = m_shallow_boundary->count(change.commit) > 0;
  }

  // The renames git finds between HEAD and the index: new name -> old name.
  std::map<std::string, std::string> read_staged_renames() {
    // -z: "R100", the old name, the new name, each ended by a NUL; other changes have one name.
    const auto output = run_git(m_root, {"diff", "--cached", "--name-status", "-M", "-z", "HEAD"}, k_max_listing_bytes);
    std::map<std::string, std::string> renames;
    if (output.status != 0) return renames;
    std::vector<std::string_view> fields;
    for (std::string_view rest = output.out; !rest.empty();) {
      const auto end = std::min(rest.find('\0'), rest.size());
      fields.push_back(rest.substr(0, end));
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    for (std::size_t i = 0; i + 1 < fields.size();) {
      const bool renamed = fields[i].starts_with('R');
      if (renamed && i + 2 < fields.size()) renames[std::string(fields[i + 2])] = std::string(fields[i + 1]);
      i += renamed || fields[i].starts_with('C') ? 3 : 2;
    }
    return renames;
  }

  // Sends `verb` + each name to cat-file, a page at a time, and calls
  // `answer(i)` for each in order to read what git said. When an answer
  // fails (git ended, or said something unexpected), git is stopped and the
  // rest are asked again of a new one.
  template <typename Answer>
  void ask_each(const std::vector<std::string>& names, std::string_view verb, Answer answer) {
    for (std::size_t next = 0; next < names.size();) {
      const std::size_t end = end_of_send(names, next, verb);
      std::string commands;
      for (std::size_t i = next; i < end; ++i) commands.append(verb).append(names[i]).push_back('\n');
      m_cat_file.send(commands);  // if git cannot take them, the first answer fails and says why
      while (next < end) {
        if (answer(next++)) continue;
        m_cat_file.stop();
        break;
      }
    }
  }

  // What cat-file's `info` answer says of `name` (`error`: what git said if it ended instead).
  util::Result<std::optional<Object>> object_named(const std::string& name, const std::optional<std::string>& line,
                                                   const std::string& error) {
    if (!line) return unreadable(name, error);
    if (line->ends_with(" missing")) {
      const auto listed = listed_in_tree(name);
      if (!listed) return listed.problems();
      if (*listed) return problem(name, missing_object_message(name));
      return std::optional<Object>();
    }
    if (line->ends_with(" ambiguous")) {
      return problem(name, fmt::format("'{}' is ambiguous in this repository; give more of the commit id", name));
    }
    auto object = parse_object_line(*line);
    if (!object) return problem(name, fmt::format("git answered '{}' unexpectedly", *line));
    return std::optional<Object>(std::move(*object));
  }

  // The next `contents` answer, which should be `object`'s.
  util::Result<std::string> read_answer(const Object& object) {
    const auto header = m_cat_file.next_line();
    if (!header) return unreadable(object.id, m_cat_file.last_error());
    const auto found = parse_object_line(*header);
    if (!found || found->size != object.size)
      return problem(object.id, fmt::format("git answered '{}' unexpectedly", *header));
    auto body = m_cat_file.read_body(object.size);
    if (!body) return unreadable(object.id, m_cat_file.last_error());
    return std::move(*body);
  }

  static util::Diagnostic unreadable(const std::string& name, const std::string& error) {
    return problem(name, fmt::format("cannot read {} from the git repository ({}); the repository may be damaged: "
                                     "'git fsck' says what is wrong",
                                     name, git_said(error)));
  }

  struct TreeEntry {
    std::string mode;  // "100644" a file, "40000" a folder, ...
    std::string name;
    // A file or a symbolic link (what `git ls-tree` calls a blob), not a folder or a submodule.
    bool is_file() const { return mode.starts_with("10") || mode.starts_with("12"); }
    bool is_folder() const { return mode == "40000" || mode == "040000"; }
  };
  // The entries of `folder` ("" for the root) in `commit`; none when it is
  // not a folder there.
  util::Result<std::vector<TreeEntry>> tree_entries(const std::string& commit, const std::string& folder) {
    // With a slash after it, a folder whose name ends in a carriage return
    // keeps it (git drops one at the end of a command).
    const std::string name = commit + ":" + (folder.empty() ? "" : folder + "/");
    const auto tree = look_up(name);
    if (!tree) return tree.problems();
    if (!*tree || (*tree)->type != "tree") return std::vector<TreeEntry>();
    if ((*tree)->size > k_max_listing_bytes) return problem(name, fmt::format("{} lists too many files", name));
    const auto body = read(**tree);
    if (!body) return body.problems();
    // Entries are "MODE NAME\0" and the raw id (half as many bytes as its hex).
    const std::size_t id_bytes = (*tree)->id.size() / 2;
    std::vector<TreeEntry> entries;
    for (std::size_t at = 0; at < body->size();) {
      const auto space = body->find(' ', at);
      const auto end = space == std::string::npos ? std::string::npos : body->find('\0', space);
      if (end == std::string::npos) break;
      entries.push_back({body->substr(at, space - at), body->substr(space + 1, end - space - 1)});
      at = end + 1 + id_bytes;
    }
    return entries;
  }

  // For "COMMIT:folder/name" that git calls missing: true when the folder's
  // tree lists the name (so its object is what is missing: a damaged
  // repository), false when it is simply not in that commit; a problem when
  // the folder cannot be read. A commit or its root folder has nothing above it.
  util::Result<bool> listed_in_tree(const std::string& name) {
    const auto colon = name.find(':');
    if (colon == std::string::npos || colon + 1 == name.size()) return false;
    std::string path = name.substr(colon + 1);
    const bool folder_wanted = path.ends_with('/');  // as tree_entries() asks for one
    if (folder_wanted) path.pop_back();
    const auto slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash);
    const std::string file = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto entries = tree_entries(name.substr(0, colon), folder);
    if (!entries) return entries.problems();
    return std::any_of(entries->begin(), entries->end(), [&](const TreeEntry& entry) {
      return entry.name == file && (entry.is_folder() || !folder_wanted);
    });
  }

  // A change that made the file as a copy of another.
  struct Copy {
    std::size_t change = 0;  // in the log
    std::string source;      // the file copied
  };

  // --follow goes on through a copy into the history of the file copied. That
  // is this file's past only when the source is gone (copied, then removed
  // later: a rename in two steps); a source still at HEAD, such as another
  // area's file, or renamed since (its folder renamed, say), has a history of
  // its own, and the log ends at the copy.
  void end_at_copy_of_living_file(std::vector<Change>& changes, const std::vector<Copy>& copies) {
    if (copies.empty()) return;
    std::vector<std::string> names;
    for (const auto& copy : copies) names.push_back("HEAD:" + copy.source);
    const auto found = look_up_all(names);
    for (std::size_t i = 0; i < copies.size() && i < found.size(); ++i) {
      const bool at_head = found[i] && *found[i];
      if (at_head || renamed_to_a_file_at_head(copies[i].source, changes[copies[i].change].commit)) {
        changes.resize(copies[i].change + 1);
        return;
      }
    }
  }

  // Whether `source`, not in HEAD under that name, is there under another:
  // renamed, once or more, in the commits after `since`.
  bool renamed_to_a_file_at_head(const std::string& source, const std::string& since) {
    const auto output = run_git(m_root,
                                {"log", "--raw", "-M", "--diff-filter=R", "--diff-merges=first-parent", "--reverse",
                                 "--no-abbrev", "-z", "--format=tformat:", since + "..HEAD"},
                                k_max_listing_bytes);
    if (output.status != 0) return false;
    std::string name = source;
    // Each rename is ":MODE MODE OLD-ID NEW-ID R<score>", its old path and its new path.
    const auto tokens = split_at(output.out, '\0');
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
      auto token = tokens[i];
      while (!token.empty() && token.front() == '\n') token.remove_prefix(1);
      const auto fields = split_at(token, ' ');
      if (!token.starts_with(':') || fields.size() != 5 || !fields[4].starts_with('R')) continue;
      if (tokens[i + 1] == name) name = std::string(tokens[i + 2]);
      i += 2;
    }
    if (name == source) return false;
    const auto found = look_up("HEAD:" + name);
    return found && *found;
  }

  // Records "\x01ID AUTHOR-TIME" headers, each followed by a raw line for the file
  // (":MODE MODE OLD-ID NEW-ID STATUS") and its path in that commit, after
  // its old path for a rename or a copy (the copies also go in `copies`).
  static void parse_log(const std::string& out, std::vector<Change>& changes, std::vector<Copy>& copies) {
    const auto tokens = split_at(out, '\0');
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      auto token = tokens[i];
      while (!token.empty() && token.front() == '\n') token.remove_prefix(1);
      if (!token.empty() && token.front() == '\x01') {
        const auto space = token.find(' ');
        if (space == std::string_view::npos) continue;
        const auto time = parse_size(token.substr(space + 1));
        changes.push_back({std::string(token.substr(1, space - 1)), time ? static_cast<long long>(*time) : 0, {}, {}});
      } else if (!token.empty() && token.front() == ':' && !changes.empty()) {
        const auto fields = split_at(token, ' ');
        const bool old_path_first = fields.size() == 5 && (fields[4].starts_with('R') || fields[4].starts_with('C'));
        i += old_path_first ? 2 : 1;
        if (i >= tokens.size() || fields.size() != 5 || !changes.back().path.empty()) continue;
        changes.back().path = std::string(tokens[i]);
        // A deleted file's new id is all zeros: it has no object in that commit.
        if (fields[3].find_first_not_of('0') != std::string_view::npos) changes.back().blob = std::string(fields[3]);
        // The same object before and after: renamed (or its mode changed), its text as it was.
        changes.back().content_changed = fields[2] != fields[3] || fields[4].starts_with('C');
        if (fields[4].starts_with('C')) copies.push_back({changes.size() - 1, std::string(tokens[i - 1])});
      }
    }
  }

  std::string m_root;
  std::optional<std::string> m_shallow_file;
  std::optional<std::set<std::string>> m_shallow_boundary;  // read when first asked
  GitCatFile m_cat_file;
  std::map<std::string, std::optional<Log>> m_logs;                    // by path, as read
  std::optional<std::map<std::string, std::string>> m_staged_renames;  // read when first asked
};

}  // namespace

std::unique_ptr<GitRepository> GitRepository::discover(const std::string& directory) {
  const auto output = run_git(
      directory,
      {"rev-parse", "--show-toplevel", "--is-shallow-repository", "--path-format=absolute", "--git-path", "shallow"},
      65536);
  if (output.status != 0) return nullptr;
  const auto lines = util::split_lines(output.out);
  if (lines.size() < 3 || lines[0].empty()) return nullptr;
  const bool shallow = lines[1] == "true";
  return std::make_unique<CommandRepository>(
      std::string(lines[0]), shallow ? std::optional<std::string>(std::string(lines[2])) : std::nullopt);
}

}  // namespace coprod::cli
