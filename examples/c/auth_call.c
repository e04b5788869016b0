/*
 * auth_call (ABI 0.2.1, WASI): asks an "auth" upstream about each request
 * with proxy_http_call, passing its authorization header, and pauses it;
 * on the answer, resumes it (200) or answers 401 itself.  The answer
 * arrives at the root context (its first argument is the root's id), so
 * the filter remembers which stream each call was made for.
 */
#include <stdio.h>

#include "pw_v021_guest.h"
#include "util.h"

PW_V021_ABI_VERSION()

uint32_t proxy_on_configure(uint32_t root_id, uint32_t config_len)
{
  (void)root_id;
  (void)config_len;
  printf("auth_call: ready\n");    /* WASI fd_write: the host's log */
  fflush(stdout);
  return 1;
}

/* Calls in flight: token -> the stream that is waiting for it. */
#define MAX_CALLS 64
static struct { uint32_t token, stream; } calls[MAX_CALLS];

static void remember(uint32_t token, uint32_t stream)
{
  for (int i = 0; i < MAX_CALLS; i++)
    if (calls[i].token == 0) {
      calls[i].token = token;
      calls[i].stream = stream;
      return;
    }
}

/* The stream waiting for `token` (0: none), forgotten once found. */
static uint32_t take(uint32_t token)
{
  for (int i = 0; i < MAX_CALLS; i++)
    if (calls[i].token == token) {
      calls[i].token = 0;
      return calls[i].stream;
    }
  return 0;
}

/* The request's authorization header, or "". */
static ex_str authorization(void)
{
  char *v = NULL;
  uint32_t n = 0;

  if (proxy_get_header_map_value(PW_V021_HEADERS_TYPE_REQUEST_HEADERS,
                                 "authorization", 13, &v, &n) != 0)
    return EX_LIT("");
  return (ex_str){v, n};
}

pw_v021_filter_headers_status_t proxy_on_request_headers(
    uint32_t context_id, uint32_t headers, uint32_t end_of_stream)
{
  ex_str kv[] = {
    EX_LIT(":method"), EX_LIT("GET"), EX_LIT(":path"), EX_LIT("/check"),
    EX_LIT(":authority"), EX_LIT("auth"), EX_LIT("authorization"),
    authorization()
  };
  char pairs[512];
  uint32_t token, n = ex_pairs(pairs, sizeof pairs, kv, 4);

  (void)headers;
  (void)end_of_stream;
  if (n == 0 || proxy_http_call("auth", 4, pairs, n, "", 0, "", 0, 1000,
                                &token) != 0)
    return PW_V021_FILTER_HEADERS_STATUS_CONTINUE;   /* fail open */
  remember(token, context_id);
  return PW_V021_FILTER_HEADERS_STATUS_STOP_ITERATION;
}

void proxy_on_http_call_response(uint32_t context_id, uint32_t token,
                                 uint32_t headers, uint32_t body_size,
                                 uint32_t trailers)
{
  char *status = NULL;
  uint32_t n = 0, stream = take(token);

  (void)context_id;   /* the root's */
  (void)headers;
  (void)body_size;
  (void)trailers;
  if (stream == 0 || proxy_set_effective_context(stream) != 0)
    return;
  if (proxy_get_header_map_value(
          PW_V021_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS, ":status", 7,
          &status, &n) == 0
      && ex_eq((ex_str){status, n}, EX_LIT("200"))) {
    proxy_continue_stream(PW_V021_STREAM_TYPE_HTTP_REQUEST);
    return;
  }
  proxy_send_local_response(401, "auth_denied", 11, "unauthorized\n", 13,
                            "", 0, PW_V021_GRPC_STATUS_INVALID_CODE);
}
