// The scoring form: the page template (src/render/form/form.html) filled in
// with the framework's wording, the controls, the style, the script and the
// data the script reads.

#include "render/form_page.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "model/individual_voice.hpp"
#include "render/form_glossary.hpp"
#include "render/missing_score.hpp"
#include "render/period_words.hpp"
#include "render/printed_page.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"

namespace coprod::embedded {
std::string_view form_html();
std::string_view form_css();
std::string_view form_yaml_text_js();
std::string_view form_yaml_js();
std::string_view form_mail_damage_js();
std::string_view form_yaml_writer_js();
std::string_view form_edit_js();
std::string_view form_wrong_file_js();
std::string_view form_assessment_js();
std::string_view form_web_values_js();
std::string_view form_web_js();
std::string_view form_controls_js();
std::string_view form_messages_js();
std::string_view form_scores_js();
std::string_view form_row_words_js();
std::string_view form_rows_to_score_js();
std::string_view form_writer_js();
std::string_view form_checks_js();
std::string_view form_responses_js();
std::string_view form_period_js();
std::string_view form_contact_details_js();
std::string_view form_personal_data_js();
std::string_view form_dates_js();
std::string_view form_score_keys_js();
std::string_view form_kept_answers_js();
std::string_view form_saved_names_js();
std::string_view form_keep_too_js();
std::string_view form_keeping_js();
std::string_view form_save_js();
std::string_view form_carried_js();
std::string_view form_js();
}  // namespace coprod::embedded

