#pragma once
// The questions of "Reflections and next steps" (section 5.4.4 of the guide:
// what was surprising, what challenged, what was learnt, and the emerging
// priorities), as the scoring form and `score --interactive` ask them, each
// with the key it is saved under in an assessment file's `reflections:`.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "model/assessment.hpp"

namespace coprod::render {

struct ReflectionQuestion {
  std::string_view key;                  // "surprising": reflections.surprising
  std::string_view group_question;       // a group's (organisation, peer network)
  std::string_view individual_question;  // one person's own, written as themselves
  std::optional<std::string> model::Reflections::*answer;
};

inline constexpr std::array<ReflectionQuestion, 4> k_reflection_questions{{
    {"surprising", "What was surprising?", "What surprised you?", &model::Reflections::surprising},
    {"challenging", "What challenged you?", "What challenged you?", &model::Reflections::challenging},
    {"learnt", "What was learnt?", "What did you learn?", &model::Reflections::learnt},
    {"priorities", "What are the emerging priorities for co-production?",
     "What do you see as the priorities for co-production now?", &model::Reflections::priorities},
}};

// The question as one perspective is asked it.
inline std::string_view reflection_question(const ReflectionQuestion& question, bool individual) {
  return individual ? question.individual_question : question.group_question;
}

}  // namespace coprod::render
