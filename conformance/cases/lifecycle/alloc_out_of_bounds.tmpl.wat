;; The guest allocator hands out bad buffers, one per call in this order:
;; 65536 (just past the end of memory), 65535 for 3 bytes (runs past the
;; end), 0xfffffffe (ptr + len wraps past 2^32).  Each byte-returning call
;; (plugin_root_id is "abc") fails with invalid_memory_access.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "plugin_root_id")
  (data (i32.const 32) "\00\00\01\00" "\ff\ff\00\00" "\fe\ff\ff\ff")
  (global $next (mut i32) (i32.const 32))
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32)
    (i32.load (global.get $next))
    (global.set $next (i32.add (global.get $next) (i32.const 4))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 68)))
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 68)))
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 68)))
    (i32.const 1)))
