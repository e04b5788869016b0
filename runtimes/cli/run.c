/*
 * pwabi run: a module under a host plugin and a scenario; the transcript
 * on stdout.
 *
 *   pwabi run [--engine E] [--host P.so] [--scenario F.lua]
 *             [--options k=v,...] [--vm-id ID] [--abi NAME]
 *             [--timeout-ms MS] module.wasm
 *
 * Exit: 0 clean; 1 the guest trapped or broke the ABI or an expect in the
 * scenario failed; 2 usage, load or scenario error.  A run that called
 * nothing says so on stdout and stderr.
 * After the transcript, the state (state.c).
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "versions.h"

typedef struct run_opts {
  const char *engine, *host, *scenario, *options, *vm_id, *wasm;
  const char *abi, *timeout_ms;
} run_opts;

/* One run: what it loaded, for the steps and for freeing. */
typedef struct run {
  run_opts o;
  pw_cli c;
  pw_target t;
  pw_scenario *s;
  uint8_t *wasm;
  size_t len;
  pw_host *h;
  char how[128];          /* the version and why: "v0_2_1 (marker ...)" */
} run;

void pw_cli_run_usage(FILE *f)
{
  const pw_engine *e = pw_default_engine();

  fputs("run options:\n"
        "  --engine NAME        ", f);
  pw_engine_names(f);
  fprintf(f, " (default: %s)\n", e ? e->name : "none");
  fputs("  --host HOST          a host plugin: a path, or a name in pwabi's\n"
        "                       hosts (default: $PWABI_HOST, else reference)\n"
        "  --scenario FILE.lua  Lua scenario (default: the built-in one;\n"
        "                       see runtimes/cli/SCENARIOS.md)\n"
        "  --options k=v,...    host-defined options\n"
        "  --vm-id ID           the VM id (default: \"\")\n"
        "  --abi NAME           the version of a module without a marker\n"
        "                       (default: none; such a module is refused)\n"
        "  --timeout-ms MS      CPU milliseconds per guest call; past it\n"
        "                       the call traps (kind timeout); 0: no limit\n"
        "                       (default: 1000)\n"
        "exit status: 0 clean, 1 the guest trapped or broke the ABI or an\n"
        "expect failed, 2 usage, load or scenario error; a run that called\n"
        "nothing, or a module without an allocator, is said on stderr\n"
        "output: the transcript, then the state: `== state` and the host's\n"
        "dump, then `== context ID at close|at end` and its maps and\n"
        "buffers (see runtimes/cli/SCENARIOS.md)\n", f);
}

static int module(run_opts *o, const char *a)
{
  if (o->wasm != NULL)
    return pw_usage_error("run", "unexpected argument '%s'", a);
  o->wasm = a;
  return 0;
}

/* Flags may come before or after the module; "--" ends them. */
static int parse_run(int argc, char **argv, run_opts *o)
{
  static const char *const names[] = {
    "--engine", "--host", "--scenario", "--options", "--vm-id", "--abi",
    "--timeout-ms"
  };
  const char **const slots[] = {
    &o->engine, &o->host, &o->scenario, &o->options, &o->vm_id, &o->abi,
    &o->timeout_ms
  };
  int i, r, flags = 1;

  for (i = 2; i < argc; i++) {
    const char *a = argv[i];

    if (flags && (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0))
      return -1;
    if (flags && strcmp(a, "--") == 0) {
      flags = 0;
      continue;
    }
    if (!flags || a[0] != '-' || a[1] == '\0') {
      if (module(o, a) != 0)
        return PW_EXIT_USAGE;
      continue;
    }
    r = pw_flag_of(argc, argv, &i, names, slots, 7);
    if (r < 0)
      return pw_usage_error("run", "%s needs a value", a);
    if (r == 0)
      return pw_usage_error("run", "unknown flag '%s'", a);
  }
  if (o->wasm == NULL)
    return pw_usage_error("run", "%s", "no module.wasm given");
  return 0;
}

/* --help: the usage, and the host's options when it loads. */
static int help(const char *host)
{
  const pw_abi *abi;
  pw_err err;
  const pw_host_plugin *hp = pw_plugin_load(host, &abi, &err);

  fputs("usage: pwabi run [options] module.wasm\n", stdout);
  pw_cli_run_usage(stdout);
  if (hp != NULL && hp->options_help != NULL)
    printf("--options of host '%s' (%s):\n%s", hp->name, host,
           hp->options_help);
  return PW_EXIT_OK;
}

/* The version the module is bound with (its marker, else --abi), one
   the host serves; the guest call budget. */
