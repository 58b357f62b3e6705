#pragma once
// libgit2, loaded when first needed (dlopen) rather than linked: it brings
// about fifteen shared libraries (TLS, SSH, Kerberos...) whose loading
// doubled the start-up time of every coprod run, though only the git
// features use it.

#include <string>

#include <git2.h>

namespace coprod::cli {

struct LibGit2 {
  decltype(&::git_libgit2_init) libgit2_init;
  decltype(&::git_error_last) error_last;
  decltype(&::git_repository_open_ext) repository_open_ext;
  decltype(&::git_repository_free) repository_free;
  decltype(&::git_repository_is_bare) repository_is_bare;
  decltype(&::git_repository_workdir) repository_workdir;
  decltype(&::git_repository_config) repository_config;
  decltype(&::git_revparse_single) revparse_single;
  decltype(&::git_object_peel) object_peel;
  decltype(&::git_object_free) object_free;
  decltype(&::git_commit_lookup) commit_lookup;
  decltype(&::git_commit_tree) commit_tree;
  decltype(&::git_commit_time) commit_time;
  decltype(&::git_commit_free) commit_free;
  decltype(&::git_tree_free) tree_free;
  decltype(&::git_tree_entry_bypath) tree_entry_bypath;
  decltype(&::git_tree_entry_free) tree_entry_free;
  decltype(&::git_tree_entry_type) tree_entry_type;
  decltype(&::git_tree_entry_id) tree_entry_id;
  decltype(&::git_blob_lookup) blob_lookup;
  decltype(&::git_blob_free) blob_free;
  decltype(&::git_blob_rawcontent) blob_rawcontent;
  decltype(&::git_blob_rawsize) blob_rawsize;
  decltype(&::git_revwalk_new) revwalk_new;
  decltype(&::git_revwalk_free) revwalk_free;
  decltype(&::git_revwalk_push_head) revwalk_push_head;
  decltype(&::git_revwalk_sorting) revwalk_sorting;
  decltype(&::git_revwalk_next) revwalk_next;
  decltype(&::git_oid_equal) oid_equal;
  decltype(&::git_oid_tostr) oid_tostr;
  decltype(&::git_config_open_level) config_open_level;
  decltype(&::git_config_set_string) config_set_string;
  decltype(&::git_config_free) config_free;
};

// The loaded library, initialised; throws Error (exit code 3) with a plain
// explanation if it cannot be loaded.
const LibGit2& libgit2();

}  // namespace coprod::cli
