// coprod web: the co-production web, as SVG or drawn in the terminal.

#include <memory>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "analysis/previous_period.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/side_by_side.hpp"
#include "cli/standard_input.hpp"
#include "cli/terminal.hpp"
#include "render/web_chart.hpp"
#include "render/web_svg.hpp"
#include "render/web_terminal.hpp"

namespace coprod::cli {

namespace {

struct WebOptions {
  std::vector<std::string> files;
  std::vector<std::string> previous;
  std::vector<std::string> frameworks;
  std::string format;  // empty: terminal on a terminal, SVG otherwise; text is terminal
  std::string output = "-";
  std::size_t width = 0;  // --width; 0: not given (see report_width())
  std::string size;       // --size: empty (not given), "normal" or "large"
  bool ascii = false;
  bool force = false;
};

// Eight styles of line and marker (render/web_style.hpp) for each kind.
constexpr std::size_t k_max_inputs = 8;
// The narrowest and widest the web is drawn in the terminal (--width's range).
constexpr std::size_t k_narrowest = 60;
constexpr std::size_t k_widest = 400;

// --ascii and --width shape only the web drawn in the terminal, so either
// asks for it; else the terminal on a terminal, SVG in a file or a pipe.
std::string chosen_format(const WebOptions& options, const Console& console) {
  if (!options.format.empty()) return options.format;
  if (options.ascii || options.width != 0) return "terminal";
  return options.output == "-" && console.out_is_terminal() ? "terminal" : "svg";
}

// --ascii or --width with --format svg: they would be ignored.
void refuse_terminal_options_for_svg(const WebOptions& options) {
  if (options.format != "svg" || (!options.ascii && options.width == 0)) return;
  throw Error(k_exit_usage, fmt::format("{} shapes the web drawn in the terminal, so it does not go with --format svg; "
                                        "leave it out, or give --format terminal",
                                        options.ascii ? "--ascii" : "--width"));
}

// What to do instead of --size with the web drawn in the terminal. --ascii and --width draw it in the terminal
// format even to a file, and are refused with --format svg, so they go first; with --format terminal given,
// '-o web.svg' alone would write the terminal drawing too.
std::string svg_instead(const WebOptions& options) {
  const bool width = options.width != 0;
  const std::string leave_out = options.ascii && width ? "--ascii and --width"
                                : options.ascii        ? "--ascii"
                                : width                ? "--width"
                                                       : "";
  if (!options.format.empty()) {
    return fmt::format("give --format svg instead of --format {}{}", options.format,
                       leave_out.empty() ? "" : ", and leave out " + leave_out);
  }
  return (leave_out.empty() ? "" : "leave out " + leave_out + ", then ") +
         "write the picture to a file with '-o web.svg', or give --format svg";
}

// --size with the web drawn in the terminal: it sizes only the SVG picture.
void refuse_size_for_terminal(const WebOptions& options, const std::string& format) {
  if (options.size.empty() || format == "svg") return;
  throw Error(k_exit_usage, "--size sizes the SVG picture, so it does not go with the web drawn in the terminal; " +
                                svg_instead(options));
}

// The picture's proportions: --size large, for a projected screen (render::k_large_web).
render::WebProportions svg_proportions(const WebOptions& options) {
  return options.size == "large" ? render::k_large_web : render::WebProportions{};
}

// Drawn to a terminal narrower than the web can be (without --width): the
// drawing would wrap into broken characters, so it is refused with what to do.
void refuse_narrow_terminal(const WebOptions& options, const Console& console) {
  if (options.width != 0 || options.output != "-" || !console.out_is_terminal()) return;
  if (terminal_width(console) >= k_narrowest) return;
  throw Error(k_exit_usage, fmt::format("this terminal is too narrow for the web, which needs at least {} columns: "
                                        "make the window wider and run the command again, or write the web as a "
                                        "picture with '--format svg -o web.svg'",
                                        k_narrowest));
}

// --width below or above what the web can be drawn in: why, and what to do.
std::string width_out_of_range(long long width) {
  if (width > static_cast<long long>(k_widest)) {
    return fmt::format(
        "--width {} is wider than the web is ever drawn, which is at most {} columns; give a --width "
        "from {} to {}, or leave --width out to fit the terminal",
        width, k_widest, k_narrowest, k_widest);
  }
  return fmt::format(
      "--width {} is too narrow: the web needs at least {} columns to be drawn; give --width {} or "
      "more, in a terminal at least that wide, or write the web as a picture instead, with "
      "'--format svg -o web.svg' and no --width",
      width, k_narrowest, k_narrowest);
}

int run_web(const WebOptions& options, Console& console) {
  refuse_standard_input_twice(
      {{"", options.files}, {"--previous", options.previous}, {"--framework", options.frameworks}});
  refuse_comma_lists("--previous", options.previous);
  std::vector<std::string> paths = options.previous;
  paths.insert(paths.end(), options.files.begin(), options.files.end());
  refuse_files_named_twice(paths);
  refuse_output_among_inputs(options.output, {options.files, options.previous, options.frameworks});
  refuse_terminal_options_for_svg(options);
  const std::string format = chosen_format(options, console);
  refuse_size_for_terminal(options, format);
  if (format != "svg") refuse_narrow_terminal(options, console);
  if (options.files.size() > k_max_inputs || options.previous.size() > k_max_inputs) {
    throw Error(k_exit_usage, fmt::format("the web can show at most {0} assessments and {0} earlier periods "
                                          "(--previous) at once, so they stay told apart; choose fewer files",
                                          k_max_inputs));
  }
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const ScoredAssessments scored = load_and_score(paths, catalog, console);
  const auto& all = scored.inputs;
  const analysis::AssessmentResults previous(all.begin(), all.begin() + static_cast<long>(options.previous.size()));
  const analysis::AssessmentResults current(all.begin() + static_cast<long>(options.previous.size()), all.end());
  std::vector<const model::Assessment*> earlier;
  std::vector<const model::Assessment*> now;
  for (const auto& input : previous) earlier.push_back(input->assessment.get());
  for (const auto& input : current) now.push_back(input->assessment.get());
  if (auto problem = analysis::previous_period_problem(earlier, now)) throw Error(k_exit_usage, *problem);
  check_side_by_side(console, paths, scored, analysis::SideBySide::web);
  const render::WebChart chart = render::build_web_chart(current, previous);
  warn_about_output_format(console, options.output, format, {"svg", "terminal"});
  std::string text;
  if (format == "svg") {
    text = render::render_web_svg(chart, svg_proportions(options));
  } else {
    const bool braille = !options.ascii && terminal_speaks_utf8(console);
    const bool to_stdout = options.output == "-";
    text = render::render_web_terminal(chart, {report_width(options.width, to_stdout, console, k_narrowest, k_widest),
                                               braille, use_colour(console, to_stdout)});
  }
  write_output_file(console, options.output, text, options.force);
  return k_exit_success;
}

}  // namespace

CommandRunner setup_web(CLI::App& app) {
  auto options = std::make_shared<WebOptions>();
  CLI::App* command = app.add_subcommand(
      "web",
      "Draw the co-production web: a spider diagram with one axis per section and each assessment's section "
      "scores as a shape. SVG (for reports; the default when writing to a file or a pipe) or drawn in the "
      "terminal (the default on a terminal). A section with no score is a gap, never zero.");
  command->add_option("files", options->files, "Assessment files (usually one or two; up to eight)")->required();
  restrict_to(command->add_option("--format", options->format,
                                  "svg or terminal (text is the same as terminal, as in compare and plan)"),
              {"svg", "terminal", "text"})
      ->type_name("FORMAT");
  command->add_option("-o,--output", options->output, "Write to this file instead of standard output")
      ->type_name("FILE");
  command->add_flag("--force", options->force, "Replace the --output file if it already exists");
  one_value_each_time(
      command->add_option("--previous", options->previous,
                          "An earlier period's assessment, drawn as a faint outline behind (one file: for two, write "
                          "--previous before each)"))
      ->type_name("FILE");
  restrict_to(command->add_option("--size", options->size,
                                  "SVG: normal, or large for a projected screen: every word, marker and line "
                                  "half as large again, the legend beside the web, the shape of a 16:9 screen"),
              {"normal", "large"})
      ->type_name("SIZE");
  command->add_flag("--ascii", options->ascii,
                    "Terminal: plain ASCII instead of Unicode braille (draws in the terminal format, even to a file "
                    "or a pipe)");
  restrict_to_whole_numbers(command->add_option("--width", options->width,
                                                "Terminal: the width to fit, in columns (default: the terminal's "
                                                "width when writing to one, else 80; draws in the terminal format, "
                                                "even to a file or a pipe)"),
                            k_narrowest, k_widest, 80, width_out_of_range);
  one_value_each_time(command->add_option("--framework", options->frameworks,
                                          "A framework file to use for assessments that name its id (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) { return run_web(*options, console); }};
}

}  // namespace coprod::cli
