-- Header values with NUL and high bytes go through unharmed.
local value = "a\0b\255"
local root = vm_start()
configure(root)
local s = http_open(root)
local ret, st = request_headers(s, {{"x-bin", value}})
expect(st == "ok", "request_headers: " .. tostring(st))
local map = get_map(s, "request_headers")
expect(map[1][1] == "x-bin", "key")
expect(map[1][2] == value, "value is " .. #map[1][2] .. " bytes")
print("binary: round trip ok")
