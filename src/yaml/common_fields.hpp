#pragma once
// Fields that assessment and plan files share.

#include <memory>
#include <optional>

#include "model/assessment.hpp"
#include "model/date.hpp"
#include "model/framework_catalog.hpp"
#include "model/framework_migration.hpp"
#include "model/period.hpp"
#include "yaml/reader.hpp"

namespace coprod::yaml {

// A YYYY-MM-DD date; `what` names the field for messages.
std::optional<model::Date> read_date(Reader& reader, const Node& node, std::string_view what);

// The 'reflections' of `root`, if it has them: the guide's "Reflections and next steps" (5.4.4).
model::Reflections read_reflections(Reader& reader, const Node& root);

struct FrameworkReference {
  std::string id;
  int version = 0;
  std::shared_ptr<const model::Framework> framework;  // null when unknown (an error is recorded)
  // Set when the file names an older version that `framework` (a newer one)
  // records the changes from.
  std::optional<model::FrameworkMigration> migration;
};

// The 'framework' and 'framework_version' keys of `root`, looked up in the catalog.
FrameworkReference read_framework_reference(Reader& reader, const Node& root, const model::FrameworkCatalog& catalog,
                                            std::string_view where);

// The required 'period' key of `root`.
std::optional<model::Period> read_period(Reader& reader, const Node& root, std::string_view where);

}  // namespace coprod::yaml
