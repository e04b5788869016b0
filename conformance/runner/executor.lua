-- The case executor of `pwabi certify` (embedded into the binary).
--
-- Two uses, two Lua states:
--   * validation (parent): M.validate(case, file) checks a case table
--     against conformance/FORMAT.md; M.negative(case) measures whether it
--     expects a failure path.
--   * execution (one forked child per case): M.run(case, version) plays the
--     steps through the driver binding of runtimes/cli/scenario.c (global
--     functions vm_start, configure, ... returning their status last) and
--     compares what certify_events() recorded with each step's `expect`.
--
-- A run returns { status = "PASS" | "FAIL" | "SKIP", step, field,
-- expected, observed, message }.

local M = {}

-- --- the format ---------------------------------------------------------

local KIND = { ["spec-mandated"] = true, ["host-defined"] = true }
local CLASS = { positive = true, negative = true }
local TOP = { title = 1, kind = 1, class = 1, why = 1, abi = 1, module = 1,
              setup = 1, steps = 1, create = 1 }

-- action -> the argument fields it takes
local ARGS = {
  vm_start = { "vm_config", "root_id", "as" },
  validate_configuration = { "ctx", "config" },
  configure = { "ctx", "config" },
  root_done = { "ctx" },
  http_open = { "ctx", "as" },
  request_headers = { "ctx", "headers", "eos" },
  response_headers = { "ctx", "headers", "eos" },
  request_body = { "ctx", "body", "eos" },
  response_body = { "ctx", "body", "eos" },
  request_trailers = { "ctx", "trailers" },
  response_trailers = { "ctx", "trailers" },
  request_metadata = { "ctx", "metadata" },
  response_metadata = { "ctx", "metadata" },
  close = { "ctx" },
  tcp_open = { "ctx", "as" },
  tcp_data = { "ctx", "dir", "data", "eos" },
  tcp_close = { "ctx", "dir", "peer" },
  set_time = { "ns" },
  advance = { "ms" },
  http_response = { "token", "headers", "body", "trailers" },
  http_failure = { "token" },
  grpc_initial_metadata = { "token", "metadata" },
  grpc_message = { "token", "message" },
  grpc_trailing_metadata = { "token", "metadata" },
  grpc_close = { "token", "status", "message" },
  queue_enqueue = { "vm_id", "queue", "data" },
  set_property = { "ctx", "path", "value" },
  foreign_function = { "ctx", "function_id", "args" },
  shared_data_write = { "key", "value" },
}

local EXPECT = { drv = 1, ret = 1, calls = 1, callbacks = 1, logs = 1,
                 trap = 1, map = 1, maps = 1, buffer = 1, buffers = 1,
                 local_response = 1, metric = 1, metrics = 1,
                 shared_data = 1, shared_datas = 1, callout = 1,
                 callouts = 1, by_abi = 1 }
local DRV = { ok = 1, trap = 1, abi = 1, rejected = 1, failed = 1 }

