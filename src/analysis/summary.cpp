#include "analysis/summary.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "analysis/area_names.hpp"
#include "analysis/input_checks.hpp"
#include "util/shared_part.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

constexpr model::Perspective k_compared[] = {model::Perspective::organisation, model::Perspective::peer_network};

using AreaFiles = std::map<std::pair<std::string, model::Perspective>, const AssessmentDigest*>;

// The period most area and perspective pairs' latest files are for; the later of two as common.
model::Period most_areas_latest(const std::vector<const AssessmentDigest*>& digests) {
  std::map<std::pair<std::string, model::Perspective>, model::Period> latest;
  for (const auto* digest : digests) {
    const auto [it, inserted] = latest.try_emplace({digest->area, digest->perspective}, digest->period);
    if (!inserted && it->second < digest->period) it->second = digest->period;
  }
  std::map<model::Period, int> pairs;
  for (const auto& [key, period] : latest) ++pairs[period];
  auto most = pairs.begin();
  for (auto it = pairs.begin(); it != pairs.end(); ++it) {
    if (it->second >= most->second) most = it;  // in order, so a tie goes to the later
  }
  return most->first;
}

// Each area and perspective's file for `latest`: one for that period, else
// the latest one sharing months with it (there is one file for each period:
// see leave_out_shared_reviews()).
AreaFiles latest_period_files(const std::vector<const AssessmentDigest*>& digests, const model::Period& latest) {
  const auto rank = [&](const AssessmentDigest& digest) { return std::tuple(digest.period == latest, digest.period); };
  AreaFiles files;
  for (const auto* digest : digests) {
    if (!digest->period.overlaps(latest)) continue;
    auto& slot = files[{digest->area, digest->perspective}];
    if (!slot || rank(*slot) < rank(*digest)) slot = digest;
  }
  return files;
}

PerspectiveSummary summarise_perspective(const std::shared_ptr<const model::Framework>& framework,
                                         model::Perspective perspective, const AreaFiles& files) {
  PerspectiveSummary summary{perspective, 0, {}};
  for (std::size_t s = 0; s < framework->sections.size(); ++s) {
    std::vector<int> values;
    std::vector<std::pair<std::string, Coverage>> partly_scored;
    std::vector<std::string> not_applicable;
    for (const auto& [key, digest] : files) {
      if (key.second != perspective) continue;
      if (!digest->section_scores[s] && s < digest->section_coverage.size() && digest->section_coverage[s].total > 0 &&
          digest->section_coverage[s].not_applicable == digest->section_coverage[s].total)
        not_applicable.push_back(key.first);
      if (!digest->section_scores[s]) continue;
      values.push_back(*digest->section_scores[s]);
      if (s < digest->section_coverage.size() && digest->section_coverage[s].is_partial())
        partly_scored.emplace_back(key.first, digest->section_coverage[s]);
    }
    std::sort(values.begin(), values.end());
    SectionStatistics statistics;
    statistics.section = util::share_part(framework, &framework->sections[s]);
    statistics.areas = static_cast<int>(values.size());
    statistics.partly_scored = std::move(partly_scored);
    statistics.not_applicable = std::move(not_applicable);
    if (!values.empty()) {
      statistics.minimum = quantile(values, 0);
      statistics.lower_quartile = quantile(values, 1);
      statistics.median = quantile(values, 2);
      statistics.upper_quartile = quantile(values, 3);
      statistics.maximum = quantile(values, 4);
    }
    summary.sections.push_back(statistics);
  }
  for (const auto& [key, digest] : files) summary.areas += key.second == perspective ? 1 : 0;
  return summary;
}

model::Date months_before(const model::Date& date, int months) {
  int month_index = date.year * 12 + (date.month - 1) - months;
  model::Date result{month_index / 12, month_index % 12 + 1, 1};
  const long first_of_next =
      model::Date{result.month == 12 ? result.year + 1 : result.year, result.month % 12 + 1, 1}.days_since_epoch();
  const int days_in_month = static_cast<int>(first_of_next - result.days_since_epoch());
  result.day = std::min(date.day, days_in_month);
  return result;
}

