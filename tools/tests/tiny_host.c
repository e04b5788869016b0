/*
 * The smallest host pwabi can certify: one root context, configured, and
 * proxy_log.  It starts the root without calling the guest (the names of
 * the start callbacks differ between ABI versions; on_configure's do
 * not), so it passes the logging cases, which log while configuring.
 * tools/test_install.sh builds it against an installed pwabi with
 * nothing but `pkg-config --cflags --libs pwabi`, and certifies it on
 * the logging cases with the installed `pwabi certify`.
 */
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "pw_host.h"
#include "versions.h"

struct pw_host {
  pw_vm *vm;
  pw_observer observe;
  void *ud;
  int in_call;
};

static pw_wasm_result_t tiny_log(void *host, pw_log_level_t level,
                                 pw_bytes msg)
{
  pw_host *h = host;
  char text[256];
  pw_event ev;

  snprintf(text, sizeof text, "%.*s", (int)msg.len, (const char *)msg.ptr);
  memset(&ev, 0, sizeof ev);
  ev.kind = PW_EV_LOG;
  ev.name = "proxy_log";
  ev.text = text;
  ev.has_result = 1;
  ev.result = (uint64_t)level;
  ev.depth = h->in_call;
  if (h->observe != NULL)
    h->observe(h->ud, &ev);
  return 0;  /* ok */
}

static const pw_host_ops ops = {.proxy_log = tiny_log};

static pw_host *create(const pw_host_args *a, pw_err *err)
{
  pw_host *h = calloc(1, sizeof *h);
  pw_vm_args va;

  memset(&va, 0, sizeof va);
  va.engine = a->engine;
  va.abi = pw_versions[0].abi;
  va.wasm = a->wasm;
  va.wasm_len = a->wasm_len;
  va.ops = &ops;
  va.host = h;
  va.observe = h->observe = a->observe;
  va.observe_ud = h->ud = a->observe_ud;
  if (h != NULL && (h->vm = pw_vm_new(&va, err)) != NULL)
    return h;
  free(h);
  return NULL;
}

static void destroy(pw_host *h)
{
  pw_vm_free(h->vm);
  free(h);
}

static const char *error(pw_host *h)
{
  (void)h;
  return "";
}

/* A callback's PW_CALL_* as a PW_DRV_*; a missing one returns 1. */
static int drv(int rc, uint32_t *v)
{
  if (rc == PW_CALL_MISSING)
    *v = 1;
  if (rc == PW_CALL_OK || rc == PW_CALL_MISSING)
    return *v ? PW_DRV_OK : PW_DRV_REJECTED;
  return rc == PW_CALL_TRAP ? PW_DRV_TRAP : PW_DRV_ABI;
}

static int vm_start(pw_host *h, const char *id, pw_bytes cfg,
                    uint32_t *root, uint32_t *ret)
{
  (void)h;
  (void)id;
  (void)cfg;
  *root = 1;
  if (ret != NULL)
    *ret = 1;
  return PW_DRV_OK;
}

static int configure(pw_host *h, uint32_t root, pw_bytes cfg, uint32_t *ret)
{
  uint32_t v = 1;
  int rc;

  h->in_call = 1;
  rc = drv(pw_call_proxy_on_configure(pw_vm_env(h->vm), root,
                                      (uint32_t)cfg.len, &v), &v);
  h->in_call = 0;
  if (ret != NULL)
    *ret = v;
  return rc;
}

static pw_host_plugin plugin = {.name = "tiny"};

const pw_host_plugin *pwabi_host(void)
{
  plugin.abi = pw_versions[0].name;
  plugin.create = create;
  plugin.destroy = destroy;
  plugin.error = error;
  plugin.vm_start = vm_start;
  plugin.configure = configure;
  return &plugin;
}
