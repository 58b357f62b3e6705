#include "yaml/reader.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::yaml {

const Node* value_given(const Node& mapping, std::string_view key) {
  const Node* value = mapping.find(key);
  return value && !value->is_null() ? value : nullptr;
}

void Reader::error(util::Position position, std::string message) {
  if (m_problems.size() >= k_max_problems) {
    ++m_more_errors;
    return;
  }
  m_problems.push_back({util::Severity::error, m_source, position, std::move(message)});
}

util::Diagnostics& Reader::problems() {
  util::sort_by_position(m_problems);
  if (m_more_errors > 0 && !m_summarised) {
    m_problems.push_back({util::Severity::error,
                          m_source,
                          {0, 0},
                          fmt::format("and {}; fix the ones above first",
                                      util::counted(m_more_errors, "more problem", "more problems"))});
    m_summarised = true;
  }
  return m_problems;
}

void Reader::warning(util::Position position, std::string message) {
  m_problems.push_back({util::Severity::warning, m_source, position, std::move(message)});
}

bool Reader::failed() const { return util::has_errors(m_problems) || m_more_errors > 0; }

bool Reader::expect_mapping(const Node& node, std::string_view what) {
  if (node.is_mapping()) return true;
  error(node.position,
        fmt::format("{} should be a mapping of 'key: value' lines, but it is {}", what, describe_kind(node)));
  return false;
}

bool Reader::expect_sequence(const Node& node, std::string_view what) {
  if (node.is_sequence()) return true;
  error(node.position, fmt::format("{} should be a list of '- ' items, but it is {}", what, describe_kind(node)));
  return false;
}

void Reader::check_keys(const Node& mapping, const std::vector<std::string>& known, std::string_view where,
                        const KeyAdvice& advice) {
  for (std::size_t index = 0; index < mapping.entries.size(); ++index) {
    const Entry& entry = mapping.entries[index];
    if (std::find(known.begin(), known.end(), entry.key.text) != known.end()) continue;
    unknown(entry.key.position, "key", entry.key.text, known, where,
            fmt::format("the keys allowed here are {}", util::join_in_words(known, "or")),
            advice ? advice(index) : std::nullopt);
  }
}

void Reader::unknown(util::Position position, std::string_view kind, const std::string& name,
                     const std::vector<std::string>& known, std::string_view where, const std::string& otherwise,
                     const std::optional<std::string>& advice) {
  std::string words = otherwise;
  if (advice) words = *advice;
  else if (const auto suggestion = util::closest_match(name, known))
    words = fmt::format("did you mean '{}'?", *suggestion);
  error(position, fmt::format("unknown {} '{}' in {}; {}", kind, name, where, words));
}

const Node* Reader::require(const Node& mapping, std::string_view key, std::string_view where) {
  if (const Node* value = mapping.find(key)) return value;
  error(mapping.position, fmt::format("{} has no '{}'; add a line '{}: ...'", where, key, key));
  return nullptr;
}

std::optional<std::string> Reader::text(const Node& node, std::string_view what) {
  if (node.is_null()) return std::nullopt;
  if (node.is_scalar()) return node.text;
  error(node.position, fmt::format("{} should be text, but it is {}; write it as text (for several lines, put '|' "
                                   "after the colon and indent the lines below it)",
                                   what, describe_kind(node)));
  return std::nullopt;
}

std::optional<std::string> Reader::text(const Node& mapping, std::string_view key, std::string_view what) {
  const Node* value = mapping.find(key);
  return value ? text(*value, what) : std::nullopt;
}

std::optional<std::string> Reader::required_text(const Node& mapping, std::string_view key, std::string_view where) {
  const Node* node = require(mapping, key, where);
  if (!node) return std::nullopt;
  auto value = text(*node, fmt::format("'{}' in {}", key, where));
  if (node->is_null() || (value && util::trim(*value).empty())) {
    error(node->position, fmt::format("'{}' in {} is empty; fill it in", key, where));
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> Reader::texts(const Node& node, std::string_view what) {
  std::vector<std::string> texts;
  if (node.is_null() || !expect_sequence(node, what)) return texts;
  for (const auto& item : node.items) {
    if (auto value = text(item, what)) texts.push_back(*value);
  }
  return texts;
}

std::optional<int> Reader::required_integer(const Node& mapping, std::string_view key, std::string_view where) {
  const Node* node = require(mapping, key, where);
  return node ? integer(*node, fmt::format("'{}'", key)) : std::nullopt;
}

std::optional<int> Reader::integer(const Node& node, std::string_view what) {
  const bool digits = node.is_scalar() && !node.quoted() && !node.text.empty() && node.text.size() <= 9 &&
                      node.text.find_first_not_of("0123456789") == std::string::npos &&
                      (node.text.size() == 1 || node.text.front() != '0');
  if (!digits) {
    error(node.position, fmt::format("{} should be a whole number such as 1, but it is {}", what, describe_kind(node)));
    return std::nullopt;
  }
  int value = 0;
  std::from_chars(node.text.data(), node.text.data() + node.text.size(), value);
  return value;
}

std::optional<bool> Reader::boolean(const Node& node, std::string_view what) {
  if (node.is_scalar() && (node.text == "true" || node.text == "false")) {
    if (!node.quoted()) return node.text == "true";
    error(node.position, fmt::format("{} is in quotes; write {} without quotes", what, node.text));
    return std::nullopt;
  }
  error(node.position,
        fmt::format("{} should be true or false, but it is {}; write true or false", what, describe_kind(node)));
  return std::nullopt;
}

}  // namespace coprod::yaml
