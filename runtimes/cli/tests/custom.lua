-- A custom sequence on filter.wasm: named root, two requests' worth of
-- headers, queries, the clock, and expects that must all hold.
local root, ret, st = vm_start("vm config", "my_root")
expect(st == "ok" and ret == 1, "vm_start: " .. tostring(st))
ret, st = configure(root, "plugin config")
expect(ret == 1 and st == "ok", "configure: " .. tostring(st))
expect(tick_period() == 250, "tick period: " .. tostring(tick_period()))

local s = http_open(root)
ret, st = request_headers(s, {{":path", "/custom"}, {"x-a", "1"}})
expect(ret == 0 and st == "ok", "request_headers: " .. tostring(st))
local map = get_map(s, "request_headers")
expect(#map == 2 and map[1][1] == ":path" and map[1][2] == "/custom",
       "get_map")
print("custom: headers " .. #map)
expect(close(s) == "ok", "close")

expect(set_time(1000000000) == "ok", "set_time")
expect(advance(500) == "ok", "advance")   -- 2 x 250 ms: two ticks
print("custom: done")
ret, st = root_done(root)
expect(st == "ok", "root_done: " .. tostring(st))
