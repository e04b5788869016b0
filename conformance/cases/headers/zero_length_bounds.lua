-- The runtime's glue checks every in-string as [ptr, ptr+len) inside
-- memory, len 0 included (runtimes/core/pwabi_rt.h pw_lift_bytes and
-- pw_range); proxy-wasm-cpp-host rejects ptr+len > memory size the same way.
local IMA = "invalid_memory_access"
return {
  title = "a zero-length string is valid at the end of memory and invalid_memory_access past it",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_add_header_map_value", "ok" },
          { "proxy_add_header_map_value", IMA },
          { "proxy_add_header_map_value", IMA },
          { "proxy_add_header_map_value", IMA },
          { "proxy_replace_header_map_value", IMA },
          { "proxy_remove_header_map_value", IMA },
          { "proxy_remove_header_map_value", "ok" },
          { "proxy_get_header_map_value", IMA,
            out = { value = false, value_len = false } },
          { "proxy_set_header_map_pairs", IMA },
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/" }, { "x-z", "" } } },
      } },
  },
}
