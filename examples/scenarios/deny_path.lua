-- deny_path: a request under the configured prefix gets a 403 local
-- response and stops; another goes on untouched.
local root, _, st = vm_start("")
expect(st == "ok", "the VM starts")
expect(configure(root, "/admin") == 1, "the prefix is accepted")
local s = http_open(root)
local ret = request_headers(s, {{":path", "/admin/users"}, {":method", "GET"}})
expect(ret == 1, "the request stops")
local resp = get_local_response(s)
expect(resp and resp.code == 403 and resp.body == "forbidden\n",
       "a 403 local response")
close(s)
s = http_open(root)
ret = request_headers(s, {{":path", "/public"}, {":method", "GET"}})
expect(ret == 0, "another path goes on")
expect(get_local_response(s) == nil, "with no local response")
close(s)
