return {
  title = "after a failed HTTP call proxy_get_status gives the message \"reset\"",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = "semantics.lua only asks for broken_connection and a short message. "
    .. "proxy-wasm-cpp-host (and the reference host after it) says "
    .. "\"reset\"; Kong's ngx_wasm_module does not implement "
    .. "proxy_get_status and reports the reason as :dispatch_status in the "
    .. "response header map instead.",
  module = "call_failure.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_failure", token = "last",
      expect = {
        calls = {
          { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" },
          { "proxy_get_status", "ok",
            out = { code = 11, message = "reset", message_len = 5 } },
          { "proxy_get_header_map_value", "bad_argument" },
          { "proxy_get_buffer_status", "not_found" },
        },
      } },
  },
}
