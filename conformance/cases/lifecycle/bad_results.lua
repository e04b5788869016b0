-- echo_results: each HTTP stream callback returns its count or length, so
-- n headers (trailers, metadata entries, body bytes) make it return n.
local function bad(n, cb, first)
  return { drv = "abi", ret = n,
           callbacks = first and { "proxy_on_context_create", cb } or { cb } }
end
local H = { { "h0", "v" }, { "h1", "v" } }
local H3 = { { "t0", "v" }, { "t1", "v" }, { "t2", "v" } }
return {
  title = "an HTTP stream callback returning a value outside its filter status type breaks the ABI; the VM goes on",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  module = "echo_results.tmpl.wat",
  why = [[The spec types the results as filter_headers_status and filter_trailers_status (0..1), filter_data_status (0..3) and filter_metadata_status (0 only). The reference host treats any other value as an ABI violation (drv = abi) that ends nothing else, which the case expects: the next streams run. CH coerces instead: headers 2 passes through and 3 and above become StopAll, data above 3 becomes StopIterationNoBuffer, trailers stop on any non-zero value, metadata results are ignored. NGX reports values other than 0 and 1 as an error.]],
  steps = {
    { "http_open", ctx = "root", as = "a" },
    { "request_headers", ctx = "a", headers = { H[1], H[2], H3[1], H3[2], H3[3], { "h5", "v" }, { "h6", "v" } },
      expect = bad(7, "proxy_on_request_headers", true) },
    { "http_open", ctx = "root", as = "b" },
    { "request_headers", ctx = "b", headers = {}, expect = { ret = "continue" } },
    { "request_body", ctx = "b", body = "abcd", eos = true, expect = bad(4, "proxy_on_request_body") },
    { "http_open", ctx = "root", as = "c" },
    { "request_headers", ctx = "c", headers = {}, expect = { ret = "continue" } },
    { "request_trailers", ctx = "c", trailers = H, expect = bad(2, "proxy_on_request_trailers") },
    { "http_open", ctx = "root", as = "d" },
    { "request_headers", ctx = "d", headers = {}, expect = { ret = "continue" } },
    { "request_metadata", ctx = "d", metadata = { { "m0", "v" } }, expect = bad(1, "proxy_on_request_metadata") },
    { "http_open", ctx = "root", as = "e" },
    { "request_headers", ctx = "e", headers = {}, expect = { ret = "continue" } },
    { "response_headers", ctx = "e", headers = H, expect = bad(2, "proxy_on_response_headers") },
    { "http_open", ctx = "root", as = "f" },
    { "request_headers", ctx = "f", headers = {}, expect = { ret = "continue" } },
    { "response_headers", ctx = "f", headers = {}, expect = { ret = "continue" } },
    { "response_body", ctx = "f", body = "abcde", eos = true, expect = bad(5, "proxy_on_response_body") },
    { "response_trailers", ctx = "f", trailers = H3, expect = bad(3, "proxy_on_response_trailers") },
    { "response_metadata", ctx = "f", metadata = H, expect = bad(2, "proxy_on_response_metadata") },
    -- still a working VM
    { "http_open", ctx = "root", as = "g" },
    { "request_headers", ctx = "g", headers = { { ":path", "/" } }, expect = { ret = "stop_iteration" } },
    { "close", ctx = "g", expect = { callbacks = { "proxy_on_done" } } },
  },
}
