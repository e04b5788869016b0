-- auth_call: each request pauses on a call to the "auth" upstream that
-- carries its authorization header; a 200 resumes it, anything else gets
-- a 401 local response.
local root, _, st = vm_start("")
expect(st == "ok", "the VM starts")
expect(configure(root, "") == 1, "configured")

-- The request's http call: its token, from the transcript.
local function ask(auth)
  local s = http_open(root)
  local mark = #events()
  local ret = request_headers(s, {{":path", "/"}, {":method", "GET"},
                                  {"authorization", auth}}, true)
  expect(ret == 1, "the request pauses")
  for _, e in ipairs(events(mark + 1)) do
    if e.name == "proxy_http_call" and e.result == 0 then
      return s, tonumber(e.text:match("token=@0x%x+=>(%d+)"))
    end
  end
  expect(false, "an http call was made")
end

local s, token = ask("Bearer good")
local call = callout(token)
expect(call and call.upstream == "auth", "the call goes to auth")
local seen
for _, p in ipairs(call.headers) do
  if p[1] == "authorization" then seen = p[2] end
end
expect(seen == "Bearer good", "with the request's authorization")
local mark = #events()
http_response(token, {{":status", "200"}}, "")
local resumed = false
for _, e in ipairs(events(mark + 1)) do
  resumed = resumed or e.name == "proxy_continue_stream"
end
expect(resumed, "a 200 resumes the request")
close(s)

s, token = ask("Bearer bad")
http_response(token, {{":status", "403"}}, "")
local resp = get_local_response(s)
expect(resp and resp.code == 401, "anything else: a 401 local response")
close(s)
