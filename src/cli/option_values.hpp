#pragma once
// What the options of the commands take, checked as the command line is
// read, with messages in plain words that name the option and say what to
// give ("--threshold takes a number from 0.5 to 5, such as 1.5; got 'abc'"),
// and remembered so that shell completion can offer it.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/perspective.hpp"

namespace coprod::cli {

// An option whose value is one of `choices`.
CLI::Option* restrict_to(CLI::Option* option, const std::vector<std::string>& choices);
const std::vector<std::string>* choices_of(const CLI::Option* option);
// Remembers the perspectives as --perspective's choices (checked later, with a friendlier message).
void remember_perspectives(const CLI::Option* option);
// --perspective's value, or a usage error that suggests the one most likely meant.
model::Perspective perspective_option(const std::string& text);

// An option whose value is a whole number from `least` to `most`; `example`
// is the one the message suggests (the default, where there is one).
CLI::Option* restrict_to_whole_numbers(CLI::Option* option, long long least, long long most, long long example);
// The same, with `out_of_range` saying in the command's own words why a whole
// number outside the range will not do and what to do instead; what it says
// starts with the option's name ("--width 40 is too narrow ...").
CLI::Option* restrict_to_whole_numbers(CLI::Option* option, long long least, long long most, long long example,
                                       std::function<std::string(long long)> out_of_range);
// The same for a number with or without decimals ("1.5").
CLI::Option* restrict_to_numbers(CLI::Option* option, double least, double most, double example);

// An option that takes one value each time it is given and may be given again
// (--previous A --previous B): the value after it is never taken for one of
// the command's files, and the help shows one value.
CLI::Option* one_value_each_time(CLI::Option* option);

// Marks an option that takes a built-in framework's id as well as a framework
// file (resolve_framework()), so shell completion offers both; a framework
// option left unmarked takes a file only.
void accepts_framework_id(const CLI::Option* option);
bool takes_framework_id(const CLI::Option* option);

// An option given once only, with what to do instead of giving it again,
// said after "--plan was given more than once" ("a pack follows one plan: ...").
CLI::Option* once_only(CLI::Option* option, std::string instead);

// What an argument after the command stands for, as help and messages write
// it: "FILE" for `files` (one of several), "SHELL" for `shell`.
std::string argument_placeholder(const CLI::Option& option);

// Forgets the options of an earlier run (in tests, run() is called many times).
void forget_option_values();

// A command line CLI11 refused, in plain words when the error is about one
// option's value (a value it does not take, a value missing, a value given
// twice, a value given to a switch); nullopt for other errors.
std::optional<std::string> plain_value_message(const CLI::App& app, const CLI::ParseError& error);

}  // namespace coprod::cli
