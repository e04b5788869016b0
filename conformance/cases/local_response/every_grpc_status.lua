-- One stream per grpc_status value; each local response carries it.
return {
  title = "send_local_response accepts every grpc_status value, invalid_code included",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s0" },
    { "request_headers", ctx = "s0", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s0", code = 503, grpc_status = "ok" } } },
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s1", code = 503, grpc_status = "canceled" } } },
    { "http_open", ctx = "root", as = "s2" },
    { "request_headers", ctx = "s2", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s2", code = 503, grpc_status = "unknown" } } },
    { "http_open", ctx = "root", as = "s3" },
    { "request_headers", ctx = "s3", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s3", code = 503, grpc_status = "invalid_argument" } } },
    { "http_open", ctx = "root", as = "s4" },
    { "request_headers", ctx = "s4", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s4", code = 503, grpc_status = "deadline_exceeded" } } },
    { "http_open", ctx = "root", as = "s5" },
    { "request_headers", ctx = "s5", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s5", code = 503, grpc_status = "not_found" } } },
    { "http_open", ctx = "root", as = "s6" },
    { "request_headers", ctx = "s6", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s6", code = 503, grpc_status = "already_exists" } } },
    { "http_open", ctx = "root", as = "s7" },
    { "request_headers", ctx = "s7", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s7", code = 503, grpc_status = "permission_denied" } } },
    { "http_open", ctx = "root", as = "s8" },
    { "request_headers", ctx = "s8", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s8", code = 503, grpc_status = "resource_exhausted" } } },
    { "http_open", ctx = "root", as = "s9" },
    { "request_headers", ctx = "s9", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s9", code = 503, grpc_status = "failed_precondition" } } },
    { "http_open", ctx = "root", as = "s10" },
    { "request_headers", ctx = "s10", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s10", code = 503, grpc_status = "aborted" } } },
    { "http_open", ctx = "root", as = "s11" },
    { "request_headers", ctx = "s11", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s11", code = 503, grpc_status = "out_of_range" } } },
    { "http_open", ctx = "root", as = "s12" },
    { "request_headers", ctx = "s12", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s12", code = 503, grpc_status = "unimplemented" } } },
    { "http_open", ctx = "root", as = "s13" },
    { "request_headers", ctx = "s13", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s13", code = 503, grpc_status = "internal" } } },
    { "http_open", ctx = "root", as = "s14" },
    { "request_headers", ctx = "s14", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s14", code = 503, grpc_status = "unavailable" } } },
    { "http_open", ctx = "root", as = "s15" },
    { "request_headers", ctx = "s15", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s15", code = 503, grpc_status = "data_loss" } } },
    { "http_open", ctx = "root", as = "s16" },
    { "request_headers", ctx = "s16", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s16", code = 503, grpc_status = "unauthenticated" } } },
    { "http_open", ctx = "root", as = "s17" },
    { "request_headers", ctx = "s17", headers = { { ":path", "/" } }, expect = {
      ret = "stop_iteration", calls = { { "proxy_send_local_response", "ok" } },
      local_response = { ctx = "s17", code = 503, grpc_status = "invalid_code" } } },
  },
}
