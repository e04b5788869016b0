/*
 * pwabi: run a Proxy-Wasm module under a host plugin and a scenario, and
 * print what happened.
 *
 *   pwabi run [--engine E] [--host P.so] [--scenario F.lua]
 *             [--options k=v,...] [--vm-id ID] module.wasm
 *   pwabi certify [flags]     the conformance suite (conformance/runner)
 *   pwabi engines | version | --help
 *
 * Exit: 0 clean; 1 the guest trapped or broke the ABI (or an expect in
 * the scenario failed); 2 usage, load or scenario error.
 */
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lua.h>

#include "cli.h"
#include "versions.h"

#define PW_CLI_VERSION "0.1"

typedef struct run_opts {
  const char *engine, *host, *scenario, *options, *vm_id, *wasm;
} run_opts;

static void engine_names(FILE *f)
{
  const pw_engine *const *e;

  for (e = pw_engines; *e != NULL; e++)
    fprintf(f, "%s%s", e == pw_engines ? "" : "|", (*e)->name);
}

/* wasm2c when built in (compiled code), else the first of the registry. */
static const pw_engine *default_engine(void)
{
  const pw_engine *e = pw_engine_by_name("wasm2c");

  return e != NULL ? e : pw_engines[0];
}

static void usage(FILE *f)
{
  fputs("usage: pwabi run [options] module.wasm\n"
        "       pwabi certify [options]  certify a host (certify --help)\n"
        "       pwabi engines     list the engines built in\n"
        "       pwabi version\n"
        "       pwabi --help\n"
        "run options:\n"
        "  --engine NAME        ", f);
  engine_names(f);
  fprintf(f, " (default: %s)\n",
          default_engine() ? default_engine()->name : "none");
  fputs("  --host PLUGIN.so     host plugin (default: $PWABI_HOST, else\n"
        "                       hosts/reference.so next to pwabi)\n"
        "  --scenario FILE.lua  Lua scenario (default: the built-in one;\n"
        "                       see runtimes/cli/SCENARIOS.md)\n"
        "  --options k=v,...    host-defined options\n"
        "  --vm-id ID           the VM id (default: \"\")\n"
        "exit status: 0 clean, 1 the guest trapped or broke the ABI or an\n"
        "expect failed, 2 usage, load or scenario error\n", f);
}

static int usage_error(const char *fmt, const char *arg)
{
  fputs("pwabi: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\n(pwabi --help for usage)\n", stderr);
  return PW_EXIT_USAGE;
}

/* --name VALUE or --name=VALUE; advances *i.  1 matched, 0 not, -1 no
   value. */
static int flag(int argc, char **argv, int *i, const char *name,
                const char **val)
{
  const char *a = argv[*i];
  size_t n = strlen(name);

  if (strncmp(a, name, n) != 0)
    return 0;
  if (a[n] == '=') {
    *val = a + n + 1;
    return 1;
  }
  if (a[n] != '\0')
    return 0;
  if (*i + 1 >= argc)
    return -1;
  *val = argv[++*i];
  return 1;
}

/* Flags may come before or after the module; "--" ends them. */
static int parse_run(int argc, char **argv, run_opts *o)
{
  static const char *const names[] = {
    "--engine", "--host", "--scenario", "--options", "--vm-id"
  };
  const char **slots[] = {
    &o->engine, &o->host, &o->scenario, &o->options, &o->vm_id
  };
  int i, k, r, flags = 1;

  for (i = 2; i < argc; i++) {
    const char *a = argv[i];

    if (flags && (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)) {
      usage(stdout);
      return -1;
    }
    if (flags && strcmp(a, "--") == 0) {
      flags = 0;
      continue;
    }
    if (!flags || a[0] != '-' || a[1] == '\0') {
      if (o->wasm != NULL)
        return usage_error("run: unexpected argument '%s'", a);
      o->wasm = a;
      continue;
    }
    for (k = 0, r = 0; k < 5 && r == 0; k++)
      r = flag(argc, argv, &i, names[k], slots[k]);
    if (r < 0)
      return usage_error("%s needs a value", a);
    if (r == 0)
      return usage_error("unknown flag '%s'", a);
  }
  if (o->wasm == NULL)
    return usage_error("%s", "run: no module.wasm given");
  return 0;
}

