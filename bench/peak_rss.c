/* peak_rss OUTPUT COMMAND [ARGS...]
 * Runs COMMAND and writes its peak resident memory in kilobytes to OUTPUT.
 *
 * The benchmark cannot read this from Python directly: a child spawned by
 * Python starts as a copy of (or shares) the Python process's memory, and
 * Linux keeps that in the child's peak even after exec, so every figure would
 * be at least the size of the benchmark script. This small program forks
 * from its own small memory instead. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: peak_rss OUTPUT COMMAND [ARGS...]\n");
    return 2;
  }
  const pid_t child = fork();
  if (child < 0) return 2;
  if (child == 0) {
    execvp(argv[2], argv + 2);
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  if (wait4(child, &status, 0, &usage) < 0) return 2;
  FILE* output = fopen(argv[1], "w");
  if (!output) return 2;
  fprintf(output, "%ld\n", usage.ru_maxrss);
  fclose(output);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
