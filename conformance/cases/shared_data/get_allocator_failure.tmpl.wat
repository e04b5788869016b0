;; proxy_get_shared_data when the guest allocator fails: first malloc
;; returns 0, then an address whose range runs past the end of memory
;; (65534 for 5 bytes).  Both are invalid_memory_access; with a working
;; allocator the same call then succeeds.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "value")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  ;; $next: what malloc returns (0 and 65534 simulate failures)
  (global $next (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param i32) (result i32) (global.get $next))
  (func $read
    (drop (call $get (i32.const 16) (i32.const 1) (i32.const 256)
                     (i32.const 260) (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 5)
                     (i32.const 0)))
    (global.set $next (i32.const 0))
    (call $read)
    (global.set $next (i32.const 65534))
    (call $read)
    (global.set $next (i32.const 1024))
    (call $read)
    (i32.const 1)))
