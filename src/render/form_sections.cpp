// The scoring form's markup for each section, row and the reflections: the
// patterns of the NHS.UK and GOV.UK design systems (a fieldset and legend per
// question, hints under labels, one column), without their branding.

#include <string>

#include <fmt/format.h>

#include "model/individual_voice.hpp"
#include "render/completed_by_example.hpp"
#include "render/form_page.hpp"
#include "render/one_sign_note.hpp"
#include "render/reflection_questions.hpp"
#include "render/report.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

std::string rich_text(const model::RichText& text) {
  std::string out = fmt::format("<p>{}</p>\n", xml_text(text.text));
  if (text.bullets.empty()) return out;
  out += "<ul>\n";
  for (const auto& bullet : text.bullets) out += fmt::format("<li>{}</li>\n", xml_text(bullet));
  return out + "</ul>\n";
}

std::string score_value(int halves) {
  return halves % 2 == 0 ? fmt::format("{}", halves / 2) : fmt::format("{}.5", halves / 2);
}

std::string score_radios(const model::Scale& scale, const std::string& id) {
  std::string out = "<div class=\"scale\">\n";
  for (int halves = scale.min * 2; halves <= scale.max * 2; halves += scale.half_points ? 1 : 2) {
    const std::string value = score_value(halves);
    const std::string radio_id = fmt::format("{}-score-{}", id, halves);
    out += fmt::format(R"(<div class="scale-item{}"><input type="radio" id="{}" name="{}-score" value="{}">)"
                       R"(<label for="{}">{}</label></div>)"
                       "\n",
                       halves % 2 == 0 ? "" : " half", radio_id, id, value, radio_id, value);
  }
  out += "</div>\n<div class=\"other-scores\">\n";
  out += fmt::format(R"(<div class="radio"><input type="radio" id="{0}-score-na" name="{0}-score" value="n/a">)"
                     R"(<label for="{0}-score-na">Does not apply here (n/a)</label></div>)"
                     "\n",
                     id);
  out += fmt::format(R"(<div class="radio"><input type="radio" id="{0}-score-none" name="{0}-score" value="" checked>)"
                     R"(<label for="{0}-score-none">Not scored yet</label></div>)"
                     "\n",
                     id);
  return out + "</div>\n";
}

// Words a screen reader adds to a control's name or a group's legend so that
// it says which section and row it belongs to: a form has two dozen boxes
// labelled "Why? ..." and "We see this early indicator". After the visible
// words, so that the name still starts with what people see (and say, to
// voice control).
std::string where(std::string_view place) { return fmt::format("<span class=\"visually-hidden\"> ({})</span>", place); }

// On paper, above a box whose text was carried forward from an earlier period (see form_carried.js): that
// text, as what was written then, and the box under it left empty for what is written now.
std::string earlier_text_on_paper(const std::string& id) {
  return fmt::format(
      "<div class=\"print-earlier\" id=\"{}-earlier\" hidden>\n<p class=\"earlier-given\"><strong>Written for "
      "<span class=\"earlier-period\"></span>:</strong> <span class=\"earlier-text\"></span></p>\n<p "
      "class=\"earlier-now\"><strong>Now:</strong> write what is different, or \"still true\".</p>\n</div>\n",
      id);
}

// `carried`: the box may hold text carried forward from an earlier period, printed apart on paper.
std::string text_area(const std::string& id, std::string_view label, std::string_view hint, int rows,
                      bool carried = false) {
  std::string out = fmt::format("<div class=\"field\">\n<label class=\"label\" for=\"{}\">{}</label>\n", id, label);
  std::string described;
  if (!hint.empty()) {
    out += fmt::format("<div class=\"hint\" id=\"{}-hint\">{}</div>\n", id, hint);
    described = fmt::format(" aria-describedby=\"{}-hint\"", id);
  }
  if (carried) out += earlier_text_on_paper(id);
  out += fmt::format(
      "<textarea id=\"{}\" name=\"{}\" rows=\"{}\" spellcheck=\"true\" autocomplete=\"off\"{}></textarea>\n", id, id,
      rows, described);
  // On paper the text stands here instead (a text box cannot run on to the
  // next page); the page's script keeps it the same as the box. Under it, a
  // polite live region where the script says gently when the text seems to
  // name who said something, as `coprod check` would.
  return out + fmt::format(
                   "<div class=\"print-text\" aria-hidden=\"true\"></div>\n<div class=\"personal-note\" "
                   "id=\"{}-personal\" role=\"status\" aria-live=\"polite\"></div>\n</div>\n",
                   id);
}

