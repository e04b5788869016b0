/*
 * count_requests (ABI 0.1.0, WASI): counts requests in the counter
 * "example_requests_total", defined when the root context starts.
 */
#include "pw_v010_guest.h"
#include "util.h"

PW_V010_ABI_VERSION()

static pw_v010_metric_id_t requests;

uint32_t proxy_on_vm_start(uint32_t root_id, uint32_t vm_config_len)
{
  static const char name[] = "example_requests_total";

  (void)root_id;
  (void)vm_config_len;
  return proxy_define_metric(PW_V010_METRIC_TYPE_COUNTER, name,
                             sizeof name - 1, &requests) == 0;
}

pw_v010_filter_headers_status_t proxy_on_request_headers(uint32_t context_id,
                                                         uint32_t headers)
{
  (void)context_id;
  (void)headers;
  proxy_increment_metric(requests, 1);
  return PW_V010_FILTER_HEADERS_STATUS_CONTINUE;
}
