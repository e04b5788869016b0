;; A metric defined by the root context is usable from stream contexts:
;; on_configure defines counter "streams", every on_request_headers
;; increments it by 1, and after two streams it is 2.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "streams")
  ;; out slot: 256 id
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 7) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 1)))
    (i32.const 0)))
