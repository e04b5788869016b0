-- The generated changelog against ../shared/reference/abi-semantics.md
-- section 2.6 (the precise diff seed -> 0.1.0 -> 0.2.0 -> 0.2.1 -> vNEXT),
-- on the real spec: every fact listed there is a change, and the last two
-- steps have nothing else.
local T = require("t")
local load = require("pwabi.load")
local lower = require("pwabi.lower")
local union = require("pwabi.union")
local changes = require("pwabi.changes")

local tests = {}

local function steps()
  local vs = {}
  for _, v in ipairs(load.versions(T.root .. "/spec")) do
    local abi = load.load(T.root .. "/spec", v)
    vs[#vs + 1] = { abi = abi, low = lower.lower(abi) }
  end
  local by = {}
  for _, h in ipairs(changes.history(union.build(vs))) do
    local set = {}
    for _, c in ipairs(h.list) do set[c.kind .. " " .. c.item] = c.detail end
    by[h.from.abi.version .. ">" .. h.to.abi.version] = set
  end
  return by
end

local FACTS = {
  ["v1alpha>v0_1_0"] = {
    "renamed proxy_on_vm_start", "renamed proxy_on_context_create",
    "renamed proxy_on_grpc_receive_trailing_metadata",
    "removed proxy_on_grpc_create_initial_metadata",
    "signature proxy_grpc_call", "signature proxy_grpc_stream",
    "values removed headers_type", "renumbered headers_type",
    "added proxy_set_buffer_bytes", "added proxy_call_foreign_function",
    "values added wasm_result", "marker proxy_abi_version_0_1_0",
    "added proxy_on_memory_allocate", "added malloc", "added _initialize",
    "added _start", "added main",
  },
  ["v0_1_0>v0_2_0"] = {
    "added proxy_continue_stream", "added proxy_close_stream",
    "removed proxy_continue_request", "removed proxy_continue_response",
    "removed proxy_get_configuration", "removed proxy_clear_route_cache",
    "added proxy_on_foreign_function", "values added buffer_type",
    "signature proxy_on_request_headers",
    "signature proxy_on_response_headers", "type added stream_type",
    "semantics proxy_get_header_map_value",
  },
  ["v0_2_0>v0_2_1"] = { "added proxy_get_log_level" },
  ["v0_2_1>vnext"] = {},
}

function tests.facts_of_section_2_6()
  local by = steps()
  for step, facts in pairs(FACTS) do
    T.ok(by[step], "no step " .. step)
    for _, f in ipairs(facts) do T.ok(by[step][f], step .. ": no " .. f) end
  end
  T.eq(by["v1alpha>v0_1_0"]["renumbered headers_type"],
    "grpc_receive_initial_metadata 5 -> 4, grpc_receive_trailing_metadata "
    .. "6 -> 5, http_call_response_headers 7 -> 6, "
    .. "http_call_response_trailers 8 -> 7", "the map renumbering")
  T.eq(by["v0_1_0>v0_2_0"]["values added buffer_type"],
    "foreign_function_arguments = 8, plugin_configuration = 7, "
    .. "vm_configuration = 6", "buffers 6-8")
end

-- 0.2.0 -> 0.2.1 adds one function and vNEXT nothing: only the marker (and
-- its export's name and words) changes besides.
function tests.nothing_else_in_the_last_steps()
  local by = steps()
  for step, facts in pairs({ ["v0_2_0>v0_2_1"] = FACTS["v0_2_0>v0_2_1"],
      ["v0_2_1>vnext"] = FACTS["v0_2_1>vnext"] }) do
    local want = {}
    for _, f in ipairs(facts) do want[f] = true end
    for key in pairs(by[step]) do
      T.ok(want[key] or key:match("proxy_abi_version_"),
        step .. ": unexpected " .. key)
    end
  end
end

return tests
