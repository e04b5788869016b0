local function st(name, len)
  if len then return { "proxy_get_buffer_status", "ok", out = { len = len } } end
  return { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } }
end
return {
  title = "buffers 6 and 7 are not_found outside on_vm_start and validate / on_configure respectively",
  kind = "host-defined",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  why = [[The 0.2.0 document names buffer 6 for proxy_on_vm_start and buffer 7 for proxy_on_configure and validation only. Hosts serve them longer (spec/v0_2_0/semantics.lua, erratum E21): Envoy (proxy-wasm-cpp-host) serves 6 at any time and 7 only in on_configure and validation; Kong's ngx_wasm_module serves both at any time. The reference host's default (option config_buffers=callback, runtimes/hosts/reference/README.md) serves each only in its own callbacks, which the case expects; config_buffers=envoy or any reproduce the other hosts.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm", expect = {
      ret = 1, calls = { st(6, 2), st(7), { "proxy_set_tick_period_milliseconds", "ok" } } } },
    { "validate_configuration", ctx = "root", config = "abc", expect = {
      ret = 1, calls = { st(6), st(7, 3) } } },
    { "configure", ctx = "root", config = "abcd", expect = {
      ret = 1, calls = { st(6), st(7, 4) } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" }, calls = { st(6), st(7) } } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { ret = "continue", calls = { st(6), st(7) } } },
  },
}
