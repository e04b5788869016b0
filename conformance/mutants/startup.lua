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
  find = "  &pw_v1a_callers, NULL\n",
  replace = "  &pw_v1a_callers, (const char *const[]){ \"proxy_on_memory_allocate\", \"malloc\", NULL }\n",
  why = "v1alpha glue: proxy_on_memory_allocate preferred over malloc" }
for _, v in ipairs({ "v0_1_0", "v0_2_1" }) do
  add { id = "startup-glue-" .. v .. "-malloc-result", area = "startup", file = G[v],
    find = "PW_" .. P[v]:upper() .. "_X_MALLOC, a, r);\n\n  if (rc != PW_CALL_OK)\n    return rc;\n  *address = (uint32_t)r[0];",
    replace = "PW_" .. P[v]:upper() .. "_X_MALLOC, a, r);\n\n  if (rc != PW_CALL_OK)\n    return rc;\n  *address = (uint32_t)r[0] + 8;",
    equivalent = "the vm calls the allocator through its engine interface (runtimes/core/vm.c if_alloc), never through this generated caller, which only a host calling the allocator itself would use",
    why = v .. " glue: the address malloc returns is misread" }
end
-- the markers live in the registry alone (detection and the template
-- renderer both read generated/versions.def)
add { id = "startup-registry-v0_2_1-marker", area = "startup",
  file = "generated/versions.def",
  find = "PW_VERSION(v0_2_1, pw_v021, \"proxy_abi_version_0_2_1\",",
  replace = "PW_VERSION(v0_2_1, pw_v021, \"proxy_abi_version_0_2_0\",",
  why = "registry: the 0.2.1 marker is not recognised (0.2.0's claimed twice)" }
add { id = "startup-registry-v0_1_0-marker", area = "startup",
  file = "generated/versions.def",
  find = "PW_VERSION(v0_1_0, pw_v010, \"proxy_abi_version_0_1_0\",",
  replace = "PW_VERSION(v0_1_0, pw_v010, \"proxy_abi_version_0_1_x\",",
  why = "registry: the 0.1.0 marker is misspelled" }
