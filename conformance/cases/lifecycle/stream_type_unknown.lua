-- "c<d>" / "x<d>" call continue_stream / close_stream(d); '/' is 0xffffffff
local function bad(b, fn, value)
  return {
    ret = "continue",
    calls = {
      { "proxy_get_buffer_bytes", "ok", out = { buf = b } },
      { fn, "bad_argument" },
      { "proxy_get_header_map_value", "ok", out = { value = value } },
    },
    callbacks = { "proxy_on_request_body" },
  }
end
return {
  title = "continue_stream and close_stream of a stream_type outside 0..3 are bad_argument and do nothing",
  kind = "spec-mandated",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  module = "stream_control.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = { ret = "stop_iteration" } },
    { "request_body", ctx = "s", body = "c4", eos = false,
      expect = bad("c4", "proxy_continue_stream", "/") },
    { "request_body", ctx = "s", body = "x4", eos = false,
      expect = bad("x4", "proxy_close_stream", "/") },
    { "request_body", ctx = "s", body = "c/", eos = false,
      expect = bad("c/", "proxy_continue_stream", "/") },
    { "request_body", ctx = "s", body = "x/", eos = true,
      expect = bad("x/", "proxy_close_stream", "/") },
    -- the stream is still open and its request headers are still there
    { "request_trailers", ctx = "s", trailers = {}, expect = {
      ret = "continue",
      calls = { { "proxy_get_header_map_value", "ok", out = { value = "/" } } },
    } },
  },
}
