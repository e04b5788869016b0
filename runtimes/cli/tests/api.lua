-- The rest of the API on api.wasm: every result checked with expect.
local root, ret, st = vm_start()
expect(st == "ok", "vm_start")
expect(select(2, configure(root)) == "ok", "configure")

local v, cas = get_shared_data("k")
expect(v == "v" and math.type(cas) == "integer", "shared data k")
expect(get_shared_data("absent") == nil, "no shared data 'absent'")

local s = http_open(root)
local mark = #events()
ret, st = request_headers(s, {{":path", "/"}}, true)
expect(ret == 1 and st == "ok", "request_headers: stop_iteration")
local value, type = get_metric("hits")
expect(value == 1 and type == "counter", "metric hits")

-- The token, from the host call as the transcript decoded it.
local token
for _, e in ipairs(events(mark + 1)) do
  if e.kind == "hostcall" and e.name == "proxy_http_call" then
    expect(e.result == 0 and e.level == 1 and #e.args == 10, "event fields")
    token = tonumber(e.text:match("token=@0x%x+=>(%d+)"))
  end
end
expect(token, "a token for the http call")
local call = callout(token)
expect(call.kind == "http" and call.upstream == "cluster", "callout kind")
-- the guest's three headers, then the content-length the host adds
expect(#call.headers == 4 and call.headers[2][1] == ":path"
       and call.headers[2][2] == "/up"
       and call.headers[4][1] == "content-length"
       and call.headers[4][2] == "4", "callout headers")
expect(call.body == "ping" and call.timeout == 500, "callout body")
expect(callout(token + 1000) == nil, "no callout for an unknown token")

local resp = get_local_response(s)
expect(resp.code == 403 and resp.body == "no" and resp.details == "denied",
       "local response")
expect(http_response(token, {{":status", "200"}}, "pong") == "ok",
       "http_response")

expect(queue_enqueue("", "q", "item") == "ok", "queue_enqueue")
expect(shared_data_write("k\0", "from another VM") == "ok",
       "shared_data_write")
local sv, scas, sst = get_shared_data("k\0")
expect(sst == "ok" and sv == "from another VM" and scas > 0,
       "get_shared_data after shared_data_write: " .. tostring(sst))

-- Calls whose callbacks api.wasm does not export still go through.
expect(select(2, validate_configuration(root, "cfg")) == "ok", "validate")
expect(select(2, request_trailers(s, {{"t", "1"}})) == "ok", "trailers")
expect(select(2, request_metadata(s, {{"m", "1"}})) == "ok", "metadata")
local body, flags, bst = get_buffer(s, "http_request_body")
expect(bst == "ok" and body == "" and math.type(flags) == "integer",
       "get_buffer: " .. tostring(bst))
expect(set_property(s, "x\0y", "z") == "ok", "set_property")
-- Misuse raises, naming the function.
for f, arg in pairs({http_failure = false, grpc_message = "x",
                     grpc_close = "ok", grpc_initial_metadata = {},
                     grpc_trailing_metadata = {}}) do
  local ok, err = pcall(_G[f], 99999, arg or nil)
  expect(not ok and err:find(f .. ":", 1, true), f .. ": " .. tostring(err))
end
local ok, err = pcall(get_map, s, "no_such_map")
expect(not ok and err:find("not a headers_type", 1, true), tostring(err))

local conn, r2, st2 = tcp_open(root)
expect(conn and r2 == 0 and st2 == "ok", "tcp_open")
r2, st2 = tcp_data(conn, "downstream", "abc", false)
expect(r2 == 0 and st2 == "ok", "tcp_data")
expect(tcp_close(conn, "downstream", "remote") == "ok", "tcp_close")
print("api: all expects held")
