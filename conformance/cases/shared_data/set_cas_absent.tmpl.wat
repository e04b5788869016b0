;; proxy_set_shared_data with a non-zero cas (12345) on a key that does
;; not exist.  cpp-host creates the key without checking.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "absent")
  (data (i32.const 32) "created")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 6) (i32.const 32) (i32.const 7)
                     (i32.const 12345)))
    (i32.const 1)))
