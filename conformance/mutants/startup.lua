-- Mutants of start-up: the allocator each version names and their order,
-- the version markers, the allocator's result: the glue.
for _, v in ipairs(NEW) do
  add { id = "startup-glue-" .. v .. "-allocator-order", area = "startup", file = G[v],
    find = "static const char *const allocators[] = { \"malloc\", \"proxy_on_memory_allocate\",\n    NULL };",
    replace = "static const char *const allocators[] = { \"proxy_on_memory_allocate\", \"malloc\",\n    NULL };",
    why = v .. " glue: proxy_on_memory_allocate preferred over malloc" }
end
add { id = "startup-glue-v0_2_1-allocator-malloc-only", area = "startup", file = G.v0_2_1,
  find = "static const char *const allocators[] = { \"malloc\", \"proxy_on_memory_allocate\",\n    NULL };",
  replace = "static const char *const allocators[] = { \"malloc\", NULL };",
  why = "0.2.1 glue: proxy_on_memory_allocate is not an allocator" }
add { id = "startup-glue-v1alpha-allocator-order", area = "startup", file = G.v1alpha,
  find = "  &pw_v1a_callers, \"\", NULL", 
  replace = "  &pw_v1a_callers, \"\", (const char *const[]){ \"proxy_on_memory_allocate\", \"malloc\", NULL }",
  why = "v1alpha glue: proxy_on_memory_allocate preferred over malloc" }
for _, v in ipairs({ "v0_1_0", "v0_2_1" }) do
  add { id = "startup-glue-" .. v .. "-malloc-result", area = "startup", file = G[v],
    find = "PW_" .. P[v]:upper() .. "_X_MALLOC, a, r);\n\n  if (rc != PW_CALL_OK)\n    return rc;\n  *address = (uint32_t)r[0];",
    replace = "PW_" .. P[v]:upper() .. "_X_MALLOC, a, r);\n\n  if (rc != PW_CALL_OK)\n    return rc;\n  *address = (uint32_t)r[0] + 8;",
    equivalent = "the vm calls the allocator through its engine interface (runtimes/core/vm.c if_alloc), never through this generated caller, which only a host calling the allocator itself would use",
    why = v .. " glue: the address malloc returns is misread" }
end
add { id = "startup-glue-v0_2_1-marker", area = "startup", file = G.v0_2_1,
  find = "  &pw_v021_callers, \"proxy_abi_version_0_2_1\", allocators",
  replace = "  &pw_v021_callers, \"proxy_abi_version_0_2_0\", allocators",
  why = "0.2.1 glue: the 0.2.1 marker is not recognised (0.2.0's claimed twice)" }
add { id = "startup-glue-v0_1_0-marker", area = "startup", file = G.v0_1_0,
  find = "  &pw_v010_callers, \"proxy_abi_version_0_1_0\", allocators",
  replace = "  &pw_v010_callers, \"proxy_abi_version_0_1_x\", allocators",
  why = "0.1.0 glue: the 0.1.0 marker is misspelled" }
