/*
 * Host plugins and engines: loading, defaults, and the words for their
 * failures, one wording for every subcommand.
 */
#include <dlfcn.h>
#include <string.h>

#include "pwlib.h"
#include "versions.h"

static void version_names(FILE *f, const void *ud)
{
  (void)ud;
  pw_version_names(f, ", ");
}

static void engine_names(FILE *f, const void *ud)
{
  (void)ud;
  fputs("built in: ", f);
  pw_engine_names(f);
}

static void host_names(FILE *f, const void *ud)
{
  (void)ud;
  pw_host_names(f);
}

const pw_engine *pw_default_engine(void)
{
  const pw_engine *e = pw_engine_by_name("wasm2c");

  return e != NULL ? e : pw_engines[0];
}

void pw_engine_names(FILE *f)
{
  const pw_engine *const *e;

  for (e = pw_engines; *e != NULL; e++)
    fprintf(f, "%s%s", e == pw_engines ? "" : "|", (*e)->name);
}

const pw_engine *pw_engine_pick(const char *name, pw_err *err)
{
  const pw_engine *eng = name ? pw_engine_by_name(name)
                              : pw_default_engine();

  if (eng != NULL)
    return eng;
  if (name != NULL)
    pw_unknown(err, "engine", name, engine_names, NULL);
  else
    pw_errf(err, "no engine built in");
  return NULL;
}

/* The plugin `dl` exports, or NULL and why. */
static const pw_host_plugin *entry_of(void *dl, const char **why)
{
  void *sym = dlsym(dl, PW_HOST_SYMBOL);
  const pw_host_plugin *hp;
  pw_host_entry entry;

  if (sym == NULL) {
    *why = "not a host plugin: no symbol " PW_HOST_SYMBOL;
    return NULL;
  }
  memcpy(&entry, &sym, sizeof entry);  /* ISO C: no void * -> fn cast */
  hp = entry();
  if (hp == NULL || hp->abi == NULL || hp->create == NULL) {
    *why = PW_HOST_SYMBOL "() gave no usable plugin";
    return NULL;
  }
  return hp;
}

static void unknown_abi(pw_err *err, const char *path, const char *abi)
{
  pw_errf(err, "%s: host ABI '%s' is not one this pwabi knows (", path,
          abi);
  pw_err_list(err, version_names, NULL);
}

/* The name at *p in a space-separated list, its length; p moves on. */
static size_t next_name(const char **p, char *buf, size_t cap)
{
  size_t n;

  *p += strspn(*p, " ");
  n = strcspn(*p, " ");
  snprintf(buf, cap, "%.*s", (int)n, *p);
  *p += n;
  return n;
}

/* What the loaded plugins serve, by plugin (host.h: pwabi_host_serves);
   a plugin not here serves its `abi`. */
#define MAX_PLUGINS 16
static struct served {
  const pw_host_plugin *hp;
  const char *serves;
} served[MAX_PLUGINS];
static size_t nserved;

static const char *serves_of(const pw_host_plugin *hp)
{
  for (size_t i = 0; i < nserved; i++)
    if (served[i].hp == hp)
      return served[i].serves;
  return NULL;
}

/* The first name in `p` that is no version, or NULL. */
static const char *unknown_name(const char *p)
{
  static char name[64];

  if (p == NULL || strcmp(p, "*") == 0)
    return NULL;
  while (next_name(&p, name, sizeof name) > 0)
    if (pw_version_by_name(name) == NULL)
      return name;
  return NULL;
}

/* Remember what hp serves; the name that is no version, or NULL. */
static const char *remember(void *dl, const pw_host_plugin *hp)
{
  void *sym = dlsym(dl, PW_HOST_SERVES_SYMBOL);
  pw_host_serves_entry entry;
  const char *s;

  if (sym == NULL || nserved == MAX_PLUGINS)
    return NULL;
  memcpy(&entry, &sym, sizeof entry);
  if ((s = entry()) == NULL || unknown_name(s) != NULL)
    return s == NULL ? "(null)" : unknown_name(s);
  served[nserved].hp = hp;
  served[nserved++].serves = s;
  return NULL;
}

int pw_plugin_serves(const pw_host_plugin *hp, const char *version)
{
  const char *p = serves_of(hp);
  char name[64];

  if (p == NULL)
    return strcmp(hp->abi, version) == 0;
  if (strcmp(p, "*") == 0)
    return pw_version_by_name(version) != NULL;
  while (next_name(&p, name, sizeof name) > 0)
    if (strcmp(name, version) == 0)
      return 1;
  return 0;
}

const char *pw_plugin_served(const pw_host_plugin *hp)
{
  const char *s = serves_of(hp);

  if (s != NULL && strcmp(s, "*") == 0)
    return "every version";
  return s != NULL ? s : hp->abi;
}

const pw_host_plugin *pw_plugin_load(const char *path, const pw_abi **abi,
                                     pw_err *err)
{
  void *dl = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  const char *why = NULL;
  const pw_host_plugin *hp;
  const pw_version *v;

  if (dl == NULL) {
    pw_errf(err, "%s: cannot load host plugin: %s (hosts: ", path,
            dlerror());
    pw_err_list(err, host_names, NULL);
    return NULL;
  }
  if ((hp = entry_of(dl, &why)) == NULL)
    pw_errf(err, "%s: %s", path, why);
  else if ((v = pw_version_by_name(hp->abi)) == NULL)
    unknown_abi(err, path, hp->abi);
  else if ((why = remember(dl, hp)) != NULL)
    unknown_abi(err, path, why);
  else {
    *abi = v->abi;
    return hp;  /* the plugin stays loaded until exit */
  }
  dlclose(dl);
  return NULL;
}

pw_host *pw_host_open(const pw_target *t, const uint8_t *wasm, size_t len,
                      pw_observer observe, void *ud, pw_err *err)
{
  pw_host_args a;
  pw_err why;
  pw_host *h;

  memset(&a, 0, sizeof a);
  memset(&why, 0, sizeof why);
  a.engine = t->engine;
  a.abi = t->abi;
  a.budget_ms = t->budget_ms;
  a.wasm = wasm;
  a.wasm_len = len;
  a.vm_id = t->vm_id;
  a.options = t->options;
  a.observe = observe;
  a.observe_ud = ud;
  if ((h = t->hp->create(&a, &why)) == NULL)
    pw_errf(err, "the host could not create the VM%s%s",
            why.msg[0] ? ": " : "", why.msg);
  return h;
}
