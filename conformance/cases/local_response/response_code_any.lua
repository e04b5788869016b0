-- One stream per response code, in the module's order.
local CODES = { 0, 99, 100, 599, 1000, 0xFFFFFFFF }
local steps = {}
for i = 1, #CODES do
  local s = "s" .. i
  steps[#steps + 1] = { "http_open", ctx = "root", as = s }
  steps[#steps + 1] = { "request_headers", ctx = s, headers = { { ":path", "/" } },
    expect = { ret = "stop_iteration",
               calls = { { "proxy_send_local_response", "ok" } },
               local_response = { ctx = s, code = CODES[i] } } }
end
return {
  title = "send_local_response takes any u32 response code, inside or outside 100..599",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "The ABI types response_code as u32 and names no range.  The "
    .. "reference host records whatever code it is given, as "
    .. "proxy-wasm-cpp-host passes it on to the proxy; Kong's "
    .. "ngx_wasm_module refuses a code outside 100..999 with bad_argument "
    .. "(semantics.lua, hosts).",
  steps = steps,
}
