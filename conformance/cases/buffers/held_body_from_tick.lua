local function bytes(b)
  return { "proxy_get_buffer_bytes", "ok", out = { buf = b, buf_len = #b } }
end
local NF_BYTES = { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } }
local NF_STATUS = { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } }
return {
  title = "a held request body is read and changed from a root's tick through the effective context, and is gone once passed on",
  kind = "host-defined",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  why = [[The ABI documents say buffer calls act on the effective context but not whether a body held by a buffering status can be reached outside its own callback. The reference host serves body buffers in their callback and while held by status 1 or 2, to whichever callback makes the stream the effective context (runtimes/hosts/reference/README.md, "Choices"), which the case expects. Other hosts tie body buffers to their own filter steps: Kong's ngx_wasm_module serves the request body only in the request-headers and request-body steps and traps on set_buffer_bytes elsewhere (/work/shared/reference/abi-semantics.md §3.3, proxy_set_buffer_bytes).]],
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "ab", eos = false, expect = {
      ret = "stop_iteration_and_buffer", calls = { bytes("ab") } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_effective_context", "ok" }, bytes("ab"),
                { "proxy_set_buffer_bytes", "ok" },
                { "proxy_get_buffer_status", "ok", out = { len = 4 } } },
      buffer = { ctx = "s", type = "http_request_body", bytes = "T:ab" } } },
    { "request_body", ctx = "s", body = "cd", eos = true, expect = {
      ret = "continue", calls = { bytes("T:abcd") } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_effective_context", "ok" }, NF_BYTES,
                { "proxy_set_buffer_bytes", "not_found" }, NF_STATUS } } },
  },
}
