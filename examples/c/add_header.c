/*
 * add_header (ABI 0.2.1, freestanding): adds the response header its
 * plugin configuration names, "name: value" (without one,
 * "x-filter: pwabi").
 */
#include "pw_v021_guest.h"
#include "util.h"

PW_V021_ABI_VERSION()

static char name[64] = "x-filter", value[192] = "pwabi";
static uint32_t name_n = 8, value_n = 5;

/* "name: value"; 0 when there is no ": ". */
static uint32_t parse(ex_str c)
{
  uint32_t i;

  for (i = 0; i + 1 < c.n; i++)
    if (c.p[i] == ':' && c.p[i + 1] == ' ') {
      name_n = ex_copy(name, sizeof name, (ex_str){c.p, i});
      value_n = ex_copy(value, sizeof value,
                        (ex_str){c.p + i + 2, c.n - i - 2});
      return 1;
    }
  return 0;
}

/* Returns 0 (reject) on a configuration it cannot read. */
uint32_t proxy_on_configure(uint32_t root_id, uint32_t config_len)
{
  char *conf = NULL;
  uint32_t n = 0;

  (void)root_id;
  if (config_len == 0)
    return 1;
  if (proxy_get_buffer_bytes(PW_V021_BUFFER_TYPE_PLUGIN_CONFIGURATION, 0,
                             config_len, &conf, &n) != 0)
    return 0;
  return parse((ex_str){conf, n});
}

pw_v021_filter_headers_status_t proxy_on_response_headers(
    uint32_t context_id, uint32_t headers, uint32_t end_of_stream)
{
  (void)context_id;
  (void)headers;
  (void)end_of_stream;
  proxy_add_header_map_value(PW_V021_HEADERS_TYPE_RESPONSE_HEADERS, name,
                             name_n, value, value_n);
  return PW_V021_FILTER_HEADERS_STATUS_CONTINUE;
}
