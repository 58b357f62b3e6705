#pragma once
// CLI11's help, wrapped to the terminal's width: descriptions, option and
// command lists and the footer break at spaces instead of running on.

#include <cstddef>
#include <string>

#include <CLI/CLI.hpp>

namespace coprod::cli {

// An option's value as help shows it, in words rather than CLI11's type
// notation: "N (1 to 120; default 6)" for "INT:INT in [1 - 120]=6",
// "FORMAT (text, json or csv; default text)" for "FORMAT:{text,json,csv}=text".
// `type_name` is CLI11's (with its checks after ':'); `default_value` may be empty.
std::string plain_option_value(const std::string& type_name, const std::string& default_value);

class HelpFormatter final : public CLI::Formatter {
 public:
  explicit HelpFormatter(std::size_t width);

  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_opts(const CLI::Option* option) const override;
  std::string make_subcommand(const CLI::App* command) const override;

 private:
  // `name` in the left column and `text` wrapped beside it.
  std::string two_columns(const std::string& name, const std::string& text) const;
  std::string name_lines(const std::string& name) const;
  std::string paragraphs(const std::string& text) const;

  std::size_t m_width;
};

}  // namespace coprod::cli
