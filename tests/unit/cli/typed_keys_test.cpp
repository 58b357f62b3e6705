#include "cli/typed_keys.hpp"

#include <doctest/doctest.h>

using coprod::cli::typed_key;

TEST_CASE("typed_key: capitals and the words for the keys are the keys") {
  for (const char* skip : {"s", "S", "skip", "Skip", "SKIP"}) CHECK(typed_key(skip) == "s");
  for (const char* back : {"b", "B", "back", "Back"}) CHECK(typed_key(back) == "b");
  for (const char* stop : {"q", "Q", "quit", "Quit", "stop", "STOP", "exit"}) CHECK(typed_key(stop) == "q");
  for (const char* help : {"?", "help", "Help"}) CHECK(typed_key(help) == "?");
  for (const char* not_applicable : {"n/a", "N/A", "N/a"}) CHECK(typed_key(not_applicable) == "n/a");
  CHECK(typed_key("G 3") == "g 3");
  CHECK(typed_key("G knowledge") == "g knowledge");
}

TEST_CASE("typed_key: anything else is kept as typed") {
  for (const char* other : {"3", "2.5", "2,5", "I dont know", "NA", "skipping", "good", "Go 3", "", "today"})
    CHECK(typed_key(other) == other);
}
