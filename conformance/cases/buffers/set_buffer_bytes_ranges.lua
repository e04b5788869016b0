local function set() return { "proxy_set_buffer_bytes", "ok" } end
local function read(b)
  return { "proxy_get_buffer_bytes", "ok", out = { buf = b, buf_len = #b } }
end
return {
  title = "set_buffer_bytes replaces any range: a middle range, a length past the end (clamped), an insertion, a deletion",
  kind = "host-defined",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  why = [[The 0.1.0 semantics (spec/v0_1_0/semantics.lua, proxy_set_buffer_bytes) replace `length` bytes at `start`; hosts differ on ranges other than prepend, append and replace-all: Envoy refuses them with bad_argument (erratum E17), Kong's ngx_wasm_module takes a zero length at a non-zero start as the value's length. The reference host (splice=spec, runtimes/hosts/reference/buffers.c) replaces the range and stops a length at the end of the buffer, which the case expects.]],
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "abcdefgh", eos = true, expect = {
      ret = "continue",
      calls = { set(), read("abXYfgh"), set(), read("abXYfZ"),
                set(), read("a-bXYfZ"), set(), read("-bXYfZ") },
      buffer = { ctx = "s", type = "http_request_body", bytes = "-bXYfZ" } } },
  },
}