// Not completed in the window: a section with no date or an earlier one. A
// digest with no per-section dates goes by its latest date alone.
std::optional<StaleAssessment> stale_assessment(const AssessmentDigest& digest, const model::Date& cutoff) {
  if (digest.section_completed.empty()) {
    if (digest.last_completed && !(*digest.last_completed < cutoff)) return std::nullopt;
    return StaleAssessment{digest, 0, 0};
  }
  StaleAssessment stale{digest, 0, static_cast<int>(digest.section_completed.size())};
  for (const auto& date : digest.section_completed) stale.recent_sections += date && !(*date < cutoff) ? 1 : 0;
  if (stale.recent_sections == stale.sections) return std::nullopt;
  return stale;
}

// Each file of `future` and `started` that is not among `files` (those
// summarised), and why.
std::vector<LeftOutFile> left_out_for_period(const std::vector<AssessmentDigest>& future,
                                             const std::vector<const AssessmentDigest*>& started,
                                             const AreaFiles& files, const model::Period& latest) {
  std::vector<LeftOutFile> left_out;
  for (const auto& digest : future)
    left_out.push_back({digest.source, LeftOutReason::period_not_started, digest.period, ""});
  for (const auto* digest : started) {
    const auto used = files.find({digest->area, digest->perspective});
    if (used != files.end() && used->second == digest) continue;
    if (latest.ends_before(digest->period))
      left_out.push_back({digest->source, LeftOutReason::later_period, digest->period, ""});
    else if (used != files.end() && digest->period.overlaps(latest))
      left_out.push_back({digest->source, LeftOutReason::another_file_used, digest->period, used->second->source});
    else left_out.push_back({digest->source, LeftOutReason::earlier_period, digest->period, ""});
  }
  return left_out;
}

void sort_by_file_name(std::vector<LeftOutFile>& left_out) {
  std::sort(left_out.begin(), left_out.end(), [](const LeftOutFile& a, const LeftOutFile& b) {
    return std::tie(a.source, a.reason) < std::tie(b.source, b.reason);
  });
}

}  // namespace

Mean quantile(const std::vector<int>& sorted_tenths, int quarters) {
  if (sorted_tenths.empty()) return Mean{0, 1};
  // The position along the values in quarters: quarters * (n - 1) / 4.
  const int position = quarters * (static_cast<int>(sorted_tenths.size()) - 1);
  const auto below = static_cast<std::size_t>(position / 4);
  const auto above = std::min(below + 1, sorted_tenths.size() - 1);
  const int towards_above = position % 4;
  // (4 - k) parts of the value below and k of the one above, each in tenths:
  // the total over 40 is the value in points, which as a Mean (half points
  // over twice the count) is that total over a count of 20.
  return Mean{sorted_tenths[below] * (4 - towards_above) + sorted_tenths[above] * towards_above, 20};
}

std::vector<std::vector<AreaSpelling>> find_area_spellings(const std::vector<AssessmentDigest>& digests) {
  std::map<std::string, std::map<std::string, std::vector<std::string>>> by_key;  // key, spelling, files
  for (const auto& digest : digests) by_key[area_key(digest.area)][digest.area].push_back(digest.source);
  std::vector<std::vector<AreaSpelling>> groups;
  for (auto& [key, spellings] : by_key) {
    if (spellings.size() < 2) continue;
    std::vector<AreaSpelling> group;
    for (auto& [area, sources] : spellings) {
      std::sort(sources.begin(), sources.end());
      group.push_back({area, std::move(sources)});
    }
    groups.push_back(std::move(group));
  }
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.front().area < b.front().area; });
  return groups;
}