static uint8_t *read_file(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL, *nb;
  size_t cap = 0, n = 0, got;

  if (f == NULL)
    return NULL;
  for (;;) {
    if (n == cap) {
      cap = cap ? cap * 2 : 65536;
      if ((nb = realloc(buf, cap)) == NULL) {
        errno = ENOMEM;
        break;
      }
      buf = nb;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) {
      if (!ferror(f)) {
        fclose(f);
        *len = n;
        return buf;
      }
      break;
    }
  }
  free(buf);
  fclose(f);
  return NULL;
}

/* hosts/reference.so next to the executable. */
static const char *default_host(char *buf, size_t size)
{
  const char *env = getenv("PWABI_HOST");
  char exe[PATH_MAX];
  ssize_t n;
  char *slash;

  if (env != NULL && env[0] != '\0')
    return env;
  n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return "hosts/reference.so";
  exe[n] = '\0';
  slash = strrchr(exe, '/');
  if (slash != NULL)
    *slash = '\0';
  snprintf(buf, size, "%s/hosts/reference.so", exe);
  return buf;
}

/* dlopen a host plugin and check it; NULL (and, unless quiet, a message)
   when it is not one this binary can drive. */
static const pw_host_plugin *load_plugin(const char *path, const pw_abi **abi,
                                        int quiet)
{
  void *dl = dlopen(path, RTLD_NOW | RTLD_LOCAL), *sym;
  const char *why = NULL;
  const pw_host_plugin *hp = NULL;
  pw_host_entry entry;
  const pw_version *v;

  if (dl == NULL) {
    if (!quiet)
      fprintf(stderr, "pwabi: %s: cannot load host plugin: %s\n", path,
              dlerror());
    return NULL;
  }
  if ((sym = dlsym(dl, PW_HOST_SYMBOL)) == NULL)
    why = "not a host plugin: no symbol " PW_HOST_SYMBOL;
  else {
    memcpy(&entry, &sym, sizeof entry);  /* ISO C: no void * -> fn cast */
    hp = entry();
    if (hp == NULL || hp->abi == NULL || hp->create == NULL)
      why = PW_HOST_SYMBOL "() gave no usable plugin";
  }
  if (why == NULL && (v = pw_version_by_name(hp->abi)) != NULL) {
    *abi = v->abi;
    return hp;  /* the plugin stays loaded until exit */
  }
  if (!quiet) {
    if (why != NULL)
      fprintf(stderr, "pwabi: %s: %s\n", path, why);
    else {
      fprintf(stderr, "pwabi: %s: host ABI '%s' is not one this pwabi "
              "knows (", path, hp->abi);
      pw_version_names(stderr, ", ");
      fputs(")\n", stderr);
    }
  }
  dlclose(dl);
  return NULL;
}

