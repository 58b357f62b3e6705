#include "cli/option_values.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/exit_codes.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

struct Registry {
  std::map<const CLI::Option*, std::vector<std::string>> choices;
  std::map<const CLI::Option*, std::string> takes;  // "a whole number from 60 to 400, such as 80"
  std::set<const CLI::Option*> framework_ids;
  std::map<const CLI::Option*, std::string> once_only;  // what to do instead of giving it again
};

Registry& registry() {
  static Registry values;
  return values;
}

// "--width takes ...", or for an argument after the command, "the shell must be ...".
std::string refusal(const std::string& name, bool positional, const std::string& takes, const std::string& value) {
  return fmt::format("{}{} {} {}; got '{}'", positional ? "the " : "", name, positional ? "must be" : "takes", takes,
                     util::terminal_text(value));
}

// What a check says of a value it refuses; empty when it accepts the value
// (which it may rewrite, as whole numbers are written back in decimal).
using Refusal = std::function<std::string(std::string&)>;

// CLI11 puts "NAME: " before what a check returns; the checks here name the
// option themselves (see refusal()), so that is taken off again. A CLI11
// check's message, or another of coprod's (check --since's), keeps it.
CLI::Option* checked_with(CLI::Option* option, const std::string& takes, std::string description, Refusal refuses) {
  registry().takes[option] = takes;
  // transform(), not check(): a check may not change the value.
  return option->transform(CLI::Validator(std::move(refuses), std::move(description)));
}

CLI::Option* checked(CLI::Option* option, const std::string& takes, std::string description,
                     std::function<bool(std::string&)> accepts) {
  const std::string name = option->get_name();
  const bool positional = !option->nonpositional();
  return checked_with(option, takes, std::move(description), [name, positional, takes, accepts](std::string& value) {
    const std::string given = value;
    return accepts(value) ? std::string() : refusal(name, positional, takes, given);
  });
}

std::optional<long long> whole_number(const std::string& text) {
  if (text.empty() || text.size() > 18 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  long long number = 0;
  std::from_chars(text.data(), text.data() + text.size(), number);
  return number;
}

std::optional<double> decimal_number(const std::string& text) {
  if (text.empty() ||
      !std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; })) {
    return std::nullopt;
  }
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number, std::chars_format::fixed);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) return std::nullopt;
  return number;
}

// The option of a parsed command (or of coprod itself) with this name.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const auto* command : app.get_subcommands()) {
    if (const auto* option = command->get_option_no_throw(name)) return option;
  }
  return app.get_option_no_throw(name);
}

bool starts_with(const std::string& text, const std::string& start) { return text.rfind(start, 0) == 0; }

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// A value missing, given twice or given to a switch: "NAME: ..." from CLI11.
std::optional<std::string> option_message(const CLI::App& app, const std::string& message) {
  const auto colon = message.find(": ");
  if (colon == std::string::npos) return std::nullopt;
  const std::string name = message.substr(0, colon);
  const std::string rest = message.substr(colon + 2);
  const auto* option = find_option(app, name);
  if (option == nullptr || !option->nonpositional()) return std::nullopt;
  if (starts_with(rest, "1 required") && ends_with(rest, " missing")) {
    const auto takes = registry().takes.find(option);
    return fmt::format("{} needs a value{}", name, takes == registry().takes.end() ? "" : ": " + takes->second);
  }
  if (starts_with(rest, "At Most 1 required but received")) {
    const auto instead = registry().once_only.find(option);
    if (instead != registry().once_only.end())
      return fmt::format("{} was given more than once; {}", name, instead->second);
    return fmt::format("{} was given more than once; give it once", name);
  }
  return std::nullopt;
}

// "files is required" from CLI11: what the command needs, and where it goes.
std::optional<std::string> required_message(const CLI::App& app, const std::string& message) {
  const std::string name = message.substr(0, message.find(' '));
  for (const auto* command : app.get_subcommands()) {
    const auto* option = command->get_option_no_throw(name);
    if (option == nullptr) continue;
    std::string what = option->get_description();
    if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    if (option->nonpositional())
      return fmt::format("'coprod {}' needs {} {}: {}", command->get_name(), name, option->get_type_name(), what);
    const bool several = option->get_items_expected_max() > 1;
    const std::string placeholder = argument_placeholder(*option);
    return fmt::format("'coprod {0}' needs {1}{2}: {3}; give {4} after the command, as in 'coprod {0} {1}{2}'",
                       command->get_name(), placeholder, several ? "..." : "", what, several ? "them" : "it");
  }
  return std::nullopt;
}

}  // namespace

std::string argument_placeholder(const CLI::Option& option) {
  std::string name = option.get_name();
  if (option.get_items_expected_max() > 1 && name.ends_with('s')) name.pop_back();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return name;
}

