// score --interactive's last questions: the guide's reflections and next
// steps not written yet.

#include <algorithm>

#include <fmt/format.h>

#include "cli/score_walkthrough.hpp"
#include "cli/still_to_do.hpp"
#include "model/individual_voice.hpp"
#include "util/text.hpp"

namespace coprod::cli {

// The guide's reflections not written yet, each asked in turn, as the form
// asks them, and saved at once as --set reflections.KEY= saves it: Enter
// skips one, q stops.
void ScoreWalkthrough::ask_reflections() {
  const auto keys = empty_reflections(m_file.loaded().assessment.reflections);
  if (keys.empty()) return;
  const bool individual = m_file.loaded().assessment.perspective == model::Perspective::individual;
  say("\n");
  wrapped(0, "Reflections and next steps");
  wrapped(2, individual ? fmt::format("Based on filling in the tool, {}", model::k_individual_reflections)
                        : "Based on filling in the tool and the conversations that followed, reflect on some key "
                          "learning and the emerging priorities for co-production going forward. Keep notes about "
                          "people's concerns general (\"Some people in the group felt ...\"), not about named "
                          "people.");
  wrapped(2, "Each answer is saved at once; Enter (or s) skips a question, q stops.");
  for (const auto& question : render::k_reflection_questions) {
    if (std::find(keys.begin(), keys.end(), question.key) == keys.end()) continue;
    if (!ask_reflection(question, individual)) return;
  }
}

// The question as its prompt, when it leaves room to type on the line;
// else said on a line of its own, and the prompt "Answer: ".
std::string ScoreWalkthrough::reflection_prompt(std::string_view question) {
  const std::string prompt = std::string(question) + " ";
  if (util::display_width(prompt) <= k_prompt_room) return prompt;
  wrapped(0, question);
  return "Answer: ";
}

// One reflection's question; false to stop (q, or the input ended).
bool ScoreWalkthrough::ask_reflection(const render::ReflectionQuestion& question, bool individual) {
  const std::string reference = fmt::format("reflections.{}", question.key);
  const auto field = yaml::find_assessment_field(reference, m_file.framework());
  if (!field) return true;
  for (;;) {
    const auto line = read(reflection_prompt(render::reflection_question(question, individual)), InputKind::text);
    if (!line) return false;
    const std::string answer = cleaned(*line);
    if (answer.empty()) return true;
    if (answer == "q") return false;
    if (answer == "s") return true;  // skips, as at a row
    if (is_command(answer)) {
      wrapped(0,
              "Keys here: type the answer and press Enter to save it; Enter alone (or s) skips this question, q "
              "stops.");
      answer_refused();
      continue;
    }
    if (field_value_refused(*field, answer)) continue;
    save_text(*field, reference, answer);
    return true;
  }
}

}  // namespace coprod::cli
