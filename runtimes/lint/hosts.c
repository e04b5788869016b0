/*
 * Host rules: what Envoy (cpp-host) and Kong refuse at load beyond what
 * the spec rules already report, from the facts of hosts.def.  A host
 * that refuses the marker is not checked further.
 */
#include <string.h>

#include "lint.h"

const pw_lint_host pw_lint_hosts[] = {
#define PW_LINT_HOST(id, title, markers, all, lacks, sigs, requires) \
  {#id, title, markers, all, lacks, sigs, requires},
#include "hosts.def"
  {NULL, NULL, NULL, 0, NULL, NULL, NULL}
};

typedef struct served { const char *module, *name; } served;

static const char *const wasi_modules[] = {
#define PW_LINT_WASI_MODULE(module) module,
#include "hosts.def"
  NULL
};

static const served served_list[] = {
#define PW_LINT_SERVED(module, name) {module, name},
#include "hosts.def"
  {NULL, NULL}
};

int pw_lint_is_wasi(const char *module)
{
  const char *const *m;

  for (m = wasi_modules; *m != NULL; m++)
    if (strcmp(*m, module) == 0)
      return 1;
  return 0;
}

int pw_lint_served(const char *module, const char *name)
{
  const served *s;
  const char *m = pw_lint_is_wasi(module) ? "wasi" : module;

  for (s = served_list; s->name != NULL; s++)
    if (strcmp(s->module, m) == 0 && strcmp(s->name, name) == 0)
      return 1;
  return 0;
}

/* The next space-separated word of *p into buf; 0 at the end. */
static int next_word(const char **p, char *buf, size_t cap)
{
  size_t n;

  *p += strspn(*p, " ");
  n = strcspn(*p, " ");
  if (n == 0 || n >= cap)
    return 0;
  memcpy(buf, *p, n);
  buf[n] = '\0';
  *p += n;
  return 1;
}

static int loads(const pw_lint_host *h, const pw_lint *l)
{
  return l->marker != NULL && pw_lint_listed(h->markers, l->marker);
}

void pw_lint_host_marker(pw_lint *l)
{
  const pw_lint_host *h;

  for (h = pw_lint_hosts; h->id != NULL; h++)
    if (!loads(h, l))
      pw_lint_add(l, "host-marker", h->id,
                  l->marker ? l->marker : "(no marker)",
                  "%s refuses the module: it loads only %s", h->title,
                  h->markers);
}

/* The signature h registers `name` with, when it differs from the spec:
   in buf, or NULL. */
static const char *host_sig(const pw_lint_host *h, const char *name,
                            char *buf, size_t cap)
{
  const char *p = h->sigs;
  size_t n = strlen(name);

  while (next_word(&p, buf, cap))
    if (strncmp(buf, name, n) == 0 && buf[n] == '=')
      return buf + n + 1;
  return NULL;
}

static void host_import(pw_lint *l, const pw_lint_host *h,
                        const pw_wasm_extern *x, const char *q)
{
  char buf[96], sig[96];
  const char *hs;
  int has = h->all || pw_abi_import(l->ver->abi, x->module, x->name);

  if (!has || pw_lint_listed(h->lacks, x->name)) {
    pw_lint_add(l, "host-import", h->id, q, "%s does not register it: "
                "the module fails to link there", h->title);
    return;
  }
  hs = host_sig(h, x->name, buf, sizeof buf);
  if (hs != NULL && strcmp(hs, x->sig) != 0)
    pw_lint_add(l, "host-import-signature", h->id, q, "%s registers it as "
                "%s: the module fails to link there", h->title,
                pw_lint_sig(sig, sizeof sig, hs));
}

/* Imports of the ABI (some version has them) that no spec rule flagged. */
void pw_lint_host_imports(pw_lint *l)
{
  const pw_lint_host *h;
  const pw_wasm_extern *x;
  char q[96];
  size_t i;

  for (h = pw_lint_hosts; h->id != NULL && l->ver != NULL; h++)
    for (i = 0; loads(h, l) && i < l->info->nimports; i++) {
      x = &l->info->imports[i];
      pw_lint_qname(q, sizeof q, x);
      if (x->kind == 'f' && !pw_lint_named(l, q)
          && pw_lint_import_in(NULL, x->module, x->name, NULL) != NULL)
        host_import(l, h, x, q);
    }
}

void pw_lint_host_required(pw_lint *l)
{
  const pw_lint_host *h;
  const char *p;
  char name[96];

  for (h = pw_lint_hosts; h->id != NULL; h++)
    for (p = h->requires; loads(h, l) && next_word(&p, name, sizeof name);)
      if (pw_lint_exported(l->info, name) == NULL)
        pw_lint_add(l, "host-required-export", h->id, name,
                    "%s refuses a filter without it", h->title);
}