namespace coprod::render {

namespace {

using util::xml_text;

// Replaces each @@NAME@@ of the template once, in one pass, so text put in
// is never searched again.
std::string fill_template(std::string_view page, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = page.find("@@", at);
    if (open == std::string_view::npos) break;
    const std::size_t close = page.find("@@", open + 2);
    if (close == std::string_view::npos) break;
    const std::string_view name = page.substr(open + 2, close - open - 2);
    const auto value = std::find_if(values.begin(), values.end(), [&](const auto& pair) { return pair.first == name; });
    if (value == values.end()) {
      out += page.substr(at, open + 2 - at);
      at = open + 2;
    } else {
      out += page.substr(at, open - at);
      out += value->second;
      at = close + 2;
    }
  }
  out += page.substr(at);
  return out;
}

// A value the form's maker set, shown, or a box to type it in, marked required
// for assistive technology (Save asks for it), so a screen reader says so at once. `under`:
// what goes under the box, such as a polite live region where the script speaks of what was typed.
std::string fixed_or_input(std::string_view label, std::string_view id, const std::optional<std::string>& value,
                           std::string_view hint, std::string_view under = {}) {
  if (value) {
    return fmt::format(
        "<div class=\"fixed\"><span class=\"label\">{}</span> <strong id=\"{}-text\">{}</strong></div>\n", label, id,
        xml_text(*value));
  }
  return fmt::format(
      "<div class=\"field\">\n<label class=\"label\" for=\"{0}\">{1}</label>\n<div class=\"hint\" "
      "id=\"{0}-hint\">{2}</div>\n<div class=\"error-message\" id=\"{0}-error\" hidden></div>\n"
      "<input type=\"text\" id=\"{0}\" aria-describedby=\"{0}-hint\" aria-required=\"true\" "
      "autocomplete=\"off\">\n{3}</div>\n",
      id, label, hint, under);
}

// Under the area's box, where the script says gently when the name of a place reads as a person's name or
// contact details; under the period's, how a period typed another way ("Q4 2026") was written, or what is
// wrong with it, once the box is left.
constexpr std::string_view k_area_note =
    "<div class=\"personal-note\" id=\"area-personal\" data-reads=\"place\" role=\"status\" "
    "aria-live=\"polite\"></div>\n";
constexpr std::string_view k_period_note =
    "<div class=\"date-done\" id=\"period-done\" role=\"status\" aria-live=\"polite\"></div>\n";

// Asked, the choice is a radio group marked required for assistive technology, as Save asks for it.
std::string perspective_choice(const std::optional<model::Perspective>& perspective) {
  // The note is empty until a file opened has a view the form does not keep (made for one) or the choice
  // does not offer (one person's response): a live region a screen reader announces only if it is on the
  // page before its text is put in.
  if (perspective) {
    return fmt::format(
        "<div class=\"fixed\"><span class=\"label\">Whose view</span> <strong id=\"perspective-text\">"
        "{}</strong></div>\n<div class=\"field-note\" id=\"perspective-note\" role=\"status\" "
        "aria-live=\"polite\"></div>\n",
        xml_text(model::whose_view(*perspective)));
  }
  std::string out =
      "<fieldset class=\"field\" id=\"perspective\" role=\"radiogroup\" aria-required=\"true\" "
      "aria-describedby=\"perspective-note\">\n<legend "
      "class=\"label\">Whose view does this record?</legend>\n<div class=\"field-note\" id=\"perspective-note\" "
      "role=\"status\" aria-live=\"polite\"></div>\n<div class=\"error-message\" id=\"perspective-error\" "
      "hidden></div>\n";
  for (const auto choice : {model::Perspective::organisation, model::Perspective::peer_network}) {
    const auto id = model::perspective_id(choice);
    out += fmt::format(R"(<div class="radio"><input type="radio" id="perspective-{0}" name="perspective" value="{0}">)"
                       R"(<label for="perspective-{0}">The {1}</label></div>)"
                       "\n",
                       id, model::perspective_title(choice));
  }
  return out + "</fieldset>\n";
}

// Shown when a response (response-<random>.coprod.yaml) is opened, just under what Open says: only the person
// can say whether it is their own, to carry on (Save gives it the same name), or someone else's, to start from
// (Save names theirs anew). The legend names the file; no answer is chosen for them, and Save asks until one
// is, even for a file saved from this form on this device (form_saved_names.js), which on a shared computer may
// be another person's: the note shown under the hint says where it was saved, and leaves the choice to them.
std::string whose_answers_question() {
  return "<fieldset class=\"field\" id=\"whose-answers\" role=\"radiogroup\" aria-required=\"true\" "
         "aria-describedby=\"whose-answers-hint\" hidden>\n<legend "
         "class=\"label\">Whose answers are in the file you opened?</legend>\n<div class=\"hint\" "
         "id=\"whose-answers-hint\">If they are your own, Save gives your file the same name again, so your "
         "answers count once (your browser may add a number to the new file's name, such as (1): send the newest "
         "file). If they are someone else's, Save gives yours a new name, so both people's answers count.</div>\n"
         "<div class=\"hint\" id=\"whose-answers-known\" hidden>This file was saved from this form on this "
         "device. If you saved it, choose \"My own\".</div>\n<div "
         "class=\"error-message\" id=\"whose-answers-error\" hidden></div>\n<div class=\"radio\"><input "
         "type=\"radio\" id=\"whose-answers-mine\" name=\"whose-answers\" value=\"mine\"><label "
         "for=\"whose-answers-mine\">My own: I am carrying on with them</label></div>\n<div class=\"radio\"><input "
         "type=\"radio\" id=\"whose-answers-someone-else\" name=\"whose-answers\" value=\"someone-else\"><label "
         "for=\"whose-answers-someone-else\">Someone else's: I am starting from them</label></div>\n</fieldset>\n";
}

// The period the form was made for, with a quarter's or half year's months, on screen and on paper: "Review
// period: 2027-Q1 (January to March 2027)". The script says another period's (form_period.js) when the file
// opened is scored for it.
std::string fixed_period(const model::Period& period) {
  const auto months = months_to_tell(period);
  return fmt::format(
      "<div class=\"fixed\"><span class=\"label\">Review period</span> <strong id=\"period-text\">{}</strong>"
      "<span id=\"period-months\">{}</span></div>\n",
      xml_text(period.to_string()), months ? xml_text(" (" + *months + ")") : "");
}

// Shown when a file opened is for another period than the form's (the script fills in the file's period):
// the person scores either this form's period, starting from the file's answers, or the file's own.
std::string period_question(const model::Period& period) {
  return fmt::format(
      "<fieldset class=\"field\" id=\"period-choice\" hidden>\n<legend class=\"label\">Which period are you "
      "scoring? The file you opened is for <span id=\"period-choice-legend-file\"></span>, this form for "
      "{0}.</legend>\n<div class=\"radio\"><input type=\"radio\" id=\"period-choice-form\" name=\"period-choice\" "
      "value=\"form\"><label for=\"period-choice-form\">{0}: start from the file's answers (reflections start "
      "empty)</label></div>\n<div class=\"radio\"><input type=\"radio\" "
      "id=\"period-choice-file\" name=\"period-choice\" value=\"file\"><label for=\"period-choice-file\"><span "
      "id=\"period-choice-file-period\"></span>: carry on with the file, or correct it</label></div>\n"
      "</fieldset>\n",
      xml_text(period.to_string()));
}

std::string about_markup(const FormIdentity& identity) {
  std::string out =
      "<section class=\"about\" id=\"about\" tabindex=\"-1\" aria-labelledby=\"about-title\">\n<h2 "
      "id=\"about-title\">"
      "About this assessment</h2>\n";
  out += fixed_or_input("Local area", "area", identity.area, "For example, Northbridge.", k_area_note);
  if (identity.period) out += fixed_period(*identity.period);
  else
    out += fixed_or_input("Review period", "period", std::nullopt,
                          "A quarter such as 2026-Q3, a half year such as 2026-H2, or a month such as 2026-09.",
                          k_period_note);
  if (identity.period) out += period_question(*identity.period);
  out += perspective_choice(identity.perspective);
  if (identity.perspective) out += whose_answers_question();  // a form that asks whose view saves no response
  return out + "</section>\n";
}

// The heading of the list of rows still to score (form_rows_to_score.js), and its line in the contents.
std::string still_to_score(const RowWords& words) { return words.capital_many() + " still to score"; }

// What is said under the scores so far of how a section's score is made: the average of its rows, or, where
// each section is its one row, its one score.
std::string_view summary_note(const RowWords& words) {
  if (words.sections) return "A section marked \"Does not apply here\" or not scored yet has no score, not a zero.";
  return "Each section's score is the average of its scored rows. Rows that do not apply and rows not scored yet are "
         "left out, so the number of rows scored is shown beside each score.";
}

// How a carried-forward section prints on paper, as the sheet's notice says it.
std::string_view carried_prints(const RowWords& words) {
  if (words.sections) return "Each section marked \"Carried forward\" prints";
  return "In each section marked \"Carried forward\", each row prints";
}

std::string contents_markup(const model::Framework& framework, const RowWords& words) {
  std::string out =
      "<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents"
      "</h2>\n<ul>\n<li><a href=\"#about\">About this assessment</a></li>\n";
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    out += fmt::format("<li><a href=\"#s{}\">{}</a></li>\n", i, xml_text(framework.sections[i].label()));
  }
  // The list of rows still to score is the script's (form_rows_to_score.js), shown, with its line here, once it runs.
  return out + fmt::format(
                   "<li><a href=\"#summary\">Scores so far and the co-production web</a></li>\n<li "
                   "id=\"contents-rows-to-score\" hidden><a href=\"#rows-to-score-title\">{}</a></li>\n"
                   "<li><a href=\"#reflections\">Reflections and next steps</a></li>\n</ul>\n</nav>\n",
                   still_to_score(words));
}