static int bind(run *r)
{
  const pw_version *v;
  pw_err err;

  if (r->o.timeout_ms != NULL
      && pw_budget_parse(r->o.timeout_ms, &r->t.budget_ms) != 0)
    return pw_usage_error("run", "--timeout-ms: not a number of "
                          "milliseconds: '%s'", r->o.timeout_ms);
  v = pw_abi_choose(r->wasm, r->len, r->o.abi, r->how, sizeof r->how, &err);
  if (v == NULL) {
    fprintf(stderr, "pwabi: %s: %s\n", r->o.wasm, err.msg);
    return PW_EXIT_USAGE;
  }
  if (!pw_plugin_serves(r->t.hp, v->name)) {
    fprintf(stderr, "pwabi: %s: ABI %s, but host '%s' serves %s\n",
            r->o.wasm, v->name, r->t.hp->name, pw_plugin_served(r->t.hp));
    return PW_EXIT_USAGE;
  }
  r->t.abi = r->c.abi = v->abi;
  return PW_EXIT_OK;
}

/* Engine, plugin, module and scenario: compiled first, a typo costs no
   VM. */
static int load(run *r)
{
  pw_err err;

  r->t.options = r->o.options;
  r->t.vm_id = r->o.vm_id;
  if ((r->t.engine = pw_engine_pick(r->o.engine, &err)) == NULL
      || (r->t.hp = pw_plugin_load(r->o.host, &r->c.abi, &err)) == NULL)
    return pw_fail(&err);
  if ((r->wasm = pw_read_file(r->o.wasm, &r->len)) == NULL) {
    fprintf(stderr, "pwabi: %s: %s\n", r->o.wasm, strerror(errno));
    return PW_EXIT_USAGE;
  }
  if (bind(r) != PW_EXIT_OK)
    return PW_EXIT_USAGE;
  r->s = pw_cli_scenario_load(&r->c, r->t.hp, r->o.wasm, r->o.scenario);
  return r->s == NULL ? PW_EXIT_USAGE : PW_EXIT_OK;
}

/* The host, observed by the transcript. */
static int start(run *r)
{
  pw_err err;

  printf("= abi: %s\n", r->how);
  r->h = pw_host_open(&r->t, r->wasm, r->len, pw_cli_observe, &r->c, &err);
  pw_cli_flush(&r->c);
  if (r->h != NULL)
    return PW_EXIT_OK;
  fprintf(stderr, "pwabi: %s: %s\n", r->o.wasm, err.msg);
  /* A trap in the start function is the guest's fault. */
  return r->c.trapped ? PW_EXIT_GUEST : PW_EXIT_USAGE;
}

/* Did the scenario call any export of the module? */
static int called(const pw_cli *c)
{
  for (size_t i = 0; i < c->nrecs; i++)
    if (c->recs[i].kind == PW_EV_CALLBACK)
      return 1;
  return 0;
}

/* A run that called nothing is no clean run: it says so (the exit status
   stays what the run made it). */
static void nothing_called(run *r)
{
  fputs("== nothing called: the module exports none of the callbacks "
        "the scenario fired\n", stdout);
  fprintf(stderr, "pwabi: warning: %s: nothing was called: the module "
          "exports none of the callbacks the scenario fired\n", r->o.wasm);
}

static int play(run *r)
{
  int rc = pw_cli_scenario_run(r->s, r->h);
  pw_cli_target t = pw_cli_scenario_target(r->s);

  pw_cli_flush(&r->c);
  if (!called(&r->c))
    nothing_called(r);
  pw_cli_warn(&r->c, r->wasm, r->len, r->o.wasm);
  pw_cli_state_print(&r->c, &t);
  fflush(stdout);
  r->t.hp->destroy(r->h);
  return rc;
}

static int cmd_run(int argc, char **argv)
{
  run r;
  char hostbuf[PATH_MAX + 32];
  int rc;

  memset(&r, 0, sizeof r);
  r.c.out = stdout;
  r.c.tick_ms = -1;
  if ((rc = parse_run(argc, argv, &r.o)) > 0)
    return rc;
  r.o.host = pw_host_path(r.o.host, hostbuf, sizeof hostbuf);
  if (rc < 0)
    return help(r.o.host);
  if ((rc = load(&r)) == PW_EXIT_OK && (rc = start(&r)) == PW_EXIT_OK)
    rc = play(&r);
  pw_cli_scenario_free(r.s);
  pw_cli_transcript_free(&r.c);  /* prints what destroy reported */
  pw_cli_state_free(&r.c);
  free(r.wasm);
  return rc;
}

const pw_command pw_command_run = {
  "run", "[options] module.wasm", cmd_run
};
