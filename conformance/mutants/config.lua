-- Mutants of configuration: proxy_get_configuration (v1alpha, 0.1.0) and
-- buffers 6/7 (0.2.x): runtimes/hosts/reference/env.c, driver.c, the glue.
local F = "runtimes/hosts/reference/env.c"
add { id = "config-get-not-found-ok", area = "config", file = F,
    equivalent = "under the defaults spec-strict runs (config_elsewhere=root) both conditions agree; only a profile setting config_elsewhere=not_found could tell",
  find = "  if (c == NULL && (r == NULL || h->o.config_not_found))\n    return PW_WASM_RESULT_NOT_FOUND;",
  replace = "  if (c == NULL && r == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;",
  why = "the config_elsewhere=not_found option is ignored: proxy_get_configuration outside its callbacks returns the plugin configuration" }
add { id = "config-get-truncated", area = "config", file = F,
  find = "  return ref_give(config, c->p, c->n);",
  replace = "  return ref_give(config, c->p, c->n ? c->n - 1 : 0);",
  why = "the configuration loses its last byte" }
add { id = "config-get-vm-config", area = "config", file = F,
  find = "  if (c == NULL)\n    c = &r->plugin_cfg;",
  replace = "  if (c == NULL)\n    c = &r->vm_cfg;",
  why = "outside a callback the VM configuration is returned for the plugin's" }
for _, v in ipairs({ "v1alpha", "v0_1_0" }) do
  add { id = "config-glue-" .. v .. "-get-configuration-empty", area = "config", file = G[v],
    find = "  rc = ops->proxy_get_configuration(e->host, &config);\n",
    replace = "  rc = ops->proxy_get_configuration(e->host, &config);\n  config.len = 0;\n",
    why = v .. " glue: proxy_get_configuration returns an empty configuration" }
  mem_as_arg("config", { v }, "proxy_get_configuration.config")
end
for _, v in ipairs({ "v0_2_0", "v0_2_1" }) do
  add { id = "config-glue-" .. v .. "-get-buffer-empty", area = "config", file = G[v],
    find = "  rc = ops->proxy_get_buffer_bytes(e->host, buffer_type, start, length, &buf);\n",
    replace = "  rc = ops->proxy_get_buffer_bytes(e->host, buffer_type, start, length, &buf);\n  if (buffer_type >= 6) buf.len = 0;\n",
    why = v .. " glue: the configuration buffers 6/7 read as empty" }
end
