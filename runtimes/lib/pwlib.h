/*
 * The runtime library: what every pwabi subcommand shares, so that the
 * same failure reads the same in each.
 *
 *   file.c      reading a file whole
 *   flag.c      flags, usage and load errors
 *   plugin.c    host plugins, engines, their defaults, creating a host
 *   hosts.c     where host plugins are; what a --host value names
 *   data.c      where the executable is, and its data (cases, profiles,
 *               manifests)
 *   drive.c     the host driver as Lua globals (drive.h)
 *   marshal.c   Lua values to driver arguments and back (drive.h)
 */
#ifndef PW_LIB_H
#define PW_LIB_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "args.h"
#include "err.h"
#include "host.h"

/* Exit statuses of every subcommand. */
enum {
  PW_EXIT_OK = 0,       /* ran cleanly; the host passed */
  PW_EXIT_GUEST = 1,    /* the guest trapped or broke the ABI, an expect
                           failed; the host failed certification */
  PW_EXIT_USAGE = 2     /* bad flags, unloadable file, scenario error */
};

/*
 * A subcommand, `pwabi <name> ...`: main gets the whole argv (argv[1] is
 * the name).  A folder registers one by adding its name to $(COMMANDS)
 * and defining `const pw_command pw_command_<name>`; the Makefile lists
 * them in pw_commands[] ($(BUILD)/commands.c), ending with NULL.
 */
typedef struct pw_command {
  const char *name;
  const char *synopsis;   /* for `pwabi --help`: "[options]  what" */
  int (*main)(int argc, char **argv);
} pw_command;

extern const pw_command *const pw_commands[];

/* --name VALUE or --name=VALUE at argv[*i]: 1 matched (*i advanced past
   a separate value), 0 not this flag, -1 no value. */
int pw_flag(int argc, char **argv, int *i, const char *name,
            const char **val);
/* Any of names[0..n), its value going to *slots[k]; as pw_flag. */
int pw_flag_of(int argc, char **argv, int *i, const char *const *names,
               const char **const *slots, size_t n);
/* "pwabi: [cmd: ]<fmt with arg>" and a pointer to --help on stderr;
   returns PW_EXIT_USAGE. */
int pw_usage_error(const char *cmd, const char *fmt, const char *arg);
/* Something that lists names on f, e.g. "a, b". */
typedef void pw_put_fn(FILE *f, const void *ud);
/* Append to err's message what `put` lists, and ")". */
void pw_err_list(pw_err *err, pw_put_fn *put, const void *ud);
/* "unknown <what> '<name>' (<what put lists>)": the one wording for a
   name that is not one of a list (engines, profiles, formats). */
void pw_unknown(pw_err *err, const char *what, const char *name,
                pw_put_fn *put, const void *ud);
/* "pwabi: <err>" on stderr; returns PW_EXIT_USAGE. */
int pw_fail(const pw_err *err);

/* The whole file; NULL and errno on failure.  Free it. */
uint8_t *pw_read_file(const char *path, size_t *len);

/* The directory of the running executable; -1 when unknown. */
int pw_exe_dir(char *buf, size_t cap);
/* Where cases, profiles and manifests are: $PWABI_DATA; else the first
   directory up from the executable's that holds conformance/cases and
   generated/versions.def (the source tree); else <exe dir>/../share/pwabi.
   NULL, with every directory tried in err, when none holds them. */
const char *pw_data_root(pw_err *err);

/* path without "..", "." and symbolic links, when it fits in cap (for
   messages); returns path. */
char *pw_path_clean(char *path, size_t cap);
/* Where host plugins are: hosts/ next to the executable (a build), else
   ../lib/pwabi/hosts (an install); -1 when neither is a directory. */
int pw_hosts_dir(char *buf, size_t cap);
/* The plugin a --host value names: NULL is $PWABI_HOST, else
   "reference"; a bare name (no '/', no ".so") is <hosts dir>/NAME.so;
   anything else is a path.  Returns buf or arg. */
const char *pw_host_path(const char *arg, char *buf, size_t cap);
/* The plugins in the hosts directory: "a, b in DIR". */
void pw_host_names(FILE *f);
/* wasm2c when built in (compiled code), else the first engine. */
const pw_engine *pw_default_engine(void);
/* The engine names, "a|b". */
void pw_engine_names(FILE *f);
/* Engine `name`, or the default when NULL; NULL and err if none. */
const pw_engine *pw_engine_pick(const char *name, pw_err *err);

/* dlopen a host plugin and check it: NULL and err when it is not one this
   pwabi can drive; else the plugin (loaded until exit) and its ABI. */
const pw_host_plugin *pw_plugin_load(const char *path, const pw_abi **abi,
                                     pw_err *err);
/* Does the plugin serve the registry version called `version`? */
int pw_plugin_serves(const pw_host_plugin *hp, const char *version);
/* What it serves, for messages: its `serves` ("every version" for "*"),
   else its `abi`. */
const char *pw_plugin_served(const pw_host_plugin *hp);
/* What a host is created with, besides the module. */
typedef struct pw_target {
  const pw_host_plugin *hp;
  const pw_engine *engine;
  const char *options;    /* NULL: the host's defaults */
  const char *vm_id;      /* NULL: "" */
  const pw_abi *abi;      /* the version to bind; NULL: the plugin's */
  uint32_t budget_ms;     /* per guest call; 0: the vm's default */
} pw_target;

/* The host of t on the module, reporting to `observe`; NULL and err
   ("the host could not create the VM: why") when it cannot. */
pw_host *pw_host_open(const pw_target *t, const uint8_t *wasm, size_t len,
                      pw_observer observe, void *ud, pw_err *err);

/* abi.c.  The version a module is run with: its marker, else `flag`
   (--abi NAME, may be NULL); NULL and err when it has neither (naming
   its exports that look like markers) or does not read.  `how` gets
   "NAME (marker M)" or "NAME (--abi)". */
struct pw_version;
const struct pw_version *pw_abi_choose(const uint8_t *wasm, size_t len,
                                       const char *flag, char *how,
                                       size_t cap, pw_err *err);
/* --timeout-ms: milliseconds, 0 for no limit, into a budget (vm.h);
   -1 when s is not a number. */
int pw_budget_parse(const char *s, uint32_t *ms);

#endif /* PW_LIB_H */
