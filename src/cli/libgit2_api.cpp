#include "cli/libgit2_api.hpp"

#include <dlfcn.h>

#include <fmt/format.h>

#include "cli/error.hpp"

namespace coprod::cli {

namespace {

template <class Function>
void bind(void* library, const char* name, Function& slot) {
  void* symbol = ::dlsym(library, name);
  if (!symbol) {
    throw Error(k_exit_invalid_input, fmt::format("the git library ({}) has no {}; reinstall libgit2", COPROD_LIBGIT2_SONAME, name));
  }
  slot = reinterpret_cast<Function>(symbol);
}

LibGit2 load() {
  void* library = ::dlopen(COPROD_LIBGIT2_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    throw Error(k_exit_invalid_input, fmt::format("cannot load the git library {} ({}); install Debian's libgit2 "
                                                  "package to use coprod's git features",
                                                  COPROD_LIBGIT2_SONAME, ::dlerror()));
  }
  LibGit2 api{};
  bind(library, "git_libgit2_init", api.libgit2_init);
  bind(library, "git_error_last", api.error_last);
  bind(library, "git_repository_open_ext", api.repository_open_ext);
  bind(library, "git_repository_free", api.repository_free);
  bind(library, "git_repository_is_bare", api.repository_is_bare);
  bind(library, "git_repository_workdir", api.repository_workdir);
  bind(library, "git_repository_config", api.repository_config);
  bind(library, "git_revparse_single", api.revparse_single);
  bind(library, "git_object_peel", api.object_peel);
  bind(library, "git_object_free", api.object_free);
  bind(library, "git_commit_lookup", api.commit_lookup);
  bind(library, "git_commit_tree", api.commit_tree);
  bind(library, "git_commit_time", api.commit_time);
  bind(library, "git_commit_free", api.commit_free);
  bind(library, "git_tree_free", api.tree_free);
  bind(library, "git_tree_entry_bypath", api.tree_entry_bypath);
  bind(library, "git_tree_entry_free", api.tree_entry_free);
  bind(library, "git_tree_entry_type", api.tree_entry_type);
  bind(library, "git_tree_entry_id", api.tree_entry_id);
  bind(library, "git_blob_lookup", api.blob_lookup);
  bind(library, "git_blob_free", api.blob_free);
  bind(library, "git_blob_rawcontent", api.blob_rawcontent);
  bind(library, "git_blob_rawsize", api.blob_rawsize);
  bind(library, "git_revwalk_new", api.revwalk_new);
  bind(library, "git_revwalk_free", api.revwalk_free);
  bind(library, "git_revwalk_push_head", api.revwalk_push_head);
  bind(library, "git_revwalk_sorting", api.revwalk_sorting);
  bind(library, "git_revwalk_next", api.revwalk_next);
  bind(library, "git_oid_equal", api.oid_equal);
  bind(library, "git_oid_tostr", api.oid_tostr);
  bind(library, "git_config_open_level", api.config_open_level);
  bind(library, "git_config_set_string", api.config_set_string);
  bind(library, "git_config_free", api.config_free);
  api.libgit2_init();  // once; the library stays loaded and initialised until exit
  return api;
}

}  // namespace

const LibGit2& libgit2() {
  static const LibGit2 api = load();
  return api;
}

}  // namespace coprod::cli
