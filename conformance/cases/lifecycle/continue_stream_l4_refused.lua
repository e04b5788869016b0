-- The refusals of continue_stream on an L4 side: unimplemented for
-- upstream where a host cannot resume it, internal_failure where it has no
-- L4 filters.  The reference host answers so for a connection whose
-- property pwabi.l4 the proxy set (its README, reserved names).
local function data(b, st)
  return { ret = "stop_iteration", calls = {
    { "proxy_get_buffer_bytes", "ok", out = { buf = b } },
    { "proxy_continue_stream", st },
  } }
end
return {
  title = "continue_stream of an L4 side a host cannot resume is unimplemented (Envoy: upstream) or internal_failure (Kong: either), and the data stays held",
  kind = "host-defined",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  module = "stream_control.tmpl.wat",
  why = [[abi-semantics.md 3.3 (continue_stream): proxy-wasm-cpp-host resumes a downstream connection but answers UNIMPLEMENTED for upstream; ngx_wasm_module answers INTERNAL_FAILURE for both L4 sides (it has no L4 filters, logged as NYI).  The spec names both statuses without saying when.  The reference host follows either rule on a connection whose property pwabi.l4 is "envoy" or "kong" (runtimes/hosts/reference/README.md, reserved names); a refused continue releases nothing, so the next chunk still sees the held data.]],
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "set_property", ctx = "c", path = "pwabi\0l4", value = "envoy" },
    { "tcp_data", ctx = "c", dir = "upstream", data = "c3",
      expect = data("c3", "unimplemented") },
    { "tcp_data", ctx = "c", dir = "upstream", data = "c3",
      expect = data("c3c3", "unimplemented") },
    { "tcp_data", ctx = "c", dir = "downstream", data = "c2",
      expect = data("c2", "ok") },
    { "set_property", ctx = "c", path = "pwabi\0l4", value = "kong" },
    { "tcp_data", ctx = "c", dir = "downstream", data = "c2",
      expect = data("c2", "internal_failure") },
    { "tcp_data", ctx = "c", dir = "upstream", data = "c3",
      expect = data("c3c3c3", "internal_failure") },
  },
}
