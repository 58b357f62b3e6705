#include "render/reflection_points.hpp"

#include <cctype>

#include "util/text.hpp"

namespace coprod::render {

namespace {

// "Organisation", "Co-production peer network": a perspective's name as a heading.
std::string view_words(model::Perspective perspective) {
  std::string words(model::perspective_title(perspective));
  if (!words.empty()) words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

// A line without the mark of a list written by hand ("- ", "* ", "• ").
std::string_view without_list_mark(std::string_view line) {
  for (const std::string_view mark : {"- ", "* ", "\u2022 "}) {
    if (line.rfind(mark, 0) == 0) return util::trim(line.substr(mark.size()));
  }
  return line;
}

}  // namespace

std::optional<model::Perspective> reflection_view_heading(std::string_view line) {
  line = util::trim(line);
  if (line.empty() || line.back() != ':') return std::nullopt;
  const auto name = line.substr(0, line.size() - 1);
  if (const auto perspective = model::parse_perspective(name)) return perspective;
  for (const auto perspective :
       {model::Perspective::organisation, model::Perspective::peer_network, model::Perspective::individual}) {
    if (name == model::perspective_title(perspective)) return perspective;
  }
  return std::nullopt;
}

std::vector<ReflectionView> reflection_points(std::string_view text) {
  std::vector<ReflectionView> views;
  for (const auto line : util::split_lines(text)) {
    const std::string_view point = without_list_mark(util::trim(line));
    if (point.empty()) continue;
    if (const auto perspective = reflection_view_heading(point)) {
      views.push_back({view_words(*perspective), {}});
      continue;
    }
    if (views.empty()) views.emplace_back();
    views.back().points.emplace_back(point);
  }
  return views;
}

bool gathers_the_same_points(std::string_view gathered, const std::vector<PerspectiveReflection>& own) {
  std::vector<ReflectionView> expected;
  for (const auto& [perspective, text] : own) {
    ReflectionView view{view_words(perspective), {}};
    for (const auto& part : reflection_points(text))
      view.points.insert(view.points.end(), part.points.begin(), part.points.end());
    if (!view.points.empty()) expected.push_back(std::move(view));
  }
  return !expected.empty() && reflection_points(gathered) == expected;
}

bool is_single_point(const std::vector<ReflectionView>& views) {
  return views.size() == 1 && views.front().view.empty() && views.front().points.size() == 1;
}

std::array<TitledReflection, 4> titled_reflections(const model::Reflections& reflections) {
  return {{{"What was surprising", &reflections.surprising},
           {"What challenged", &reflections.challenging},
           {"What was learnt", &reflections.learnt},
           {"Emerging priorities", &reflections.priorities}}};
}

}  // namespace coprod::render
