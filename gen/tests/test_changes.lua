-- The changelog model (gen/pwabi/changes.lua) and the one ops table
-- (gen/pwabi/union.lua), on a scratch version that extends v1alpha with one
-- of each kind of change: a rename, a removal, a new value and a
-- renumbering, a changed signature.
local T = require("t")
local load = require("pwabi.load")
local lower = require("pwabi.lower")
local union = require("pwabi.union")
local changes = require("pwabi.changes")

local tests = {}

local ABI = [[
return {
  version = "vx", title = "Scratch", c_prefix = "pw_vx", extends = "v1alpha",
  rename = { proxy_on_tick = "proxy_on_timer" },
  remove = { "proxy_done" },
  types = {
    { name = "log_level", kind = "enum", repr = "u32", doc = "Log level.",
      variants = {
        { name = "debug", doc = "Debug." }, { name = "trace", doc = "T." },
        { name = "info", doc = "Info." }, { name = "warn", doc = "Warn." },
        { name = "error", doc = "Error." },
        { name = "critical", doc = "Critical." },
        { name = "off", doc = "Off." },
      } },
  },
  modules = {
    { name = "envoy", side = "host", doc = "Host.", wasm_module = "env",
      functions = {
      { name = "proxy_set_tick_period_milliseconds", group = "Timer",
        doc = "Timer.",
        params = {
          { name = "period_millis", type = "u32", doc = "Period." },
          { name = "jitter", type = "u32", doc = "Jitter." },
        },
        results = { { name = "error", type = "wasm_result", doc = "E." } } },
    } },
  },
}
]]

local SEM = [[
return { functions = {
  proxy_set_tick_period_milliseconds = {
    summary = "Sets the tick period, with jitter.",
    params = { period_millis = "Period.", jitter = "Jitter." },
    result = "The status.",
    status = { ok = "Set." } },
} }
]]

local function model()
  local dir = T.scratch_spec()
  os.execute(('mkdir -p "%s/vx"'):format(dir))
  T.write(dir .. "/vx/abi.lua", ABI)
  T.write(dir .. "/vx/semantics.lua", SEM)
  local vs = {}
  for _, v in ipairs({ "v1alpha", "vx" }) do
    local abi = load.load(dir, v)
    vs[#vs + 1] = { abi = abi, low = lower.lower(abi) }
  end
  os.execute(('rm -rf "%s"'):format(dir))
  return union.build(vs)
end

local function find(list, kind, item)
  for _, c in ipairs(list) do
    if c.kind == kind and c.item == item then return c end
  end
end

function tests.history_names_each_change()
  local h = changes.history(model())
  T.eq(#h, 1, "one step")
  local l = h[1].list
  T.eq(find(l, "renamed", "proxy_on_timer").detail, "proxy_on_tick", "rename")
  T.ok(find(l, "removed", "proxy_done"), "removal")
  T.eq(find(l, "signature", "proxy_set_tick_period_milliseconds").detail,
    "(period_millis) i:i -> (period_millis, jitter) ii:i", "signature")
  T.ok(find(l, "semantics", "proxy_set_tick_period_milliseconds"), "sem")
  T.eq(find(l, "values added", "log_level").detail, "off = 6", "new value")
  T.eq(find(l, "renumbered", "log_level").detail,
    "debug 1 -> 0, trace 0 -> 1", "renumbered")
  T.eq(l[1].kind, "renamed", "sorted by kind")
  T.ok(not find(l, "added", "proxy_on_timer"), "a rename is no addition")
end

function tests.matrix_shows_names_and_absence()
  local m = changes.matrix(model())
  local row
  for _, r in ipairs(m.rows) do
    if r.name == "proxy_on_timer" then row = r end
  end
  T.eq(row.cells.v1alpha.name, "proxy_on_tick", "old name kept")
  T.eq(row.cells.vx.code, "i:", "code")
  for _, r in ipairs(m.rows) do
    if r.name == "proxy_done" then T.eq(r.cells.vx, false, "absent") end
  end
end

-- The union: canonical values are the newest version's, a parameter only
-- the newest has joins the op, lineage follows the rename.
function tests.union_takes_the_newest()
  local U = model()
  T.eq(union.value(U, "log_level", "debug"), 0, "newest numbering")
  T.eq(union.value(U, "log_level", "off"), 6, "new value")
  T.eq(U.lineage.v1alpha.proxy_on_tick, "proxy_on_timer", "lineage")
  local f = U.host_by_name.proxy_set_tick_period_milliseconds
  T.eq(#f.args, 2, "union of parameters")
  T.ok(U.host_by_name.proxy_done, "an op for a removed function stays")
  T.eq(union.same_numbering(U, U.versions[2].abi.types_by_name.log_level),
    false, "v1alpha's log levels need translating")
end

return tests
