;; proxy_on_new_connection returns continue (0) for the first connection
;; and stop_iteration (1) for the second.
(module
  (memory (export "memory") 1)
  (global $n (mut i32) (i32.const 0))
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_new_connection") (param i32) (result i32)
    (global.get $n)
    (global.set $n (i32.const 1))))