// A row with only one of the two signs says what its scores mean in place of
// the scale's own hint ("0 means nothing has started yet", which on a row with only a
// warning sign reads the wrong way round): on paper too, where hints are left out.
std::string one_sign_markup(const model::Framework& framework, const model::FrameworkRow& row, const std::string& id) {
  const auto note = one_sign_note(framework, row);
  if (!note) return {};
  return fmt::format("<p class=\"one-sign\" id=\"{}-one-sign\">{}</p>\n", id, xml_text(*note));
}

// On paper, where hints are left out, the ends of the scale under its scores: the scale's hint ("0 means
// nothing has started yet; ...") in short, by each row. Not shown on screen, where the hint is, nor said by a
// screen reader, which reads the hint. A row with only one sign prints its own note instead.
std::string scale_ends_on_paper(const model::Framework& framework, const model::FrameworkRow& row) {
  if (one_sign_note(framework, row)) return {};
  return fmt::format(
      "<div class=\"scale-ends\" aria-hidden=\"true\"><span>{} = nothing has started yet</span><span>{} = fully "
      "in place</span></div>\n",
      framework.scale.min, framework.scale.max);
}

// What is said under a row's question of how far things have got: what its
// scores mean (the row's own note, or the scale's hint), then whether half
// points are fine; and the ids of what describes its scores, the early
// indicator (`indicator_id`, its words) and the warning sign first, as the page shows them, so a screen
// reader says what is being scored.
struct ScoreHint {
  std::string markup;
  std::string described_by;
};

ScoreHint score_hint(const model::Framework& framework, const model::FrameworkRow& row, const std::string& id,
                     const std::string& indicator_id) {
  const model::Scale& scale = framework.scale;
  const std::string note = one_sign_markup(framework, row, id);
  std::string hint = scale.half_points ? "Half points such as 2.5 are fine." : "";
  if (note.empty()) {
    hint = fmt::format("{} means nothing has started yet; {} means this is fully in place.{}", scale.min, scale.max,
                       hint.empty() ? "" : " " + hint);
  }
  std::string ids;
  const auto describe = [&ids](const std::string& by) { ids += (ids.empty() ? "" : " ") + by; };
  if (row.indicator) describe(indicator_id);
  if (row.warning) describe(id + "-warning");
  if (!note.empty()) describe(id + "-one-sign");
  if (!hint.empty()) describe(id + "-score-hint");
  return {note + (hint.empty() ? "" : fmt::format("<div class=\"hint\" id=\"{}-score-hint\">{}</div>\n", id, hint)),
          ids};
}

// The row's "what do you see locally?" boxes: "I see ..." on an individual's form, "We see ..." on a group's.
// Each is described by its sign's words (`indicator_id`: where the early indicator's are), as the row's scores
// are, so a screen reader says what is seen.
std::string seen_markup(const model::FrameworkRow& row, const std::string& id, std::string_view who,
                        const std::string& section_and_row, const std::string& indicator_id) {
  std::string out;
  if (row.indicator) {
    out += fmt::format(R"(<div class="checkbox"><input type="checkbox" id="{0}-indicator-seen" aria-describedby="{3}">)"
                       R"(<label for="{0}-indicator-seen">{2} see this early indicator{1}</label></div>)"
                       "\n",
                       id, section_and_row, who, indicator_id);
  }
  if (row.warning) {
    out += fmt::format(
        R"(<div class="checkbox"><input type="checkbox" id="{0}-warning-seen" aria-describedby="{0}-warning">)"
        R"(<label for="{0}-warning-seen">{2} see this warning sign{1}</label></div>)"
        "\n",
        id, section_and_row, who);
  }
  return out;
}

// The row's title and its signs. On paper each row also names its section (its first words), as a page may
// start part-way through one.
std::string row_heading_and_signs(const model::FrameworkSection& section, const model::FrameworkRow& row,
                                  std::size_t row_index, const std::string& id) {
  std::string out = fmt::format(
      "<h3 class=\"row-title\">Row {} of {}<span class=\"print-inline\"> \u00b7 {}</span></h3>\n"
      "<div class=\"signs\" id=\"{}-signs\">\n",
      row_index + 1, section.rows.size(), xml_text(short_section_label(section)), id);
  if (row.indicator) {
    out += "<div class=\"sign indicator\" id=\"" + id +
           "-indicator\"><h4>Early indicator <span class=\"sign-hint\">(a sign things are on the "
           "right track)</span></h4>\n" +
           rich_text(*row.indicator) + "</div>\n";
  }
  if (row.warning) {
    out += "<div class=\"sign warning\" id=\"" + id +
           "-warning\"><h4>Warning sign <span class=\"sign-hint\">(a sign that needs attention)"
           "</span></h4>\n" +
           rich_text(*row.warning) + "</div>\n";
  }
  return out + "</div>\n";
}

