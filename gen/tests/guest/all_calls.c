/*
 * A guest that calls every v1alpha host function through the generated
 * header and defines every callback.  test_guest.lua compiles it to wasm32
 * and checks its imports and exports against the lowering.
 */
#include "pw_v1a_guest.h"

static char buf[64];
static char *out;
static uint32_t n, u;
static uint64_t big;
static pw_v1a_wasm_result_t code;
static pw_v1a_buffer_flags_t flags;

/* Every host function once; the sum keeps each call. */
static uint32_t call_all(void)
{
  uint32_t r = 0;

  r += proxy_get_configuration(&out, &n);
  r += proxy_get_status(&code, &out, &n);
  r += proxy_log(PW_V1A_LOG_LEVEL_INFO, "hi", 2);
  r += proxy_set_tick_period_milliseconds(1000);
  r += proxy_get_current_time_nanoseconds(&big);
  r += proxy_get_property("a\0b", 3, &out, &n);
  r += proxy_set_property("a", 1, "v", 1);
  r += proxy_set_effective_context(1);
  r += proxy_done();
  r += proxy_define_metric(PW_V1A_METRIC_TYPE_COUNTER, "c", 1, &u);
  r += proxy_increment_metric(u, -1);
  r += proxy_record_metric(u, 5);
  r += proxy_get_metric(u, &big);
  r += proxy_continue_request();
  r += proxy_continue_response();
  r += proxy_send_local_response(403, "d", 1, "b", 1, buf, 4,
                                 PW_V1A_GRPC_STATUS_INVALID_CODE);
  r += proxy_clear_route_cache();
  r += proxy_get_shared_data("k", 1, &out, &n, &u);
  r += proxy_set_shared_data("k", 1, "v", 1, u);
  r += proxy_register_shared_queue("q", 1, &u);
  r += proxy_resolve_shared_queue("", 0, "q", 1, &u);
  r += proxy_dequeue_shared_queue(u, &out, &n);
  r += proxy_enqueue_shared_queue(u, "x", 1);
  r += proxy_add_header_map_value(PW_V1A_HEADERS_TYPE_REQUEST_HEADERS,
                                  "k", 1, "v", 1);
  r += proxy_get_header_map_value(PW_V1A_HEADERS_TYPE_REQUEST_HEADERS,
                                  "k", 1, &out, &n);
  r += proxy_get_header_map_pairs(PW_V1A_HEADERS_TYPE_RESPONSE_HEADERS,
                                  &out, &n);
  r += proxy_set_header_map_pairs(PW_V1A_HEADERS_TYPE_RESPONSE_HEADERS,
                                  buf, 4);
  r += proxy_replace_header_map_value(PW_V1A_HEADERS_TYPE_REQUEST_HEADERS,
                                      "k", 1, "w", 1);
  r += proxy_remove_header_map_value(PW_V1A_HEADERS_TYPE_REQUEST_HEADERS,
                                     "k", 1);
  r += proxy_get_header_map_size(PW_V1A_HEADERS_TYPE_REQUEST_HEADERS, &n);
  r += proxy_get_buffer_bytes(PW_V1A_BUFFER_TYPE_HTTP_REQUEST_BODY, 0, 10,
                              &out, &n);
  r += proxy_get_buffer_status(PW_V1A_BUFFER_TYPE_HTTP_REQUEST_BODY, &n,
                               &flags);
  r += proxy_http_call("u", 1, buf, 4, "", 0, buf, 4, 1000, &u);
  r += proxy_grpc_call("s", 1, "svc", 3, "m", 1, "", 0, 1000, &u);
  r += proxy_grpc_stream("s", 1, "svc", 3, "m", 1, &u);
  r += proxy_grpc_cancel(u);
  r += proxy_grpc_close(u);
  r += proxy_grpc_send(u, "m", 1, 1);
  return r;
}

uint32_t proxy_on_start(pw_v1a_context_id_t root, pw_v1a_size_t len)
{
  return call_all() + root + len;
}

uint32_t proxy_validate_configuration(pw_v1a_context_id_t root,
                                      pw_v1a_size_t len)
{
  return root + len;
}

uint32_t proxy_on_configure(pw_v1a_context_id_t root, pw_v1a_size_t len)
{
  return root + len;
}

