#pragma once
// CLI11's help, wrapped to the terminal's width: descriptions, option and
// command lists and the footer break at spaces instead of running on.

#include <cstddef>
#include <string>

#include <CLI/CLI.hpp>

namespace coprod::cli {

class HelpFormatter final : public CLI::Formatter {
 public:
  explicit HelpFormatter(std::size_t width);

  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* command) const override;

 private:
  // `name` in the left column and `text` wrapped beside it.
  std::string two_columns(const std::string& name, const std::string& text) const;
  std::string name_lines(const std::string& name) const;
  std::string paragraphs(const std::string& text) const;

  std::size_t m_width;
};

}  // namespace coprod::cli