local function sorted_keys(t)
  local k = {}
  for key in pairs(t) do k[#k + 1] = key end
  table.sort(k, function(a, b)
    return tostring(a) < tostring(b)
  end)
  return k
end

-- Raises "pwabi: <file>: <item>: <problem>".
local function bad(file, item, fmt, ...)
  error(("pwabi: %s: %s: " .. fmt):format(file, item, ...), 0)
end

local function check_expect(file, item, e)
  if type(e) ~= "table" then bad(file, item, "expect is not a table") end
  for _, k in ipairs(sorted_keys(e)) do
    if not EXPECT[k] then
      bad(file, item, "unknown expect field '%s'", tostring(k))
    end
  end
  if e.drv ~= nil and not DRV[e.drv] then
    bad(file, item, "expect.drv: unknown driver result '%s'",
        tostring(e.drv))
  end
  for _, f in ipairs({ "calls", "callbacks", "logs" }) do
    if e[f] ~= nil and type(e[f]) ~= "table" then
      bad(file, item, "expect.%s is not a list", f)
    end
  end
  for j, c in ipairs(e.calls or {}) do
    if type(c) ~= "table" or type(c[1]) ~= "string" then
      bad(file, item, "expect.calls[%d]: not {name, status, out = ...}", j)
    end
    if type(c[2]) == "string" and certify_value
        and certify_value("wasm_result", c[2]) == nil
        and certify_value("errno", c[2]) == nil
        and not (certify_value("errno", "success") == nil
                 and not c[1]:find("^proxy_")) then
      bad(file, item, "expect.calls[%d]: unknown status '%s'", j, c[2])
    end
  end
  for j, l in ipairs(e.logs or {}) do
    if type(l) ~= "table" or (type(l[1]) == "string" and certify_value
        and certify_value("log_level", l[1]) == nil) then
      bad(file, item, "expect.logs[%d]: not {level, message}", j)
    end
  end
end

local function check_step(file, i, s)
  local item = ("steps[%d]"):format(i)
  if type(s) ~= "table" then bad(file, item, "not a table") end
  local act = s[1]
  if type(act) ~= "string" then bad(file, item, "no action name first") end
  local args = ARGS[act]
  if args == nil then bad(file, item, "unknown action '%s'", act) end
  local ok = { [1] = true, expect = true }
  for _, a in ipairs(args) do ok[a] = true end
  for _, k in ipairs(sorted_keys(s)) do
    if not ok[k] then
      bad(file, item, "unknown argument '%s' for %s", tostring(k), act)
    end
  end
  local e = s.expect
  if e == nil then return end
  if type(e) ~= "table" then bad(file, item, "expect is not a table") end
  for _, v in ipairs(sorted_keys(e.by_abi or {})) do
    check_expect(file, item .. ".expect.by_abi." .. tostring(v),
                 e.by_abi[v])
  end
  check_expect(file, item, e)
end

-- Statuses that are not a failure: wasm_result ok, WASI errno success.
local OK_STATUS = { ok = true, success = true, [0] = true }

local function expects_failure(e)
  if type(e) ~= "table" then return false end
  if (e.drv or "ok") ~= "ok" or e.trap then return true end
  for _, c in ipairs(e.calls or {}) do
    if c[2] ~= nil and not OK_STATUS[c[2]] then return true end
  end
  return false
end

-- Does the case expect a failure path?  Measured from its expectations.
function M.negative(case)
  if expects_failure(case.create) then return true end
  for _, s in ipairs(case.steps or {}) do
    if expects_failure(type(s) == "table" and s.expect or nil) then
      return true
    end
  end
  return false
end

function M.validate(case, file)
  if type(case) ~= "table" then bad(file, "case", "does not return a table") end
  for _, k in ipairs(sorted_keys(case)) do
    if not TOP[k] then bad(file, tostring(k), "unknown field") end
  end
  for _, k in ipairs({ "title", "kind", "class" }) do
    if case[k] == nil then bad(file, k, "missing") end
  end
  if type(case.title) ~= "string" then bad(file, "title", "not a string") end
  if not KIND[case.kind] then
    bad(file, "kind", "'%s' is not spec-mandated or host-defined",
        tostring(case.kind))
  end
  if not CLASS[case.class] then
    bad(file, "class", "'%s' is not positive or negative",
        tostring(case.class))
  end
  if case.kind == "host-defined" and type(case.why) ~= "string" then
    bad(file, "why", "missing (required for a host-defined case)")
  end
  if case.setup ~= nil and case.setup ~= "root" and case.setup ~= "none" then
    bad(file, "setup", "'%s' is not root or none", tostring(case.setup))
  end
  local fails = type(case.create) == "table" and case.create.drv == "failed"
  if case.create ~= nil then
    check_expect(file, "create", case.create)
    if case.create.drv ~= nil and case.create.drv ~= "ok" and not fails then
      bad(file, "create", "drv is ok or failed")
    end
  end
  if type(case.steps) ~= "table" or (#case.steps == 0 and not fails) then
    bad(file, "steps", "missing or empty")
  end
  if fails and #case.steps > 0 then
    bad(file, "steps", "create fails: no step can run")
  end
  for i, s in ipairs(case.steps) do check_step(file, i, s) end
  if case.class == "negative" and not M.negative(case) then
    bad(file, "class", "negative, but every expectation is ok (expect a "
        .. "non-ok status, a trap or a non-ok driver result)")
  end
  return true
end

-- --- showing values -----------------------------------------------------

local function show(v)
  if type(v) == "string" then
    return '"' .. v:gsub('[%c"\\\128-\255]', function(c)
      if c == '"' or c == "\\" then return "\\" .. c end
      return ("\\x%02x"):format(c:byte())
    end) .. '"'
  end
  if type(v) ~= "table" then return tostring(v) end
  local parts, n = {}, #v
  for i = 1, n do parts[#parts + 1] = show(v[i]) end
  for _, k in ipairs(sorted_keys(v)) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then
      parts[#parts + 1] = tostring(k) .. " = " .. show(v[k])
    end
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end
M.show = show

-- A failed comparison: unwinds to M.run with the details.
local Mismatch = {}
local function mismatch(field, expected, observed)
  error(setmetatable({ field = field, expected = expected,
                       observed = observed }, Mismatch), 0)
end

-- --- running ------------------------------------------------------------

local ALLOCATORS = { malloc = true, proxy_on_memory_allocate = true }

local function ctx_id(st, name, default)
  name = name == nil and default or name
  if math.type(name) == "integer" then return name end
  local id = st.ctx[name]
  if id == nil then
    error(("unknown context '%s' (not opened by an earlier step)"):format(
      tostring(name)), 0)
  end
  return id
end

local function token(st, t)
  if t == nil or t == "last" then
    if st.last_token == nil then
      error("token 'last': no successful http/grpc call yet", 0)
    end
    return st.last_token
  end
  return t
end

local function root(st, s) return ctx_id(st, s.ctx, "root") end
local function stream(st, s) return ctx_id(st, s.ctx, st.last) end

-- action -> function(st, step) returning drv, ret
local RUN = {}

function RUN.vm_start(st, s)
  local id, ret, drv = vm_start(s.vm_config or "", s.root_id or "")
  if id ~= nil then st.ctx[s.as or "root"] = id end
  return drv, ret
end

function RUN.validate_configuration(st, s)
  local ret, drv = validate_configuration(root(st, s), s.config or "")
  return drv, ret
end

function RUN.configure(st, s)
  local ret, drv = configure(root(st, s), s.config or "")
  return drv, ret
end

function RUN.root_done(st, s)
  local ret, drv = root_done(root(st, s))
  return drv, ret
end

function RUN.http_open(st, s)
  local id, drv = http_open(root(st, s))
  if id ~= nil then
    st.ctx[s.as or "stream"] = id
    st.last = s.as or "stream"
  end
  return drv
end

local function dirfn(f, field)
  return function(st, s)
    local ret, drv = _ENV[f](stream(st, s), s[field], s.eos)
    return drv, ret
  end
end
for _, d in ipairs({ "request", "response" }) do
  RUN[d .. "_headers"] = dirfn(d .. "_headers", "headers")
  RUN[d .. "_body"] = dirfn(d .. "_body", "body")
  RUN[d .. "_trailers"] = dirfn(d .. "_trailers", "trailers")
  RUN[d .. "_metadata"] = dirfn(d .. "_metadata", "metadata")
end

function RUN.close(st, s)
  return close(stream(st, s))
end

function RUN.tcp_open(st, s)
  local id, ret, drv = tcp_open(root(st, s))
  if id ~= nil then
    st.ctx[s.as or "conn"] = id
    st.last = s.as or "conn"
  end
  return drv, ret
end

function RUN.tcp_data(st, s)
  local ret, drv = tcp_data(stream(st, s), s.dir or "downstream",
                            s.data or "", s.eos)
  return drv, ret
end

function RUN.tcp_close(st, s)
  return tcp_close(stream(st, s), s.dir or "downstream", s.peer)
end

function RUN.set_time(_, s) return set_time(s.ns) end
function RUN.advance(_, s) return advance(s.ms) end

function RUN.http_response(st, s)
  return http_response(token(st, s.token), s.headers, s.body or "",
                       s.trailers)
end

function RUN.http_failure(st, s)
  return http_failure(token(st, s.token))
end

function RUN.grpc_initial_metadata(st, s)
  return grpc_initial_metadata(token(st, s.token), s.metadata)
end

function RUN.grpc_message(st, s)
  return grpc_message(token(st, s.token), s.message or "")
end

function RUN.grpc_trailing_metadata(st, s)
  return grpc_trailing_metadata(token(st, s.token), s.metadata)
end

function RUN.grpc_close(st, s)
  return grpc_close(token(st, s.token), s.status or 0, s.message)
end

function RUN.queue_enqueue(_, s)
  return queue_enqueue(s.vm_id or "", s.queue, s.data or "")
end

function RUN.set_property(st, s)
  return set_property(ctx_id(st, s.ctx, "root"), s.path, s.value or "")
end

function RUN.foreign_function(st, s)
  if s.args == nil then
    return foreign_function(root(st, s), s.function_id or 0)
  end
  return foreign_function(root(st, s), s.function_id or 0, s.args)
end

function RUN.shared_data_write(_, s)
  return shared_data_write(s.key, s.value or "")
end

-- --- comparing ----------------------------------------------------------

local function same(a, b)
  if type(a) == "table" and type(b) == "table" then
    if #a ~= #b then return false end
    for k, v in pairs(a) do
      if not same(v, b[k]) then return false end
    end
    for k in pairs(b) do
      if a[k] == nil then return false end
    end
    return true
  end
  return a == b
end

-- An enum value given by name or number against an observed number.
local function enum_eq(type_, want, got)
  if type(want) == "string" then
    return certify_variant(type_, got) == want
  end
  return want == got
end

local function show_call(c)
  local s = c.name .. " " .. (c.status or "?")
  if c.out and next(c.out) then s = s .. " out = " .. show(c.out) end
  return s
end

local function show_calls(list)
  local t = {}
  for i, c in ipairs(list) do t[i] = show_call(c) end
  return "{" .. table.concat(t, ", ") .. "}"
end

local function check_calls(want, got)
  for i = 1, math.max(#want, #got) do
    local w, g = want[i], got[i]
    local f = ("calls[%d]"):format(i)
    if w == nil then
      mismatch(f, "no more calls", show_call(g))
    elseif g == nil then
      mismatch(f, show_call({ name = w[1], status = w[2], out = w.out }),
               "no more calls (observed " .. show_calls(got) .. ")")
    end
    local status = w[2]
    if math.type(status) == "integer" then
      status = certify_variant("wasm_result", status) or status
    end
    if w[1] ~= g.name or (status ~= nil and status ~= g.status) then
      mismatch(f, w[1] .. " " .. tostring(status or "*"), show_call(g))
    end
    for _, k in ipairs(sorted_keys(w.out or {})) do
      local want_v, got_v = w.out[k], g.out and g.out[k]
      if want_v == false then
        if got_v ~= nil then mismatch(f .. ".out." .. k, "nothing written",
                                      show(got_v)) end
      elseif not same(want_v, got_v) then
        mismatch(f .. ".out." .. k, show(want_v),
                 got_v == nil and "nothing written" or show(got_v))
      end
    end
  end
end

local function check_list(field, want, got)
  if not same(want, got) then
    mismatch(field, show(want), show(got))
  end
end

local function check_fields(field, want, got)
  for _, k in ipairs(sorted_keys(want)) do
    if not same(want[k], got[k]) then
      mismatch(field .. "." .. tostring(k), show(want[k]), show(got[k]))
    end
  end
end

local function check_map(st, w)
  local pairs_, drv = get_map(ctx_id(st, w.ctx, st.last), w.type)
  if pairs_ == nil then
    mismatch("map(" .. tostring(w.type) .. ")", show(w.pairs),
             "unavailable (" .. tostring(drv) .. ")")
  end
  check_list("map(" .. tostring(w.type) .. ").pairs", w.pairs or {}, pairs_)
end

local function check_buffer(st, w)
  local bytes, flags, drv = get_buffer(ctx_id(st, w.ctx, st.last), w.type)
  local f = "buffer(" .. tostring(w.type) .. ")"
  if bytes == nil then
    mismatch(f, show(w.bytes), "unavailable (" .. tostring(drv) .. ")")
  end
  if w.bytes ~= nil and w.bytes ~= bytes then
    mismatch(f .. ".bytes", show(w.bytes), show(bytes))
  end
  if w.eos ~= nil and w.eos ~= (flags & 1 == 1) then
    mismatch(f .. ".eos", tostring(w.eos), tostring(flags & 1 == 1))
  end
end

local function check_local_response(st, w)
  local ctx = st.last
  if type(w) == "table" and w.ctx ~= nil then ctx = w.ctx end
  local r = get_local_response(ctx_id(st, ctx, "root"))
  if w == false then
    if r ~= nil then mismatch("local_response", "none", show(r)) end
    return
  end
  if r == nil then mismatch("local_response", show(w), "none") end
  for _, k in ipairs(sorted_keys(w)) do
    local want, got = w[k], r[k]
    if k == "ctx" then
      -- not a field of the response
    elseif k == "grpc_status" then
      if not enum_eq("grpc_status", want, got) then
        mismatch("local_response.grpc_status", show(want), show(
          certify_variant("grpc_status", got) or got))
      end
    elseif not same(want, got) then
      mismatch("local_response." .. k, show(want), show(got))
    end
  end
end

local function check_metric(w)
  local value, type_, drv = get_metric(w.name)
  local f = "metric(" .. tostring(w.name) .. ")"
  if value == nil then
    mismatch(f, show(w), "unavailable (" .. tostring(drv) .. ")")
  end
  if w.value ~= nil and w.value ~= value then
    mismatch(f .. ".value", show(w.value), show(value))
  end
  local want = w.type
  if math.type(want) == "integer" then
    want = certify_variant("metric_type", want) or want
  end
  if want ~= nil and want ~= type_ then
    mismatch(f .. ".type", show(w.type), show(type_))
  end
end

local function check_shared(w)
  local value, cas = get_shared_data(w.key)
  local f = "shared_data(" .. show(w.key) .. ")"
  if w.missing then
    if value ~= nil then mismatch(f, "missing", show(value)) end
    return
  end
  if value == nil then mismatch(f, show(w.value), "missing") end
  if w.value ~= nil and w.value ~= value then
    mismatch(f .. ".value", show(w.value), show(value))
  end
  if w.cas ~= nil and w.cas ~= cas then
    mismatch(f .. ".cas", show(w.cas), show(cas))
  end
end

local CALLOUT_FIELD = { service_name = "service", method_name = "method",
                        timeout_ms = "timeout", uri = "upstream" }
local CALLOUT_KIND = { http = "http", grpc = "grpc", grpc_stream =
                       "grpc_stream", stream = "grpc_stream" }

local function check_callout(st, w)
  local c = callout(token(st, w.token))
  if w.missing then
    if c ~= nil then mismatch("callout", "none pending", show(c)) end
    return
  end
  if c == nil then mismatch("callout", show(w), "none") end
  local want = {}
  for k, v in pairs(w) do
    if k ~= "token" then want[CALLOUT_FIELD[k] or k] = v end
  end
  if want.kind then want.kind = CALLOUT_KIND[want.kind] or want.kind end
  check_fields("callout", want, c)
end

local function plural(e, one, many)
  local list = {}
  if e[one] ~= nil then list[1] = e[one] end
  for _, x in ipairs(e[many] or {}) do list[#list + 1] = x end
  return list
end

-- Observed export names as the case wrote them: a case may name a
-- callback by the version's name or by its lineage (its newest name).
local function as_written(want, got)
  local t = {}
  for i, name in ipairs(got) do
    t[i] = want[i] == certify_lineage(name) and want[i] or name
  end
  return t
end

-- The step's expectations in this version: by_abi[version] replaces the
-- fields it gives.
local function expected(e, version)
  local over = e and e.by_abi and e.by_abi[version]
  if not over then return e or {} end
  local t = {}
  for k, v in pairs(e) do t[k] = v end
  for k, v in pairs(over) do t[k] = v end
  return t
end

local function check_step(st, s, ev, drv, ret)
  local e = expected(s.expect, st.version)
  local want_drv = e.drv or "ok"
  if want_drv ~= drv then
    local why = ""
    for _, x in ipairs(ev) do
      if x.kind == "trap" then
        why = (" (trap %s in %s: %s)"):format(x.trap, x.where, x.msg)
      end
    end
    mismatch("drv", want_drv, tostring(drv) .. why)
  end
  local calls, cbs, logs, traps, last_cb = {}, {}, {}, {}, nil
  for _, x in ipairs(ev) do
    if x.kind == "call" then
      calls[#calls + 1] = x
    elseif x.kind == "callback" and x.depth == 0
        and not ALLOCATORS[x.name] then
      cbs[#cbs + 1] = x.name
      last_cb = x
    elseif x.kind == "log" then
      logs[#logs + 1] = { certify_variant("log_level", x.level) or x.level,
                          x.message }
    elseif x.kind == "trap" then
      traps[#traps + 1] = x
    end
  end
  if e.ret ~= nil then
    local got = ret
    if type(e.ret) == "string" and last_cb and last_cb.rtype then
      got = certify_variant(last_cb.rtype, ret) or ret
    elseif type(e.ret) == "boolean" then
      got = ret ~= nil and ret ~= 0
    end
    if got ~= e.ret then mismatch("ret", show(e.ret), show(got)) end
  end
  if e.calls then check_calls(e.calls, calls) end
  if e.callbacks then
    check_list("callbacks", e.callbacks, as_written(e.callbacks, cbs))
  end
  if e.logs then
    local want = {}
    for i, l in ipairs(e.logs) do
      want[i] = { math.type(l[1]) == "integer" and
                  (certify_variant("log_level", l[1]) or l[1]) or l[1], l[2] }
    end
    check_list("logs", want, logs)
  end
  if e.trap then
    local t = traps[#traps]
    if t == nil then mismatch("trap", show(e.trap), "no trap") end
    if e.trap.kind ~= nil and e.trap.kind ~= t.trap then
      mismatch("trap.kind", e.trap.kind, t.trap .. " (" .. t.msg .. ")")
    end
    if e.trap.where ~= nil
        and e.trap.where ~= as_written({ e.trap.where }, { t.where })[1] then
      mismatch("trap.where", e.trap.where, t.where)
    end
  end
  for _, w in ipairs(plural(e, "map", "maps")) do check_map(st, w) end
  for _, w in ipairs(plural(e, "buffer", "buffers")) do check_buffer(st, w) end
  if e.local_response ~= nil then check_local_response(st, e.local_response) end
  for _, w in ipairs(plural(e, "metric", "metrics")) do check_metric(w) end
  for _, w in ipairs(plural(e, "shared_data", "shared_datas")) do
    check_shared(w)
  end
  for _, w in ipairs(plural(e, "callout", "callouts")) do
    check_callout(st, w)
  end
end

-- Remember the token of the last successful call out.
local TOKENED = { proxy_http_call = true, proxy_grpc_call = true,
                  proxy_grpc_stream = true }

local function note_tokens(st, ev)
  for _, x in ipairs(ev) do
    if x.kind == "call" and TOKENED[x.name] and x.status == "ok"
        and x.out and x.out.token then
      st.last_token = x.out.token
    end
  end
end

local function step_name(i, s)
  return ("%d (%s)"):format(i, s[1])
end

local function one_step(st, i, s)
  certify_events()   -- drop what came before
  local ok, drv, ret = pcall(RUN[s[1]], st, s)
  local ev = certify_events()
  note_tokens(st, ev)
  if not ok then
    -- a driver call the plugin leaves NULL: the host lacks the feature
    local msg = tostring(drv):gsub("^executor%.lua:%d+: ", "")
    local status = msg:find("the host does not implement it", 1, true)
                   and "SKIP" or "FAIL"
    return { status = status, step = step_name(i, s), field = "driver",
             message = msg }
  end
  local cok, err = pcall(check_step, st, s, ev, drv, ret)
  if cok then return nil end
  if getmetatable(err) ~= Mismatch then
    return { status = "FAIL", step = step_name(i, s), field = "expect",
             message = tostring(err) }
  end
  return { status = "FAIL", step = step_name(i, s), field = err.field,
           expected = err.expected, observed = err.observed }
end

local SETUP = {
  { "vm_start", as = "root", expect = { ret = 1 } },
  { "configure", ctx = "root", expect = { ret = 1 } },
}

-- The module's start-up (what ran while the host was made, before any
-- step) against case.create; nil when it matches.
local function check_create(st, case, drv)
  local ev = certify_events()
  if case.create == nil then return nil end
  local ok, err = pcall(check_step, st, { expect = case.create }, ev, drv)
  if ok then return nil end
  if getmetatable(err) ~= Mismatch then
    return { status = "FAIL", step = "create", field = "expect",
             message = tostring(err) }
  end
  return { status = "FAIL", step = "create", field = err.field,
           expected = err.expected, observed = err.observed }
end

-- The host could not be made (msg says why): a case expecting that
-- (create.drv = "failed") checks what start-up did; any other fails.
function M.create_failed(case, version, msg)
  local st = { ctx = {}, version = version }
  local want = case.create and expected(case.create, version) or {}
  if want.drv ~= "failed" then
    return { status = "FAIL", step = "create", message = msg }
  end
  return check_create(st, case, "failed") or { status = "PASS" }
end

function M.run(case, version)
  local st = { ctx = {}, version = version }
  local r = check_create(st, case, "ok")
  if r then return r end
  if (case.setup or "root") == "root" then
    for i, s in ipairs(SETUP) do
      local r = one_step(st, i, s)
      if r then
        r.step = "setup " .. r.step
        return r
      end
    end
  end
  for i, s in ipairs(case.steps) do
    local r = one_step(st, i, s)
    if r then return r end
  end
  return { status = "PASS" }
end

return M
