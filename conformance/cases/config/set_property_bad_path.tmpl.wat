;; proxy_set_property from an HTTP stream with paths that are not
;; property paths: empty, a lone NUL, and an empty middle segment
;; ("a\0\0b").  A good path follows.
(module
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "a\00\00b")
  (data (i32.const 32) "v")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set_property (i32.const 16) (i32.const 0) (i32.const 32) (i32.const 1)))
    (drop (call $set_property (i32.const 17) (i32.const 1) (i32.const 32) (i32.const 1)))
    (drop (call $set_property (i32.const 16) (i32.const 4) (i32.const 32) (i32.const 1)))
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))
    (i32.const 0)))
