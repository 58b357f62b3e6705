#pragma once
// What to say when Ctrl-C (SIGINT) stops the program while a line is read:
// while an InterruptNote is alive, the signal writes its note to standard
// error, then goes on as it would have (libedit and bracketed paste put the
// terminal back first; the program still ends by the signal, exit status
// 130 in a shell).

#include <string_view>

namespace coprod::cli {

class InterruptNote {
 public:
  // `note`: one or more lines, already safe for a terminal. Longer than
  // 4,000 bytes is cut short.
  explicit InterruptNote(std::string_view note);
  ~InterruptNote();
  InterruptNote(const InterruptNote&) = delete;
  InterruptNote& operator=(const InterruptNote&) = delete;
};

}  // namespace coprod::cli