// What a row's questions start with: "Row 2: how far have things got locally?", or, where the row is its section
// (named once, by the section's heading), "How far have things got locally?".
std::string asked_of(bool the_section, std::size_t row_index, std::string_view question) {
  if (the_section) return util::capitalised(std::string(question));
  return fmt::format("Row {}: {}", row_index + 1, question);
}

// A row's markup. Where every section is its one row (row_words().sections), the section's heading names it
// once: no "Row 1 of 1", no early indicator in the heading's words under it (the heading describes its scores
// and "We see this early indicator" instead), and its questions are asked of the section.
std::string row_markup(const model::Framework& framework, std::size_t section_index, std::size_t row_index,
                       bool individual) {
  const model::FrameworkSection& section = framework.sections[section_index];
  const model::FrameworkRow& row = section.rows[row_index];
  const bool the_section = row_words(framework).sections;
  const std::string section_label = xml_text(section.label());
  const model::Scale& scale = framework.scale;
  const std::string id = fmt::format("r{}-{}", section_index, row_index);
  const std::string section_only = where(section_label);
  const std::string section_and_row =
      the_section ? section_only : where(util::join_title(section_label, ",", fmt::format(" row {}", row_index + 1)));
  const std::string indicator_id = the_section ? fmt::format("s{}-title", section_index) : id + "-indicator";
  std::string out = fmt::format("<div class=\"row{}\" id=\"{}\" data-row=\"{}\">\n", the_section ? " the-section" : "",
                                id, xml_text(row.id));
  if (!the_section) out += row_heading_and_signs(section, row, row_index, id);
  const ScoreHint hint = score_hint(framework, row, id, indicator_id);
  out += fmt::format("<fieldset class=\"score\"{}>\n<legend>{}{}</legend>\n{}",
                     hint.described_by.empty() ? "" : " aria-describedby=\"" + hint.described_by + "\"",
                     asked_of(the_section, row_index, "how far have things got locally?"), section_only, hint.markup);
  // On paper, in a section carried forward from an earlier period, the answer given then (form_carried.js).
  out += score_radios(scale, id) + scale_ends_on_paper(framework, row) +
         fmt::format("<p class=\"print-earlier-score\" id=\"{}-earlier-score\" hidden></p>\n", id) + "</fieldset>\n";
  out += text_area(id + "-evidence",
                   "Why? What has been achieved, progressed or produced locally (evidence)" + section_and_row,
                   fmt::format("Write what you have seen happen, not who said it: \"{}\", not \"Mary said ...\".",
                               individual ? "I have seen ..." : "Some people in the group felt ..."),
                   4, true);
  out += fmt::format("<fieldset class=\"seen\">\n<legend>{}{}</legend>\n",
                     asked_of(the_section, row_index, "what do you see locally? (optional)"), section_only);
  out += seen_markup(row, id, individual ? "I" : "We", section_and_row, indicator_id);
  return out + "</fieldset>\n</div>\n";
}

std::string section_details(std::size_t index, bool individual, std::string_view example,
                            const std::string& section_label) {
  const std::string id = fmt::format("s{}", index);
  const std::string section_only = where(section_label);
  // On paper, in a section carried forward from an earlier period, who reviewed it then and when
  // (form_carried.js): its boxes print empty, to fill in for this period.
  std::string out = fmt::format(
      "<div class=\"section-details\">\n<h3>About this section</h3>\n<p class=\"print-last-time\" "
      "id=\"{}-last-time\" hidden><strong>Last time:</strong> <span class=\"last-time-text\"></span></p>\n",
      id);
  // `coprod check` reads "Completed by" for personal data too: under it, the same note as under a text box.
  if (!individual) {
    out += fmt::format(
        "<div class=\"field completed-by-field\">\n<label class=\"label\" for=\"{0}-completed-by\">Completed "
        "by{1}</label>\n"
        "<div class=\"hint\" id=\"{0}-completed-by-hint\">A group or role, for example \"{2}\". Avoid naming "
        "people who did not agree to it.</div>\n"
        "<input type=\"text\" id=\"{0}-completed-by\" aria-describedby=\"{0}-completed-by-hint\" "
        "autocomplete=\"off\">\n<div class=\"personal-note\" id=\"{0}-completed-by-personal\" "
        "role=\"status\" aria-live=\"polite\"></div>\n</div>\n",
        id, section_only, xml_text(example));
  }
  out += fmt::format(
      "<div class=\"field date-field\">\n<label class=\"label\" for=\"{0}-last-completed\">Date this section was last "
      "reviewed "
      "(optional){1}</label>\n"
      "<div class=\"hint date-hint\" id=\"{0}-last-completed-hint\">The date, for example 30/09/2026 or "
      "2026-09-30.</div>\n<div class=\"error-message\" id=\"{0}-last-completed-error\" hidden></div>\n"
      "<div class=\"date-line\"><input type=\"text\" id=\"{0}-last-completed\" "
      "aria-describedby=\"{0}-last-completed-hint\" autocomplete=\"off\" "
      "size=\"12\"><button type=\"button\" class=\"button secondary today\" "
      "data-for=\"{0}-last-completed\" hidden>Use today's date{1}</button></div>\n"
      "<div class=\"date-done\" id=\"{0}-last-completed-done\" role=\"status\" aria-live=\"polite\"></div>\n</div>\n",
      id, section_only);
  out += text_area(id + "-notes", "Notes about this section (optional)" + section_only, "", 3, true);
  return out + "</div>\n";
}

