;; Hostile names: an escape sequence, a newline and a quote in export and
;; import names reach the output as '?' and valid JSON.
(module
  (import "env\0a" "proxy_\1b[31mx\"" (func (param i32)))
  (memory (export "memory") 1)
  (func (export "proxy_abi_version_0_2_1"))
  (func (export "proxy_on_vm_start") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_context_create") (param i32 i32))
  (func (export "malloc") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_\1b[31m\0a\"") (param i32))
)
