// An action's owner written as a person's name, where a plan asks for a role.
#include "analysis/owner_name.hpp"

#include <doctest/doctest.h>

#include "analysis/personal_data_flags.hpp"

using namespace coprod;

namespace {

// The name found in `owner`, as written; "" for none.
std::string name_in(std::string_view owner) {
  const auto name = analysis::find_person_name_in_owner(owner);
  return name ? std::string(owner.substr(name->offset, name->length)) : "";
}

model::TextField owner_field(const std::string& value, std::vector<std::string> reviewed = {}) {
  return {"actions.0.owner", value, {14, 12}, {{14, 12, value}}, std::move(reviewed), 14, {}};
}

}  // namespace

TEST_CASE("find_person_name_in_owner: a title and a name, or two capitalised words that name no role") {
  CHECK(name_in("Mary Jones") == "Mary Jones");
  CHECK(name_in("Dr Patel") == "Dr Patel");
  CHECK(name_in("Mrs. Jo Khan") == "Mrs. Jo Khan");
  CHECK(name_in("Programme lead (Mary Jones)") == "Mary Jones");
  CHECK(name_in("Ms Smith, Programme Lead") == "Ms Smith");
  CHECK(name_in("Mary O'Brien-Smith") == "Mary O'Brien-Smith");
  CHECK(name_in("\xC5\x81ukasz Nowak") == "\xC5\x81ukasz Nowak");  // Łukasz Nowak: capitals beyond A to Z
  CHECK(name_in("Peer network: Jo Smith") == "Jo Smith");
}

TEST_CASE("find_person_name_in_owner: roles, groups and organisations are not names") {
  for (const std::string_view owner : {"Programme Lead",
                                       "Programme lead",
                                       "Peer Network",
                                       "Care Coordinators",
                                       "Integrated Care Board",
                                       "IPC programme lead",
                                       "Personal Health Budget Team",
                                       "Head of Personal Health Budgets",
                                       "Co-production Lead",
                                       "Lived Experience Partners",
                                       "Direct Payments Adviser",
                                       "Care Navigators",
                                       "Clinical Commissioning Group",
                                       "Healthwatch Northbridge",
                                       "NHS England",
                                       "Northbridge Council",
                                       "Finance Director",
                                       "Service User Representative",
                                       "Senior Responsible Owner",
                                       "Peer Leaders",
                                       "Mental Health Trust",
                                       "Social Prescribing Link Worker",
                                       "Primary Care Network",
                                       "Chair of the Peer Network",
                                       "Experts by Experience",
                                       "Northbridge Voluntary Action",
                                       "Citizens Advice Northbridge",
                                       "Age UK Northbridge",
                                       "Carers Centre",
                                       "Business Intelligence",
                                       "Human Resources",
                                       "Information Governance",
                                       "Mary",
                                       "Dr",
                                       "Dr Programme Lead",
                                       "the programme board",
                                       ""}) {
    CAPTURE(owner);
    CHECK(name_in(owner).empty());
  }
}

// Owners as plans write them, each with the name the rule should find in it.
struct OwnerAndName {
  std::string_view owner;
  std::string_view name;
};

TEST_CASE(
    "find_person_name_in_owner: a name beside a role, a first name that is also a word, a surname that is a place") {
  for (const auto& [owner, name] : std::initializer_list<OwnerAndName>{
           {"May Jones, lead", "May Jones"},
           {"May Jones", "May Jones"},
           {"Will Roberts", "Will Roberts"},
           {"Grace Okafor (peer leader)", "Grace Okafor"},
           {"Mary Jones Programme Lead", "Mary Jones"},
           {"Programme Lead Mary Jones", "Mary Jones"},
           {"Lead: Priya Shah", "Priya Shah"},
           {"Commissioning Manager Jo Smith", "Jo Smith"},
           {"Finance Director Sanjay Patel", "Sanjay Patel"},
           {"Mary Jones Team Lead", "Mary Jones"},
           {"Peer Lead Oluwaseun Adebayo", "Oluwaseun Adebayo"},
           {"Jo Smith, Commissioning team, North Yorkshire", "Jo Smith"},
           {"Jo Smith North Yorkshire", "Jo Smith"},
           {"Sam Kent", "Sam Kent"},
           {"Jo North", "Jo North"},
           {"Rebecca West, Co-production Lead", "Rebecca West"},
           {"Tom Bradford Kent", "Tom Bradford"},
           {"Ngozi Okafor", "Ngozi Okafor"},
           {"Zainab Hussain", "Zainab Hussain"},
           {"Oluwaseun Okafor", "Oluwaseun Okafor"},
           {"Siobhan O'Neill", "Siobhan O'Neill"},
           {"Cllr Ahmed", "Cllr Ahmed"},
           {"Prof. Lee", "Prof. Lee"},
           {"Dr North", "Dr North"},
           {"Integrated Care Board (Dr Kwame Mensah)", "Dr Kwame Mensah"},
           {"Chiamaka Eze", "Chiamaka Eze"},  // a first name not listed, alone with a surname
       }) {
    CAPTURE(owner);
    CHECK(name_in(owner) == name);
  }
}

