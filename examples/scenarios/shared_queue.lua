-- shared_queue: two requests count 2 in shared data "hits", and each
-- path comes back through the queue and is logged.
local root, ok, st = vm_start("")
expect(st == "ok" and ok == 1, "the VM starts and registers its queue")
configure(root, "")
local mark = #events()
for _, path in ipairs({"/a", "/b"}) do
  local s = http_open(root)
  request_headers(s, {{":path", path}, {":method", "GET"}}, true)
  close(s)
end
expect(get_shared_data("hits") == "2", "hits is 2")
local logged = {}
for _, e in ipairs(events(mark + 1)) do
  local path = e.kind == "log" and e.text:match("shared_queue: seen (%S+)")
  if path then logged[#logged + 1] = path end
end
expect(table.concat(logged, " ") == "/a /b", "both paths were dequeued "
       .. "and logged: " .. table.concat(logged, " "))