void proxy_on_tick(pw_v1a_context_id_t root) { u = root; }
void proxy_on_queue_ready(pw_v1a_context_id_t root, pw_v1a_token_t t)
{
  u = root + t;
}
void proxy_on_create(pw_v1a_context_id_t id, pw_v1a_context_id_t root)
{
  u = id + root;
}

pw_v1a_filter_status_t proxy_on_new_connection(pw_v1a_context_id_t id)
{
  return id ? PW_V1A_FILTER_STATUS_CONTINUE : 1;
}

pw_v1a_filter_status_t proxy_on_downstream_data(pw_v1a_context_id_t id,
    pw_v1a_size_t len, pw_v1a_boolean_t eos)
{
  return (id + len + eos) & 1;
}

pw_v1a_filter_status_t proxy_on_upstream_data(pw_v1a_context_id_t id,
    pw_v1a_size_t len, pw_v1a_boolean_t eos)
{
  return (id + len + eos) & 1;
}

void proxy_on_downstream_connection_close(pw_v1a_context_id_t id,
                                          pw_v1a_peer_type_t p)
{
  u = id + p;
}

void proxy_on_upstream_connection_close(pw_v1a_context_id_t id,
                                        pw_v1a_peer_type_t p)
{
  u = id + p;
}

pw_v1a_filter_headers_status_t proxy_on_request_headers(
    pw_v1a_context_id_t id, pw_v1a_map_size_t n_)
{
  return (id + n_) & 1;
}

pw_v1a_filter_data_status_t proxy_on_request_body(pw_v1a_context_id_t id,
    pw_v1a_size_t len, pw_v1a_boolean_t eos)
{
  return (id + len + eos) & 3;
}

pw_v1a_filter_trailers_status_t proxy_on_request_trailers(
    pw_v1a_context_id_t id, pw_v1a_map_size_t n_)
{
  return (id + n_) & 1;
}

pw_v1a_filter_metadata_status_t proxy_on_request_metadata(
    pw_v1a_context_id_t id, pw_v1a_map_size_t n_)
{
  return (id + n_) & 0;
}

pw_v1a_filter_headers_status_t proxy_on_response_headers(
    pw_v1a_context_id_t id, pw_v1a_map_size_t n_)
{
  return (id + n_) & 1;
}

pw_v1a_filter_data_status_t proxy_on_response_body(pw_v1a_context_id_t id,
    pw_v1a_size_t len, pw_v1a_boolean_t eos)
{
  return (id + len + eos) & 3;
}

pw_v1a_filter_trailers_status_t proxy_on_response_trailers(
    pw_v1a_context_id_t id, pw_v1a_map_size_t n_)
{
  return (id + n_) & 1;
}

pw_v1a_filter_metadata_status_t proxy_on_response_metadata(
    pw_v1a_context_id_t id, pw_v1a_map_size_t n_)
{
  return (id + n_) & 0;
}

uint32_t proxy_on_done(pw_v1a_context_id_t id) { return id != 0; }
void proxy_on_log(pw_v1a_context_id_t id) { u = id; }
void proxy_on_delete(pw_v1a_context_id_t id) { u = id; }

void proxy_on_http_call_response(pw_v1a_context_id_t id, pw_v1a_token_t t,
    pw_v1a_map_size_t h, pw_v1a_size_t b, pw_v1a_map_size_t tr)
{
  u = id + t + h + b + tr;
}

void proxy_on_grpc_create_initial_metadata(pw_v1a_context_id_t id,
    pw_v1a_token_t t, pw_v1a_map_size_t h)
{
  u = id + t + h;
}

void proxy_on_grpc_receive_initial_metadata(pw_v1a_context_id_t id,
    pw_v1a_token_t t, pw_v1a_map_size_t h)
{
  u = id + t + h;
}

void proxy_on_grpc_trailing_metadata(pw_v1a_context_id_t id,
    pw_v1a_token_t t, pw_v1a_map_size_t h)
{
  u = id + t + h;
}

void proxy_on_grpc_receive(pw_v1a_context_id_t id, pw_v1a_token_t t,
                           pw_v1a_size_t size)
{
  u = id + t + size;
}

void proxy_on_grpc_close(pw_v1a_context_id_t id, pw_v1a_token_t t,
                         pw_v1a_grpc_status_t status)
{
  u = id + t + status;
}
