local C, X = "proxy_continue_stream", "proxy_close_stream"
local function cmd(b, fn)
  return {
    { "proxy_get_buffer_bytes", "ok", out = { buf = b } },
    { fn, "ok" },
  }
end
-- the command as the plugin configuration, run from the root
local function conf(b, fn)
  return { "configure", ctx = "root", config = b, expect = {
    ret = 1, calls = cmd(b, fn), callbacks = { "proxy_on_configure" },
  } }
end
return {
  title = "continue_stream / close_stream outside a stream of that kind (a root, the other kind of stream) are ok and do nothing",
  kind = "host-defined",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  module = "stream_control.tmpl.wat",
  why = [[The spec has continue_stream and close_stream called from a stream (semantics.lua: callable = stream) and does not say what a call made elsewhere does. The reference host answers ok and does nothing when the effective context is not a stream of the type's kind (runtimes/hosts/reference/README.md, Choices), which the case expects; our references do not record what Envoy does for a root context; Kong answers internal_failure for an L4 side and traps on close_stream whatever the context.]],
  steps = {
    conf("c0", C), conf("c1", C), conf("c2", C), conf("c3", C),
    conf("x0", X), conf("x1", X), conf("x2", X), conf("x3", X),
    -- an HTTP side from a connection: the connection stays, its hold too
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "x0", expect = {
      ret = "stop_iteration", calls = cmd("x0", "proxy_close_stream"),
      callbacks = { "proxy_on_downstream_data" },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "c1", expect = {
      ret = "stop_iteration", calls = cmd("x0c1", "proxy_continue_stream"),
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "zz", expect = {
      ret = "stop_iteration",
      calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = "x0c1zz" } } },
    } },
    -- an L4 side from an HTTP stream: the stream goes on, its headers too
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = { ret = "stop_iteration" } },
    { "request_body", ctx = "s", body = "x2", eos = false, expect = {
      ret = "continue", callbacks = { "proxy_on_request_body" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "x2" } },
        { "proxy_close_stream", "ok" },
        { "proxy_get_header_map_value", "ok", out = { value = "/" } },
      },
    } },
    { "request_body", ctx = "s", body = "c3", eos = true, expect = {
      ret = "continue", callbacks = { "proxy_on_request_body" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "c3" } },
        { "proxy_continue_stream", "ok" },
        { "proxy_get_header_map_value", "ok", out = { value = "/" } },
      },
    } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } }, expect = {
      ret = "stop_iteration",
      calls = { { "proxy_get_header_map_value", "ok", out = { value = "/" } } },
    } },
  },
}
