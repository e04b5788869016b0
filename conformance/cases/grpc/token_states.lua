-- Module ops.tmpl.wat; the configuration's length picks the operation.
-- 9: cancel and close the call, send on, cancel and close the stream
local SWEPT = {
  { "proxy_grpc_cancel", "not_found" }, { "proxy_grpc_close", "not_found" },
  { "proxy_grpc_send", "not_found" },
  { "proxy_grpc_cancel", "not_found" }, { "proxy_grpc_close", "not_found" },
}
return {
  title = "gRPC tokens: the wrong kind is bad_argument, a cancelled or finished one not_found, and its late answers are dropped",
  kind = "spec-mandated",
  class = "negative",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  module = "ops.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } } } },
    -- 8: an HTTP call; send on the call; send, cancel, close on the HTTP token
    { "configure", ctx = "root", config = "wrongtok", expect = {
      ret = 1,
      calls = {
        { "proxy_http_call", "ok" },
        { "proxy_grpc_send", "bad_argument" },
        { "proxy_grpc_send", "bad_argument" },
        { "proxy_grpc_cancel", "bad_argument" },
        { "proxy_grpc_close", "bad_argument" },
      },
    } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    -- 6: a good send; 2: cancel the call; 4: cancel the stream
    { "configure", ctx = "root", config = "sendit", expect = {
      ret = 1, calls = { { "proxy_grpc_send", "ok" } },
      callout = { token = "last", kind = "grpc_stream", body = "m",
                  closed = false } } },
    { "configure", ctx = "root", config = "cc", expect = {
      ret = 1, calls = { { "proxy_grpc_cancel", "ok" } } } },
    { "configure", ctx = "root", config = "cncs", expect = {
      ret = 1, calls = { { "proxy_grpc_cancel", "ok" } },
      callout = { token = "last", closed = true },
    } },
    { "configure", ctx = "root", config = "afterward", expect = {
      ret = 1, calls = SWEPT } },
    -- the upstream answers the cancelled stream: no callback
    { "grpc_message", token = "last", message = "late",
      expect = { callbacks = {}, calls = {} } },
    { "grpc_close", token = "last", status = "ok", message = "",
      expect = { callbacks = {}, calls = {} } },
    -- a call ended by its answer and a stream ended by the upstream
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } } } },
    { "grpc_message", token = "last", message = "done", expect = {
      callbacks = { "proxy_on_grpc_receive" } } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    { "grpc_close", token = "last", status = "aborted", message = "gone",
      expect = { callbacks = { "proxy_on_grpc_close" } } },
    { "configure", ctx = "root", config = "finished!", expect = {
      ret = 1, calls = SWEPT } },
  },
}
