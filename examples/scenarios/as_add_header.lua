-- as_add_header (AssemblyScript): x-powered-by: pwabi-as on the response.
-- The SDK finds its root context factory by plugin_root_id: the root id.
local root, _, st = vm_start("", "add_header")
expect(st == "ok", "the VM starts")
configure(root, "")
local s = http_open(root)
request_headers(s, {{":path", "/"}, {":method", "GET"}}, true)
response_headers(s, {{":status", "200"}}, true)
local got = {}
for _, p in ipairs(get_map(s, "response_headers")) do got[p[1]] = p[2] end
expect(got["x-powered-by"] == "pwabi-as", "x-powered-by: pwabi-as added")
close(s)