TEST_CASE("find_person_name_in_owner: places, and organisations named after people or places, are not names") {
  for (const std::string_view owner : {"North Yorkshire",
                                       "West Midlands",
                                       "Tower Hamlets",
                                       "South Tyneside",
                                       "East Sussex",
                                       "Greater Manchester",
                                       "County Durham",
                                       "Milton Keynes",
                                       "King's Lynn",
                                       "Waltham Forest",
                                       "Black Country",
                                       "St Helens",
                                       "Cheshire East",
                                       "Central Bedfordshire",
                                       "Surrey Heartlands",
                                       "Kent Surrey Sussex",
                                       "Bath and North East Somerset",
                                       "Newcastle upon Tyne",
                                       "Hope Street",
                                       "Commissioning team, North Yorkshire",
                                       "Peer network, Tower Hamlets",
                                       "Personal Health Budgets Lead, West Midlands",
                                       "Programme Lead North Yorkshire",
                                       "Co-production lead",
                                       "Peer network",
                                       "Healthwatch Tower Hamlets",
                                       "Citizens Advice North Yorkshire",
                                       "Tower Hamlets Council",
                                       "Leeds Teaching Hospitals",
                                       "Leeds Teaching Hospitals Trust",
                                       "Sheffield Children's Hospital",
                                       "Milton Keynes University Hospital",
                                       "Florence Nightingale Foundation",
                                       "Northbridge Mind",
                                       "Bradford Royal Infirmary",
                                       "Continuing Healthcare Manager",
                                       "Long Term Conditions Lead",
                                       "Medicines Optimisation Lead",
                                       "Maternity Voices Partnership",
                                       "Neurodiversity Pathway Lead",
                                       "Strategic Commissioning Manager",
                                       "Personal Health Budgets Team, NHS Frimley",
                                       "Humber and North Yorkshire Integrated Care Board",
                                       "May 2027 review group",
                                       "Team Lead",
                                       "Grace"}) {
    CAPTURE(owner);
    CHECK(name_in(owner).empty());
  }
}

// Places and buildings named after people, and names the first-name list
// does not know beside a role: each case failed before the rule knew them.
TEST_CASE(
    "find_person_name_in_owner: a building, a street or a ward after a name, a saint's name, a name before "
    "a role") {
  for (const auto& [owner, name] : std::initializer_list<OwnerAndName>{
           // a building's, a street's or a ward's word at the end: the name before it is the place's
           {"Victoria Park Health Centre", ""},
           {"Victoria Park Medical Centre", ""},
           {"Victoria Park Health Centre, Reception", ""},
           {"Grace Darling Ward", ""},
           {"Jack Straw Lane", ""},
           {"Sarah Jones Road", ""},
           {"Mary Seacole House", ""},
           {"Alan Turing Library", ""},
           {"Elizabeth Garrett Anderson Hall", ""},
           // "St" or "Saint" and a name: a church, a hospital or a place
           {"St Mark Church", ""},
           {"Saint Catherine House", ""},
           // two words straight before a comma and a role: a person, whatever the first name and the surname
           {"Zaynab West, Programme Lead", "Zaynab West"},
           {"Tendai North, lead", "Tendai North"},
           {"Kwabena Kent, Peer Support Worker", "Kwabena Kent"},
       }) {
    CAPTURE(owner);
    CHECK(name_in(owner) == name);
  }
}

// What the cases above must not change: names that end in a word that names a
// place too, a person beside a building, organisations and places before a
// comma and a role.
TEST_CASE("find_person_name_in_owner: still a name beside a building, a place or a role; still not a name") {
  for (const auto& [owner, name] : std::initializer_list<OwnerAndName>{
           {"Mary Hall", "Mary Hall"},
           {"Sam Park", "Sam Park"},
           {"Charlotte Church", "Charlotte Church"},
           {"Mary Anne Ward", "Mary Anne"},  // "Anne" a middle name: the ward is no place here
           {"Mary Jones Ward Manager", "Mary Jones"},
           {"Mary Jones Practice Manager", "Mary Jones"},
           {"Mary Jones, Victoria Park Health Centre", "Mary Jones"},
           {"Mary Jones Peer Support Group Lead", "Mary Jones"},
           {"Dr Patel, St Mark Church", "Dr Patel"},
           {"Zaynab Okafor, Programme Lead", "Zaynab Okafor"},
           {"Jo St John", ""},
           {"Florence Nightingale Hospice", ""},
           {"Jack Straw Lane Surgery", ""},
           {"St Mark's Church", ""},
           {"Saint Mary's Hospital", ""},
           {"Anne Frank School", ""},
           {"Tower Hamlets, Programme Lead", ""},
           {"North Yorkshire, Commissioning Manager", ""},
           {"Leeds West, Programme Lead", ""},
           {"Northbridge Council, Programme Lead", ""},
           {"Business Intelligence, Analyst", ""},
       }) {
    CAPTURE(owner);
    CHECK(name_in(owner) == name);
  }
}

