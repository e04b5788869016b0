;; proxy_on_downstream_data reads the whole buffer and stops iteration
;; while it holds fewer than 4 bytes, then continues.
(module
  (import "env" "proxy_get_buffer_bytes" (func $get_buffer_bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 4096))
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (drop (call $get_buffer_bytes (i32.const {{buffer network_downstream_data}}) (i32.const 0) (local.get 1) (i32.const 64) (i32.const 68)))
    (i32.lt_u (local.get 1) (i32.const 4))))