std::string summary_rows(const model::Framework& framework) {
  std::string out;
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td id=\"summary-{}\" class=\"score-cell\">{}</td>"
        "</tr>\n",
        xml_text(framework.sections[i].label()), i, k_not_scored_words);
  }
  return out;
}

std::string individual_intro(bool individual) {
  if (!individual) return {};
  return "<p class=\"notice print-hide\">This form records your own view. It does not ask for your name. When you "
         "save it, the file gets a random name such as response-7f3a9c20.coprod.yaml: send that file back to the "
         "person who sent you this form. They combine everyone's answers into one, so what is shared shows the "
         "group's view, not whose answers were whose.</p>\n"
         "<p class=\"notice print-only\">This sheet records your own view. Do not write your name on it. Write your "
         "scores and evidence on the sheet and hand it to the person who gave it to you (the facilitator), who types "
         "it in. They combine everyone's answers into one, so what is shared shows the group's view, not whose "
         "answers were whose.</p>\n";
}

// How to write about people: a group keeps their concerns general; one person writes as themselves.
std::string_view writing_about_people(bool individual) {
  if (individual) {
    return "Write as yourself: \"I have seen ...\", \"I felt ...\". When you write about other people's concerns, "
           "keep it general, not \"Mary said ...\". People speak more freely when what they say is not tied to "
           "their name.";
  }
  return "When you write about people's concerns, keep it general: \"Some people in the group felt ...\", not "
         "\"Mary said ...\". People speak more freely when what they say is not tied to their name.";
}