// The first group failed before the rule knew parks named after royalty and
// names after a job's title; the second must not change with them (the
// departments after a title would be taken for names without the words that
// say they are departments).
TEST_CASE("find_person_name_in_owner: a park named after a queen; a name the list does not know after a job's title") {
  for (const auto& [owner, name] : std::initializer_list<OwnerAndName>{
           // a park (and the district around it) named after a queen or a prince, alone: no person
           {"Victoria Park", ""},
           {"Alexandra Park", ""},
           {"Albert Park", ""},
           {"Queens Park", ""},
           {"Victoria Park, Programme Lead", ""},
           // a job's title ending in a word such as lead, manager or worker, then a first name and a surname
           {"Peer Lead Chiamaka Eze", "Chiamaka Eze"},
           {"Care Navigator Tendai Moyo", "Tendai Moyo"},
           {"Peer Support Worker Kwabena Mensah", "Kwabena Mensah"},
       }) {
    CAPTURE(owner);
    CHECK(name_in(owner) == name);
  }
  // What must stay as it was: a person named Park or Hall, a name after a title
  // however written, a place or a department after a title.
  for (const auto& [owner, name] : std::initializer_list<OwnerAndName>{
           {"Queen's Park", ""},
           {"Peer Lead (Chiamaka Eze)", "Chiamaka Eze"},
           {"Clinical Lead Infection Control", ""},
           {"Clinical Lead Tissue Viability", ""},
           {"Programme Manager Ageing Well", ""},
           {"Sam Park", "Sam Park"},
           {"Victoria Hall", "Victoria Hall"},
           {"Victoria Jones", "Victoria Jones"},
           {"Mary Jones, Victoria Park", "Mary Jones"},
           {"Peer Lead Jo Smith", "Jo Smith"},
           {"Programme Lead North Yorkshire", ""},
           {"Programme Lead Milton Keynes", ""},
           {"Locality Manager Northbridge East", ""},
           {"Commissioning Manager Learning Disabilities", ""},
           {"Service Manager Adult Services", ""},
           {"Team Manager Hospital Discharge", ""},
           {"Project Lead Digital Inclusion", ""},
           {"Lead Commissioner Children's Services", ""},
           {"Engagement Officer Patient Experience", ""},
           {"Clinical Lead Respiratory Medicine", ""},
           {"Chair Patient Participation Group", ""},
       }) {
    CAPTURE(owner);
    CHECK(name_in(owner) == name);
  }
}

TEST_CASE("flag_personal_data with owner names: a warning with the usual reviewed marker, only for owners") {
  const auto flags =
      analysis::flag_personal_data("plan.yaml", {owner_field("Mary Jones")}, {.owner_names = true, .left_out = {}});
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].rule == "owner-name");
  CHECK(flags[0].diagnostic.to_string() ==
        "plan.yaml:14:12: warning: the owner 'Mary Jones' looks like a person's name, and a plan goes to the board "
        "and is kept in git; give the owner's role instead, such as 'Programme lead', or if the name may stay, end "
        "line 14 with '# coprod: reviewed owner-name' [owner-name]");
  SUBCASE("marked reviewed") {
    CHECK(analysis::flag_personal_data("plan.yaml", {owner_field("Mary Jones", {"owner-name"})},
                                       {.owner_names = true, .left_out = {}})
              .empty());
    CHECK(analysis::flag_personal_data("plan.yaml", {owner_field("Mary Jones", {"*"})},
                                       {.owner_names = true, .left_out = {}})
              .empty());
  }
  SUBCASE("not asked for, or not an owner") {
    CHECK(analysis::flag_personal_data("plan.yaml", {owner_field("Mary Jones")}).empty());
    auto what = owner_field("Invite Mary Jones");
    what.path = "actions.0.what";
    CHECK(analysis::flag_personal_data("plan.yaml", {what}, {.owner_names = true, .left_out = {}}).empty());
  }
  SUBCASE("with an e-mail address on the same line, one mark covers both") {
    const auto both = analysis::flag_personal_data("plan.yaml", {owner_field("Dr Patel, patel@example.org")},
                                                   {.owner_names = true, .left_out = {}});
    REQUIRE(both.size() == 2);
    CHECK(both[0].rule == "email");
    CHECK(both[1].rule == "owner-name");
    for (const auto& flag : both) {
      CHECK(flag.diagnostic.message.find("end line 14 with '# coprod: reviewed email owner-name', one mark for both "
                                         "flags of this text") != std::string::npos);
    }
  }
}
