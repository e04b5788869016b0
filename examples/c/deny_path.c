/*
 * deny_path (ABI 0.1.0, freestanding): answers 403 itself, with a local
 * response, to requests whose :path starts with the prefix its
 * configuration gives (without one, "/admin"); the others go on.
 */
#include "pw_v010_guest.h"
#include "util.h"

PW_V010_ABI_VERSION()

static char prefix[128] = "/admin";
static uint32_t prefix_n = 6;

/* 0.1.0 reads its configuration with proxy_get_configuration; an
   unreadable one is rejected (0). */
uint32_t proxy_on_configure(uint32_t root_id, uint32_t config_len)
{
  char *conf = NULL;
  uint32_t n = 0;

  (void)root_id;
  if (config_len > 0 && proxy_get_configuration(&conf, &n) == 0 && n > 0)
    prefix_n = ex_copy(prefix, sizeof prefix, (ex_str){conf, n});
  return config_len == 0 || n > 0;
}

static void deny(void)
{
  static const ex_str hdrs[] = {
    EX_LIT("content-type"), EX_LIT("text/plain")
  };
  char pairs[64];
  uint32_t n = ex_pairs(pairs, sizeof pairs, hdrs, 1);

  proxy_send_local_response(403, "denied_by_path", 14, "forbidden\n", 10,
                            pairs, n, PW_V010_GRPC_STATUS_INVALID_CODE);
}

/* 0.1.0's header callback has two parameters (no end_of_stream). */
pw_v010_filter_headers_status_t proxy_on_request_headers(uint32_t context_id,
                                                         uint32_t headers)
{
  char *path = NULL;
  uint32_t n = 0;

  (void)context_id;
  (void)headers;
  if (proxy_get_header_map_value(PW_V010_HEADERS_TYPE_REQUEST_HEADERS,
                                 ":path", 5, &path, &n) == 0
      && ex_prefix((ex_str){path, n}, (ex_str){prefix, prefix_n})) {
    deny();
    return PW_V010_FILTER_HEADERS_STATUS_STOP_ITERATION;
  }
  return PW_V010_FILTER_HEADERS_STATUS_CONTINUE;
}
