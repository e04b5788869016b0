-- add_header: the response header the configuration names is added, and
-- the response goes on.
local root, _, st = vm_start("")
expect(st == "ok", "the VM starts")
local ok = configure(root, "x-hello: world")
expect(ok == 1, "the configuration is accepted")
local s = http_open(root)
request_headers(s, {{":path", "/"}, {":method", "GET"}}, true)
local ret = response_headers(s, {{":status", "200"}}, true)
expect(ret == 0, "the response goes on")
local value
for _, p in ipairs(get_map(s, "response_headers")) do
  if p[1] == "x-hello" then value = p[2] end
end
expect(value == "world", "x-hello: world was added")
close(s)