// Shown, on screen and on paper, while the section still holds answers carried forward from an earlier
// period that no one has reviewed (form_carried.js fills in the period and the date).
// `words`: what the form calls a thing scored (row_words()): a section that is its one row has one score.
std::string carried_notice(std::size_t index, const RowWords& words) {
  return fmt::format(
      "<div class=\"notice carried-section\" id=\"s{}-carried\" hidden>\n<p><strong>Carried forward from <span "
      "class=\"carried-from\"></span>, not reviewed since</strong> (last reviewed on <span "
      "class=\"carried-date\"></span>). {} given for <span class=\"carried-from\"></span>: {} and change what is "
      "different now.</p>\n</div>\n",
      index, words.sections ? "This is the score and evidence" : "These are the scores and evidence",
      words.sections ? "look at them" : "look at each row");
}

std::string section_markup(const model::Framework& framework, std::size_t index,
                           const std::optional<model::Perspective>& perspective) {
  const bool individual = perspective == model::Perspective::individual;
  const auto& section = framework.sections[index];
  const std::string label = xml_text(section.label());
  std::string out = fmt::format(
      "<section class=\"section\" id=\"s{0}\" aria-labelledby=\"s{0}-title\" "
      "data-section=\"{1}\">\n<h2 id=\"s{0}-title\">{2}</h2>\n",
      index, xml_text(section.id), xml_text(section.label()));
  out += carried_notice(index, row_words(framework));
  if (!section.aim.text.empty())
    out += "<div class=\"aim\"><h3>Overall aim</h3>\n" + rich_text(section.aim) + "</div>\n";
  if (!section.what_will_be_different.empty()) {
    out += fmt::format("<div class=\"different\"><h3>What will be different</h3>\n<p>{}</p></div>\n",
                       xml_text(section.what_will_be_different));
  }
  for (std::size_t row = 0; row < section.rows.size(); ++row) {
    out += row_markup(framework, index, row, individual);
  }
  out += section_details(index, individual, completed_by_example(framework, perspective), label);
  out += fmt::format("<p class=\"section-score\" id=\"s{}-score\" hidden></p>\n", index);
  return out + "</section>\n";
}

}  // namespace

std::string form_reflections_markup(bool individual) {
  std::string out =
      "<section class=\"section reflections\" id=\"reflections\" aria-labelledby=\"reflections-title\">\n"
      "<h2 id=\"reflections-title\">Reflections and next steps</h2>\n";
  if (individual) {
    out += fmt::format("<p>Based on filling in the tool, {}</p>\n", xml_text(model::k_individual_reflections));
  } else {
    out +=
        "<p>Based on filling in the tool and the conversations that followed, reflect on some key "
        "learning and the emerging priorities for co-production going forward. Keep notes about "
        "people's concerns general (\"Some people in the group felt ...\"), not about named people.</p>\n";
  }
  for (const auto& question : k_reflection_questions) {
    out += text_area(fmt::format("reflection-{}", question.key), reflection_question(question, individual), "", 3);
  }
  return out + "</section>\n";
}

std::string form_sections_markup(const model::Framework& framework,
                                 const std::optional<model::Perspective>& perspective) {
  std::string out;
  for (std::size_t i = 0; i < framework.sections.size(); ++i) out += section_markup(framework, i, perspective);
  return out;
}

}  // namespace coprod::render