static int cmd_run(int argc, char **argv)
{
  run_opts o;
  pw_cli c;
  pw_host_args a;
  pw_err err;
  pw_scenario *s = NULL;
  char hostbuf[PATH_MAX + 32];
  const pw_engine *eng;
  uint8_t *wasm;
  size_t len = 0;
  int rc;

  memset(&o, 0, sizeof o);
  if ((rc = parse_run(argc, argv, &o)) > 0)
    return rc;
  if (o.host == NULL)
    o.host = default_host(hostbuf, sizeof hostbuf);
  if (rc < 0) {  /* --help: add the host's options when it loads */
    const pw_abi *abi;
    const pw_host_plugin *hp = load_plugin(o.host, &abi, 1);
    if (hp != NULL && hp->options_help != NULL)
      printf("--options of host '%s' (%s):\n%s", hp->name, o.host,
             hp->options_help);
    return PW_EXIT_OK;
  }
  eng = o.engine ? pw_engine_by_name(o.engine) : default_engine();
  if (eng == NULL) {
    fprintf(stderr, "pwabi: %s '%s' (built in: ",
            o.engine ? "unknown engine" : "no engine built in",
            o.engine ? o.engine : "");
    engine_names(stderr);
    fputs(")\n", stderr);
    return PW_EXIT_USAGE;
  }

  memset(&c, 0, sizeof c);
  c.out = stdout;
  c.wasm_path = o.wasm;
  c.tick_ms = -1;
  if ((c.hp = load_plugin(o.host, &c.abi, 0)) == NULL)
    return PW_EXIT_USAGE;
  if ((wasm = read_file(o.wasm, &len)) == NULL) {
    fprintf(stderr, "pwabi: %s: %s\n", o.wasm, strerror(errno));
    return PW_EXIT_USAGE;
  }
  /* Compile the scenario first: a typo costs no VM. */
  if ((s = pw_cli_scenario_load(&c, o.scenario)) == NULL) {
    free(wasm);
    return PW_EXIT_USAGE;
  }

  memset(&a, 0, sizeof a);
  memset(&err, 0, sizeof err);
  a.engine = eng;
  a.wasm = wasm;
  a.wasm_len = len;
  a.vm_id = o.vm_id;
  a.options = o.options;
  a.observe = pw_cli_observe;
  a.observe_ud = &c;
  c.h = c.hp->create(&a, &err);
  pw_cli_flush(&c);
  if (c.h == NULL) {
    fprintf(stderr, "pwabi: %s: %s\n", o.wasm,
            err.msg[0] ? err.msg : "the host could not create the VM");
    pw_cli_scenario_free(s);
    free(wasm);
    pw_cli_transcript_free(&c);
    /* A trap in the start function is the guest's fault. */
    return c.trapped ? PW_EXIT_GUEST : PW_EXIT_USAGE;
  }

  rc = pw_cli_scenario_run(s);
  pw_cli_scenario_free(s);
  if (c.hp->dump != NULL) {
    fputs("== state\n", stdout);
    c.hp->dump(c.h, stdout);
  }
  fflush(stdout);
  c.hp->destroy(c.h);
  pw_cli_transcript_free(&c);  /* prints what destroy reported */
  free(wasm);
  return rc;
}

static int cmd_engines(void)
{
  const pw_engine *const *e;

  for (e = pw_engines; *e != NULL; e++)
    printf("%s%s\n", (*e)->name,
           *e == default_engine() ? " (default)" : "");
  return PW_EXIT_OK;
}

static int cmd_version(void)
{
  printf("pwabi %s\nabi: ", PW_CLI_VERSION);
  pw_version_names(stdout, " ");
  fputs("\nengines: ", stdout);
  engine_names(stdout);
  printf("\nscenarios: %s\n", LUA_RELEASE);
  return PW_EXIT_OK;
}

int main(int argc, char **argv)
{
  const char *cmd = argc > 1 ? argv[1] : NULL;

  if (cmd == NULL) {
    usage(stderr);
    return PW_EXIT_USAGE;
  }
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0
      || strcmp(cmd, "help") == 0) {
    usage(stdout);
    return PW_EXIT_OK;
  }
  if (strcmp(cmd, "run") == 0)
    return cmd_run(argc, argv);
  if (strcmp(cmd, "certify") == 0)
    return pw_certify_main(argc, argv);
  if (argc == 2 && strcmp(cmd, "engines") == 0)
    return cmd_engines();
  if (argc == 2 && (strcmp(cmd, "version") == 0
                    || strcmp(cmd, "--version") == 0))
    return cmd_version();
  if (strcmp(cmd, "engines") == 0 || strcmp(cmd, "version") == 0)
    return usage_error("%s takes no arguments", cmd);
  return usage_error(cmd[0] == '-' ? "unknown flag '%s'"
                                   : "unknown command '%s'", cmd);
}
