#pragma once
// Bracketed paste: while a line is read at a terminal, the terminal is asked
// (ESC [ ? 2004 h) to mark what is pasted, ESC [ 200 ~ before it and
// ESC [ 201 ~ after it, so a paste of several lines can be told from lines
// typed ahead. The request is taken back (ESC [ ? 2004 l) when the line has
// been read, and also when a signal (Ctrl-C, Ctrl-Z, a hang-up) ends or stops
// the program meanwhile, so the shell is never left with marked pastes.

namespace coprod::cli {

inline constexpr char k_paste_start[] = "\x1b[200~";
inline constexpr char k_paste_end[] = "\x1b[201~";

class BracketedPaste {
 public:
  BracketedPaste();
  ~BracketedPaste();
  BracketedPaste(const BracketedPaste&) = delete;
  BracketedPaste& operator=(const BracketedPaste&) = delete;
};

}  // namespace coprod::cli
