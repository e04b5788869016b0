local function bytes(b)
  return { "proxy_get_buffer_bytes", "ok", out = { buf = b, buf_len = #b } }
end
return {
  title = "empty results (an empty body, a 0-length range, a range at the end, an empty property) do not call the guest allocator",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The ABI documents say only that the host allocates the returned bytes in the guest. proxy-wasm-cpp-host allocates nothing for a 0-length result and writes address 0 and length 0 (/work/shared/reference/abi-semantics.md §3, "returning variable data"); Kong's ngx_wasm_module returns ok without writing the out-parameters for a 0-length get_buffer_bytes. The reference host follows proxy-wasm-cpp-host, which the case expects: the allocator here traps when asked for 0 bytes, so a host that calls it fails the step.]],
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_get_property", "ok", out = { value = "", value_len = 0 } } },
      } },
    { "request_body", ctx = "s", body = "", eos = false, expect = {
      ret = "continue",
      calls = { bytes(""), bytes(""), bytes(""),
                { "proxy_get_buffer_status", "ok", out = { len = 0, flags = 0 } } },
    } },
    { "request_body", ctx = "s", body = "abc", eos = true, expect = {
      ret = "continue",
      calls = { bytes("abc"), bytes(""), bytes(""),
                { "proxy_get_buffer_status", "ok", out = { len = 3 } } },
    } },
  },
}