namespace {

// Each area expected for the period summarised (one with a file for it or an
// earlier period: an area that is behind) that misses a perspective for it,
// with the areas whose names it probably shares. An area whose only files are
// for later periods (a slip, or a file made ahead) is counted in the left-out
// line, not listed here.
std::vector<MissingPerspective> missing_perspectives(const std::vector<std::string>& areas,
                                                     const std::set<std::string>& expected, const AreaFiles& files) {
  std::vector<MissingPerspective> missing_list;
  for (const auto& area : expected) {
    MissingPerspective missing{area, {}, {}};
    for (const auto perspective : k_compared) {
      if (!files.contains({area, perspective})) missing.missing.push_back(perspective);
    }
    for (const auto& other : areas) {
      if (probably_same_area(area, other)) missing.probably_same_as.push_back(other);
    }
    if (!missing.missing.empty()) missing_list.push_back(missing);
  }
  return missing_list;
}

// Each area and perspective's most recent file, by period, that is older
// than `cutoff`; none where that period has two or more (`shared`).
std::vector<StaleAssessment> stale_assessments(const std::vector<const AssessmentDigest*>& started,
                                               const std::set<const AssessmentDigest*>& shared,
                                               const model::Date& cutoff) {
  AreaFiles newest;
  for (const auto* digest : started) {
    auto& slot = newest[{digest->area, digest->perspective}];
    if (!slot || slot->period < digest->period || (slot->period == digest->period && slot->source < digest->source))
      slot = digest;
  }
  std::vector<StaleAssessment> stale_list;
  for (const auto& [key, digest] : newest) {
    if (shared.contains(digest)) continue;
    if (auto stale = stale_assessment(*digest, cutoff)) stale_list.push_back(std::move(*stale));
  }
  return stale_list;
}

// The `top_gaps` sections whose organisation and peer network scores differ
// most, over the areas with both.
std::vector<PerspectiveGap> largest_gaps(const std::shared_ptr<const model::Framework>& framework,
                                         const std::vector<std::string>& areas, const AreaFiles& files,
                                         std::size_t top_gaps) {
  std::vector<PerspectiveGap> gaps;
  for (const auto& area : areas) {
    const auto organisation = files.find({area, model::Perspective::organisation});
    const auto peer = files.find({area, model::Perspective::peer_network});
    if (organisation == files.end() || peer == files.end()) continue;
    for (std::size_t s = 0; s < framework->sections.size(); ++s) {
      const auto& a = organisation->second->section_scores[s];
      const auto& b = peer->second->section_scores[s];
      if (a && b && *a != *b) gaps.push_back({area, util::share_part(framework, &framework->sections[s]), *a, *b});
    }
  }
  std::stable_sort(gaps.begin(), gaps.end(), [](const PerspectiveGap& x, const PerspectiveGap& y) {
    return std::abs(x.difference()) > std::abs(y.difference());
  });
  if (gaps.size() > top_gaps) gaps.resize(top_gaps);
  return gaps;
}

// A file's claim: the area, perspective and period it says it is for, and where it says its period.
model::Assessment claim_of(const AssessmentDigest& digest) {
  model::Assessment claim;
  claim.source = digest.source;
  claim.area = digest.area;
  claim.perspective = digest.perspective;
  claim.period = digest.period;
  claim.period_position = digest.period_position;
  return claim;
}

using DigestSet = std::set<const AssessmentDigest*>;

// The digests of two or more files for one area, perspective and period,
// each left out (in `summary`, with a warning naming the others): which one
// is the area's cannot be told, and a file's name is no guide.
DigestSet leave_out_shared_reviews(const std::vector<AssessmentDigest>& digests, Summary& summary) {
  std::vector<model::Assessment> claims;
  for (const auto& digest : digests) claims.push_back(claim_of(digest));
  std::vector<const model::Assessment*> inputs;
  for (const auto& claim : claims) inputs.push_back(&claim);
  const auto shared = find_shared_reviews(inputs, SideBySide::summary);
  summary.shared_reviews = check_side_by_side(inputs, SideBySide::summary);
  DigestSet left_out;
  for (std::size_t i = 0; i < digests.size(); ++i) {
    if (shared[i].empty()) continue;
    left_out.insert(&digests[i]);
    std::vector<std::string> others;
    for (const auto other : shared[i]) others.push_back(digests[other].source);
    summary.left_out.push_back(
        {digests[i].source, LeftOutReason::same_review, digests[i].period, util::join_in_words(others)});
  }
  return left_out;
}

// The files for periods that have started by today (all of them when every
// one is for a period to come); the others go to `summary.future`.
struct StartedFiles {
  std::vector<const AssessmentDigest*> claimed;  // with those of one review twice: they still say where areas are
  std::vector<const AssessmentDigest*> usable;   // without them
};

StartedFiles started_files(const std::vector<AssessmentDigest>& digests, const DigestSet& shared, Summary& summary) {
  StartedFiles started;
  for (const auto& digest : digests) {
    if (summary.today < digest.period.first_day()) {
      if (!shared.contains(&digest)) summary.future.push_back(digest);
    } else {
      started.claimed.push_back(&digest);
    }
  }
  if (started.claimed.empty()) {  // every file is for a period to come: summarise them all the same
    summary.future.clear();
    for (const auto& digest : digests) started.claimed.push_back(&digest);
  }
  for (const auto* digest : started.claimed) {
    if (!shared.contains(digest)) started.usable.push_back(digest);
  }
  return started;
}

int count_areas(const AreaFiles& files) {
  std::set<std::string> areas;
  for (const auto& [key, digest] : files) areas.insert(digest->area);
  return static_cast<int>(areas.size());
}

}  // namespace

