// The data the scoring form's script reads, as JSON.

#include <fmt/format.h>

#include "analysis/personal_data.hpp"
#include "model/mail_damage_words.hpp"
#include "render/attribution_note.hpp"
#include "render/form_page.hpp"
#include "render/form_web_layout.hpp"
#include "render/missing_score.hpp"
#include "render/row_words.hpp"
#include "render/web_chart.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

namespace {

void framework_json(util::JsonWriter& json, const model::Framework& framework) {
  json.begin_object();
  json.key("id").string(framework.id).key("version").number(framework.version).key("title").string(framework.title);
  json.key("scale").begin_object();
  json.key("min").number(framework.scale.min).key("max").number(framework.scale.max);
  json.key("half_points").boolean(framework.scale.half_points).end_object();
  json.key("sections").begin_array();
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    const auto& section = framework.sections[i];
    json.begin_object().key("id").string(section.id).key("label").string(section.label());
    // The section's key as `coprod web` keys its axis (render/web_chart.hpp).
    json.key("key").string(axis_key(section, i)).key("rows").begin_array();
    for (const auto& row : section.rows) json.string(row.id);
    json.end_array().end_object();
  }
  json.end_array();
  // Where the web's words go, as `coprod web` places them (the script draws it as scores change).
  json.key("web");
  form_web_layout_json(json, framework);
  // What the page calls a thing scored (render::row_words()): "row", or "section" where every section is its
  // one row. The script takes its words from these alone (form_row_words.js).
  const RowWords words = row_words(framework);
  json.key("row_words").begin_object().key("sections").boolean(words.sections);
  json.key("one").string(words.one).key("many").string(words.many).end_object();
  json.end_object();
}

void comments_json(util::JsonWriter& json, const model::AssessmentFileComments& comments) {
  json.begin_object().key("title").string(comments.title).key("guidance").string(comments.guidance);
  json.key("sections").begin_array();
  for (const auto& text : comments.sections) json.string(text);
  json.end_array().key("rows").begin_array();
  for (const auto& rows : comments.rows) {
    json.begin_array();
    for (const auto& text : rows) json.string(text);
    json.end_array();
  }
  json.end_array().key("reflections").string(comments.reflections);
  json.key("individual").begin_object().key("guidance").string(comments.individual_guidance);
  json.key("reflections").string(comments.individual_reflections).end_object().end_object();
}

void row_json(util::JsonWriter& json, const model::RowResponse& row) {
  json.begin_object().key("score").string(row.score.to_string()).key("evidence").optional_string(row.evidence);
  json.key("indicator_seen");
  row.indicator_seen ? json.boolean(*row.indicator_seen) : json.null();
  json.key("warning_seen");
  row.warning_seen ? json.boolean(*row.warning_seen) : json.null();
  json.key("spread");
  if (row.spread) {
    json.begin_object().key("min").string(row.spread->min.to_string()).key("max").string(row.spread->max.to_string());
    json.key("count").number(row.spread->count);
    if (row.spread->not_applicable > 0) json.key("not_applicable").number(row.spread->not_applicable);
    json.end_object();
  } else {
    json.null();
  }
  if (row.indicator_seen_by || row.warning_seen_by) {  // as the form's reader gives them, "1 of 3"
    json.key("seen_by").begin_object();
    if (row.indicator_seen_by) json.key("indicator").string(model::seen_count_text(*row.indicator_seen_by));
    if (row.warning_seen_by) json.key("warning").string(model::seen_count_text(*row.warning_seen_by));
    json.end_object();
  }
  json.end_object();
}

void values_json(util::JsonWriter& json, const model::Assessment& assessment, std::string_view text) {
  json.begin_object().key("sections").begin_object();
  for (const auto& section : assessment.sections) {
    json.key(section.section_id).begin_object();
    json.key("completed_by").optional_string(section.completed_by);
    json.key("last_completed");
    section.last_completed ? json.string(section.last_completed->to_string()) : json.null();
    json.key("notes").optional_string(section.notes).key("spread");
    if (section.spread) {
      const auto tenths = [](int value) { return fmt::format("{}.{}", value / 10, value % 10); };
      json.begin_object().key("min").string(tenths(section.spread->min_tenths));
      json.key("max")
          .string(tenths(section.spread->max_tenths))
          .key("count")
          .number(section.spread->count)
          .end_object();
    } else {
      json.null();
    }
    json.key("rows").begin_object();
    for (const auto& row : section.rows) row_json(json.key(row.row_id), row);
    json.end_object().end_object();
  }
  json.end_object().key("reflections").begin_object();
  const auto& reflections = assessment.reflections;
  json.key("surprising")
      .optional_string(reflections.surprising)
      .key("challenging")
      .optional_string(reflections.challenging);
  json.key("learnt").optional_string(reflections.learnt).key("priorities").optional_string(reflections.priorities);
  json.end_object().key("combined_from");
  assessment.combined_from ? json.number(*assessment.combined_from) : json.null();
  json.key("text").string(text).end_object();
}

