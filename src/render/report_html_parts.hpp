#pragma once
// The pieces of the evidence pack's HTML that live in their own files.

#include <string>

#include "render/report.hpp"

namespace coprod::render {

// Page 1: the web, each perspective's section scores (with the change since
// the previous period), the largest differences and the plan's status.
std::string render_report_summary_html(const Report& report);

// A CSS string literal ("...") holding text safely inside a <style> element;
// control characters and bidirectional controls are left out, as in the page
// (see util::without_control_characters).
std::string css_string(std::string_view text);

}  // namespace coprod::render
