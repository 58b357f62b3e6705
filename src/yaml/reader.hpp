#pragma once
// Typed, strict access to a parsed YAML tree. Every check that fails records a
// diagnostic with the node's position and carries on, so one run reports all
// the problems in a file, not just the first.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

// The value under `key` in `mapping` when one is written; nullptr when the key is missing or its value empty.
const Node* value_given(const Node& mapping, std::string_view key);

class Reader {
 public:
  explicit Reader(std::string source) : m_source(std::move(source)) {}

  // The problems recorded so far, top of the file first: at most
  // k_max_problems, then one line saying how many more there were.
  util::Diagnostics& problems();
  bool failed() const;

  void error(util::Position position, std::string message);
  void warning(util::Position position, std::string message);

  // Records an error unless `node` has the expected kind. `what` names the
  // node for the message, e.g. "the section 'contact'".
  bool expect_mapping(const Node& node, std::string_view what);
  bool expect_sequence(const Node& node, std::string_view what);

  // What to say after the ';' of an unknown key's error, for the entry at an
  // index of a mapping; nothing leaves the usual words.
  using KeyAdvice = std::function<std::optional<std::string>(std::size_t entry)>;
  // Records an error for every key of `mapping` not in `known`: with the words
  // `advice` has for it, if any, else suggesting the closest known key when
  // the unknown one looks like a typo.
  void check_keys(const Node& mapping, const std::vector<std::string>& known, std::string_view where,
                  const KeyAdvice& advice = {});
  // Records "unknown KIND 'NAME' in WHERE; ...": after the ';', `advice` when
  // there is some, else "did you mean '...'?" when NAME looks like a typo of
  // one of `known`, else `otherwise`.
  void unknown(util::Position position, std::string_view kind, const std::string& name,
               const std::vector<std::string>& known, std::string_view where, const std::string& otherwise,
               const std::optional<std::string>& advice = std::nullopt);

  // The value under `key`, or nullptr (and an error) when it is missing.
  const Node* require(const Node& mapping, std::string_view key, std::string_view where);

  // Text of a scalar (any quoting); nullopt when the node is empty. Lists and
  // mappings are an error.
  std::optional<std::string> text(const Node& node, std::string_view what);
  // The same for the value under `key`, if there is one.
  std::optional<std::string> text(const Node& mapping, std::string_view key, std::string_view what);
  // As text(), but an empty value is an error too.
  std::optional<std::string> required_text(const Node& mapping, std::string_view key, std::string_view where);
  // The texts of a list ("" or any empty value: none); empty items are left out.
  std::vector<std::string> texts(const Node& node, std::string_view what);
  // A plain whole number (no quotes, sign, leading zeros, or YAML 1.1 forms).
  std::optional<int> integer(const Node& node, std::string_view what);
  // The same for the value under `key`, with an error when it is missing.
  std::optional<int> required_integer(const Node& mapping, std::string_view key, std::string_view where);
  // A plain true or false (not yes/no/on/off, which YAML 1.1 tools disagree on).
  std::optional<bool> boolean(const Node& node, std::string_view what);

 private:
  static constexpr std::size_t k_max_problems = 20;

  std::string m_source;
  util::Diagnostics m_problems;
  std::size_t m_more_errors = 0;
  bool m_summarised = false;
};

}  // namespace coprod::yaml
