;; The guest allocator returns 0 (out of memory).  proxy_get_property of
;; plugin_root_id ("abc") and proxy_get_configuration ("cfg") need a guest
;; buffer, so both fail with invalid_memory_access and write nothing.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_configuration" (func $get_configuration (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "plugin_root_id")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 0))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 68)))
    (drop (call $get_configuration (i32.const 72) (i32.const 76)))
    (i32.const 1)))
