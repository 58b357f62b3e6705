#pragma once
// Two ways a coprod file is broken on its way through e-mail, for messages
// that name the likely cause: a long line hard-wrapped by an e-mail program,
// and indentation turned into no-break spaces (U+00A0) by copying the text out
// of an HTML e-mail.

#include <optional>
#include <string>
#include <string_view>

#include "util/diagnostic.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

struct MailDamage {
  util::Position position;  // where to put it right
  std::string message;
};

// The no-break spaces or the wrapped line that most likely caused a syntax
// error found on `error_line` (from 1) of `text`, if either is there: the
// first line indented with no-break spaces up to the error, else a wrapped
// line found from the error up, or the first line above it wrapped to the
// first column, so that a reader stopping later (yaml-cpp) or sooner (the
// scoring form's, render/form/form_mail_damage.js, the same rules) names the
// same line. Worded as model/mail_damage_words.hpp words it.
std::optional<MailDamage> find_mail_damage(std::string_view text, int error_line);

// The first key in the tree that starts with a no-break space: YAML reads
// indentation made of them as part of the key (no coprod key has one), and
// most often as a key of the top-level mapping, where it does not belong.
std::optional<MailDamage> find_no_break_space_key(const Node& root);

}  // namespace coprod::yaml
