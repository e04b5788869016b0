;; The proxy sets property "x\0y" on an HTTP stream; the stream's
;; proxy_on_request_headers reads it (path with and without trailing NUL)
;; and overwrites it, and the driver's value is gone.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "x\00y\00")
  (data (i32.const 32) "guest")
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 3) (i32.const 64) (i32.const 68)))
    (drop (call $set_property (i32.const 16) (i32.const 4) (i32.const 32) (i32.const 5)))
    (drop (call $get_property (i32.const 16) (i32.const 4) (i32.const 64) (i32.const 68)))
    (i32.const 0)))
