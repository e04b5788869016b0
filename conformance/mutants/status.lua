-- Mutants of status translation: each version's glue turns the host's
-- canonical wasm_result into the version's numbering (v1alpha has no
-- unimplemented; 0.x have 13 values).
add { id = "status-glue-v1alpha-not-found", area = "status", file = G.v1alpha,
  find = "  case PW_WASM_RESULT_NOT_FOUND:\n    return PW_V1A_WASM_RESULT_NOT_FOUND;",
  replace = "  case PW_WASM_RESULT_NOT_FOUND:\n    return PW_V1A_WASM_RESULT_BAD_ARGUMENT;",
  why = "v1alpha glue: not_found reaches the guest as bad_argument" }
add { id = "status-glue-v1alpha-empty", area = "status", file = G.v1alpha,
  find = "  case PW_WASM_RESULT_EMPTY:\n    return PW_V1A_WASM_RESULT_EMPTY;",
  replace = "  case PW_WASM_RESULT_EMPTY:\n    return PW_V1A_WASM_RESULT_NOT_FOUND;",
  why = "v1alpha glue: empty reaches the guest as not_found" }
add { id = "status-glue-v1alpha-cas", area = "status", file = G.v1alpha,
  find = "  case PW_WASM_RESULT_CAS_MISMATCH:\n    return PW_V1A_WASM_RESULT_CAS_MISMATCH;",
  replace = "  case PW_WASM_RESULT_CAS_MISMATCH:\n    return PW_V1A_WASM_RESULT_RESULT_MISMATCH;",
  why = "v1alpha glue: cas_mismatch reaches the guest as result_mismatch",
  sample = true }
add { id = "status-glue-v1alpha-memory", area = "status", file = G.v1alpha,
  find = "  case PW_WASM_RESULT_INVALID_MEMORY_ACCESS:\n    return PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS;",
  replace = "  case PW_WASM_RESULT_INVALID_MEMORY_ACCESS:\n    return PW_V1A_WASM_RESULT_BAD_ARGUMENT;",
  why = "v1alpha glue: invalid_memory_access reaches the guest as bad_argument" }
add { id = "status-glue-v1alpha-broken", area = "status", file = G.v1alpha,
  find = "  case PW_WASM_RESULT_BROKEN_CONNECTION:\n    return PW_V1A_WASM_RESULT_BROKEN_CONNECTION;",
  replace = "  case PW_WASM_RESULT_BROKEN_CONNECTION:\n    return PW_V1A_WASM_RESULT_INTERNAL_FAILURE;",
  why = "v1alpha glue: broken_connection reaches the guest as internal_failure",
  equivalent = "no reference-host op returns broken_connection as a call's status (it is only proxy_get_status's code, which the glue stores as it is), so this case of the translation never runs" }
add { id = "status-glue-v1alpha-serialization", area = "status", file = G.v1alpha,
  find = "  case PW_WASM_RESULT_SERIALIZATION_FAILURE:\n    return PW_V1A_WASM_RESULT_SERIALIZATION_FAILURE;",
  replace = "  case PW_WASM_RESULT_SERIALIZATION_FAILURE:\n    return PW_V1A_WASM_RESULT_PARSE_FAILURE;",
  why = "v1alpha glue: serialization_failure reaches the guest as parse_failure" }
for _, v in ipairs(NEW) do
  add { id = "status-glue-" .. v .. "-not-found-as-empty", area = "status", file = G[v],
    find = "  return pw_" .. P[v] .. "_wasm_result_valid(rc)\n      ? rc : PW_" .. P[v]:upper() .. "_WASM_RESULT_INTERNAL_FAILURE;",
    replace = "  return pw_" .. P[v] .. "_wasm_result_valid(rc)\n      ? (rc == PW_WASM_RESULT_NOT_FOUND ? PW_WASM_RESULT_EMPTY : rc) : PW_" .. P[v]:upper() .. "_WASM_RESULT_INTERNAL_FAILURE;",
    why = v .. " glue: not_found reaches the guest as empty" }
  add { id = "status-glue-" .. v .. "-unimplemented-lost", area = "status", file = G[v],
    equivalent = v == "v0_1_0" and "no 0.1.0 host op answers unimplemented (only 0.2.x continue_stream does, for a connection whose pwabi.l4 says envoy; a missing op is internal_failure), so status 12 never reaches 0.1.0's translation" or nil,
    find = "int pw_" .. P[v] .. "_wasm_result_valid(uint32_t v)\n{\n  return v < UINT32_C(13);",
    replace = "int pw_" .. P[v] .. "_wasm_result_valid(uint32_t v)\n{\n  return v < UINT32_C(12);",
    why = v .. " glue: unimplemented (12) is reported as internal_failure" }
end
for _, v in ipairs({ "v0_1_0", "v0_2_1" }) do
  add { id = "status-glue-" .. v .. "-bad-mem-internal", area = "status", file = G[v],
    find = "  refused(e, item, 1);\n  return PW_WASM_RESULT_INVALID_MEMORY_ACCESS;",
    replace = "  refused(e, item, 1);\n  return PW_WASM_RESULT_INTERNAL_FAILURE;",
    why = v .. " glue: every pointer outside memory answers internal_failure" }
  add { id = "status-glue-" .. v .. "-bad-arg-ok", area = "status", file = G[v],
    find = "  refused(e, item, 0);\n  return PW_WASM_RESULT_BAD_ARGUMENT;",
    replace = "  refused(e, item, 0);\n  return PW_WASM_RESULT_NOT_FOUND;",
    why = v .. " glue: every refused argument answers not_found" }
end
add { id = "status-glue-v1alpha-bad-mem-internal", area = "status", file = G.v1alpha,
  find = "  refused(e, item, 1);\n  return PW_WASM_RESULT_INVALID_MEMORY_ACCESS;",
  replace = "  refused(e, item, 1);\n  return PW_WASM_RESULT_INTERNAL_FAILURE;",
  why = "v1alpha glue: every pointer outside memory answers internal_failure" }