void identity_json(util::JsonWriter& json, const FormIdentity& identity) {
  json.begin_object().key("area").optional_string(identity.area).key("period");
  identity.period ? json.string(identity.period->to_string()) : json.null();
  json.key("perspective");
  identity.perspective ? json.string(model::perspective_id(*identity.perspective)) : json.null();
  json.end_object();
}

// Each perspective's id and its words: `title` ("co-production peer network") or whose_view().
void perspectives_json(util::JsonWriter& json, std::string_view (*words)(model::Perspective)) {
  json.begin_object();
  for (const auto perspective :
       {model::Perspective::organisation, model::Perspective::peer_network, model::Perspective::individual}) {
    json.key(model::perspective_id(perspective)).string(words(perspective));
  }
  json.end_object();
}

void words_json(util::JsonWriter& json, std::string_view key, std::span<const std::string_view> words) {
  json.key(key).begin_array();
  for (const auto word : words) json.string(word);
  json.end_array();
}

// The words `coprod check`'s attribution rule reads, so that the page warns as it would, and its note.
void attribution_json(util::JsonWriter& json) {
  const auto& words = analysis::attribution_words();
  json.begin_object();
  words_json(json, "reporting_verbs", words.reporting_verbs);
  words_json(json, "titles", words.titles);
  words_json(json, "common_words", words.common_words);
  words_json(json, "phrases_before_any_name", words.phrases_before_any_name);
  words_json(json, "phrases_before_a_name", words.phrases_before_a_name);
  words_json(json, "describing_words", words.describing_words);
  json.key("most_describing_words").number(static_cast<int>(words.most_describing_words));
  words_json(json, "words_before_an_organisation", words.words_before_an_organisation);
  words_json(json, "organisation_words", words.organisation_words);
  words_json(json, "linking_words", words.linking_words);
  json.key("most_name_words").number(static_cast<int>(words.most_name_words));
  words_json(json, "lone_first_names", words.lone_first_names);
  words_json(json, "words_opening_a_clause", words.words_opening_a_clause);
  // The note under a box, worded as score --interactive words it.
  json.key("note").string(k_attribution_note_wording).key("instead_group").string(k_attribution_instead_group);
  json.key("instead_individual").string(k_attribution_instead_individual);
  // The note on contact details and numbers, and how `check` describes each kind it finds.
  json.key("contact_note").string(k_contact_note_wording).key("descriptions").begin_object();
  for (const auto rule : {analysis::PersonalDataRule::email, analysis::PersonalDataRule::phone,
                          analysis::PersonalDataRule::nhs_number, analysis::PersonalDataRule::postcode}) {
    json.key(analysis::rule_id(rule)).string(analysis::rule_description(rule));
  }
  json.end_object();
  json.end_object();
}

// What `coprod check` says of a file an e-mail program broke, and the width of line it takes for one that an
// e-mail program wrapped, so that the page finds and words the damage as it does (form_mail_damage.js).
void mail_damage_json(util::JsonWriter& json) {
  json.begin_object().key("wrapped_line_width").number(static_cast<int>(model::k_mail_wrapped_line_width));
  json.key("wrapped_line").string(model::k_mail_wrapped_line);
  json.key("no_break_spaces").string(model::k_mail_no_break_spaces).end_object();
}

}  // namespace

std::string form_page_data(const FormPage& page) {
  util::JsonWriter json;
  json.begin_object();
  json.key("framework");
  framework_json(json, *page.framework);
  json.key("comments");
  comments_json(json, page.comments);
  json.key("perspectives");
  perspectives_json(json, model::perspective_title);
  json.key("whose_view");
  perspectives_json(json, model::whose_view);
  json.key("identity");
  identity_json(json, page.identity);
  // How the page says a section has no score, as coprod does everywhere.
  json.key("missing_score").begin_object();
  json.key("not_scored").string(k_not_scored_words).key("not_applicable").string(k_not_applicable_words).end_object();
  json.key("attribution");
  attribution_json(json);
  json.key("mail_damage");
  mail_damage_json(json);
  json.key("schema_url").string(page.schema_url).key("values");
  page.values ? values_json(json, *page.values, page.text) : void(json.null());
  json.end_object();
  std::string text = json.finish();
  std::string safe;
  safe.reserve(text.size());
  for (const char c : text) {
    if (c == '<') safe += "\\u003c";  // only ever inside a JSON string
    else safe += c;
  }
  return safe;
}

}  // namespace coprod::render
