-- count_requests: three requests, and the counter says 3.
local root, ok, st = vm_start("")
expect(st == "ok" and ok == 1, "the VM starts and defines its counter")
configure(root, "")
for i = 1, 3 do
  local s = http_open(root)
  request_headers(s, {{":path", "/" .. i}, {":method", "GET"}})
  close(s)
end
local value, type = get_metric("example_requests_total")
expect(type == "counter" and value == 3, "3 requests counted")
