#include "cli/temporary_files.hpp"

#include <array>
#include <atomic>
#include <climits>
#include <cstring>
#include <mutex>
#include <pthread.h>
#include <unistd.h>

namespace coprod::cli {

namespace {

constexpr int k_slots = 64;
constexpr int k_free = 0;
constexpr int k_claimed = 1;  // being filled in; the handler skips it
constexpr int k_ready = 2;

struct Slot {
  std::atomic<int> state{k_free};
  bool folder = false;
  char path[PATH_MAX] = {};
};

std::array<Slot, k_slots> g_slots;
constexpr std::array k_signals{SIGINT, SIGTERM, SIGHUP};
// What each signal did before: the handler hands the signal on to it (the
// terminal's settings put back, say: cli::SavedTerminalSettings).
std::array<struct sigaction, k_signals.size()> g_previous{};

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

extern "C" void remove_temporary_paths(int signal_number) {
  // Files first, then folders, which are empty by then; folders twice, so
  // that one made to hold another (a report's own folder) goes after it.
  for (const bool folders : {false, true, true}) {
    for (Slot& slot : g_slots) {
      if (slot.state.load() != k_ready || slot.folder != folders) continue;
      if (folders) ::rmdir(slot.path);
      else ::unlink(slot.path);
    }
  }
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    if (k_signals[i] == signal_number) ::sigaction(signal_number, &g_previous[i], nullptr);
  }
  ::raise(signal_number);  // delivered when the handler returns: the process ends as the signal asks
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (std::size_t i = 0; i < k_signals.size(); ++i) {
      const int signal_number = k_signals[i];
      struct sigaction& previous = g_previous[i];
      if (::sigaction(signal_number, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN) continue;
      struct sigaction action {};
      action.sa_handler = remove_temporary_paths;
      ::sigemptyset(&action.sa_mask);
      for (const int other : k_signals) ::sigaddset(&action.sa_mask, other);
      action.sa_flags = SA_RESTART;
      ::sigaction(signal_number, &action, nullptr);
    }
  });
}

}  // namespace

TemporaryPath::TemporaryPath(const std::string& path, Kind kind) {
  if (path.size() >= PATH_MAX) return;
  install_handlers();
  for (int i = 0; i < k_slots; ++i) {
    Slot& slot = g_slots[static_cast<std::size_t>(i)];
    int expected = k_free;
    if (!slot.state.compare_exchange_strong(expected, k_claimed)) continue;
    std::memcpy(slot.path, path.c_str(), path.size() + 1);
    slot.folder = kind == Kind::folder;
    slot.state.store(k_ready);
    m_slot = i;
    return;
  }
}

TemporaryPath::~TemporaryPath() { release(); }

TemporaryPath::TemporaryPath(TemporaryPath&& other) noexcept : m_slot(other.m_slot) { other.m_slot = -1; }

TemporaryPath& TemporaryPath::operator=(TemporaryPath&& other) noexcept {
  if (this != &other) {
    release();
    m_slot = other.m_slot;
    other.m_slot = -1;
  }
  return *this;
}

void TemporaryPath::release() {
  if (m_slot < 0) return;
  g_slots[static_cast<std::size_t>(m_slot)].state.store(k_free);
  m_slot = -1;
}

SignalHold::SignalHold() {
  sigset_t held;
  ::sigemptyset(&held);
  for (const int signal_number : k_signals) ::sigaddset(&held, signal_number);
  ::pthread_sigmask(SIG_BLOCK, &held, &m_previous);
}

SignalHold::~SignalHold() {
  if (!m_kept) ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

}  // namespace coprod::cli
