;; The guest allocator traps when proxy_get_property (plugin_root_id is
;; "abc") asks it for a buffer: the trap unwinds through the host call and
;; fails the VM.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "plugin_root_id")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) unreachable)
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 68)))
    (i32.const 1)))