// What to do with a paper copy, said only on paper (the Save and Open paragraph is left off it).
std::string on_paper(bool individual) {
  if (individual) return {};  // the individual notice above says it
  return "<p class=\"print-only\">On paper: write your scores and evidence on this sheet and hand it to the person "
         "who gave it to you (the facilitator), who types it into the form.</p>";
}

// How to mark the paper sheet, said once near its top: a circle round a score (the page prints the scores as
// numbers to circle, and the chosen one of a filled-in form circled), a tick for n/a and for each sign seen.
std::string how_to_mark_on_paper(const model::Scale& scale, const RowWords& words) {
  const int example = (scale.min + scale.max + 1) / 2;
  return fmt::format(
      "<p class=\"notice print-only how-to-mark\"><strong>How to mark your answers:</strong> for each {0}, draw a "
      "circle round one score, like this: <span class=\"circled\">{1}</span>{2}. If a {0} does not apply where you "
      "are, tick \"Does not apply here (n/a)\" instead. Tick the box beside each sign you see. To change an "
      "answer, cross it out and mark the one you mean.</p>",
      words.one, example, scale.half_points ? fmt::format(" (half points such as {}.5 are fine)", example - 1) : "");
}

// Which of the two signs the framework's rows have: the intro and the footer
// name only those, and say when some rows have only one of them.
struct SignsInRows {
  bool indicators = false;
  bool warnings = false;
  bool every_row_both = true;
};

SignsInRows signs_in_rows(const model::Framework& framework) {
  SignsInRows found;
  for (const auto& section : framework.sections) {
    for (const auto& row : section.rows) {
      found.indicators = found.indicators || row.indicator.has_value();
      found.warnings = found.warnings || row.warning.has_value();
      found.every_row_both = found.every_row_both && row.indicator && row.warning;
    }
  }
  return found;
}

// `words`: where every section is its one row (row_words()), the section's heading is its early indicator.
std::string read_the_signs(const SignsInRows& signs, const RowWords& words) {
  if (words.sections) {
    return "For each section, read its heading: it is the early indicator (a sign things are on the right track).";
  }
  if (!signs.warnings) return "For each row, read the early indicator (a sign things are on the right track).";
  if (!signs.indicators) {
    return "For each row, read the warning sign (a sign that needs attention) and what its scores mean.";
  }
  if (signs.every_row_both) {
    return "For each row, read the early indicator (a sign things are on the right track) and the warning sign.";
  }
  return "For each row, read the early indicator (a sign things are on the right track) and the warning sign; a row "
         "with only one of the two says what its scores mean.";
}

// What the ends of the scale mean, for the intro: on rows with only a warning sign the top score means the
// sign is not seen at all (as one_sign_note() words it for each row), not "the most" of it.
std::string scale_ends(const SignsInRows& signs, const model::Scale& scale) {
  if (signs.warnings && !signs.indicators) {
    return fmt::format("from {} (the warning sign is seen a lot) to {} (it is not seen here at all)", scale.min,
                       scale.max);
  }
  return fmt::format("from {} (nothing has started yet) to {} (fully in place)", scale.min, scale.max);
}

// How to choose a score with the keyboard alone, shown once the page's script runs (it does the typing).
std::string score_keys(const model::Scale& scale, const RowWords& words) {
  const int example = (scale.min + scale.max + 1) / 2;
  const std::string halves =
      scale.half_points ? fmt::format("; for {0}.5, type {0}, a full stop, then 5", example - 1) : std::string();
  return fmt::format(
      "With a keyboard: press Tab to reach a {}'s scores, then type a score's number to choose it "
      "(type {} to choose {}{}). The arrow keys also move between the scores.",
      words.one, example, example, halves);
}

std::string_view signs_named(const SignsInRows& signs) {
  if (!signs.warnings) return "early indicators";
  if (!signs.indicators) return "warning signs";
  return "early indicators, warning signs";
}

