-- The scenario `pwabi run` plays when given no --scenario: one root
-- context, one HTTP stream with a body each way, one tick, shutdown.
-- It stops at the first step that does not say "ok" (the VM is failed or
-- the plugin refused its configuration).  Embedded into the binary at
-- build time (runtimes/cli/module.mk); the API is in SCENARIOS.md.

-- The status is the last result of every driver call.
local function ok(...)
  return select(select("#", ...), ...) == "ok"
end

local root, _, st = vm_start("")
if st ~= "ok" or not ok(configure(root, "")) then return end

local s = http_open(root)
if not s then return end
if not (ok(request_headers(s, {{":method", "GET"}, {":path", "/"},
                               {":authority", "example.com"}}, false))
        and ok(request_body(s, "hello", true))
        and ok(response_headers(s, {{":status", "200"}}, false))
        and ok(response_body(s, "world", true))
        and ok(close(s))) then
  return
end

-- One tick: advance by the period the guest set, as the transcript showed
-- it; by 1000 ms when it set none (then no tick fires).
local period = tick_period()
if not ok(advance((period and period > 0) and period or 1000)) then return end

root_done(root)
