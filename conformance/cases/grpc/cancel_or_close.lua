-- Module ops.tmpl.wat; the configuration's length picks the operation:
-- "" call, "s" stream, 2 cancel the call, 3 close the call, 4 cancel the
-- stream, 5 close the stream, 7 send with end_stream.
local CALL = { "configure", ctx = "root", config = "", expect = {
  ret = 1, calls = { { "proxy_grpc_call", "ok" } } } }
local STREAM = { "configure", ctx = "root", config = "s", expect = {
  ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } }
local DROPPED = { callbacks = {}, calls = {} }
return {
  title = "grpc_close ends a call but half-closes a stream (the server side still arrives); grpc_cancel ends either",
  kind = "spec-mandated",
  class = "positive",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  module = "ops.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    -- a call closed by the guest: nothing more arrives
    CALL,
    { "configure", ctx = "root", config = "cls", expect = {
      ret = 1, calls = { { "proxy_grpc_close", "ok" } } } },
    { "grpc_message", token = "last", message = "too late", expect = DROPPED },
    -- a call cancelled by the guest: nothing more arrives
    CALL,
    { "configure", ctx = "root", config = "cn", expect = {
      ret = 1, calls = { { "proxy_grpc_cancel", "ok" } } } },
    { "grpc_close", token = "last", status = "canceled", message = "",
      expect = DROPPED },
    -- a stream half-closed by the guest: the server side still arrives
    STREAM,
    { "configure", ctx = "root", config = "close", expect = {
      ret = 1, calls = { { "proxy_grpc_close", "ok" } },
      callout = { token = "last", closed = true } } },
    -- its side is closed: no more sends (no open stream has the token)
    { "configure", ctx = "root", config = "sendit", expect = {
      ret = 1, calls = { { "proxy_grpc_send", "not_found" } } } },
    { "grpc_initial_metadata", token = "last", metadata = { { "a", "b" } },
      expect = { callbacks = { "proxy_on_grpc_receive_initial_metadata" },
                 calls = {} } },
    { "grpc_message", token = "last", message = "still here", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "still here" } },
        { "proxy_get_buffer_status", "ok", out = { len = 10 } },
      },
    } },
    { "grpc_trailing_metadata", token = "last", metadata = {},
      expect = { callbacks = { "proxy_on_grpc_receive_trailing_metadata" },
                 calls = {} } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = { { "proxy_get_status", "ok", out = { code = 0, message = "" } } },
    } },
    -- a stream ended by a send with end_stream: likewise half-closed
    STREAM,
    { "configure", ctx = "root", config = "sendend", expect = {
      ret = 1, calls = { { "proxy_grpc_send", "ok" } },
      callout = { token = "last", body = "m", closed = true } } },
    { "grpc_message", token = "last", message = "reply", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "reply" } },
        { "proxy_get_buffer_status", "ok", out = { len = 5 } },
      },
    } },
    -- a stream cancelled by the guest: nothing more arrives
    STREAM,
    { "configure", ctx = "root", config = "cncl", expect = {
      ret = 1, calls = { { "proxy_grpc_cancel", "ok" } },
      callout = { token = "last", closed = true } } },
    { "grpc_initial_metadata", token = "last", metadata = {}, expect = DROPPED },
    { "grpc_message", token = "last", message = "dropped", expect = DROPPED },
    { "grpc_close", token = "last", status = "ok", message = "",
      expect = DROPPED },
  },
}
