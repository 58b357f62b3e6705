// GitRepository through the `git` command: `rev-parse` to find the
// repository, one `cat-file --batch-command` for every object look-up and
// read (sizes come before contents, so nothing over the limit is read), `log
// --follow` for a file's commits, `ls-tree` for a folder. See ARCHITECTURE.md
// for why the command rather than libgit2.

#include <charconv>

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

// "a\0b\0" -> {"a", "b"}, as `git -z` prints lists.
std::vector<std::string_view> split_nul(std::string_view text) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const auto end = text.find('\0');
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

class CommandRepository final : public GitRepository {
 public:
  CommandRepository(std::string root, bool shallow) : m_root(std::move(root)), m_shallow(shallow), m_cat_file(m_root) {}

  std::string workdir() const override { return m_root; }
  bool is_shallow() const override { return m_shallow; }

  util::Result<std::optional<Object>> look_up(const std::string& name) override {
    const auto line = m_cat_file.ask("info " + name);
    if (!line) return unreadable(name);
    if (line->size() > name.size() && line->compare(line->size() - 8, 8, " missing") == 0) {
      if (listed_in_tree(name)) {
        return problem(name,
                       fmt::format("{} is listed in the commit but its content is missing from the git repository; "
                                   "the repository may be damaged: 'git fsck' says what is wrong",
                                   name));
      }
      return std::optional<Object>();
    }
    if (line->size() > 10 && line->compare(line->size() - 10, 10, " ambiguous") == 0) {
      return problem(name, fmt::format("'{}' is ambiguous in this repository; give more of the commit id", name));
    }
    auto object = parse_object_line(*line);
    if (!object) return problem(name, fmt::format("git answered '{}' unexpectedly", *line));
    return std::optional<Object>(std::move(*object));
  }

  util::Result<std::string> read(const Object& object) override {
    const auto header = m_cat_file.ask("contents " + object.id);
    if (!header) return unreadable(object.id);
    const auto found = parse_object_line(*header);
    if (!found || found->size != object.size)
      return problem(object.id, fmt::format("git answered '{}' unexpectedly", *header));
    auto body = m_cat_file.read_body(object.size);
    if (!body) return unreadable(object.id);
    return std::move(*body);
  }

  Log file_log(const std::string& path) override {
    // cat-file starts while log runs: the versions are read through it next.
    m_cat_file.start_early();
    Log log;
    const auto output =
        run_git(m_root, {"log", "--follow", "--name-only", "-z", "--format=tformat:%x01%H %ct", "HEAD", "--", path},
                k_max_listing_bytes);
    parse_log(output.out, log.changes);
    if (output.status != 0) {
      // A repository with no commits yet has no history, which is no problem.
      auto head = look_up("HEAD^{commit}");
      if (!head) return {{}, head.problems().front().message};
      if (*head) log.problem = git_said(output.error);
    }
    return log;
  }

  util::Result<std::vector<std::string>> files_in_folder(const std::string& commit,
                                                         const std::string& folder) override {
    const auto output =
        run_git(m_root, {"ls-tree", "-z", commit, "--", folder.empty() ? "." : folder + "/"}, k_max_listing_bytes);
    if (output.status != 0)
      return problem(folder, fmt::format("cannot list the folder in the repository: {}", git_said(output.error)));
    std::vector<std::string> files;
    for (const auto entry : split_nul(output.out)) {
      const auto tab = entry.find('\t');
      if (tab == std::string_view::npos || entry.find(" blob ") == std::string_view::npos) continue;
      files.emplace_back(entry.substr(tab + 1));
    }
    return files;
  }

  bool set_config(const std::string& key, const std::string& value) override {
    return run_git(m_root, {"config", "--local", key, value}, 4096).status == 0;
  }

 private:
  util::Diagnostic unreadable(const std::string& name) const {
    return problem(name, fmt::format("cannot read {} from the git repository ({}); the repository may be damaged: "
                                     "'git fsck' says what is wrong",
                                     name, git_said(m_cat_file.last_error())));
  }

  // For "COMMIT:folder/name" that git calls missing: true when the folder's
  // tree lists the name (so its object is what is missing: a damaged
  // repository), false when the file is simply not in that commit.
  bool listed_in_tree(const std::string& name) {
    const auto colon = name.find(':');
    if (colon == std::string::npos) return false;
    const std::string path = name.substr(colon + 1);
    const auto slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash);
    const std::string file = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto header = m_cat_file.ask("info " + name.substr(0, colon) + ":" + folder);
    const auto tree = header ? parse_object_line(*header) : std::nullopt;
    if (!tree || tree->type != "tree" || tree->size > k_max_listing_bytes) return false;
    const auto contents = m_cat_file.ask("contents " + tree->id);
    const auto body = contents ? m_cat_file.read_body(tree->size) : std::nullopt;
    if (!body) return false;
    // Entries are "MODE NAME\0" and the raw id (half as many bytes as its hex).
    const std::size_t id_bytes = tree->id.size() / 2;
    for (std::size_t at = 0; at < body->size();) {
      const auto space = body->find(' ', at);
      const auto end = space == std::string::npos ? std::string::npos : body->find('\0', space);
      if (end == std::string::npos) break;
      if (body->compare(space + 1, end - space - 1, file) == 0) return true;
      at = end + 1 + id_bytes;
    }
    return false;
  }

  // Records "\x01ID TIME" headers, each followed by the path in that commit.
  static void parse_log(const std::string& out, std::vector<Change>& changes) {
    for (auto token : split_nul(out)) {
      while (!token.empty() && token.front() == '\n') token.remove_prefix(1);
      if (!token.empty() && token.front() == '\x01') {
        const auto space = token.find(' ');
        if (space == std::string_view::npos) continue;
        const auto time = parse_size(token.substr(space + 1));
        changes.push_back({std::string(token.substr(1, space - 1)), time ? static_cast<long long>(*time) : 0, {}});
      } else if (!token.empty() && !changes.empty() && changes.back().path.empty()) {
        changes.back().path = std::string(token);
      }
    }
  }

  std::string m_root;
  bool m_shallow;
  GitCatFile m_cat_file;
};

}  // namespace

std::unique_ptr<GitRepository> GitRepository::discover(const std::string& directory) {
  const auto output = run_git(directory, {"rev-parse", "--show-toplevel", "--is-shallow-repository"}, 65536);
  if (output.status != 0) return nullptr;
  const auto lines = util::split_lines(output.out);
  if (lines.size() < 2 || lines[0].empty()) return nullptr;
  return std::make_unique<CommandRepository>(std::string(lines[0]), lines[1] == "true");
}

}  // namespace coprod::cli
