/*
 * One case, in the child Check forked for it: get the module's bytes,
 * create the host with our observer, bind the driver to a Lua state, run
 * the executor, and write the record file the parent merges:
 *
 *   result<TAB>PASS          then step, field, expected, observed,
 *   message<TAB>...          message lines as they apply (escaped),
 *   cov<TAB>kind<TAB>name    one per manifest item covered.
 *
 * A crash or a timeout leaves no record: the parent takes Check's word.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lauxlib.h>

#include "certify.h"
#include "cli.h"

/* executor.lua, embedded ($(BUILD)/conformance/runner/executor_lua.c). */
extern const pw_cli_chunk pw_certify_executor_lua[];

void cf_record_path(const cf_run *r, size_t i, char *buf, size_t cap)
{
  snprintf(buf, cap, "%s/%zu.rec", r->tmp, i);
}

void cf_put_escaped(FILE *f, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      fputs("\\n", f);
    else if (s[i] == '\t')
      fputs("\\t", f);
    else if (s[i] == '\\')
      fputs("\\\\", f);
    else
      fputc(s[i], f);
  }
}

char *cf_unescape(const char *s)
{
  char *d = malloc(strlen(s) + 1), *o = d;

  if (d == NULL)
    abort();
  for (; *s; s++) {
    if (*s == '\\' && s[1] != '\0') {
      s++;
      *o++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
    } else {
      *o++ = *s;
    }
  }
  *o = '\0';
  return d;
}

static const char *read_chunk(lua_State *L, void *ud, size_t *size)
{
  const pw_cli_chunk **chunk = ud;
  const pw_cli_chunk *c = *chunk;

  (void)L;
  if (c->s == NULL) {
    *size = 0;
    return NULL;
  }
  ++*chunk;
  *size = c->n;
  return c->s;
}

int cf_load_executor(lua_State *L)
{
  const pw_cli_chunk *chunk = pw_certify_executor_lua;

  if (lua_load(L, read_chunk, &chunk, "=executor.lua", "t") != LUA_OK
      || lua_pcall(L, 0, 1, 0) != LUA_OK) {
    fprintf(stderr, "pwabi: executor.lua: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    return -1;
  }
  return 0;
}

int cf_load_case(lua_State *L, const char *path)
{
  if (luaL_loadfilex(L, path, "t") != LUA_OK)
    return -1;
  lua_newtable(L);                  /* data only: an empty environment */
  lua_setupvalue(L, -2, 1);
  return lua_pcall(L, 0, 1, 0) == LUA_OK ? 0 : -1;
}

static uint8_t *slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL;
  long n;

  if (f == NULL)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0
      && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL
      && fread(buf, 1, (size_t)n, f) == (size_t)n) {
    *len = (size_t)n;
  } else {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  return buf;
}

/* The built module, else wat2wasm into the record directory. */
static uint8_t *module_bytes(cf_run *r, size_t i, size_t *len, char *why,
                             size_t cap)
{
  cf_case *c = &r->cases[i];
  char out[512];
  uint8_t *b = slurp(c->wasm, len);
  pid_t pid;
  int st;

  if (b != NULL)
    return b;
  snprintf(out, sizeof out, "%s/%zu.wasm", r->tmp, i);
  pid = fork();
  if (pid == 0) {
    execlp("wat2wasm", "wat2wasm", c->wat, "-o", out, (char *)NULL);
    _exit(127);
  }
  if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st)
      || WEXITSTATUS(st) != 0) {
    snprintf(why, cap, "no %s, and wat2wasm %s failed", c->wasm, c->wat);
    return NULL;
  }
  if ((b = slurp(out, len)) == NULL)
    snprintf(why, cap, "%s: %s", out, strerror(errno));
  return b;
}

static void put_field(FILE *f, const char *k, const char *v)
{
  if (v == NULL)
    return;
  fprintf(f, "%s\t", k);
  cf_put_escaped(f, v, strlen(v));
  fputc('\n', f);
}

