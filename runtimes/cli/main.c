/*
 * pwabi: the subcommands registered in pw_commands[] (runtimes/lib/
 * pwlib.h): run (run.c), engines and version (here), and whatever other
 * folders add, such as certify (conformance/runner).
 *
 *   pwabi COMMAND [flags]   pwabi --help
 *
 * Exit: 0 clean; 1 the guest (or host) failed; 2 usage or load error.
 */
#include <string.h>

#include <lua.h>

#include "cli.h"
#include "versions.h"

#define PW_CLI_VERSION "0.1"

/* Also the man page's (tools/man.lua renders --help). */
static const char environment[] =
  "environment:\n"
  "  PWABI_DATA   pwabi's data: cases, profiles, manifests, the reference\n"
  "               (default: the source tree above pwabi, else\n"
  "               ../share/pwabi next to it; `pwabi version` says which)\n"
  "  PWABI_HOST   the default host plugin (default: reference)\n"
  "  PWABI_CACHE  modules compiled by the wasm2c engine (default:\n"
  "               $XDG_CACHE_HOME/pwabi, else ~/.cache/pwabi); the first\n"
  "               certification on wasm2c compiles every case (about 30 s)\n"
  "files:\n"
  "  generated/docs/index.html in pwabi's data: the HTML reference\n"
  "  conformance/cases, conformance/profiles in pwabi's data\n";

static void usage(FILE *f)
{
  const pw_command *const *c;

  for (c = pw_commands; *c != NULL; c++)
    fprintf(f, "%s pwabi %s%s%s\n", c == pw_commands ? "usage:" : "      ",
            (*c)->name, (*c)->synopsis[0] ? " " : "", (*c)->synopsis);
  fputs("       pwabi --help\n", f);
  pw_cli_run_usage(f);
  fputs(environment, f);
}

static int cmd_engines(int argc, char **argv)
{
  const pw_engine *const *e;

  if (argc != 2)
    return pw_usage_error(NULL, "%s takes no arguments", argv[1]);
  for (e = pw_engines; *e != NULL; e++)
    printf("%s%s\n", (*e)->name,
           *e == pw_default_engine() ? " (default)" : "");
  return PW_EXIT_OK;
}

/* Where pwabi's data and the reference are, or why none is found. */
static void data_root(void)
{
  pw_err err;
  const char *root = pw_data_root(&err);

  if (root == NULL)
    printf("data: none (%s)\n", err.msg);
  else
    printf("data: %s\nreference: %s/generated/docs/index.html\n", root,
           root);
}

static int cmd_version(int argc, char **argv)
{
  if (argc != 2)
    return pw_usage_error(NULL, "%s takes no arguments", argv[1]);
  printf("pwabi %s\nabi: ", PW_CLI_VERSION);
  pw_version_names(stdout, " ");
  fputs("\nengines: ", stdout);
  pw_engine_names(stdout);
  printf("\nscenarios: %s\n", LUA_RELEASE);
  data_root();
  return PW_EXIT_OK;
}

const pw_command pw_command_engines = {
  "engines", "    list the engines built in", cmd_engines
};
const pw_command pw_command_version = {"version", "", cmd_version};

int main(int argc, char **argv)
{
  const char *cmd = argc > 1 ? argv[1] : NULL;
  const pw_command *const *c;

  if (cmd == NULL) {
    usage(stderr);
    return PW_EXIT_USAGE;
  }
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0
      || strcmp(cmd, "help") == 0) {
    usage(stdout);
    return PW_EXIT_OK;
  }
  if (strcmp(cmd, "--version") == 0)
    cmd = "version";
  for (c = pw_commands; *c != NULL; c++)
    if (strcmp((*c)->name, cmd) == 0)
      return (*c)->main(argc, argv);
  return pw_usage_error(NULL, cmd[0] == '-' ? "unknown flag '%s'"
                                          : "unknown command '%s'", cmd);
}