// The form's scripts in the order they run: each defines what the later ones use, and form.js, last,
// runs the page.
std::array<std::string_view, 29> form_scripts() {
  return {
      embedded::form_yaml_text_js(),
      embedded::form_yaml_js(),
      embedded::form_yaml_writer_js(),
      embedded::form_edit_js(),
      embedded::form_mail_damage_js(),
      embedded::form_wrong_file_js(),
      embedded::form_row_words_js(),
      embedded::form_assessment_js(),
      embedded::form_web_values_js(),
      embedded::form_web_js(),
      embedded::form_controls_js(),
      embedded::form_messages_js(),
      embedded::form_scores_js(),
      embedded::form_rows_to_score_js(),
      embedded::form_writer_js(),
      embedded::form_checks_js(),
      embedded::form_responses_js(),
      embedded::form_period_js(),
      embedded::form_contact_details_js(),
      embedded::form_personal_data_js(),
      embedded::form_dates_js(),
      embedded::form_score_keys_js(),
      embedded::form_kept_answers_js(),
      embedded::form_saved_names_js(),
      embedded::form_keep_too_js(),
      embedded::form_keeping_js(),
      embedded::form_save_js(),
      embedded::form_carried_js(),
      embedded::form_js(),
  };
}

// What the form words as its guide does, for its footer: "early indicators, warning signs and aims", the aims
// only where the framework has some (the strategic co-production leaflet has none).
std::string worded_as_in_the_guide(const model::Framework& framework, const SignsInRows& signs) {
  const bool aims = std::any_of(framework.sections.begin(), framework.sections.end(),
                                [](const auto& section) { return !section.aim.text.empty(); });
  return std::string(signs_named(signs)) + (aims ? " and aims" : "");
}

// What heads the page above the framework's title: the guide's name for its tool, where the framework gives one.
std::string form_kicker(const model::Framework& framework) {
  return framework.tool_name.empty() ? "Scoring form" : framework.tool_name + ": scoring form";
}

// What every printed page says at its foot, beside "Page N of M": the form's framework. Not the area, period or
// perspective it was made for: a file of another period opened on it is scored for its own, and the foot's
// text is fixed in the page's style, so it would name the wrong one.
std::string printed_footer_style(const FormPage& page) {
  return print_footer_style("Scoring form: " + page.framework->title);
}

}  // namespace

std::string render_form_page(const FormPage& page) {
  const model::Framework& framework = *page.framework;
  const bool individual = page.identity.perspective == model::Perspective::individual;
  const SignsInRows signs = signs_in_rows(framework);
  const RowWords words = row_words(framework);
  std::string script;
  for (const auto part : form_scripts()) script += part;
  return fill_template(embedded::form_html(),
                       {{"TITLE", xml_text(framework.title)},
                        {"KICKER", xml_text(form_kicker(framework))},
                        {"STYLE", std::string(embedded::form_css()) + printed_footer_style(page)},
                        {"INDIVIDUAL", individual_intro(individual)},
                        {"ON_PAPER", on_paper(individual)},
                        {"HOW_TO_MARK", how_to_mark_on_paper(framework.scale, words)},
                        {"CARRIED_PRINTS", std::string(carried_prints(words))},
                        {"ROW", std::string(words.one)},
                        {"WRITING_ABOUT_PEOPLE", std::string(writing_about_people(individual))},
                        {"NOT_SCORED_WHEN", std::string(individual ? model::k_individual_not_scored_when
                                                                   : "until you have talked about it")},
                        {"READ_THE_SIGNS", read_the_signs(signs, words)},
                        {"WORDED_AS_IN_THE_GUIDE", worded_as_in_the_guide(framework, signs)},
                        {"GLOSSARY", form_glossary_markup(framework, page.identity.perspective)},
                        {"CONTENTS", contents_markup(framework, words)},
                        {"ABOUT", about_markup(page.identity)},
                        {"SECTIONS", form_sections_markup(framework, page.identity.perspective)},
                        {"REFLECTIONS", form_reflections_markup(individual)},
                        {"SUMMARY_ROWS", summary_rows(framework)},
                        {"SUMMARY_NOTE", std::string(summary_note(words))},
                        {"STILL_TO_SCORE", still_to_score(words)},
                        {"ALL_NOT_APPLICABLE", words.sections ? "not applicable" : "every row not applicable"},
                        {"SCALE_ENDS", scale_ends(signs, framework.scale)},
                        {"SCORE_KEYS", score_keys(framework.scale, words)},
                        {"DATA", form_page_data(page)},
                        {"SCRIPT", script}});
}

}  // namespace coprod::render
