#pragma once
// The scoring form (coprod form): one self-contained HTML page that people
// complete in any browser, offline, and that saves the same .coprod.yaml file
// `coprod init` writes. The markup of every control is written here, so the
// page reads and prints without script; the script (src/render/form/*.js)
// adds the live averages, the web, Save, Copy and Open.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/assessment.hpp"
#include "model/assessment_file_comments.hpp"
#include "model/framework.hpp"

namespace coprod::render {

// What the person who made the form set. Anything not set is asked on the page.
struct FormIdentity {
  std::optional<std::string> area;
  std::optional<model::Period> period;
  std::optional<model::Perspective> perspective;
};

// Passed straight to one render call, so `values` and `text` may be views: the
// caller's assessment and its text outlive the call.
struct FormPage {
  std::shared_ptr<const model::Framework> framework;
  FormIdentity identity;
  const model::Assessment* values = nullptr;  // a file to start from, or none for a blank form
  std::string schema_url;                     // for the saved file's "# yaml-language-server" line; empty for none
  std::string_view text;                      // the text of the file in `values`, which Save changes in place
  model::AssessmentFileComments comments;     // yaml::assessment_file_comments() of the framework
};

// The whole page, byte-identical for the same input.
std::string render_form_page(const FormPage& page);

// The JSON the page's script reads: the framework's wording, the comments of
// the file it saves (`comments`) and the starting
// values with the file's text. Safe to place inside a <script> element ('<' is written \u003c).
std::string form_page_data(const FormPage& page);

// The form's markup for the sections and their rows (no "completed by" for an
// individual's response, and its example of a group a peer network's meeting only
// where the framework speaks of a peer network or the form is the peer network's),
// and for the reflections; an individual's speaks to one person ("I ...").
std::string form_sections_markup(const model::Framework& framework,
                                 const std::optional<model::Perspective>& perspective);
std::string form_reflections_markup(bool individual);

}  // namespace coprod::render
