-- A fault every run notices: no header is ever found.
return {
  { id = "test-killed", area = "headers",
    file = "runtimes/hosts/reference/maps.c",
    find = "  e = ref_map_find(m, key.ptr, key.len);", replace = "  (void)key;\n  e = NULL;",
    why = "harness test: a trivially killed mutant" },
}
