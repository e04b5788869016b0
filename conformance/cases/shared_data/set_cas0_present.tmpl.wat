;; proxy_set_shared_data with cas 0 on a key that already exists: the
;; second write replaces the value (cpp-host: unconditional write).
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "key")
  (data (i32.const 32) "one")
  (data (i32.const 48) "two")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 3)
                     (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 3) (i32.const 48) (i32.const 3)
                     (i32.const 0)))
    (i32.const 1)))
