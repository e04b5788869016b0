/*
 * shared_queue (ABI 0.2.1, freestanding): counts requests in the shared
 * data key "hits" (a decimal string, updated with compare-and-swap) and
 * enqueues each request's :path on the queue "paths", which its root
 * context registered and drains when the host says it is ready, logging
 * each path.
 */
#include "pw_v021_guest.h"
#include "util.h"

PW_V021_ABI_VERSION()

static pw_v021_token_t queue;

uint32_t proxy_on_vm_start(uint32_t root_id, uint32_t vm_config_len)
{
  (void)root_id;
  (void)vm_config_len;
  return proxy_register_shared_queue("paths", 5, &queue) == 0;
}

static uint32_t parse(ex_str s)
{
  uint32_t i, v = 0;

  for (i = 0; i < s.n && s.p[i] >= '0' && s.p[i] <= '9'; i++)
    v = v * 10 + (uint32_t)(s.p[i] - '0');
  return v;
}

/* v in decimal at the end of buf[12]; its string. */
static ex_str decimal(char *buf, uint32_t v)
{
  uint32_t at = 12;

  do
    buf[--at] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  return (ex_str){buf + at, 12 - at};
}

/* hits + 1, retried while another writer wins the CAS. */
static void count(void)
{
  char *old, buf[12];
  uint32_t n, cas, rc, tries = 0;
  ex_str v;

  do {
    old = NULL;
    n = cas = 0;
    rc = proxy_get_shared_data("hits", 4, &old, &n, &cas);
    if (rc != PW_V021_WASM_RESULT_OK && rc != PW_V021_WASM_RESULT_NOT_FOUND)
      return;
    v = decimal(buf, parse((ex_str){old, n}) + 1);
  } while (proxy_set_shared_data("hits", 4, v.p, v.n, cas)
               == PW_V021_WASM_RESULT_CAS_MISMATCH && ++tries < 8);
}

pw_v021_filter_headers_status_t proxy_on_request_headers(
    uint32_t context_id, uint32_t headers, uint32_t end_of_stream)
{
  char *path = NULL;
  uint32_t n = 0;

  (void)context_id;
  (void)headers;
  (void)end_of_stream;
  count();
  if (proxy_get_header_map_value(PW_V021_HEADERS_TYPE_REQUEST_HEADERS,
                                 ":path", 5, &path, &n) == 0)
    proxy_enqueue_shared_queue(queue, path, n);
  return PW_V021_FILTER_HEADERS_STATUS_CONTINUE;
}

void proxy_on_queue_ready(uint32_t root_id, pw_v021_token_t token)
{
  char *item = NULL, line[160];
  uint32_t n = 0;

  (void)root_id;
  while (proxy_dequeue_shared_queue(token, &item, &n) == 0) {
    ex_copy(line, sizeof line, EX_LIT("shared_queue: seen "));
    n = ex_copy(line + 19, sizeof line - 19, (ex_str){item, n});
    proxy_log(PW_V021_LOG_LEVEL_INFO, line, 19 + n);
  }
}