Summary summarise(const std::shared_ptr<const model::Framework>& framework,
                  const std::vector<AssessmentDigest>& digests, const model::Date& today, int stale_months,
                  std::size_t top_gaps, std::vector<LeftOutFile> left_out) {
  Summary summary;
  summary.framework = framework;
  summary.today = today;
  summary.stale_months = stale_months;
  summary.left_out = std::move(left_out);
  const auto shared = leave_out_shared_reviews(digests, summary);
  sort_by_file_name(summary.left_out);
  if (digests.empty()) return summary;
  std::set<std::string> areas;
  for (const auto& digest : digests) areas.insert(digest.area);
  summary.areas.assign(areas.begin(), areas.end());
  const auto [claimed, started] = started_files(digests, shared, summary);
  summary.latest = most_areas_latest(claimed);
  const auto files = latest_period_files(started, summary.latest);
  summary.files = static_cast<int>(files.size());
  summary.areas_summarised = count_areas(files);
  for (auto& file : left_out_for_period(summary.future, started, files, summary.latest))
    summary.left_out.push_back(std::move(file));
  sort_by_file_name(summary.left_out);
  for (const auto* digest : started) {
    if (summary.latest.ends_before(digest->period)) summary.later.push_back(*digest);
  }
  for (const auto& [key, digest] : files) {
    if (!(digest->period == summary.latest)) summary.overlapping.push_back(*digest);
  }
  for (const auto perspective : k_compared)
    summary.perspectives.push_back(summarise_perspective(framework, perspective, files));
  std::set<std::string> expected;  // areas with a file for the period summarised or an earlier one
  for (const auto* digest : claimed) {
    if (!summary.latest.ends_before(digest->period)) expected.insert(digest->area);
  }
  summary.missing = missing_perspectives(summary.areas, expected, files);
  summary.stale_cutoff = months_before(today, stale_months);
  summary.stale = stale_assessments(claimed, shared, summary.stale_cutoff);
  summary.gaps = largest_gaps(framework, summary.areas, files, top_gaps);
  return summary;
}

}  // namespace coprod::analysis
