-- Mutants of properties (proxy_get_property, proxy_set_property):
-- runtimes/hosts/reference/props.c.
local F = "runtimes/hosts/reference/props.c"
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