// "; did you mean 'email'?" for a typo of one choice ("emial", "jsn"); a
// short word must be one letter out, so "png" is not taken for "svg".
std::string likely_choice(const std::string& value, const std::vector<std::string>& choices) {
  const auto likely = util::closest_match(value, choices);
  if (!likely || (value.size() <= 4 && util::edit_distance(value, *likely) > 1)) return {};
  return fmt::format("; did you mean '{}'?", *likely);
}

CLI::Option* restrict_to(CLI::Option* option, const std::vector<std::string>& choices) {
  registry().choices[option] = choices;
  const std::string name = option->get_name();
  const bool positional = !option->nonpositional();
  const std::string takes = util::join_in_words(choices, "or");
  return checked_with(option, takes, "{" + util::join(choices, ",") + "}",
                      [name, positional, takes, choices](std::string& value) {
                        if (std::find(choices.begin(), choices.end(), value) != choices.end()) return std::string();
                        return refusal(name, positional, takes, value) + likely_choice(value, choices);
                      });
}

const std::vector<std::string>* choices_of(const CLI::Option* option) {
  const auto found = registry().choices.find(option);
  return found == registry().choices.end() ? nullptr : &found->second;
}

void remember_perspectives(const CLI::Option* option) {
  registry().choices[option] = {"organisation", "peer-network", "individual"};
  registry().takes[option] = "organisation, peer-network or individual";
}

model::Perspective perspective_option(const std::string& text) {
  if (const auto perspective = model::parse_perspective(text)) return *perspective;
  throw Error(k_exit_usage, fmt::format("--perspective '{}' is not known; {}", util::terminal_text(text),
                                        model::perspective_advice(text, "use")));
}

// The value is written back in plain decimal digits: CLI11 would read "080"
// as octal and "0x50" as hexadecimal.
CLI::Option* restrict_to_whole_numbers(CLI::Option* option, long long least, long long most, long long example) {
  return checked(option, fmt::format("a whole number from {} to {}, such as {}", least, most, example),
                 fmt::format("INT in [{} - {}]", least, most), [least, most](std::string& value) {
                   const auto number = whole_number(value);
                   if (!number || *number < least || *number > most) return false;
                   value = std::to_string(*number);
                   return true;
                 });
}

CLI::Option* restrict_to_whole_numbers(CLI::Option* option, long long least, long long most, long long example,
                                       std::function<std::string(long long)> out_of_range) {
  const std::string takes = fmt::format("a whole number from {} to {}, such as {}", least, most, example);
  const std::string name = option->get_name();
  const bool positional = !option->nonpositional();
  return checked_with(option, takes, fmt::format("INT in [{} - {}]", least, most),
                      [name, positional, takes, least, most, out_of_range](std::string& value) {
                        const auto number = whole_number(value);
                        if (!number) return refusal(name, positional, takes, value);
                        if (*number < least || *number > most) return out_of_range(*number);
                        value = std::to_string(*number);
                        return std::string();
                      });
}

CLI::Option* restrict_to_numbers(CLI::Option* option, double least, double most, double example) {
  return checked(option, fmt::format("a number from {} to {}, such as {}", least, most, example),
                 fmt::format("FLOAT in [{} - {}]", least, most), [least, most](std::string& value) {
                   const auto number = decimal_number(value);
                   if (!number || *number < least || *number > most) return false;
                   value = fmt::format("{}", *number);
                   return true;
                 });
}

CLI::Option* one_value_each_time(CLI::Option* option) {
  return option->allow_extra_args(false)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void accepts_framework_id(const CLI::Option* option) { registry().framework_ids.insert(option); }

bool takes_framework_id(const CLI::Option* option) { return registry().framework_ids.count(option) > 0; }

CLI::Option* once_only(CLI::Option* option, std::string instead) {
  registry().once_only[option] = std::move(instead);
  return option;
}

void forget_option_values() { registry() = Registry(); }

std::optional<std::string> plain_value_message(const CLI::App& app, const CLI::ParseError& error) {
  const std::string message = error.what();
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    const auto colon = message.find(": ");
    if (colon == std::string::npos) return std::nullopt;
    const std::string name = message.substr(0, colon);
    const std::string rest = message.substr(colon + 2);
    if (starts_with(rest, name + " ") || starts_with(rest, "the " + name + " ")) return rest;
    return std::nullopt;
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) return option_message(app, message);
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr && ends_with(message, " is required"))
    return required_message(app, message);
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    // "Could not convert: --strict = maybe": a value given to a switch
    const std::string prefix = "Could not convert: ";
    const auto equals = message.find(" = ");
    if (!starts_with(message, prefix) || equals == std::string::npos) return std::nullopt;
    const std::string name = message.substr(prefix.size(), equals - prefix.size());
    const auto* option = find_option(app, name);
    const bool takes_value = option != nullptr && option->get_expected_max() != 0 && option->get_type_size_max() != 0;
    if (option == nullptr || takes_value) return std::nullopt;
    return fmt::format("{} takes no value; give it alone (got '{}')", name,
                       util::terminal_text(message.substr(equals + 3)));
  }
  return std::nullopt;
}

}  // namespace coprod::cli