static void write_record(cf_run *r, size_t i, const char *result,
                         const char *const fields[5], const cf_set *cov)
{
  static const char *const names[5] = {
    "step", "field", "expected", "observed", "message"
  };
  char path[512];
  FILE *f;

  cf_record_path(r, i, path, sizeof path);
  if ((f = fopen(path, "w")) == NULL)
    return;
  fprintf(f, "result\t%s\n", result);
  for (int k = 0; k < 5; k++)
    put_field(f, names[k], fields[k]);
  for (size_t k = 0; cov != NULL && k < cov->n; k++)
    fprintf(f, "cov\t%s\n", cov->s[k]);
  fclose(f);
}

static void fail(cf_run *r, size_t i, const char *step, const char *msg,
                 const cf_set *cov)
{
  const char *fields[5] = {step, NULL, NULL, NULL, msg};

  write_record(r, i, "FAIL", fields, cov);
}

/* Run the executor on the case and record its verdict. */
static void execute(cf_run *r, size_t i, lua_State *L, cf_obs *o)
{
  static const char *const names[5] = {
    "step", "field", "expected", "observed", "message"
  };
  const char *fields[5];
  const char *result;

  if (cf_load_executor(L) != 0) {
    fail(r, i, "load", "the embedded executor does not load", NULL);
    return;
  }
  lua_getfield(L, -1, "run");
  if (cf_load_case(L, r->cases[i].lua) != 0) {
    fail(r, i, "load", lua_tostring(L, -1), NULL);
    return;
  }
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    fail(r, i, "run", lua_tostring(L, -1), cf_obs_coverage(o));
    return;
  }
  lua_getfield(L, -1, "status");
  result = lua_tostring(L, -1);
  lua_pop(L, 1);
  for (int k = 0; k < 5; k++) {
    lua_getfield(L, -1 - k, names[k]);
    fields[k] = lua_tostring(L, -1);   /* stays on the stack */
  }
  write_record(r, i, result ? result : "FAIL", fields, cf_obs_coverage(o));
}

void cf_child(cf_run *r, size_t i)
{
  cf_case *c = &r->cases[i];
  pw_host_args a;
  pw_err err;
  pw_cli cli;
  cf_obs *o;
  pw_scenario *sc;
  lua_State *L;
  uint8_t *wasm;
  size_t len = 0;
  char why[600];
  const char *nothing[5] = {NULL, NULL, NULL, NULL, NULL};

  if (strcmp(c->abi, r->hp->abi) != 0) {
    snprintf(why, sizeof why, "the case is for ABI %s, the host %s", c->abi,
             r->hp->abi);
    nothing[4] = why;
    write_record(r, i, "SKIP", nothing, NULL);
    return;
  }
  if ((wasm = module_bytes(r, i, &len, why, sizeof why)) == NULL) {
    fail(r, i, "load", why, NULL);
    return;
  }
  o = cf_obs_new(r->abi);
  memset(&a, 0, sizeof a);
  memset(&err, 0, sizeof err);
  a.engine = r->engine;
  a.wasm = wasm;
  a.wasm_len = len;
  a.options = r->options;
  a.observe = cf_observe;
  a.observe_ud = o;
  memset(&cli, 0, sizeof cli);
  cli.hp = r->hp;
  cli.abi = r->abi;
  cli.wasm_path = c->id;
  cli.out = stdout;
  cli.tick_ms = -1;
  if ((cli.h = r->hp->create(&a, &err)) == NULL) {
    snprintf(why, sizeof why, "the host could not create the VM: %s",
             err.msg[0] ? err.msg : "(no message)");
    fail(r, i, "create", why, cf_obs_coverage(o));
    cf_obs_free(o);
    free(wasm);
    return;
  }
  /* the driver binding of `pwabi run`, as globals of a fresh state */
  if ((sc = pw_cli_scenario_new(&cli)) == NULL)
    abort();
  L = pw_cli_scenario_lua(sc);
  cf_obs_open(L, o);
  execute(r, i, L, o);
  pw_cli_scenario_free(sc);
  r->hp->destroy(cli.h);
  pw_cli_transcript_free(&cli);
  cf_obs_free(o);
  free(wasm);
}
