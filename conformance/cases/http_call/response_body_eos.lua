return {
  title = "http_call_response_body is whole in on_http_call_response: get_buffer_status sets END_OF_STREAM",
  kind = "host-defined",
  class = "positive",
  abi = "all",
  why = [[
buffer_flags.end_of_stream is defined by the spec and pwabi reports it
(the reference host's option eos_flag=spec): the response body is
delivered whole, once, so it is the end of its stream.
proxy-wasm-cpp-host always writes flags 0 (eos_flag=never,
src/exports.cc); Kong's ngx_wasm_module does not provide
proxy_get_buffer_status.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      body = "hello", trailers = {}, expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_get_buffer_status", "ok", out = { len = 5, flags = 1 } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last", headers = { { ":status", "204" } },
      trailers = {}, expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_get_buffer_status", "ok", out = { len = 0, flags = 1 } },
        },
      } },
  },
}
