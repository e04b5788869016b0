;; An HTTP stream's proxy_on_request_headers defines counter "per_stream"
;; (id kept at 256) and adds 1.  After the stream is closed, the root's
;; proxy_validate_configuration and an L4 connection's
;; proxy_on_new_connection each add 1 through the same id and read it.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (import "env" "proxy_get_metric"
    (func $get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "per_stream")
  ;; out slots: 256 id, 264 value (u64)
  (func $bump
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 1)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 10) (i32.const 256)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 1)))
    (i32.const 0))
  (func (export "proxy_validate_configuration") (param i32 i32) (result i32) (call $bump) (i32.const 1))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (call $bump) (i32.const 0)))
