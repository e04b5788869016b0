-- Mutants of properties (proxy_get_property, proxy_set_property):
-- runtimes/hosts/reference/props.c.
local F = "runtimes/hosts/reference/props.c"
local G = { v1alpha = "generated/v1alpha/pw_v1a_host.c",
  v0_1_0 = "generated/v0_1_0/pw_v010_host.c",
  v0_2_0 = "generated/v0_2_0/pw_v020_host.c",
  v0_2_1 = "generated/v0_2_1/pw_v021_host.c",
  vnext = "generated/vnext/pw_vnx_host.c" }
local P = { v1alpha = "v1a", v0_1_0 = "v010", v0_2_0 = "v020",
  v0_2_1 = "v021", vnext = "vnx" }
local ALL = { "v1alpha", "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local NEW = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local M = {}
local function add(t) M[#M + 1] = t end
-- The glue answers with the wrong status for a refused argument: a
-- pointer outside memory reported as bad_argument (or the reverse).
local function mem_as_arg(area, vs, item)
  for _, v in ipairs(vs) do
    add { id = area .. "-glue-" .. v .. "-" .. item:gsub("^proxy_", ""):gsub("[._]", "-"),
      area = area, file = G[v], find = "bad_mem(e, \"" .. item .. "\")",
      replace = "bad_arg(e, \"" .. item .. "\")",
      why = v .. " glue: " .. item .. " outside memory answered bad_argument, not invalid_memory_access" }
  end
end
local function arg_unchecked(area, vs, fn, arg, ty)
  for _, v in ipairs(vs) do
    add { id = area .. "-glue-" .. v .. "-" .. fn:gsub("^proxy_", ""):gsub("_", "-") .. "-unchecked",
      area = area, file = G[v],
      find = "  if (!pw_" .. P[v] .. "_" .. ty .. "_valid(" .. arg .. "))\n    return guest_status(bad_arg(e, \"" .. fn .. "." .. arg .. "\"));",
      replace = "",
      why = v .. " glue: " .. fn .. " passes an out-of-range " .. arg .. " to the host unchecked" }
  end
end
add { id = "properties-set-root-ok", area = "properties", file = F,
  find = "  if (c == NULL || c->dead || c->kind == REF_ROOT)\n    return PW_WASM_RESULT_NOT_FOUND;",
  replace = "  if (c == NULL || c->dead)\n    return PW_WASM_RESULT_NOT_FOUND;",
  why = "a root context may set properties" }
add { id = "properties-set-bad-path-ok", area = "properties", file = F,
  find = "  if (norm(&path) != 0)\n    return BAD;",
  replace = "  if (norm(&path) != 0)\n    return OK;",
  why = "a malformed property path is accepted by set" }
add { id = "properties-set-dropped", area = "properties", file = F,
  find = "  ref_map_replace(&c->props, path.ptr, path.len, value.ptr, value.len);",
  replace = "  (void)value;",
  why = "set_property stores nothing", sample = true }
add { id = "properties-unserializable-ok", area = "properties", file = F,
  find = "    return PW_WASM_RESULT_SERIALIZATION_FAILURE;",
  replace = "    return PW_WASM_RESULT_NOT_FOUND;",
  why = "an unserializable property answers not_found, not serialization_failure" }
add { id = "properties-broken-ok", area = "properties", file = F,
  find = "    return PW_WASM_RESULT_INTERNAL_FAILURE;\n  if (c != NULL)",
  replace = "    return PW_WASM_RESULT_NOT_FOUND;\n  if (c != NULL)",
  why = "a failing property lookup answers not_found, not internal_failure" }
add { id = "properties-no-root-layer", area = "properties", file = F,
  find = "  if (r != NULL && r != c)\n    layer[n++] = &r->props;", replace = "  (void)r;",
  why = "a stream does not see its root's properties (plugin_name...)" }
add { id = "properties-no-global-layer", area = "properties", file = F,
  find = "  layer[n++] = &h->global_props;", replace = "",
  why = "host-wide properties are not visible" }
add { id = "properties-bad-path-bad", area = "properties", file = F,
  find = "  if (norm(&path) != 0)\n    return PW_WASM_RESULT_NOT_FOUND;",
  replace = "  if (norm(&path) != 0)\n    return BAD;",
  why = "a malformed path on get answers bad_argument instead of not_found" }
add { id = "properties-trailing-nul-strict", area = "properties", file = F,
  find = "  if (p->len > 0 && p->ptr[p->len - 1] == 0)",
  replace = "  if (0)",
  why = "a path with a trailing NUL is refused" }
mem_as_arg("properties", { "v1alpha", "v0_2_1" }, "proxy_get_property.path")
return M
